#include "graph/surname_resolution.h"

#include <algorithm>
#include <numeric>
#include <set>
#include <unordered_set>

#include <boost/range/iterator_range.hpp>

#include "extract/lexicon.h"
#include "graph/entity_resolver.h"

namespace newsgraph {
namespace {

using VertexSet = std::unordered_set<VertexId>;

// What is known of a person: role targets, role titles, connected entities,
// documents it is named in.
struct Profile {
  VertexSet role_targets;
  std::set<std::string> titles;
  VertexSet neighbours;
  std::unordered_set<StringId> docs;
};

bool IsEntity(const GraphStore& store, VertexId v) {
  return store.entity(v).type != EntityType::kQuote;
}

// The documents of every sighting on an edge at v, sorted, once each (so
// the plan does not depend on hash order).
std::vector<StringId> DocumentsOf(const GraphStore& store, VertexId v) {
  const Graph& g = store.graph();
  std::vector<StringId> docs;
  for (EdgeId e : boost::make_iterator_range(boost::out_edges(v, g))) {
    for (const Sighting& ev : store.fact(e).evidence) docs.push_back(ev.doc);
  }
  for (EdgeId e : boost::make_iterator_range(boost::in_edges(v, g))) {
    for (const Sighting& ev : store.fact(e).evidence) docs.push_back(ev.doc);
  }
  std::sort(docs.begin(), docs.end());
  docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
  return docs;
}

void AddRole(const GraphStore& store, FactId f, Profile& p) {
  const FactEdge& fact = store.fact(f);
  p.role_targets.insert(fact.target);
  if (fact.role != StringPool::kEmpty) p.titles.insert(Lower(store.Str(fact.role)));
}

// The batch-wide profile of candidate c.
Profile CandidateProfile(const GraphStore& store, VertexId c) {
  const Graph& g = store.graph();
  Profile p;
  for (EdgeId e : boost::make_iterator_range(boost::out_edges(c, g))) {
    VertexId t = boost::target(e, g);
    const FactEdge& fact = store.fact(e);
    for (const Sighting& ev : fact.evidence) p.docs.insert(ev.doc);
    if (fact.predicate == Predicate::kHoldsRole) AddRole(store, g[e], p);
    if (IsEntity(store, t)) {
      p.neighbours.insert(t);
      continue;
    }
    // What c said: the entities its quotes mention are its neighbours too.
    for (EdgeId m : boost::make_iterator_range(boost::out_edges(t, g))) p.neighbours.insert(boost::target(m, g));
  }
  for (EdgeId e : boost::make_iterator_range(boost::in_edges(c, g))) {
    for (const Sighting& ev : store.fact(e).evidence) p.docs.insert(ev.doc);
    VertexId s = boost::source(e, g);
    if (IsEntity(store, s)) p.neighbours.insert(s);
  }
  p.neighbours.erase(c);
  return p;
}

// The holds-role edges of the one-word vertex v, by the documents that
// read them.
std::unordered_map<StringId, std::vector<FactId>> RolesByDocument(const GraphStore& store,
                                                                  VertexId v) {
  const Graph& g = store.graph();
  std::unordered_map<StringId, std::vector<FactId>> roles;
  for (EdgeId e : boost::make_iterator_range(boost::out_edges(v, g))) {
    const FactEdge& fact = store.fact(e);
    if (fact.predicate != Predicate::kHoldsRole) continue;
    for (const Sighting& ev : fact.evidence) {
      std::vector<FactId>& facts = roles[ev.doc];
      if (facts.empty() || facts.back() != g[e]) facts.push_back(g[e]);
    }
  }
  return roles;
}

// The roles v holds in document `doc` (from RolesByDocument).
Profile ProfileInDocument(const GraphStore& store,
                          const std::unordered_map<StringId, std::vector<FactId>>& roles,
                          StringId doc) {
  Profile p;
  auto it = roles.find(doc);
  if (it != roles.end()) {
    for (FactId f : it->second) AddRole(store, f, p);
  }
  return p;
}

template <typename Set>
size_t Shared(const Set& a, const Set& b) {
  const Set& small = a.size() <= b.size() ? a : b;
  const Set& large = a.size() <= b.size() ? b : a;
  return static_cast<size_t>(std::count_if(small.begin(), small.end(),
                                           [&](const auto& x) { return large.count(x) > 0; }));
}

bool Conflicts(const Profile& here, const Profile& candidate) {
  if (here.role_targets.empty() || candidate.role_targets.empty()) return false;
  return Shared(here.role_targets, candidate.role_targets) == 0 &&
         Shared(here.titles, candidate.titles) == 0;
}

// The candidates of one surname, indexed by the entities they are
// connected to and the documents they are named in.
struct CandidateIndex {
  std::vector<const Profile*> profiles;  // in candidate order
  std::unordered_map<VertexId, std::vector<uint32_t>> by_neighbour;
  std::unordered_map<StringId, std::vector<uint32_t>> by_doc;
  std::unordered_map<VertexId, std::vector<uint32_t>> by_role_target;
  std::unordered_map<std::string, std::vector<uint32_t>> by_title;
  std::vector<int> score;  // scratch for Choose, all zero between calls
};

CandidateIndex IndexCandidates(const std::vector<const Profile*>& profiles) {
  CandidateIndex index;
  index.profiles = profiles;
  index.score.assign(profiles.size(), 0);
  if (profiles.size() == 1) return index;  // Choose() needs no scores for one
  for (uint32_t i = 0; i < profiles.size(); ++i) {
    for (VertexId x : profiles[i]->neighbours) index.by_neighbour[x].push_back(i);
    for (StringId doc : profiles[i]->docs) index.by_doc[doc].push_back(i);
    for (VertexId x : profiles[i]->role_targets) index.by_role_target[x].push_back(i);
    for (const std::string& title : profiles[i]->titles) index.by_title[title].push_back(i);
  }
  return index;
}

// The candidate document `doc`'s sightings of v stand for, or v itself: the
// one compatible candidate with the strictly highest support above zero
// (whatever order the candidates are looked at in).
VertexId Choose(const Profile& here, VertexId v, StringId doc,
                const std::vector<uint32_t>& named_in_doc,
                const std::vector<VertexId>& candidates, CandidateIndex& index) {
  VertexId best = v;
  int best_score = 0;
  bool tie = false;
  auto consider = [&](VertexId c, int score) {
    if (score > best_score) {
      best = c;
      best_score = score;
      tie = false;
    } else if (score == best_score && score > 0) {
      tie = true;
    }
  };
  if (candidates.size() == 1) {
    // Unambiguous: the one candidate, unless its roles rule it out.
    return Conflicts(here, *index.profiles[0]) ? v : candidates.front();
  }
  // A candidate with no role target, title, entity or document in common
  // with what this document says of v scores zero and cannot win, so only
  // the candidates the indexes reach are scored; a surname shared by
  // thousands of people costs what the document names, not thousands.
  std::vector<uint32_t> touched;
  auto add = [&](const std::vector<uint32_t>& to, int points) {
    for (uint32_t i : to) {
      if (index.score[i] == 0) touched.push_back(i);
      index.score[i] += points;
    }
  };
  auto add_from = [&](const auto& map, const auto& key, int points) {
    auto it = map.find(key);
    if (it != map.end()) add(it->second, points);
  };
  for (VertexId x : here.role_targets) add_from(index.by_role_target, x, 2);
  for (const std::string& title : here.titles) add_from(index.by_title, title, 1);
  for (VertexId x : named_in_doc) add_from(index.by_neighbour, x, 1);
  add_from(index.by_doc, doc, 3);
  for (uint32_t i : touched) {
    // The points: 2 per role target and 1 per title shared with what the
    // document says v is, 1 per entity the document names that the
    // candidate is connected to, 3 if the candidate is named in the
    // document itself. A candidate whose roles conflict with v's is out.
    if (!Conflicts(here, *index.profiles[i])) consider(candidates[i], index.score[i]);
    index.score[i] = 0;
  }
  return tie ? v : best;
}

}  // namespace

bool SurnamePlan::Empty() const {
  if (!by_doc.empty()) return false;
  for (VertexId v = 0; v < whole.size(); ++v) {
    if (whole[v] != v) return false;
  }
  return true;
}

SurnamePlan PlanSurnameMerges(const GraphStore& store, const Lexicon* lexicon) {
  const size_t n = store.num_entities();
  SurnamePlan plan;
  plan.whole.resize(n);
  std::iota(plan.whole.begin(), plan.whole.end(), 0);

  // The one-word people first: only their surnames need candidates.
  std::vector<std::pair<VertexId, std::string>> one_word;
  std::unordered_map<std::string, std::vector<VertexId>> by_surname;  // → multi-word people
  for (VertexId v = 0; v < n; ++v) {
    const EntityNode& node = store.entity(v);
    if (node.type != EntityType::kPerson || NameWords(store.Str(node.name)) != 1) continue;
    one_word.emplace_back(v, FoldedSurname(store.Str(node.name), lexicon));
    by_surname[one_word.back().second];
  }
  if (one_word.empty()) return plan;
  for (VertexId v = 0; v < n; ++v) {
    const EntityNode& node = store.entity(v);
    if (node.type == EntityType::kPerson && NameWords(store.Str(node.name)) >= 2) {
      auto it = by_surname.find(FoldedSurname(store.Str(node.name), lexicon));
      if (it != by_surname.end()) it->second.push_back(v);
    }
  }
  // One-word people with candidates, and the documents each is named in.
  struct Bare {
    VertexId v;
    const std::vector<VertexId>* candidates;
    std::vector<StringId> docs;  // sorted
  };
  std::vector<Bare> bare;
  // The entities each document of a one-word vertex with several
  // candidates names (sorted, once each): named_in[slot[doc]]. Choose()
  // needs them only to score several candidates. (32-bit ids: for a 1 GB
  // corpus these lists hold millions of entries.)
  constexpr uint32_t kNoSlot = UINT32_MAX;
  std::vector<uint32_t> slot(store.num_doc_names(), kNoSlot);
  std::vector<std::vector<uint32_t>> named_in;
  const std::vector<uint32_t> kNamedNone;  // for documents without a slot
  for (const auto& [v, surname] : one_word) {
    const std::vector<VertexId>& candidates = by_surname.at(surname);
    if (candidates.empty()) continue;
    bare.push_back({v, &candidates, DocumentsOf(store, v)});
    if (candidates.size() == 1) continue;  // Choose() scores only several candidates
    for (StringId doc : bare.back().docs) {
      if (slot[doc] == kNoSlot) {
        slot[doc] = static_cast<uint32_t>(named_in.size());
        named_in.emplace_back();
      }
    }
  }
  if (bare.empty()) return plan;

  for (const FactEdge& fact : store.facts()) {
    if (named_in.empty()) break;
    for (const Sighting& ev : fact.evidence) {
      if (slot[ev.doc] == kNoSlot) continue;
      std::vector<uint32_t>& named = named_in[slot[ev.doc]];
      if (IsEntity(store, fact.source)) named.push_back(fact.source);
      if (IsEntity(store, fact.target)) named.push_back(fact.target);
    }
  }
  for (std::vector<uint32_t>& named : named_in) {
    std::sort(named.begin(), named.end());
    named.erase(std::unique(named.begin(), named.end()), named.end());
  }

  // A candidate's profile is built when a one-word vertex of its surname
  // first needs it and dropped after the last one has used it (a person has
  // one surname, so one candidate list): only one surname's profiles are
  // held at a time.
  std::unordered_map<const std::vector<VertexId>*, size_t> last_use;
  for (size_t i = 0; i < bare.size(); ++i) last_use[bare[i].candidates] = i;
  std::unordered_map<VertexId, Profile> profiles;
  for (size_t i = 0; i < bare.size(); ++i) {
    const auto& [v, candidates, docs] = bare[i];
    std::vector<const Profile*> candidate_profiles;
    for (VertexId c : *candidates) {
      auto it = profiles.find(c);
      if (it == profiles.end()) it = profiles.emplace(c, CandidateProfile(store, c)).first;
      candidate_profiles.push_back(&it->second);
    }
    CandidateIndex index = IndexCandidates(candidate_profiles);
    const auto roles = RolesByDocument(store, v);
    std::vector<VertexId> chosen;   // chosen[k]: whom docs[k]'s sightings of v name
    std::vector<VertexId> targets;  // the distinct ones
    chosen.reserve(docs.size());
    auto has = [](const std::vector<VertexId>& in, VertexId x) {
      return std::find(in.begin(), in.end(), x) != in.end();
    };
    for (StringId doc : docs) {
      VertexId c = Choose(ProfileInDocument(store, roles, doc), v, doc,
                          slot[doc] == kNoSlot ? kNamedNone : named_in[slot[doc]],
                          *candidates, index);
      chosen.push_back(c);
      if (!has(targets, c)) targets.push_back(c);
    }
    if (docs.empty() && candidates->size() == 1) targets.push_back(candidates->front());
    if (targets.size() == 1) {
      plan.whole[v] = targets.front();
    } else {
      for (size_t k = 0; k < docs.size(); ++k) {
        if (chosen[k] != v) plan.by_doc[v].emplace(docs[k], chosen[k]);
      }
      if (!has(targets, v)) plan.emptied.insert(v);
    }
    if (last_use.at(candidates) == i) {
      for (VertexId c : *candidates) profiles.erase(c);
    }
  }
  return plan;
}

}  // namespace newsgraph
