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

struct FoldedText {
  std::string text;                 ///< the folded copy
  std::vector<uint32_t> original;   ///< byte in the original for each folded byte, plus end
  std::vector<QuoteSide> quote_side;  ///< per folded byte: what a '"' was before folding

  /// Original byte offset of folded offset `i` (i may equal text.size()).
  uint32_t ToOriginal(size_t i) const { return original[i]; }
};

/// Folds valid UTF-8 `text` (see utf8.h).
FoldedText Fold(std::string_view text);

}  // namespace newsgraph

#endif  // NEWSGRAPH_TEXT_FOLD_H_
