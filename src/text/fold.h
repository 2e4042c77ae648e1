// Typographic folding for matching, with offsets kept.
//
// Extractors match on a folded copy of the text where curly and angle
// quotation marks become '"', curly apostrophes and primes "'", dashes '-',
// no-break and thin spaces ' ', the ellipsis "..."; zero-width characters
// vanish. Every folded byte remembers the byte of the original it came from,
// so evidence offsets always point into the original document.
#ifndef NEWSGRAPH_TEXT_FOLD_H_
#define NEWSGRAPH_TEXT_FOLD_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph {

/// Kinds of quotation mark, kept after folding so "« »" and "“ ”" still
/// know which side they open.
enum class QuoteSide : uint8_t { kNone, kOpen, kClose, kEither };

/// The folded copy and the way back to the original. Most news text is
/// plain ASCII, which folds to itself byte for byte, so the offset map is
/// kept as runs: a run starts at a folded offset and either counts up from
/// an original offset (bytes copied as they were) or stays on one original
/// offset (all bytes that one folded character became, or that a kept
/// non-ASCII character spans). Plain ASCII text has no runs at all.
struct FoldedText {
  struct Run {
    uint32_t folded;    ///< first folded byte of the run
    uint32_t original;  ///< original byte of that folded byte
    bool counts;        ///< later bytes step with the original (else stay)
  };
  struct Quote {
    uint32_t at;  ///< folded offset of a '"'
    QuoteSide side;
  };

  std::string text;          ///< the folded copy
  std::vector<Run> runs;     ///< in folded order; none for text that folded to itself
  std::vector<Quote> quotes;  ///< every '"' of the folded copy, in order

  /// Original byte offset of folded offset `i` (i may equal text.size()).
  uint32_t ToOriginal(size_t i) const;
  /// What the '"' at folded offset `i` was before folding; kNone where
  /// there is no '"'.
  QuoteSide QuoteSideAt(size_t i) const;
};

/// Folds valid UTF-8 `text` (see utf8.h).
FoldedText Fold(std::string_view text);
/// The same into `out`, whose buffers are reused (a caller folding one
/// document after another allocates once).
void FoldInto(std::string_view text, FoldedText& out);

}  // namespace newsgraph

#endif  // NEWSGRAPH_TEXT_FOLD_H_
