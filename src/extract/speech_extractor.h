// Who said what: direct quotes and reported speech (`said` triples).
//
// Design, in the order the extractor works through a document:
//  1. Quote spans. Quotation marks are paired over the content paragraphs
//     (typographic marks know their side; straight marks are judged by
//     their neighbours). A quote left open at a paragraph end continues
//     when the next paragraph opens with a mark (the news convention) or
//     closes one before opening another (a scraper's broken paragraph);
//     otherwise it ends with its paragraph, so a stray mark never swallows
//     the rest of an article.
//  2. Attribution, sentence by sentence. A quote takes the speaker from the
//     words after it (`"...," X said` / `"...," said X`), else from the
//     words before it (`X said: "..."`, `X called it "..."`, `According to
//     X, "..."`), else from the quote just before it in the same or the
//     previous sentence (a floating quote). Short quotes inside a clause
//     with no reporting verb near are scare quotes and are dropped.
//  3. Reported speech: a reporting verb from the lexicon with a speaker to
//     its left and a clause to its right (`X said (that) ...`, `X told the
//     summit that ...`), the inverted `..., X said on Friday.`, the
//     parenthetical `..., X stressed, ...` and `According to X, ...`.
//  4. Speakers resolve to full names: a surname to the person of the
//     document who carries it, a pronoun to the last speaker (or the last
//     person named outside quotes), a description ("the analyst", "the
//     Kazakh political analyst") to the last person with that role and
//     nationality, "the statement" to the body that issued it. A quote
//     whose speaker cannot be found is left out.
#ifndef NEWSGRAPH_EXTRACT_SPEECH_EXTRACTOR_H_
#define NEWSGRAPH_EXTRACT_SPEECH_EXTRACTOR_H_

#include <vector>

#include "extract/analysis.h"
#include "extract/triple.h"

namespace newsgraph {

/// A quoted span in folded offsets (inside the marks).
struct QuoteSpan {
  uint32_t begin = 0, end = 0;
  uint32_t open = 0;   ///< offset of the opening mark
  uint32_t close = 0;  ///< offset of the closing mark (== end if none)
  int group = -1;      ///< pieces of one multi-paragraph quote share a group
  bool closed = true;
};

/// Step 1 alone (exposed for tests).
std::vector<QuoteSpan> FindQuoteSpans(const DocAnalysis& doc);

/// Appends `said` triples (folded offsets in the evidence) to `out`.
void ExtractSpeech(const DocAnalysis& doc, std::vector<Triple>& out);

}  // namespace newsgraph

#endif  // NEWSGRAPH_EXTRACT_SPEECH_EXTRACTOR_H_
