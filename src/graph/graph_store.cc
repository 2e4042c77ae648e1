#include "graph/graph_store.h"

#include <algorithm>
#include <cstring>
#include <deque>
#include <map>
#include <stdexcept>
#include <unordered_map>
#include <utility>

#include <boost/iterator/counting_iterator.hpp>
#include <boost/iterator/transform_iterator.hpp>
#include <boost/range/iterator_range.hpp>

#include "extract/lexicon.h"
#include "graph/entity_resolver.h"
#include "graph/surname_resolution.h"

namespace newsgraph {
namespace {

constexpr VertexId kNoVertex = static_cast<VertexId>(-1);
constexpr uint32_t kNone = IdIndex::kNone;
// Facts with up to this many sightings are scanned for a duplicate; larger
// ones are looked up in GraphStore::sightings_.
constexpr size_t kScanLimit = 16;

bool Fuller(std::string_view candidate, std::string_view current) {
  size_t a = NameWords(candidate), b = NameWords(current);
  if (a != b) return a > b;
  return candidate.size() > current.size();
}

uint64_t FactHash(VertexId from, VertexId to, Predicate predicate, int year, StringId role) {
  uint64_t h = HashCombine(from, to);
  h = HashCombine(h, (static_cast<uint64_t>(predicate) << 32) | static_cast<uint32_t>(year));
  return HashCombine(h, role);
}

// Two sightings are the same when they agree on document, offsets and rule.
bool SameSighting(const Sighting& a, const Sighting& b) {
  return a.doc == b.doc && a.start == b.start && a.end == b.end && a.rule == b.rule;
}

// The id the next of `count` entities or facts gets: below kNoVertex
// (= IdIndex::kNone), which the indexes read as "no id".
uint32_t NextId(size_t count, const char* what) {
  if (count >= kNoVertex) throw std::length_error(std::string("too many ") + what);
  return static_cast<uint32_t>(count);
}

uint64_t SightingHash(uint32_t fact, const Sighting& s) {
  uint64_t h = HashCombine(fact, s.doc);
  h = HashCombine(h, (static_cast<uint64_t>(s.start) << 32) | s.end);
  return HashCombine(h, s.rule);
}

}  // namespace

void GraphStore::FactLabel(const FactEdge& fact, std::string& label) const {
  label.assign(ToString(fact.predicate));
  if (fact.role != StringPool::kEmpty) label.append(": ").append(Str(fact.role));
  if (fact.year != 0) label.append(" ").append(std::to_string(fact.year));
}

GraphStore::GraphStore(const Lexicon* lexicon) : lexicon_(lexicon) {}

const Graph& GraphStore::graph() const {
  if (!graph_) {
    auto ends = [](const FactEdge& f) { return std::make_pair(f.source, f.target); };
    graph_ = std::make_unique<Graph>(boost::edges_are_unsorted_multi_pass,
                                     boost::make_transform_iterator(facts_.begin(), ends),
                                     boost::make_transform_iterator(facts_.end(), ends),
                                     boost::counting_iterator<FactId>(0), nodes_.size());
  }
  return *graph_;
}

bool GraphStore::AddDocument(DocumentInfo doc) {
  if (!doc.hash.empty() && HasDocumentHash(doc.hash)) return false;
  StoreDocument({doc.id, doc.date, doc.hash, doc.source, doc.bytes});
  return true;
}

void GraphStore::StoreDocument(const DocumentView& doc) {
  std::string packed;
  for (std::string_view field : {doc.id, doc.date, doc.hash, doc.source}) {
    if (field.size() > UINT32_MAX) throw std::length_error("document field too long");
    const uint32_t size = static_cast<uint32_t>(field.size());
    packed.append(reinterpret_cast<const char*>(&size), sizeof size).append(field);
  }
  const uint32_t i = NextId(documents_.size(), "documents");
  documents_.push_back({doc_texts_.Intern(packed), doc.bytes});
  if (!doc.hash.empty()) document_index_.Insert(HashString(doc.hash), i);
}

DocumentView GraphStore::document(size_t i) const {
  std::string_view packed = doc_texts_.Get(documents_[i].texts);
  auto next = [&] {
    uint32_t size;
    std::memcpy(&size, packed.data(), sizeof size);
    std::string_view field = packed.substr(sizeof size, size);
    packed.remove_prefix(sizeof size + size);
    return field;
  };
  DocumentView view;
  view.id = next();
  view.date = next();
  view.hash = next();
  view.source = next();
  view.bytes = documents_[i].bytes;
  return view;
}

bool GraphStore::HasDocumentHash(std::string_view hash) const {
  return document_index_.Find(HashString(hash), [&](uint32_t i) {
           return document(i).hash == hash;
         }) != kNone;
}

Sighting GraphStore::Intern(const Evidence& e) {
  // Triples come document by document, several from one sentence: comparing
  // with the last document and sentence spares most lookups (and their
  // cache misses) in the large pools.
  if (e.doc != DocName(last_doc_)) {
    const size_t known = doc_names_.size();
    last_doc_ = InternDoc(e.doc);
    new_doc_ = doc_names_.size() > known ? last_doc_ : kNone;
  }
  if (e.text != Str(last_text_)) last_text_ = Intern(e.text);
  return {last_doc_, e.sentence, e.start, e.end, Intern(e.rule), last_text_};
}

std::optional<VertexId> GraphStore::FindKey(std::string_view key) const {
  StringId k = keys_.Find(key);
  if (k >= key_vertex_.size() || key_vertex_[k] == kNoVertex) return std::nullopt;
  return key_vertex_[k];
}

void GraphStore::AddKey(std::string_view key, VertexId v) {
  StringId k = keys_.Intern(key);
  if (k >= key_vertex_.size()) key_vertex_.resize(k + 1, kNoVertex);
  if (key_vertex_[k] == kNoVertex) key_vertex_[k] = v;
}

VertexId GraphStore::NewVertex(EntityNode node) {
  const VertexId v = NextId(nodes_.size(), "entities");
  nodes_.push_back(std::move(node));
  graph_.reset();
  return v;
}

VertexId GraphStore::VertexFor(const std::string& name, EntityType type, StringId name_id) {
  const std::string key = EntityKey(name, type, lexicon_);
  VertexId v = kNoVertex;
  uint64_t quote_hash = 0;
  if (type == EntityType::kQuote) {
    // A quote vertex's key is the key of its name, which never changes.
    quote_hash = HashString(key);
    uint32_t q = quotes_.Find(quote_hash, [&](uint32_t id) {
      return EntityKey(Str(nodes_[id].name), EntityType::kQuote, lexicon_) == key;
    });
    if (q != kNone) v = q;
  } else if (std::optional<VertexId> found = FindKey(key)) {
    v = *found;
  }
  if (v != kNoVertex) return v;
  v = NewVertex({name_id, type, {}});
  if (type == EntityType::kQuote) {
    quotes_.Insert(quote_hash, static_cast<uint32_t>(v));
  } else {
    AddKey(key, v);
  }
  return v;
}

uint64_t GraphStore::ResolutionHash(std::string_view surface, EntityType type) {
  return HashCombine(HashString(surface), static_cast<uint64_t>(type));
}

VertexId GraphStore::InternEntity(std::string_view surface, EntityType type, StringId* id,
                                  std::string_view sentence) {
  // Looked up by the text itself: a name seen before costs one probe.
  const uint64_t hash = ResolutionHash(surface, type);
  uint32_t r = resolution_index_.Find(hash, [&](uint32_t i) {
    return resolutions_[i].type == type && Str(resolutions_[i].surface) == surface;
  });
  if (r == kNone) {
    // Keys only ever gain vertices until Finalize(), so what this surface
    // resolves to now it resolves to until then.
    ResolvedName resolved = ResolveName(surface, type, lexicon_);
    // A new name is most often part of its sentence: once the sentence is
    // stored (Intern(Evidence) keeps the last one), the name points into it.
    const std::string_view stored =
        sentence == Str(last_text_) ? Str(last_text_) : std::string_view();
    const StringId name = strings_.Intern(resolved.name, stored);
    Resolution res{strings_.Intern(surface, stored), type, resolved.type,
                   !resolved.from_lexicon && resolved.type == EntityType::kPerson, name,
                   VertexFor(resolved.name, resolved.type, name)};
    r = static_cast<uint32_t>(resolutions_.size());
    resolutions_.push_back(res);
    resolution_index_.Insert(hash, r);
  }
  const Resolution& res = resolutions_[r];
  if (id) *id = res.surface;
  EntityNode& node = nodes_[res.vertex];
  if (node.type == EntityType::kUnknown) node.type = res.resolved_type;
  if (res.may_rename && node.name != res.resolved_name &&
      Fuller(Str(res.resolved_name), Str(node.name))) {
    node.name = res.resolved_name;
  }
  if (type != EntityType::kQuote) CountAlias(res.vertex, res.surface, 1);
  return res.vertex;
}

void GraphStore::CountAlias(VertexId v, StringId alias, uint32_t count, bool only_new) {
  InlineList<AliasCount>& aliases = nodes_[v].aliases;
  // Most sightings repeat a form the entity has: find it by id, without
  // reading any text; only a new form needs its sorted place.
  auto known = std::find_if(aliases.begin(), aliases.end(),
                            [&](const AliasCount& a) { return a.alias == alias; });
  if (known != aliases.end()) {
    if (!only_new) known->count += count;
    return;
  }
  const std::string_view text = Str(alias);
  auto at = std::lower_bound(
      aliases.begin(), aliases.end(), text,
      [&](const AliasCount& a, std::string_view t) { return Str(a.alias) < t; });
  aliases.insert(at, {alias, count});
}

VertexId GraphStore::AddEntity(std::string_view name, EntityType type) {
  finalized_ = false;
  VertexId v = InternEntity(name, type);
  // A loaded entity keeps its saved name, and that name is not a new sighting.
  InlineList<AliasCount>& aliases = nodes_[v].aliases;
  const StringId form = strings_.Find(name);
  auto it = std::find_if(aliases.begin(), aliases.end(),
                         [&](const AliasCount& a) { return a.alias == form; });
  if (it != aliases.end() && --it->count == 0) aliases.erase(it);
  return v;
}

void GraphStore::AddAlias(VertexId v, std::string_view alias, uint32_t count) {
  finalized_ = false;
  EntityNode& node = nodes_[v];
  if (count == 0 || node.type == EntityType::kQuote) return;
  CountAlias(v, strings_.Intern(alias), count);
  ResolvedName resolved = ResolveName(alias, node.type, lexicon_);
  AddKey(EntityKey(resolved.name, resolved.type, lexicon_), v);
}

uint32_t GraphStore::FindFact(VertexId from, VertexId to, const FactEdge& fact,
                              uint64_t hash) const {
  return fact_index_.Find(hash, [&](uint32_t f) {
    const FactEdge& x = facts_[f];
    return x.source == from && x.target == to && x.predicate == fact.predicate &&
           x.year == fact.year && x.role == fact.role;
  });
}

bool GraphStore::HasSighting(uint32_t f, const Sighting& s) {
  const SightingList& evidence = facts_[f].evidence;
  if (s.doc == new_doc_) {
    // The sightings of a document first named by this one are the last
    // ones of every fact they are in (see new_doc_): only they can match.
    size_t scanned = 0;
    for (auto x = evidence.rbegin(); x != evidence.rend() && x->doc == s.doc; ++x) {
      if (SameSighting(*x, s)) return true;
      if (++scanned == kScanLimit) break;  // a fact read many times in one document
    }
    if (scanned < kScanLimit) return false;
  } else if (evidence.size() <= kScanLimit) {
    return std::any_of(evidence.begin(), evidence.end(),
                       [&](const Sighting& x) { return SameSighting(x, s); });
  }
  // The index of the fact's sightings is brought up to date when asked.
  for (uint32_t i = indexed_[f]; i < evidence.size(); ++i) {
    sightings_.Insert(SightingHash(f, evidence[i]), static_cast<uint32_t>(sighting_refs_.size()));
    sighting_refs_.push_back({f, i});
  }
  indexed_[f] = static_cast<uint32_t>(evidence.size());
  return sightings_.Find(SightingHash(f, s), [&](uint32_t r) {
           const SightingRef& ref = sighting_refs_[r];
           return ref.fact == f && SameSighting(evidence[ref.position], s);
         }) != kNone;
}

void GraphStore::AppendEvidence(uint32_t f, const Sighting* from, size_t count) {
  for (const Sighting* s = from; s != from + count; ++s) {
    if (!HasSighting(f, *s)) facts_[f].evidence.push_back(*s);
  }
}

void GraphStore::MergeFact(uint32_t f, const FactEdge& fact, const Sighting* evidence,
                           size_t count) {
  AppendEvidence(f, evidence, count);
  FactEdge& edge = facts_[f];
  edge.confidence = std::max(edge.confidence, fact.confidence);
  if (edge.quote == StringPool::kEmpty) edge.quote = fact.quote;
}

FactId GraphStore::AppendFact(VertexId from, VertexId to, FactEdge fact) {
  fact.source = from;
  fact.target = to;
  const FactId f = NextId(facts_.size(), "facts");
  facts_.push_back(std::move(fact));
  indexed_.push_back(0);
  graph_.reset();
  return f;
}

FactId GraphStore::NewFact(VertexId from, VertexId to, FactEdge fact, uint64_t hash) {
  const FactId f = AppendFact(from, to, std::move(fact));
  fact_index_.Insert(hash, f);
  return f;
}

FactId GraphStore::AddFact(VertexId from, VertexId to, FactEdge fact) {
  IndexFacts();
  finalized_ = false;
  // Sightings come from anywhere here: the last document's are no longer
  // sure to be the last ones of each fact.
  new_doc_ = kNone;
  return MergeOrAddFact(from, to, std::move(fact));
}

FactId GraphStore::MergeOrAddFact(VertexId from, VertexId to, FactEdge fact) {
  const uint64_t hash = FactHash(from, to, fact.predicate, fact.year, fact.role);
  const uint32_t f = FindFact(from, to, fact, hash);
  if (f == kNone) return NewFact(from, to, std::move(fact), hash);
  MergeFact(f, fact, fact.evidence.data(), fact.evidence.size());
  return f;
}

void GraphStore::AddSighting(VertexId from, VertexId to, FactEdge fact, const Sighting& sighting) {
  const uint64_t hash = FactHash(from, to, fact.predicate, fact.year, fact.role);
  const uint32_t f = FindFact(from, to, fact, hash);
  if (f != kNone) {
    MergeFact(f, fact, &sighting, 1);
    return;
  }
  fact.evidence.push_back(sighting);
  NewFact(from, to, std::move(fact), hash);
}

void GraphStore::IndexFacts() {
  if (facts_indexed_) return;
  fact_index_.Reserve(facts_.size());
  for (FactId f = 0; f < facts_.size(); ++f) {
    const FactEdge& x = facts_[f];
    fact_index_.Insert(FactHash(x.source, x.target, x.predicate, x.year, x.role), f);
  }
  indexed_.assign(facts_.size(), 0);
  facts_indexed_ = true;
}

void GraphStore::DropFactIndexes() {
  fact_index_.Clear();
  std::vector<uint32_t>().swap(indexed_);
  std::vector<SightingRef>().swap(sighting_refs_);
  sightings_.Clear();
  facts_indexed_ = false;
}

void GraphStore::Add(const Triple& t) {
  IndexFacts();
  finalized_ = false;
  // The subject's triple may be the first from its sentence: then the
  // sentence is not stored yet when the subject is interned.
  VertexId from = InternEntity(t.subject, t.subject_type, nullptr, t.evidence.text);
  FactEdge fact;
  fact.predicate = t.predicate;
  fact.year = t.year;
  fact.role = Intern(t.role);
  fact.confidence = t.confidence;
  const Sighting sighting = Intern(t.evidence);
  StringId object = StringPool::kEmpty;
  VertexId to = InternEntity(t.object, t.object_type, &object, t.evidence.text);
  if (t.predicate == Predicate::kSaid) fact.quote = object;
  AddSighting(from, to, std::move(fact), sighting);
  if (t.predicate == Predicate::kSaid) {
    for (const EntityRef& ref : t.about) {
      VertexId target = InternEntity(ref.name, ref.type, nullptr, t.evidence.text);
      if (target == from) continue;
      FactEdge mention;
      mention.predicate = Predicate::kMentions;
      mention.confidence = t.confidence;
      AddSighting(to, target, std::move(mention), sighting);
    }
  }
}

void GraphStore::AddAll(const std::vector<Triple>& triples) {
  IndexFacts();
  // Each step reads what the step before prefetched and prefetches the next
  // link; a guess that turns out wrong (a new name, a tag shared by two
  // keys) costs one wasted load. Add() then does the real lookups.
  std::vector<uint64_t>& hashes = prefetch_hashes_;
  std::vector<uint32_t>& ids = prefetch_ids_;
  // The names' index slots (subject, object of each triple).
  hashes.clear();
  for (const Triple& t : triples) {
    hashes.push_back(ResolutionHash(t.subject, t.subject_type));
    hashes.push_back(ResolutionHash(t.object, t.object_type));
  }
  for (uint64_t h : hashes) resolution_index_.Prefetch(h);
  // Their resolutions.
  ids.clear();
  for (uint64_t h : hashes) {
    ids.push_back(resolution_index_.Guess(h));
    if (ids.back() != kNone) __builtin_prefetch(&resolutions_[ids.back()]);
  }
  // Their vertices, and the facts' index slots.
  hashes.clear();
  for (size_t i = 0; i < triples.size(); ++i) {
    const uint32_t s = ids[2 * i], o = ids[2 * i + 1];
    if (s == kNone || o == kNone) continue;
    const VertexId from = resolutions_[s].vertex, to = resolutions_[o].vertex;
    __builtin_prefetch(&nodes_[from]);
    __builtin_prefetch(&nodes_[to]);
    // Most facts have no role; one with a role would need its string
    // interned first.
    if (!triples[i].role.empty()) continue;
    hashes.push_back(FactHash(from, to, triples[i].predicate, triples[i].year, StringPool::kEmpty));
    fact_index_.Prefetch(hashes.back());
  }
  // The facts.
  for (uint64_t h : hashes) {
    const uint32_t f = fact_index_.Guess(h);
    if (f != kNone) __builtin_prefetch(&facts_[f]);
  }
  for (const Triple& t : triples) Add(t);
}

std::optional<VertexId> GraphStore::Find(std::string_view name) const {
  for (EntityType type : {EntityType::kCountry, EntityType::kPerson, EntityType::kGroup,
                          EntityType::kRole, EntityType::kUnknown}) {
    ResolvedName resolved = ResolveName(name, type, lexicon_);
    if (auto v = FindKey(EntityKey(resolved.name, resolved.type, lexicon_))) return v;
  }
  // A surname alone finds the one person who carries it.
  std::string surname = FoldedSurname(name, lexicon_);
  if (NameWords(name) == 1) {
    std::optional<VertexId> found;
    for (VertexId v = 0; v < nodes_.size(); ++v) {
      if (nodes_[v].type != EntityType::kPerson) continue;
      if (FoldedSurname(Str(nodes_[v].name), lexicon_) != surname) continue;
      if (found) return std::nullopt;
      found = v;
    }
    return found;
  }
  return std::nullopt;
}

void GraphStore::Finalize() {
  if (finalized_) return;
  // The names' resolutions only spare lookups while adding (a name added
  // later is resolved again); they go before the plan builds graph(), the
  // peak of a large build.
  std::vector<Resolution>().swap(resolutions_);
  resolution_index_.Clear();
  // So are the facts' indexes: the facts are renumbered below, and an
  // exporter needs no index (the next fact added rebuilds them).
  DropFactIndexes();
  // Sightings come from anywhere now: the last document's are no longer
  // sure to be the last ones of each fact (see new_doc_).
  new_doc_ = kNone;
  // A one-word person name joins the full name it stands for (see
  // surname_resolution.h), as a whole or document by document.
  SurnamePlan plan = PlanSurnameMerges(*this, lexicon_);
  if (plan.Empty()) {
    graph_.reset();  // the plan's walk is done; exporters walk the facts
    finalized_ = true;
    return;
  }
  const size_t n = nodes_.size();

  // Vertices that merge away leave gaps to close.
  std::vector<VertexId> new_id(n, kNoVertex);
  VertexId kept = 0;
  for (VertexId v = 0; v < n; ++v) {
    if (plan.whole[v] == v && !plan.emptied.count(v)) new_id[v] = kept++;
  }
  for (VertexId v = 0; v < n; ++v) {
    if (plan.whole[v] != v) new_id[v] = new_id[plan.whole[v]];
  }
  // The new vertices that another one merges into, or that a split vertex
  // keeps or gives sightings to. A new vertex that is none of these has one
  // old vertex behind it, so two facts can only become equal if one of
  // their ends is merged: the others are appended without a lookup.
  std::vector<bool> merged(kept, false);
  for (VertexId v = 0; v < n; ++v) {
    if (plan.whole[v] != v && new_id[v] != kNoVertex) merged[new_id[v]] = true;
  }
  for (const auto& [v, docs] : plan.by_doc) {
    if (new_id[v] != kNoVertex) merged[new_id[v]] = true;
    for (const auto& [doc, to] : docs) {
      if (new_id[to] != kNoVertex) merged[new_id[to]] = true;
    }
  }
  // Where the sightings of document `doc` on vertex v go.
  auto place = [&](VertexId v, StringId doc) {
    auto split = plan.by_doc.find(v);
    if (split != plan.by_doc.end()) {
      auto it = split->second.find(doc);
      if (it != split->second.end()) return new_id[it->second];
    }
    return new_id[v];
  };
  for (VertexId& v : key_vertex_) {
    if (v != kNoVertex) v = new_id[v];
  }
  static_assert(kNoVertex == kNone, "a dropped vertex drops its quote key");
  quotes_.Remap([&](uint32_t v) { return new_id[v]; });
  // A split vertex's aliases go along with its sightings (below).
  std::unordered_map<VertexId, InlineList<AliasCount>> split_aliases;
  for (const auto& [v, docs] : plan.by_doc) split_aliases.emplace(v, nodes_[v].aliases);

  // Entities and facts move to new arrays, renumbered; a fact whose ends
  // now equal another's merges into it. The old facts are taken from the
  // front and their blocks freed as the new ones fill (the sightings move
  // along), so the store's peak is the graph, not the graph twice.
  // (A moved-from ChunkedArray is empty.)
  ChunkedArray<EntityNode> old_nodes = std::move(nodes_);
  ChunkedArray<FactEdge> old_facts = std::move(facts_);
  graph_.reset();
  // The facts at a merged vertex are indexed as they go back; the index is
  // dropped again at the end (see facts_indexed_).
  facts_indexed_ = true;
  indexed_.reserve(old_facts.size());
  auto put = [&](VertexId from, VertexId to, FactEdge fact) {
    if (merged[from] || merged[to]) {
      MergeOrAddFact(from, to, std::move(fact));
    } else {
      AppendFact(from, to, std::move(fact));
    }
  };
  // The entities too leave the old array from the front; the surface forms
  // of those that merge away wait until every vertex is in place.
  std::vector<std::pair<VertexId, InlineList<AliasCount>>> merged_forms;
  for (VertexId v = 0; v < n; ++v) {
    EntityNode node = std::move(old_nodes.front());
    old_nodes.pop_front();
    if (plan.whole[v] != v) {
      merged_forms.emplace_back(new_id[v], std::move(node.aliases));
    } else if (new_id[v] != kNoVertex) {
      nodes_.push_back(std::move(node));
    }
  }
  for (const auto& [to, forms] : merged_forms) {
    for (const AliasCount& a : forms) CountAlias(to, a.alias, a.count);
  }

  while (!old_facts.empty()) {
    FactEdge fact = std::move(old_facts.front());
    old_facts.pop_front();
    const VertexId s = fact.source, t = fact.target;
    if (fact.evidence.empty() || (!plan.by_doc.count(s) && !plan.by_doc.count(t))) {
      if (new_id[s] != kNoVertex && new_id[t] != kNoVertex) {
        put(new_id[s], new_id[t], std::move(fact));
      }
      continue;
    }
    // One fact per (source, target) its documents' sightings move to.
    std::map<std::pair<VertexId, VertexId>, FactEdge> parts;
    for (const Sighting& ev : fact.evidence) {
      FactEdge& part = parts[{place(s, ev.doc), place(t, ev.doc)}];
      if (part.evidence.empty()) {
        part.predicate = fact.predicate;
        part.year = fact.year;
        part.role = fact.role;
        part.quote = fact.quote;
        part.confidence = fact.confidence;
      }
      part.evidence.push_back(ev);
      // The surname moves with the sightings to the person it named.
      const VertexId to_person = place(s, ev.doc);
      if (to_person != new_id[s] && nodes_[to_person].type == EntityType::kPerson) {
        for (const AliasCount& a : split_aliases.at(s)) CountAlias(to_person, a.alias, 1, true);
      }
    }
    for (auto& [ends, part] : parts) {
      if (ends.first != kNoVertex && ends.second != kNoVertex) {
        put(ends.first, ends.second, std::move(part));
      }
    }
  }
  DropFactIndexes();
  finalized_ = true;
}

VertexId GraphStore::CopyVertex(const GraphStore& from, VertexId v) {
  const EntityNode& node = from.nodes_[v];
  EntityNode copy;
  copy.name = Intern(from.Str(node.name));
  copy.type = node.type;
  // Sorted by text there, so sorted here.
  for (const AliasCount& a : node.aliases) copy.aliases.push_back({Intern(from.Str(a.alias)), a.count});
  return NewVertex(std::move(copy));
}

FactEdge GraphStore::CopyFact(const GraphStore& from, const FactEdge& fact) {
  FactEdge copy;
  copy.predicate = fact.predicate;
  copy.year = fact.year;
  copy.role = Intern(from.Str(fact.role));
  copy.quote = Intern(from.Str(fact.quote));
  copy.confidence = fact.confidence;
  copy.evidence.reserve(fact.evidence.size());
  for (const Sighting& s : fact.evidence) {
    copy.evidence.push_back({InternDoc(from.DocName(s.doc)), s.sentence, s.start, s.end,
                             Intern(from.Str(s.rule)), Intern(from.Str(s.text))});
  }
  return copy;
}

GraphStore GraphStore::Subgraph(const SubgraphOptions& options) const {
  GraphStore out(lexicon_);
  for (size_t i = 0; i < documents_.size(); ++i) out.StoreDocument(document(i));
  const size_t n = nodes_.size();
  auto wanted = [&](const FactEdge& f) {
    if (options.predicates.empty()) return true;
    if (options.predicates.count(f.predicate)) return true;
    // Quote mentions follow the said edges they belong to.
    return f.predicate == Predicate::kMentions && options.predicates.count(Predicate::kSaid);
  };

  std::vector<int> dist(n, -1);
  if (options.focus.empty()) {
    std::fill(dist.begin(), dist.end(), 0);
  } else {
    std::optional<VertexId> focus = Find(options.focus);
    if (!focus) return out;
    const Graph& g = graph();
    // Hops are 0 or 1, so a vertex found again at a shorter distance is
    // lowered and walked again: the distances do not depend on edge order.
    std::deque<VertexId> queue{*focus};
    dist[*focus] = 0;
    while (!queue.empty()) {
      VertexId v = queue.front();
      queue.pop_front();
      // A quote is part of its speaker's statement: it does not count as a hop.
      auto visit = [&](VertexId u, bool free_hop) {
        const int d = dist[v] + (free_hop ? 0 : 1);
        if (d > options.depth || (dist[u] >= 0 && dist[u] <= d)) return;
        dist[u] = d;
        if (free_hop) {
          queue.push_front(u);
        } else {
          queue.push_back(u);
        }
      };
      for (EdgeId e : boost::make_iterator_range(boost::out_edges(v, g))) {
        if (!wanted(fact(e))) continue;
        VertexId u = boost::target(e, g);
        visit(u, nodes_[u].type == EntityType::kQuote && dist[v] < options.depth);
      }
      for (EdgeId e : boost::make_iterator_range(boost::in_edges(v, g))) {
        if (!wanted(fact(e))) continue;
        visit(boost::source(e, g), false);
      }
    }
  }
  std::vector<VertexId> new_id(n, kNoVertex);
  for (VertexId v = 0; v < n; ++v) {
    if (dist[v] < 0) continue;
    new_id[v] = out.CopyVertex(*this, v);
    if (nodes_[v].type == EntityType::kQuote) {
      std::string key = EntityKey(Str(nodes_[v].name), EntityType::kQuote, lexicon_);
      out.quotes_.Insert(HashString(key), new_id[v]);
    }
  }
  for (StringId k = 0; k < key_vertex_.size(); ++k) {
    VertexId v = key_vertex_[k];
    if (v != kNoVertex && new_id[v] != kNoVertex) out.AddKey(keys_.Get(k), new_id[v]);
  }
  for (const FactEdge& f : facts_) {
    if (!wanted(f) || dist[f.source] < 0 || dist[f.target] < 0) continue;
    out.AddFact(new_id[f.source], new_id[f.target], out.CopyFact(*this, f));
  }
  return out;
}

}  // namespace newsgraph
