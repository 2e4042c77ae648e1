#include "text/fold.h"

namespace newsgraph {

FoldedText Fold(std::string_view text) {
  FoldedText out;
  out.text.reserve(text.size());
  out.original.reserve(text.size() + 1);
  out.quote_side.reserve(text.size());
  auto emit = [&](std::string_view s, uint32_t from, QuoteSide side = QuoteSide::kNone) {
    for (char c : s) {
      out.text.push_back(c);
      out.original.push_back(from);
      out.quote_side.push_back(c == '"' ? side : QuoteSide::kNone);
    }
  };
  for (size_t i = 0; i < text.size();) {
    auto c = static_cast<unsigned char>(text[i]);
    uint32_t at = static_cast<uint32_t>(i);
    if (c < 0x80 && c != '"') {
      // Fast path: a run of ASCII other than '"' folds to itself.
      size_t run = i + 1;
      while (run < text.size() && static_cast<unsigned char>(text[run]) < 0x80 && text[run] != '"') {
        ++run;
      }
      out.text.append(text.data() + i, run - i);
      for (size_t k = i; k < run; ++k) out.original.push_back(static_cast<uint32_t>(k));
      out.quote_side.insert(out.quote_side.end(), run - i, QuoteSide::kNone);
      i = run;
      continue;
    }
    if (c < 0x80) {
      emit(text.substr(i, 1), at, QuoteSide::kEither);
      ++i;
      continue;
    }
    size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
    if (i + len > text.size()) len = text.size() - i;
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
  out.original.push_back(static_cast<uint32_t>(text.size()));
  return out;
}

}  // namespace newsgraph
