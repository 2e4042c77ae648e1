// JSON Lines output: the triple stream of `extract` and the merged graph.
//
// One JSON object per line, keys in a fixed order, UTF-8 written through
// (invalid bytes become U+FFFD), confidence rounded to 3 decimals and never
// NaN or infinite. The line format of WriteTripleJson is described by
// schema/triple.schema.json.
#ifndef NEWSGRAPH_EXPORTERS_JSONL_EXPORTER_H_
#define NEWSGRAPH_EXPORTERS_JSONL_EXPORTER_H_

#include <ostream>
#include <string>

#include "extract/triple.h"
#include "graph/graph_store.h"

namespace newsgraph {

/// Writes `t` as one JSON object and "\n": subject, subject_type, predicate,
/// object, object_type, doc, sentence, start, end, confidence, then year
/// (when not 0), role (when not empty), about (said with mentions only), and
/// with `explain` the rule and the evidence text. Does not check `out`; the
/// caller checks the stream (or uses AtomicFile) for write errors.
void WriteTripleJson(const Triple& t, std::ostream& out, bool explain = false);
/// The same line appended to `out`.
void AppendTripleJson(const Triple& t, std::string& out, bool explain = false);

/// Writes one line per edge of `g` (vertex order, then edge order):
/// subject, subject_type, predicate, object, object_type, year?, role?,
/// confidence, evidence_count, evidence [{doc, sentence, start, end, rule}].
/// For said edges `object` is the quote text. Call GraphStore::Finalize()
/// first. Does not check `out`.
void WriteGraphJsonl(const GraphStore& g, std::ostream& out);

}  // namespace newsgraph

#endif  // NEWSGRAPH_EXPORTERS_JSONL_EXPORTER_H_
