// One document in, its triples out: the extraction stage's entry point.
//
// Runs the analysis (fold, segment, tokenize, mentions, people) and every
// extractor over one document, then turns folded offsets into code point
// offsets of the document text. Stateless and thread-safe: documents can be
// extracted in parallel with one shared Lexicon.
#ifndef NEWSGRAPH_EXTRACT_EXTRACTOR_H_
#define NEWSGRAPH_EXTRACT_EXTRACTOR_H_

#include <vector>

#include "extract/lexicon.h"
#include "extract/triple.h"
#include "text/document.h"

namespace newsgraph {

/// What a caller needs besides each triple's facts and offsets; what it
/// does not ask for is not computed.
struct ExtractOptions {
  bool evidence_text = true;  ///< Evidence::text: the sentence each fact was read in
  bool content_hash = true;   ///< ExtractedDocument::hash (see batch_extractor.h)
};

/// All triples of `doc`, in document order. Never throws on bad text.
std::vector<Triple> ExtractTriples(const Document& doc, const Lexicon& lexicon,
                                   const ExtractOptions& options = ExtractOptions());

}  // namespace newsgraph

#endif  // NEWSGRAPH_EXTRACT_EXTRACTOR_H_
