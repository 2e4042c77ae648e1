// UTF-8 checking, repair and offset conversion.
//
// Every document is made valid UTF-8 before anything else reads it: invalid
// sequences (truncated, overlong, lone continuation bytes, encoded
// surrogates) become U+FFFD, a UTF-8 byte-order mark is dropped, UTF-16 with
// a byte-order mark is decoded, and CRLF / CR line ends become LF (as
// Python's universal newlines do, so offsets agree with tools that read the
// text that way). Data that is not text at all (NUL bytes, mostly control
// characters, a known binary header) is refused.
#ifndef NEWSGRAPH_TEXT_UTF8_H_
#define NEWSGRAPH_TEXT_UTF8_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph {

struct SanitizeResult {
  std::string text;        ///< valid UTF-8, LF line ends
  size_t repaired = 0;     ///< invalid sequences replaced by U+FFFD
  std::string refused;     ///< non-empty: why this is not text ("binary data")
};

/// Turns raw bytes into valid UTF-8 text, or says why it cannot.
SanitizeResult SanitizeText(std::string_view bytes);
/// The same, taking over `bytes` when they are already clean text (no copy).
SanitizeResult SanitizeOwned(std::string&& bytes);

/// Length in bytes of the valid UTF-8 sequence starting at `s[i]`, or 0.
size_t ValidSequenceLength(std::string_view s, size_t i);

/// Converts byte offsets of a valid UTF-8 string to code point offsets in
/// O(1) amortised per call (a checkpoint every 64 bytes). Borrows `text`,
/// which must outlive the converter.
class CodepointIndex {
 public:
  explicit CodepointIndex(std::string_view text);
  uint32_t ToCodepoint(size_t byte_offset) const;

 private:
  std::string_view text_;
  std::vector<uint32_t> checkpoints_;  ///< code points before byte 64*k
};

/// Appends the UTF-8 encoding of `cp` to `out`.
void AppendUtf8(uint32_t cp, std::string& out);

}  // namespace newsgraph

#endif  // NEWSGRAPH_TEXT_UTF8_H_
