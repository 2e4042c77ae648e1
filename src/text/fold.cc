#include "text/fold.h"

#include <cstring>

namespace newsgraph {
namespace {

// Length of the run at the start of [p, end) of ASCII bytes other than '"',
// which fold to themselves. Eight bytes at a time.
size_t PlainAsciiRun(const char* p, const char* end) {
  constexpr uint64_t kHigh = 0x8080808080808080ull, kOnes = 0x0101010101010101ull;
  constexpr uint64_t kQuotes = kOnes * '"';
  const char* start = p;
  while (end - p >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    uint64_t q = w ^ kQuotes;  // a zero byte where w has '"'
    uint64_t has_quote = (q - kOnes) & ~q & kHigh;
    if ((w & kHigh) | has_quote) break;
    p += 8;
  }
  while (p < end && static_cast<unsigned char>(*p) < 0x80 && *p != '"') ++p;
  return static_cast<size_t>(p - start);
}

}  // namespace

FoldedText Fold(std::string_view text) {
  // Folding never lengthens the text: every replacement is at most as long
  // as the sequence it replaces ("…" is three bytes, "..." too).
  FoldedText out;
  const size_t n = text.size();
  out.text.resize(n);
  out.original.resize(n + 1);
  out.quote_side.assign(n, QuoteSide::kNone);
  char* dst = out.text.data();
  uint32_t* orig = out.original.data();
  size_t o = 0;  // bytes written
  auto emit = [&](std::string_view s, uint32_t from, QuoteSide side = QuoteSide::kNone) {
    for (char c : s) {
      dst[o] = c;
      orig[o] = from;
      if (c == '"') out.quote_side[o] = side;
      ++o;
    }
  };
  for (size_t i = 0; i < n;) {
    auto c = static_cast<unsigned char>(text[i]);
    uint32_t at = static_cast<uint32_t>(i);
    if (c < 0x80 && c != '"') {
      // Fast path: a run of ASCII other than '"' folds to itself.
      size_t run = PlainAsciiRun(text.data() + i, text.data() + n);
      std::memcpy(dst + o, text.data() + i, run);
      for (size_t k = 0; k < run; ++k) orig[o + k] = static_cast<uint32_t>(i + k);
      o += run;
      i += run;
      continue;
    }
    if (c < 0x80) {
      emit(text.substr(i, 1), at, QuoteSide::kEither);
      ++i;
      continue;
    }
    size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
    if (i + len > n) len = n - i;
    uint32_t cp = 0;
    if (len == 2) {
      cp = (c & 0x1F) << 6 | (text[i + 1] & 0x3F);
    } else if (len == 3) {
      cp = (c & 0x0F) << 12 | (text[i + 1] & 0x3F) << 6 | (text[i + 2] & 0x3F);
    }
    switch (cp) {
      case 0x201C: case 0x201F: case 0x00AB: case 0x201E:  // “ ‟ « „
        emit("\"", at, QuoteSide::kOpen);
        break;
      case 0x201D: case 0x00BB: case 0x2033:  // ” » ″
        emit("\"", at, QuoteSide::kClose);
        break;
      case 0x2018: case 0x201B: case 0x2039:  // ‘ ‛ ‹
      case 0x2019: case 0x203A: case 0x2032: case 0x201A:  // ’ › ′ ‚
      case 0x02BC:
        emit("'", at);
        break;
      case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
      case 0x2212: case 0x2E3A: case 0x2E3B:
        emit("-", at);
        break;
      case 0x00A0: case 0x2007: case 0x2009: case 0x200A: case 0x202F: case 0x205F:
      case 0x3000: case 0x2002: case 0x2003: case 0x2004: case 0x2005: case 0x2006:
      case 0x2008: case 0x2028: case 0x2029:
        emit(cp >= 0x2028 && cp <= 0x2029 ? "\n" : " ", at);
        break;
      case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: case 0x00AD:
        break;  // zero-width and soft hyphen: nothing to match
      case 0x2026:
        emit("...", at);
        break;
      case 0x2022: case 0x00B7: case 0x25CF: case 0x25AA:  // bullets
        emit("*", at);
        break;
      default:
        emit(text.substr(i, len), at);
    }
    i += len;
  }
  out.text.resize(o);
  out.original.resize(o + 1);
  out.original[o] = static_cast<uint32_t>(n);
  out.quote_side.resize(o);
  return out;
}

}  // namespace newsgraph
