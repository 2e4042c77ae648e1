// Word tokens of one folded sentence.
//
// Words keep inner hyphens and apostrophes ("Nagorno-Karabakh", "don't"),
// dotted initialisms stay whole ("U.S."), and a possessive "'s" is a token of
// its own so "Russia's" yields "Russia" + "'s". Every other non-space
// character is a one-character punctuation token. Tokens borrow the folded
// text and its ASCII lower-case copy (same length, same offsets: see
// Lower() in lexicon.h), which must outlive them. Every extractor compares words in
// lower case; giving each token its lower-case view once here replaces a
// std::string copy per token per extractor loop.
#ifndef NEWSGRAPH_EXTRACT_TOKENIZER_H_
#define NEWSGRAPH_EXTRACT_TOKENIZER_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace newsgraph {

struct LexiconForm;
struct LexiconWord;

struct Token {
  uint32_t begin = 0, end = 0;  ///< folded byte offsets
  std::string_view text;
  std::string_view lower;  ///< `text` in ASCII lower case (other bytes unchanged)
  bool word = false;     ///< letters or digits (else punctuation)
  bool capital = false;  ///< starts with an upper-case letter
  bool number = false;   ///< all digits
  /// What Tokenize() saw of the bytes (only if `shaped`): ASCII letters and
  /// digits only; some ASCII capital. Lexicon::Annotate() uses them.
  bool shaped = false;
  bool ascii_alnum = false;
  bool has_upper = false;
  /// At least 8 bytes of `lower`'s buffer follow the token (Analyze pads
  /// its lower-case copy), so lookups may read a word past the token.
  bool lower_padded = false;
  /// Set by Lexicon::Annotate(): what the lexicon's one-word lists say about
  /// this token (LexiconWordFlag bits; 0 until annotated) and the entry for
  /// its exact spelling, so extractors test a list with a bit, not a lookup.
  uint64_t lexicon_flags = 0;
  const LexiconForm* lexicon_form = nullptr;
  /// The id of `lower` among the entity trie's words (EntityTrie::WordId),
  /// or UINT32_MAX: what Lexicon::LongestEntityAt() walks by.
  uint32_t entity_word = UINT32_MAX;
  /// True if the token is this punctuation character.
  bool Is(char c) const { return !word && text.size() == 1 && text[0] == c; }
  bool Is(std::string_view s) const { return text == s; }
};

/// Tokens of folded[begin, end). `lower` is Lower(folded) (or any
/// text of the same size whose bytes the tokens' `lower` views should show),
/// possibly followed by padding (see Token::lower_padded).
std::vector<Token> Tokenize(std::string_view folded, std::string_view lower, uint32_t begin,
                            uint32_t end);
/// The same, appended to `out`.
void TokenizeInto(std::vector<Token>& out, std::string_view folded, std::string_view lower,
                  uint32_t begin, uint32_t end);

/// True if the UTF-8 letter starting `s` is upper case (ASCII, Latin-1,
/// Latin Extended-A, Greek, Cyrillic).
bool StartsUpper(std::string_view s);

/// The token as a year (1000..2199), or 0.
int AsYear(const Token& token);

}  // namespace newsgraph

#endif  // NEWSGRAPH_EXTRACT_TOKENIZER_H_
