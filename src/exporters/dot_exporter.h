// Graphviz DOT output of the merged graph, for `dot -Tsvg`.
//
// Node ids are synthetic ("n12"), every attribute value is quoted and
// escaped, labels are cut to a readable length, and shape and colour tell
// the entity type. `dot` gets slow past about 1,000 nodes (edge labels make
// it worse): cut the graph with GraphStore::Subgraph() or choose sfdp/neato.
#ifndef NEWSGRAPH_EXPORTERS_DOT_EXPORTER_H_
#define NEWSGRAPH_EXPORTERS_DOT_EXPORTER_H_

#include <cstddef>
#include <ostream>
#include <string>

#include "graph/graph_store.h"

namespace newsgraph {

/// How the diagram is drawn.
struct DotOptions {
  /// Longest node label in code points (an ellipsis marks the cut; quotes
  /// may use twice this, wrapped over several lines). 0 = no limit.
  size_t max_label = 60;
  /// Graphviz layout engine written as the graph's `layout` attribute:
  /// "" (or "dot") for dot's ranked layout, else "sfdp", "neato", "fdp",
  /// "circo" or "twopi" (which also turn node overlap removal on).
  std::string layout;
};

/// Writes `g` as a DOT digraph to `out`. Does not check `out`; the caller
/// checks the stream (or uses AtomicFile) for write errors. Throws
/// std::runtime_error for a layout name it does not know (before writing).
void WriteDot(const GraphStore& g, std::ostream& out, const DotOptions& options = {});

}  // namespace newsgraph

#endif  // NEWSGRAPH_EXPORTERS_DOT_EXPORTER_H_
