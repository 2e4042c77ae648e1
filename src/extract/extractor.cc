#include "extract/extractor.h"

#include <algorithm>

#include "extract/analysis.h"
#include "extract/membership_extractor.h"
#include "extract/speech_extractor.h"
#include "text/utf8.h"

namespace newsgraph {

std::vector<Triple> ExtractTriples(const Document& doc, const Lexicon& lexicon,
                                   const ExtractOptions& options) {
  // One analysis per thread, its buffers reused from document to document.
  thread_local DocAnalysis analysis;
  Analyze(doc.text, lexicon, analysis);
  std::vector<Triple> triples;
  // News runs to a fact every three or four sentences: room for about one
  // every two saves the moves of a growing vector (a Triple holds seven
  // strings) for most documents.
  triples.reserve(analysis.sentences.size() / 2 + 8);
  ExtractMembership(analysis, triples);
  ExtractRoles(analysis, triples);
  ExtractSpeech(analysis, triples);

  CodepointIndex index(doc.text);
  for (Triple& t : triples) {
    Evidence& e = t.evidence;
    uint32_t ob = analysis.folded.ToOriginal(e.start);
    uint32_t oe = analysis.folded.ToOriginal(e.end);
    e.doc = doc.id;
    e.start = index.ToCodepoint(ob);
    e.end = index.ToCodepoint(oe);
    if (options.evidence_text && e.sentence < analysis.sentences.size()) {
      const SentenceInfo& s = analysis.sentences[e.sentence];
      uint32_t sb = analysis.folded.ToOriginal(s.begin), se = analysis.folded.ToOriginal(s.end);
      e.text.assign(doc.text, sb, se - sb);
    }
  }
  // In text order, ties in the order found. Out of order, the triples are
  // sorted by index and then moved once each, not moved about by the sort.
  auto by_start = [](const Triple& a, const Triple& b) {
    return a.evidence.start < b.evidence.start;
  };
  if (!std::is_sorted(triples.begin(), triples.end(), by_start)) {
    thread_local std::vector<uint32_t> order;
    order.resize(triples.size());
    for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](uint32_t a, uint32_t b) { return by_start(triples[a], triples[b]); });
    std::vector<Triple> sorted;
    sorted.reserve(triples.size());
    for (uint32_t i : order) sorted.push_back(std::move(triples[i]));
    triples.swap(sorted);
  }
  // A book-length document's buffers are not kept for the next one.
  if (analysis.all_tokens.capacity() > (size_t{1} << 20)) analysis = DocAnalysis();
  return triples;
}

}  // namespace newsgraph
