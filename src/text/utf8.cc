#include "text/utf8.h"

#include <algorithm>
#include <cstring>

#include "text/byte_scan.h"

namespace newsgraph {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

std::string DecodeUtf16(std::string_view bytes, bool little_endian) {
  std::string out;
  out.reserve(bytes.size());
  auto unit = [&](size_t i) -> uint32_t {
    auto b0 = static_cast<unsigned char>(bytes[i]), b1 = static_cast<unsigned char>(bytes[i + 1]);
    return little_endian ? (b1 << 8 | b0) : (b0 << 8 | b1);
  };
  for (size_t i = 0; i + 1 < bytes.size(); i += 2) {
    uint32_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size()) {
      uint32_t low = unit(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        AppendUtf8(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00), out);
        i += 2;
        continue;
      }
    }
    if (u >= 0xD800 && u <= 0xDFFF) u = 0xFFFD;
    AppendUtf8(u, out);
  }
  if (bytes.size() % 2) out.append(kReplacement);
  return out;
}

// Length of the ill-formed subpart starting at s[i] (at least 1).
size_t IllFormedLength(std::string_view s, size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  size_t expected = (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3
                    : (c >= 0xF0 && c <= 0xF4) ? 4 : 1;
  size_t n = 1;
  while (n < expected && i + n < s.size()) {
    auto b = static_cast<unsigned char>(s[i + n]);
    unsigned char lo = 0x80, hi = 0xBF;
    if (n == 1) {
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    }
    if (b < lo || b > hi) break;
    ++n;
  }
  return n;
}

}  // namespace

void AppendUtf8(uint32_t cp, std::string& out) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

