// GraphML output of the merged graph, for Gephi, Cytoscape, yEd, igraph and
// NetworkX.
//
// Hand-written XML: every key is declared for="node" or for="edge" with an
// attr.name and attr.type (Gephi and igraph need both), ids are synthetic
// (n0.., e0..), names live in <data>, and text is escaped for XML 1.0 with
// the characters XML forbids dropped.
//
// Node keys: label, type, aliases ("|"-joined surface forms).
// Edge keys: predicate, interaction (= predicate, for Cytoscape), label,
// year (int, omitted when unknown), role, quote, evidence_count (int),
// confidence (double), documents ("|"-joined document ids).
#ifndef NEWSGRAPH_EXPORTERS_GRAPHML_EXPORTER_H_
#define NEWSGRAPH_EXPORTERS_GRAPHML_EXPORTER_H_

#include <ostream>

#include "graph/graph_store.h"

namespace newsgraph {

/// Writes `g` as one directed GraphML graph to `out`. Call
/// GraphStore::Finalize() first. Does not check `out`; the caller checks
/// the stream (or uses AtomicFile) for write errors.
void WriteGraphML(const GraphStore& g, std::ostream& out);

}  // namespace newsgraph

#endif  // NEWSGRAPH_EXPORTERS_GRAPHML_EXPORTER_H_
