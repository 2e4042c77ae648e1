#include "graph/graph_store.h"

#include <algorithm>
#include <deque>
#include <numeric>

#include "extract/lexicon.h"
#include "graph/entity_resolver.h"
#include "graph/surname_resolution.h"

namespace newsgraph {
namespace {

bool Fuller(std::string_view candidate, std::string_view current) {
  size_t a = NameWords(candidate), b = NameWords(current);
  if (a != b) return a > b;
  return candidate.size() > current.size();
}

uint64_t Mix(uint64_t h, uint64_t v) {
  h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  return h;
}

// Identity of one sighting on the edge s → t (see AppendEvidence).
uint64_t EvidenceHash(VertexId s, VertexId t, const Evidence& e) {
  uint64_t h = Mix(s, t);
  h = Mix(h, std::hash<std::string>()(e.doc));
  h = Mix(h, (uint64_t{e.start} << 32) | e.end);
  return Mix(h, std::hash<std::string>()(e.rule));
}

}  // namespace

GraphStore::GraphStore(const Lexicon* lexicon) : lexicon_(lexicon) {}

bool GraphStore::AddDocument(const DocumentInfo& doc) {
  if (!doc.hash.empty() && !document_hashes_.insert(doc.hash).second) return false;
  documents_.push_back(doc);
  return true;
}

bool GraphStore::HasDocumentHash(std::string_view hash) const {
  return document_hashes_.find(hash) != document_hashes_.end();
}

VertexId GraphStore::Intern(std::string_view surface, EntityType type) {
  ResolvedName resolved = ResolveName(surface, type, lexicon_);
  std::string key = EntityKey(resolved.name, resolved.type, lexicon_);
  auto it = by_key_.find(key);
  VertexId v;
  if (it == by_key_.end()) {
    v = boost::add_vertex(graph_);
    graph_[v].name = resolved.name;
    graph_[v].type = resolved.type;
    by_key_.emplace(std::move(key), v);
  } else {
    v = it->second;
    EntityNode& node = graph_[v];
    if (node.type == EntityType::kUnknown) node.type = resolved.type;
    if (!resolved.from_lexicon && resolved.type == EntityType::kPerson &&
        Fuller(resolved.name, node.name)) {
      node.name = resolved.name;
    }
  }
  if (type != EntityType::kQuote) {
    std::string alias(surface);
    ++graph_[v].aliases[alias];
  }
  return v;
}

VertexId GraphStore::AddEntity(std::string_view name, EntityType type) {
  VertexId v = Intern(name, type);
  // A loaded entity keeps its saved name, and that name is not a new sighting.
  auto& aliases = graph_[v].aliases;
  auto it = aliases.find(std::string(name));
  if (it != aliases.end() && --it->second == 0) aliases.erase(it);
  return v;
}

void GraphStore::AddAlias(VertexId v, std::string_view alias, uint32_t count) {
  EntityNode& node = graph_[v];
  if (count == 0 || node.type == EntityType::kQuote) return;
  node.aliases[std::string(alias)] += count;
  ResolvedName resolved = ResolveName(alias, node.type, lexicon_);
  by_key_.emplace(EntityKey(resolved.name, resolved.type, lexicon_), v);
}

size_t GraphStore::FactKeyHash::operator()(const FactKey& k) const {
  uint64_t h = Mix(std::get<0>(k), std::get<1>(k));
  h = Mix(h, (static_cast<uint64_t>(std::get<2>(k)) << 32) | static_cast<uint32_t>(std::get<3>(k)));
  return static_cast<size_t>(Mix(h, std::hash<std::string>()(std::get<4>(k))));
}

// Merges evidence lists, keeping each sighting once.
void GraphStore::AppendEvidence(VertexId s, VertexId t, FactEdge& edge,
                                const std::vector<Evidence>& from) {
  for (const Evidence& e : from) {
    // A hash never seen means a new sighting; a seen one is checked exactly.
    bool fresh = evidence_seen_.insert(EvidenceHash(s, t, e)).second;
    if (!fresh) {
      fresh = std::none_of(edge.evidence.begin(), edge.evidence.end(), [&](const Evidence& x) {
        return x.doc == e.doc && x.start == e.start && x.end == e.end && x.rule == e.rule;
      });
    }
    if (fresh) edge.evidence.push_back(e);
  }
}

void GraphStore::IndexEvidence(VertexId s, VertexId t, const FactEdge& edge) {
  for (const Evidence& e : edge.evidence) evidence_seen_.insert(EvidenceHash(s, t, e));
}

EdgeId GraphStore::AddFact(VertexId from, VertexId to, const FactEdge& fact) {
  FactKey key(from, to, fact.predicate, fact.year, fact.role);
  auto it = by_fact_.find(key);
  if (it != by_fact_.end()) {
    FactEdge& edge = graph_[it->second];
    AppendEvidence(from, to, edge, fact.evidence);
    edge.confidence = std::max(edge.confidence, fact.confidence);
    if (edge.quote.empty()) edge.quote = fact.quote;
    return it->second;
  }
  EdgeId e = boost::add_edge(from, to, fact, graph_).first;
  IndexEvidence(from, to, fact);
  by_fact_.emplace(std::move(key), e);
  return e;
}

void GraphStore::Add(const Triple& t) {
  VertexId from = Intern(t.subject, t.subject_type);
  FactEdge fact;
  fact.predicate = t.predicate;
  fact.year = t.year;
  fact.role = t.role;
  fact.confidence = t.confidence;
  fact.evidence.push_back(t.evidence);
  if (t.predicate == Predicate::kSaid) fact.quote = t.object;
  VertexId to = Intern(t.object, t.object_type);
  AddFact(from, to, fact);
  if (t.predicate == Predicate::kSaid) {
    for (const EntityRef& ref : t.about) {
      VertexId target = Intern(ref.name, ref.type);
      if (target == from) continue;
      FactEdge mention;
      mention.predicate = Predicate::kMentions;
      mention.confidence = t.confidence;
      mention.evidence.push_back(t.evidence);
      AddFact(to, target, mention);
    }
  }
}

std::optional<VertexId> GraphStore::Find(std::string_view name) const {
  for (EntityType type : {EntityType::kCountry, EntityType::kPerson, EntityType::kGroup,
                          EntityType::kRole, EntityType::kUnknown}) {
    ResolvedName resolved = ResolveName(name, type, lexicon_);
    auto it = by_key_.find(EntityKey(resolved.name, resolved.type, lexicon_));
    if (it != by_key_.end()) return it->second;
  }
  // A surname alone finds the one person who carries it.
  std::string surname = FoldedSurname(name, lexicon_);
  if (NameWords(name) == 1) {
    std::optional<VertexId> found;
    for (VertexId v : boost::make_iterator_range(boost::vertices(graph_))) {
      if (graph_[v].type != EntityType::kPerson) continue;
      if (FoldedSurname(graph_[v].name, lexicon_) != surname) continue;
      if (found) return std::nullopt;
      found = v;
    }
    return found;
  }
  return std::nullopt;
}

void GraphStore::Finalize() {
  // A one-word person name joins the full name it stands for (see
  // surname_resolution.h), as a whole or document by document.
  SurnamePlan plan = PlanSurnameMerges(graph_, lexicon_);
  if (plan.Empty()) return;
  const size_t n = boost::num_vertices(graph_);

  constexpr VertexId kGone = static_cast<VertexId>(-1);
  Graph merged;
  std::vector<VertexId> new_id(n, kGone);
  for (VertexId v = 0; v < n; ++v) {
    if (plan.whole[v] == v && !plan.emptied.count(v)) new_id[v] = boost::add_vertex(graph_[v], merged);
  }
  for (VertexId v = 0; v < n; ++v) {
    if (plan.whole[v] == v) continue;
    new_id[v] = new_id[plan.whole[v]];
    for (const auto& [alias, count] : graph_[v].aliases) merged[new_id[v]].aliases[alias] += count;
  }
  // Where the sightings of document `doc` on vertex v go.
  auto place = [&](VertexId v, const std::string& doc) {
    auto split = plan.by_doc.find(v);
    if (split != plan.by_doc.end()) {
      auto it = split->second.find(doc);
      if (it != split->second.end()) return new_id[it->second];
    }
    return new_id[v];
  };
  std::unordered_map<std::string, VertexId> keys;
  for (auto& [key, v] : by_key_) {
    if (new_id[v] != kGone) keys.emplace(key, new_id[v]);
  }
  by_key_ = std::move(keys);

  Graph old = std::move(graph_);
  graph_ = std::move(merged);
  by_fact_.clear();
  evidence_seen_.clear();
  for (EdgeId e : boost::make_iterator_range(boost::edges(old))) {
    VertexId s = boost::source(e, old), t = boost::target(e, old);
    const FactEdge& fact = old[e];
    if (fact.evidence.empty() || (!plan.by_doc.count(s) && !plan.by_doc.count(t))) {
      if (new_id[s] != kGone && new_id[t] != kGone) AddFact(new_id[s], new_id[t], fact);
      continue;
    }
    // One fact per (source, target) its documents' sightings move to.
    std::map<std::pair<VertexId, VertexId>, FactEdge> parts;
    for (const Evidence& ev : fact.evidence) {
      FactEdge& part = parts[{place(s, ev.doc), place(t, ev.doc)}];
      if (part.evidence.empty()) {
        part = fact;
        part.evidence.clear();
      }
      part.evidence.push_back(ev);
      // The surname moves with the sightings to the person it named.
      if (place(s, ev.doc) != new_id[s] && graph_[place(s, ev.doc)].type == EntityType::kPerson) {
        for (const auto& [alias, count] : old[s].aliases) graph_[place(s, ev.doc)].aliases.emplace(alias, 1);
      }
    }
    for (const auto& [ends, part] : parts) {
      if (ends.first != kGone && ends.second != kGone) AddFact(ends.first, ends.second, part);
    }
  }
}

GraphStore GraphStore::Subgraph(const SubgraphOptions& options) const {
  GraphStore out(lexicon_);
  out.documents_ = documents_;
  out.document_hashes_ = document_hashes_;
  const size_t n = boost::num_vertices(graph_);
  auto wanted = [&](EdgeId e) {
    const FactEdge& f = graph_[e];
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
    std::deque<VertexId> queue{*focus};
    dist[*focus] = 0;
    while (!queue.empty()) {
      VertexId v = queue.front();
      queue.pop_front();
      // A quote is part of its speaker's statement: it does not count as a hop.
      auto visit = [&](VertexId u, bool free_hop) {
        if (dist[u] >= 0) return;
        int d = dist[v] + (free_hop ? 0 : 1);
        if (d > options.depth) return;
        dist[u] = d;
        if (free_hop) queue.push_front(u); else queue.push_back(u);
      };
      for (EdgeId e : boost::make_iterator_range(boost::out_edges(v, graph_))) {
        if (!wanted(e)) continue;
        VertexId u = boost::target(e, graph_);
        visit(u, graph_[u].type == EntityType::kQuote && dist[v] < options.depth);
      }
      for (EdgeId e : boost::make_iterator_range(boost::in_edges(v, graph_))) {
        if (!wanted(e)) continue;
        visit(boost::source(e, graph_), false);
      }
    }
  }
  std::vector<VertexId> new_id(n, static_cast<VertexId>(-1));
  for (VertexId v = 0; v < n; ++v) {
    if (dist[v] < 0) continue;
    new_id[v] = boost::add_vertex(graph_[v], out.graph_);
  }
  for (const auto& [key, v] : by_key_) {
    if (new_id[v] != static_cast<VertexId>(-1)) out.by_key_.emplace(key, new_id[v]);
  }
  for (EdgeId e : boost::make_iterator_range(boost::edges(graph_))) {
    VertexId s = boost::source(e, graph_), t = boost::target(e, graph_);
    if (!wanted(e) || dist[s] < 0 || dist[t] < 0) continue;
    out.AddFact(new_id[s], new_id[t], graph_[e]);
  }
  // Drop quote vertices whose speaker was cut away, and entities left alone.
  return out;
}

}  // namespace newsgraph