size_t ValidSequenceLength(std::string_view s, size_t i) {
  auto at = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = at(i);
  if (c < 0x80) return 1;
  auto cont = [&](size_t k) { return k < s.size() && (at(k) & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(i + 1) || !cont(i + 2)) return 0;
    unsigned char c1 = at(i + 1);
    if (c == 0xE0 && c1 < 0xA0) return 0;   // overlong
    if (c == 0xED && c1 >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return 0;
    unsigned char c1 = at(i + 1);
    if (c == 0xF0 && c1 < 0x90) return 0;  // overlong
    if (c == 0xF4 && c1 >= 0x90) return 0;  // beyond U+10FFFF
    return 4;
  }
  return 0;
}

namespace {
// Bytes SanitizeText copies unchanged without a look at their neighbours.
inline bool IsPlainAscii(unsigned char c) { return (c >= 0x20 && c < 0x80) || c == '\n' || c == '\t'; }

// True if `bytes` starts like a known binary format.
bool HasBinaryMagic(std::string_view bytes) {
  for (std::string_view magic : {std::string_view("\x89PNG", 4), std::string_view("\x7F" "ELF", 4),
                                 std::string_view("%PDF", 4), std::string_view("PK\x03\x04", 4),
                                 std::string_view("\x1F\x8B", 2), std::string_view("GIF8", 4),
                                 std::string_view("\xFF\xD8\xFF", 3)}) {
    if (StartsWith(bytes, magic)) return true;
  }
  return false;
}

// Length of the run of IsPlainAscii bytes at the start of [p, end): runs
// of printable ASCII found 16 bytes at a time, and the tabs and line feeds
// between them.
size_t PlainAsciiRun(const char* p, const char* end) {
  const char* start = p;
  for (;;) {
    p += byte_scan::PrintableAsciiRun(p, end);
    if (p == end || !IsPlainAscii(static_cast<unsigned char>(*p))) break;
    ++p;
  }
  return static_cast<size_t>(p - start);
}
}  // namespace

SanitizeResult SanitizeText(std::string_view bytes) {
  SanitizeResult result;
  std::string decoded;
  if (StartsWith(bytes, "\xFF\xFE") || StartsWith(bytes, "\xFE\xFF")) {
    decoded = DecodeUtf16(bytes.substr(2), bytes[0] == '\xFF');
    bytes = decoded;
  } else if (StartsWith(bytes, "\xEF\xBB\xBF")) {
    bytes.remove_prefix(3);
  }
  if (HasBinaryMagic(bytes)) {
    result.refused = "binary data, not text";
    return result;
  }
  size_t controls = 0;
  std::string& out = result.text;
  out.reserve(bytes.size());
  for (size_t i = 0; i < bytes.size();) {
    // Fast path: a run of printable ASCII, tabs and LFs is copied as is.
    size_t run = i + PlainAsciiRun(bytes.data() + i, bytes.data() + bytes.size());
    if (run > i) {
      out.append(bytes.data() + i, run - i);
      i = run;
      if (i >= bytes.size()) break;
    }
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c == 0) {
      result.refused = "binary data, not text (NUL byte at offset " + std::to_string(i) + ")";
      result.text.clear();
      return result;
    }
    if (c == '\r') {
      out.push_back('\n');
      i += (i + 1 < bytes.size() && bytes[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    if (c < 0x20 && c != '\n' && c != '\t') {
      ++controls;
      out.push_back(' ');  // form feeds, escapes: keep offsets, lose the control
      ++i;
      continue;
    }
    size_t len = ValidSequenceLength(bytes, i);
    if (len == 0) {
      // One U+FFFD per maximal ill-formed subpart (Unicode's recommended
      // practice): a truncated sequence is one error, not one per byte.
      out.append(kReplacement);
      ++result.repaired;
      i += IllFormedLength(bytes, i);
      continue;
    }
    out.append(bytes.substr(i, len));
    i += len;
  }
  // Mostly control characters or replacement characters: not text.
  size_t n = bytes.size();
  if (n >= 64 && (controls * 10 > n || result.repaired * 10 > n)) {
    result.refused = "binary data, not text (" + std::to_string(result.repaired) +
                     " invalid UTF-8 sequences, " + std::to_string(controls) + " control bytes)";
    result.text.clear();
  }
  return result;
}

namespace {

// True if SanitizeText(bytes) would return `bytes` unchanged: no byte-order
// mark or binary header, only printable ASCII, tabs, LFs and valid UTF-8.
bool IsCleanText(std::string_view bytes) {
  if (StartsWith(bytes, "\xFF\xFE") || StartsWith(bytes, "\xFE\xFF") ||
      StartsWith(bytes, "\xEF\xBB\xBF") || HasBinaryMagic(bytes)) {
    return false;
  }
  for (size_t i = 0; i < bytes.size();) {
    i += PlainAsciiRun(bytes.data() + i, bytes.data() + bytes.size());
    if (i >= bytes.size()) break;
    if (static_cast<unsigned char>(bytes[i]) < 0x80) return false;  // CR, NUL, a control
    size_t len = ValidSequenceLength(bytes, i);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

}  // namespace

SanitizeResult SanitizeOwned(std::string&& bytes) {
  if (!IsCleanText(bytes)) return SanitizeText(std::string_view(bytes));
  SanitizeResult result;
  result.text = std::move(bytes);
  return result;
}

CodepointIndex::CodepointIndex(std::string_view text) : text_(text) {
  const size_t blocks = (text.size() + 63) / 64;
  checkpoints_.resize(blocks + 1);
  uint32_t count = 0;
  const size_t full = text.size() / 64;
  for (size_t b = 0; b < full; ++b) {
    checkpoints_[b] = count;
    count += 64 - static_cast<uint32_t>(__builtin_popcountll(byte_scan::ContinuationBits64(text.data() + b * 64)));
  }
  if (full < blocks) {
    checkpoints_[full] = count;
    for (size_t i = full * 64; i < text.size(); ++i) {
      count += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    }
  }
  checkpoints_[blocks] = count;
}

uint32_t CodepointIndex::ToCodepoint(size_t byte_offset) const {
  if (byte_offset >= text_.size()) return checkpoints_.back();
  const size_t block = byte_offset / 64, begin = block * 64;
  uint32_t count = checkpoints_[block];
  if (begin + 64 <= text_.size()) {
    // The starts of characters among the block's first (byte_offset - begin) bytes.
    const uint64_t before = (uint64_t{1} << (byte_offset - begin)) - 1;
    const uint64_t starts = ~byte_scan::ContinuationBits64(text_.data() + begin) & before;
    return count + static_cast<uint32_t>(__builtin_popcountll(starts));
  }
  for (size_t i = begin; i < byte_offset; ++i) {
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++count;
  }
  return count;
}

}  // namespace newsgraph
