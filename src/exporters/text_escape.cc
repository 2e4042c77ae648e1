#include "exporters/text_escape.h"

#include "text/utf8.h"

namespace newsgraph {
namespace exporters {
namespace {

// Bytes that stand for themselves, so runs of them are copied at once: the
// rest go through the per-code-point rules below.
bool PlainInDot(unsigned char c) { return c >= 0x20 && c < 0x7F && c != '\\' && c != '"'; }
bool PlainInXml(unsigned char c) {
  if (c == '\t' || c == '\n') return true;
  return c >= 0x20 && c < 0x80 && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'';
}

// Appends the longest run of `plain` bytes of `text` from `pos` to `out`
// and moves `pos` past it.
template <typename Plain>
void CopyPlainRun(std::string_view text, size_t& pos, std::string& out, Plain plain) {
  size_t end = pos;
  while (end < text.size() && plain(static_cast<unsigned char>(text[end]))) ++end;
  out.append(text.data() + pos, end - pos);
  pos = end;
}

}  // namespace

uint32_t DecodeUtf8(std::string_view text, size_t& pos) {
  // utf8.h's validator decides what is a character; only the bits are read here.
  const size_t length = ValidSequenceLength(text, pos);
  if (length == 0) {
    ++pos;
    return kReplacementChar;
  }
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[pos + i]); };
  uint32_t cp = length == 1 ? byte(0) : byte(0) & (0xFFu >> (length + 1));
  for (size_t i = 1; i < length; ++i) cp = (cp << 6) | (byte(i) & 0x3F);
  pos += length;
  return cp;
}

std::string RepairUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) {
    CopyPlainRun(text, pos, out, [](unsigned char c) { return c < 0x80; });
    if (pos == text.size()) break;
    size_t begin = pos;
    uint32_t cp = DecodeUtf8(text, pos);
    // A decoded U+FFFD may be a real one in the input: copy bytes when valid.
    if (cp == kReplacementChar && pos - begin == 1) {
      AppendUtf8(kReplacementChar, out);
    } else {
      out.append(text.data() + begin, pos - begin);
    }
  }
  return out;
}

size_t CodePointCount(std::string_view text) {
  size_t count = 0;
  for (size_t pos = 0; pos < text.size(); ++count) DecodeUtf8(text, pos);
  return count;
}

std::string TruncateCodePoints(std::string_view text, size_t max_code_points) {
  std::string repaired = RepairUtf8(text);
  if (max_code_points == 0 || CodePointCount(repaired) <= max_code_points) return repaired;
  std::string out;
  size_t pos = 0;
  for (size_t kept = 0; kept + 1 < max_code_points; ++kept) {
    size_t begin = pos;
    DecodeUtf8(repaired, pos);
    out.append(repaired, begin, pos - begin);
  }
  // Rather end at a word than inside one, unless that loses over a third.
  if (pos < repaired.size() && repaired[pos] != ' ') {
    size_t space = out.rfind(' ');
    if (space != std::string::npos && space > out.size() * 2 / 3) out.resize(space);
  }
  // Trailing spaces before the ellipsis look like a gap, drop them.
  while (!out.empty() && out.back() == ' ') out.pop_back();
  out += "\xE2\x80\xA6";  // …
  return out;
}

std::string EscapeDot(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  AppendEscapedDot(text, out);
  return out;
}

void AppendEscapedDot(std::string_view text, std::string& out) {
  for (size_t pos = 0; pos < text.size();) {
    CopyPlainRun(text, pos, out, PlainInDot);
    if (pos == text.size()) break;
    size_t begin = pos;
    uint32_t cp = DecodeUtf8(text, pos);
    if (cp == '\\') {
      out += "\\\\";
    } else if (cp == '"') {
      out += "\\\"";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\t') {
      out += ' ';
    } else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
      // Control characters have no meaning in a label: drop them.
    } else if (cp == kReplacementChar && pos - begin == 1) {
      AppendUtf8(kReplacementChar, out);
    } else {
      out.append(text.data() + begin, pos - begin);
    }
  }
}

std::string EscapeXml(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  AppendEscapedXml(text, out);
  return out;
}

void AppendEscapedXml(std::string_view text, std::string& out) {
  for (size_t pos = 0; pos < text.size();) {
    CopyPlainRun(text, pos, out, PlainInXml);
    if (pos == text.size()) break;
    size_t begin = pos;
    uint32_t cp = DecodeUtf8(text, pos);
    switch (cp) {
      case '&': out += "&amp;"; continue;
      case '<': out += "&lt;"; continue;
      case '>': out += "&gt;"; continue;
      case '"': out += "&quot;"; continue;
      case '\'': out += "&apos;"; continue;
      case '\r': out += "&#13;"; continue;  // a raw CR would be read back as LF
      default: break;
    }
    if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0xFFFE || cp == 0xFFFF) {
      continue;  // not allowed anywhere in an XML 1.0 document
    }
    if (cp == kReplacementChar && pos - begin == 1) {
      AppendUtf8(kReplacementChar, out);
    } else {
      out.append(text.data() + begin, pos - begin);
    }
  }
}

}  // namespace exporters
}  // namespace newsgraph
