// Extraction over many documents, in parallel, results in input order.
//
// The reader runs on the calling thread and hands documents to `threads`
// workers through a bounded queue; at most a few documents per worker are
// in flight, so memory stays flat however large the corpus. Results reach
// `sink` on the calling thread in input order, so the output is identical
// whatever the thread count.
#ifndef NEWSGRAPH_EXTRACT_BATCH_EXTRACTOR_H_
#define NEWSGRAPH_EXTRACT_BATCH_EXTRACTOR_H_

#include <functional>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "extract/triple.h"
#include "text/document.h"

namespace newsgraph {

/// A document's metadata and its triples (the text itself is dropped).
struct ExtractedDocument {
  std::string id;
  std::string date;
  std::string source;
  std::string hash;  ///< ContentHash() of the text; empty unless asked for
  uint64_t bytes = 0;
  std::vector<Triple> triples;
  /// What a `prepare` step made of the triples (the `extract` command's
  /// JSON lines); empty without one.
  std::string output;
};

/// Reads `inputs` (see text/document.h), extracts every document and calls
/// `sink` in input order. `threads` < 1 means one. `options` says what the
/// sink needs (the content hash and evidence text cost a pass over every
/// byte and a copy of every sentence; only graphs need them). `prepare`,
/// if given, runs on each document right after its extraction, on the
/// worker thread: work that needs no order (formatting output) goes there,
/// so the calling thread, which reads and feeds the sink, is not the
/// bottleneck. Exceptions from `sink` or `prepare` stop the batch and
/// propagate.
ReadStats ExtractInputs(const std::vector<std::string>& inputs, const Lexicon& lexicon,
                        int threads, const std::function<void(ExtractedDocument&&)>& sink,
                        const std::function<void(const std::string&)>& warn,
                        const ExtractOptions& options = ExtractOptions(),
                        const std::function<void(ExtractedDocument&)>& prepare = nullptr);

}  // namespace newsgraph

#endif  // NEWSGRAPH_EXTRACT_BATCH_EXTRACTOR_H_
