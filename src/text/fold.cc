#include "text/fold.h"

#include <algorithm>
#include <cstring>

#include "text/byte_scan.h"

namespace newsgraph {
namespace {

// Length of the run at the start of [p, end) of ASCII bytes other than '"',
// which fold to themselves.
size_t PlainAsciiRun(const char* p, const char* end) {
  return byte_scan::AsciiRunWithout(p, end, '"');
}

}  // namespace

uint32_t FoldedText::ToOriginal(size_t i) const {
  auto after = std::upper_bound(runs.begin(), runs.end(), i,
                                [](size_t at, const Run& r) { return at < r.folded; });
  if (after == runs.begin()) return static_cast<uint32_t>(i);
  const Run& r = *(after - 1);
  return r.counts ? r.original + static_cast<uint32_t>(i - r.folded) : r.original;
}

QuoteSide FoldedText::QuoteSideAt(size_t i) const {
  auto it = std::lower_bound(quotes.begin(), quotes.end(), i,
                             [](const Quote& q, size_t at) { return q.at < at; });
  return it != quotes.end() && it->at == i ? it->side : QuoteSide::kNone;
}

FoldedText Fold(std::string_view text) {
  FoldedText out;
  FoldInto(text, out);
  return out;
}

void FoldInto(std::string_view text, FoldedText& out) {
  // Folding never lengthens the text: every replacement is at most as long
  // as the sequence it replaces ("…" is three bytes, "..." too).
  const size_t n = text.size();
  out.text.resize(n);
  out.runs.clear();
  out.quotes.clear();
  char* dst = out.text.data();
  size_t o = 0;  // bytes written
  // Whether folded byte o maps to original byte i by the current run.
  bool counting = true;
  uint32_t delta = 0;  // i - o while counting
  auto copied_from = [&](size_t i) {  // folded byte o is original byte i, and so on
    if (counting && i - o == delta) return;
    out.runs.push_back({static_cast<uint32_t>(o), static_cast<uint32_t>(i), true});
    counting = true;
    delta = static_cast<uint32_t>(i - o);
  };
  auto emit = [&](std::string_view s, uint32_t from, QuoteSide side = QuoteSide::kNone) {
    if (s.empty()) return;
    out.runs.push_back({static_cast<uint32_t>(o), from, false});
    counting = false;
    for (char c : s) {
      if (c == '"') out.quotes.push_back({static_cast<uint32_t>(o), side});
      dst[o++] = c;
    }
  };
  for (size_t i = 0; i < n;) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      // A run of ASCII other than '"' folds to itself, and so does '"'.
      copied_from(i);
      size_t run = c == '"' ? 0 : PlainAsciiRun(text.data() + i, text.data() + n);
      if (run == 0) {
        out.quotes.push_back({static_cast<uint32_t>(o), QuoteSide::kEither});
        run = 1;
      }
      std::memcpy(dst + o, text.data() + i, run);
      o += run;
      i += run;
      continue;
    }
    uint32_t at = static_cast<uint32_t>(i);
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
  copied_from(n);  // the end maps to the original's end
}

}  // namespace newsgraph
