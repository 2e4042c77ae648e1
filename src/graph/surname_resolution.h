// Which full name a bare surname stands for, decided per document.
//
// Inside one document the extractor already binds "Lukashenko" to the
// "Alexander Lukashenko" it named before. A document that only ever says
// "Johnson" leaves a one-word person vertex; across the batch it may stand
// for one of several people who carry that surname. For every document in
// which such a vertex has a sighting, the planner compares what that
// document says about it with what the batch says about each candidate
// (the multi-word person vertices with the same folded surname):
//
// - conflict: both hold roles, and they share no role target (country or
//   organisation, which also carries nationality) and no role title —
//   "Smith, Australia's prime minister" is not "John Smith, a US analyst";
// - support: shared role targets (x2) and titles, entities the document
//   names that the candidate is connected to, and the candidate being named
//   in the same document (x3).
//
// A surname with a single candidate joins it unless they conflict. With
// several candidates it joins the one compatible candidate with the
// strictly highest support above zero; otherwise it stays its own vertex.
// Sightings that found no one stay on the one-word vertex.
#ifndef NEWSGRAPH_GRAPH_SURNAME_RESOLUTION_H_
#define NEWSGRAPH_GRAPH_SURNAME_RESOLUTION_H_

#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "graph/graph_store.h"

namespace newsgraph {

struct SurnamePlan {
  /// whole[v]: the vertex all of v's sightings move to (v itself if none do).
  std::vector<VertexId> whole;
  /// For vertices whose documents disagree: document (GraphStore::DocName
  /// id) → the vertex that document's sightings move to (documents not
  /// listed stay on v).
  std::unordered_map<VertexId, std::unordered_map<StringId, VertexId>> by_doc;
  /// Split vertices none of whose sightings stay: they disappear.
  std::unordered_set<VertexId> emptied;

  bool Empty() const;
};

SurnamePlan PlanSurnameMerges(const GraphStore& store, const Lexicon* lexicon);

}  // namespace newsgraph

#endif  // NEWSGRAPH_GRAPH_SURNAME_RESOLUTION_H_
