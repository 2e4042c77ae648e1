// The sightings of one fact, in the order they were read.
#ifndef NEWSGRAPH_GRAPH_SIGHTING_LIST_H_
#define NEWSGRAPH_GRAPH_SIGHTING_LIST_H_

#include <cstdint>

#include "graph/inline_list.h"
#include "graph/string_pool.h"

namespace newsgraph {

/// One sighting of a fact (an Evidence with its strings interned). Offsets
/// are Unicode code points into the document text, end exclusive.
struct Sighting {
  StringId doc = StringPool::kEmpty;  ///< GraphStore::DocName()
  uint32_t sentence = 0;
  uint32_t start = 0;
  uint32_t end = 0;
  StringId rule = StringPool::kEmpty;  ///< GraphStore::Str(): the rule that fired
  StringId text = StringPool::kEmpty;  ///< GraphStore::Str(): the sentence it read
};

/// 32 bytes: one sighting in place, more on the heap (see inline_list.h).
using SightingList = InlineList<Sighting>;

}  // namespace newsgraph

#endif  // NEWSGRAPH_GRAPH_SIGHTING_LIST_H_
