// Text helpers shared by the exporters: UTF-8 repair and the escaping rules
// of the formats we write (DOT, XML).
//
// Every function takes a string_view and returns a new std::string; nothing
// keeps a reference to its input.
#ifndef NEWSGRAPH_EXPORTERS_TEXT_ESCAPE_H_
#define NEWSGRAPH_EXPORTERS_TEXT_ESCAPE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "text/utf8.h"

namespace newsgraph {
// Helpers of the exporters only; their own namespace keeps them apart from
// the text stage's UTF-8 functions.
namespace exporters {

/// The code point U+FFFD that replaces bytes which are not valid UTF-8.
inline constexpr uint32_t kReplacementChar = 0xFFFD;

/// Decodes one code point of `text` starting at `pos` and advances `pos`.
/// Invalid, overlong, surrogate or truncated sequences yield kReplacementChar
/// and advance by one byte, so decoding never stalls.
uint32_t DecodeUtf8(std::string_view text, size_t& pos);


/// `text` with every byte that is not part of valid UTF-8 replaced by U+FFFD.
std::string RepairUtf8(std::string_view text);

/// Number of code points in `text` (invalid bytes count as one each).
size_t CodePointCount(std::string_view text);

/// `text` cut to at most `max_code_points` code points; a cut text ends in
/// "…" (which counts toward the limit), at a space when one is near the
/// end. Never splits a UTF-8 sequence.
/// `max_code_points` of 0 means no limit.
std::string TruncateCodePoints(std::string_view text, size_t max_code_points);

/// Quoted-ID body for Graphviz DOT (without the surrounding quotes):
/// `\` → `\\`, `"` → `\"`, newline → `\n`, tab → space, other control
/// characters (CR, C1 controls too) dropped, invalid UTF-8 replaced by U+FFFD.
std::string EscapeDot(std::string_view text);
/// EscapeDot(text) appended to `out`.
void AppendEscapedDot(std::string_view text, std::string& out);

/// Character data / attribute value for XML 1.0: `& < > " '` become
/// entities, characters XML 1.0 forbids (control characters other than tab,
/// LF and CR, U+FFFE, U+FFFF) are dropped, invalid UTF-8 becomes U+FFFD.
std::string EscapeXml(std::string_view text);
/// EscapeXml(text) appended to `out`.
void AppendEscapedXml(std::string_view text, std::string& out);

}  // namespace exporters
}  // namespace newsgraph

#endif  // NEWSGRAPH_EXPORTERS_TEXT_ESCAPE_H_
