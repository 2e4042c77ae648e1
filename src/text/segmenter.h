// Paragraphs and sentences of a folded document (see fold.h).
//
// A paragraph is a line. Lines that are web-page clutter (menu words,
// share/print/follow lines, "Leave a Reply", copyright lines, bare URLs,
// short lines with no sentence punctuation) are marked and never read by the
// extractors. Sentences end at . ! ? (past closing quotes and brackets)
// followed by a capital, a digit or an opening mark, except after an
// abbreviation from the lexicon ("Mr.", "U.S.", "Jan.") or an initial ("J.").
// No sentence is longer than kMaxSentenceBytes: longer runs are cut at a
// space, which bounds the work any extractor does per sentence.
#ifndef NEWSGRAPH_TEXT_SEGMENTER_H_
#define NEWSGRAPH_TEXT_SEGMENTER_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace newsgraph {

class Lexicon;

constexpr uint32_t kMaxSentenceBytes = 2000;

struct Paragraph {
  uint32_t begin = 0, end = 0;  ///< folded byte offsets, trimmed
  bool clutter = false;
};

struct Sentence {
  uint32_t begin = 0, end = 0;  ///< folded byte offsets, trimmed
  uint32_t paragraph = 0;       ///< index into Segmentation::paragraphs
};

struct Segmentation {
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;  ///< only from non-clutter paragraphs
};

/// Splits folded text. `lexicon` supplies abbreviations and clutter lines.
Segmentation Segment(std::string_view folded, const Lexicon& lexicon);
/// The same into `out`, whose buffers are reused.
void SegmentInto(std::string_view folded, const Lexicon& lexicon, Segmentation& out);

/// True for the line-level clutter test alone (exposed for tests).
bool IsClutterParagraph(std::string_view line, const Lexicon& lexicon);

}  // namespace newsgraph

#endif  // NEWSGRAPH_TEXT_SEGMENTER_H_
