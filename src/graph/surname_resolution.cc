#include "graph/surname_resolution.h"

#include <algorithm>
#include <numeric>
#include <set>
#include <unordered_set>

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

bool IsEntity(const Graph& g, VertexId v) { return g[v].type != EntityType::kQuote; }

// The documents of every sighting on an edge at v, sorted (so the plan does
// not depend on hash order).
std::set<StringId> DocumentsOf(const Graph& g, VertexId v) {
  std::set<StringId> docs;
  for (EdgeId e : boost::make_iterator_range(boost::out_edges(v, g))) {
    for (const Sighting& ev : g[e].evidence) docs.insert(ev.doc);
  }
  for (EdgeId e : boost::make_iterator_range(boost::in_edges(v, g))) {
    for (const Sighting& ev : g[e].evidence) docs.insert(ev.doc);
  }
  return docs;
}

void AddRole(const GraphStore& store, EdgeId e, Profile& p) {
  const Graph& g = store.graph();
  p.role_targets.insert(boost::target(e, g));
  if (g[e].role != StringPool::kEmpty) p.titles.insert(Lower(store.Str(g[e].role)));
}

// The batch-wide profile of candidate c.
Profile CandidateProfile(const GraphStore& store, VertexId c) {
  const Graph& g = store.graph();
  Profile p;
  for (EdgeId e : boost::make_iterator_range(boost::out_edges(c, g))) {
    VertexId t = boost::target(e, g);
    for (const Sighting& ev : g[e].evidence) p.docs.insert(ev.doc);
    if (g[e].predicate == Predicate::kHoldsRole) AddRole(store, e, p);
    if (IsEntity(g, t)) {
      p.neighbours.insert(t);
      continue;
    }
    // What c said: the entities its quotes mention are its neighbours too.
    for (EdgeId m : boost::make_iterator_range(boost::out_edges(t, g))) p.neighbours.insert(boost::target(m, g));
  }
  for (EdgeId e : boost::make_iterator_range(boost::in_edges(c, g))) {
    for (const Sighting& ev : g[e].evidence) p.docs.insert(ev.doc);
    VertexId s = boost::source(e, g);
    if (IsEntity(g, s)) p.neighbours.insert(s);
  }
  p.neighbours.erase(c);
  return p;
}

// The roles the one-word vertex v holds in document `doc`.
Profile ProfileInDocument(const GraphStore& store, VertexId v, StringId doc) {
  const Graph& g = store.graph();
  Profile p;
  for (EdgeId e : boost::make_iterator_range(boost::out_edges(v, g))) {
    if (g[e].predicate != Predicate::kHoldsRole) continue;
    for (const Sighting& ev : g[e].evidence) {
      if (ev.doc == doc) {
        AddRole(store, e, p);
        break;
      }
    }
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

int Support(const Profile& here, const VertexSet& named_in_doc, StringId doc,
            const Profile& candidate) {
  int score = 2 * static_cast<int>(Shared(here.role_targets, candidate.role_targets));
  score += static_cast<int>(Shared(here.titles, candidate.titles));
  score += static_cast<int>(Shared(named_in_doc, candidate.neighbours));
  if (candidate.docs.count(doc)) score += 3;
  return score;
}

// The candidate document `doc`'s sightings of v stand for, or v itself.
VertexId Choose(const GraphStore& store, VertexId v, StringId doc, const VertexSet& named_in_doc,
                const std::vector<VertexId>& candidates,
                const std::unordered_map<VertexId, Profile>& profiles) {
  Profile here = ProfileInDocument(store, v, doc);
  VertexId best = v;
  int best_score = 0;
  bool tie = false;
  for (VertexId c : candidates) {
    const Profile& p = profiles.at(c);
    if (Conflicts(here, p)) continue;
    if (candidates.size() == 1) return c;  // unambiguous and compatible
    int score = Support(here, named_in_doc, doc, p);
    if (score > best_score) {
      best = c;
      best_score = score;
      tie = false;
    } else if (score == best_score && score > 0) {
      tie = true;
    }
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
  const Graph& g = store.graph();
  const size_t n = boost::num_vertices(g);
  SurnamePlan plan;
  plan.whole.resize(n);
  std::iota(plan.whole.begin(), plan.whole.end(), 0);

  std::unordered_map<std::string, std::vector<VertexId>> by_surname;
  for (VertexId v = 0; v < n; ++v) {
    if (g[v].type == EntityType::kPerson && NameWords(store.Str(g[v].name)) >= 2) {
      by_surname[FoldedSurname(store.Str(g[v].name), lexicon)].push_back(v);
    }
  }
  // One-word people with candidates, and the documents each is named in.
  struct Bare {
    VertexId v;
    const std::vector<VertexId>* candidates;
    std::set<StringId> docs;
  };
  std::vector<Bare> bare;
  std::unordered_map<StringId, VertexSet> named_in;  // doc → entities, for those docs only
  for (VertexId v = 0; v < n; ++v) {
    if (g[v].type != EntityType::kPerson || NameWords(store.Str(g[v].name)) != 1) continue;
    auto it = by_surname.find(FoldedSurname(store.Str(g[v].name), lexicon));
    if (it == by_surname.end()) continue;
    bare.push_back({v, &it->second, DocumentsOf(g, v)});
    for (StringId doc : bare.back().docs) named_in[doc];
  }
  if (bare.empty()) return plan;

  for (EdgeId e : boost::make_iterator_range(boost::edges(g))) {
    VertexId s = boost::source(e, g), t = boost::target(e, g);
    for (const Sighting& ev : g[e].evidence) {
      auto it = named_in.find(ev.doc);
      if (it == named_in.end()) continue;
      if (IsEntity(g, s)) it->second.insert(s);
      if (IsEntity(g, t)) it->second.insert(t);
    }
  }

  std::unordered_map<VertexId, Profile> profiles;
  for (const auto& [v, candidates, docs] : bare) {
    for (VertexId c : *candidates) {
      if (!profiles.count(c)) profiles.emplace(c, CandidateProfile(store, c));
    }
    std::unordered_map<StringId, VertexId> chosen;
    std::set<VertexId> targets;
    for (StringId doc : docs) {
      VertexId c = Choose(store, v, doc, named_in[doc], *candidates, profiles);
      chosen.emplace(doc, c);
      targets.insert(c);
    }
    if (docs.empty() && candidates->size() == 1) targets.insert(candidates->front());
    if (targets.size() == 1) {
      plan.whole[v] = *targets.begin();
      continue;
    }
    for (auto& [doc, c] : chosen) {
      if (c != v) plan.by_doc[v].emplace(doc, c);
    }
    if (!targets.count(v)) plan.emptied.insert(v);
  }
  return plan;
}

}  // namespace newsgraph
