#include "extract/tokenizer.h"

#include <array>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace newsgraph {
namespace {

// What the tokenizer needs to know of a byte, one table lookup each.
enum ByteClass : uint8_t {
  kSpace = 1 << 0,   ///< ' ', '\t', '\n'
  kWord = 1 << 1,    ///< ASCII letter, digit, or any byte >= 0x80 (parts of letters:
                     ///< punctuation outside ASCII was folded before tokenizing)
  kDigit = 1 << 2,
  kLetter = 1 << 3,  ///< ASCII letter
  kUpper = 1 << 4,   ///< ASCII capital
  kNotAlnum = 1 << 5,   ///< not an ASCII letter or digit
  kNotNumber = 1 << 6,  ///< cannot be part of a number token (digits , .)
  kJoiner = 1 << 7,     ///< may join two word runs into one token: - ' . ,
};

constexpr std::array<uint8_t, 256> MakeClasses() {
  std::array<uint8_t, 256> c{};
  for (int b = 0; b < 256; ++b) {
    uint8_t v = kNotAlnum | kNotNumber;
    if (b == ' ' || b == '\t' || b == '\n') v |= kSpace;
    if (b >= 0x80) v |= kWord;
    if (b >= '0' && b <= '9') v = kWord | kDigit;
    if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')) v = kWord | kLetter | kNotNumber;
    if (b >= 'A' && b <= 'Z') v |= kUpper;
    if (b == ',' || b == '.') v &= static_cast<uint8_t>(~kNotNumber);
    if (b == '-' || b == '\'' || b == ',' || b == '.') v |= kJoiner;
    c[b] = v;
  }
  return c;
}
constexpr std::array<uint8_t, 256> kClass = MakeClasses();

inline uint8_t Class(char c) { return kClass[static_cast<unsigned char>(c)]; }
inline bool IsWordByte(char c) { return Class(c) & kWord; }
inline bool IsAsciiLetter(char c) { return Class(c) & kLetter; }
inline bool IsDigit(char c) { return Class(c) & kDigit; }

// The end of the run of word bytes starting at p (before `stop`), ORing
// the class bits that matter (kUpper, kNotAlnum, kNotNumber) of its bytes
// into *seen. Eight bytes at a time: a word usually ends within the first
// eight, found at once from a mask instead of a branch per byte.
const char* WordRun(const char* p, const char* stop, uint8_t& seen) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  // Bit 7 of each byte of the result: lo <= byte <= hi, for bytes < 0x80
  // (no sum below leaves its byte).
  auto in_range = [](uint64_t v, uint8_t lo, uint8_t hi) {
    return (v + kOnes * (0x80 - lo)) & ~(v + kOnes * (0x7F - hi)) & kHigh;
  };
#if defined(__SSE2__)
  // The same 16 bytes at a time. Bytes >= 0x80 are negative as signed
  // bytes, outside every range.
  while (stop - p >= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    auto in = [](__m128i x, char lo, char hi) {
      return _mm_movemask_epi8(
          _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(static_cast<char>(lo - 1))),
                        _mm_cmplt_epi8(x, _mm_set1_epi8(static_cast<char>(hi + 1)))));
    };
    const int high = _mm_movemask_epi8(v);
    const int upper = in(v, 'A', 'Z');
    const int letter = in(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 'z');
    const int non_word = ~(high | letter | in(v, '0', '9')) & 0xFFFF;
    // The bytes up to the first that is not a word byte.
    const int take = non_word ? (non_word & -non_word) - 1 : 0xFFFF;
    if (upper & take) seen |= kUpper;
    if (high & take) seen |= kNotAlnum | kNotNumber;
    if (letter & take) seen |= kNotNumber;
    if (non_word) return p + __builtin_ctz(static_cast<unsigned>(non_word));
    p += 16;
  }
#endif
  while (stop - p >= 8) {
    uint64_t x;
    std::memcpy(&x, p, 8);
    const uint64_t high = x & kHigh;  // bytes >= 0x80: parts of letters
    const uint64_t low7 = x & ~kHigh;
    const uint64_t ascii = ~high & kHigh;
    const uint64_t upper = in_range(low7, 'A', 'Z') & ascii;
    const uint64_t letter = in_range(low7 | (kOnes * 0x20), 'a', 'z') & ascii;
    const uint64_t digit = in_range(low7, '0', '9') & ascii;
    const uint64_t non_word = ~(high | letter | digit) & kHigh;
    // The bytes up to the first that is not a word byte.
    const uint64_t take = non_word ? (non_word & (0 - non_word)) - 1 : ~uint64_t{0};
    if (upper & take) seen |= kUpper;
    if (high & take) seen |= kNotAlnum | kNotNumber;
    if (letter & take) seen |= kNotNumber;
    if (non_word) return p + __builtin_ctzll(non_word) / 8;
    p += 8;
  }
  uint8_t c;
  while (p < stop && ((c = Class(*p)) & kWord)) {
    seen |= c;
    ++p;
  }
  return p;
}

}  // namespace

bool StartsUpper(std::string_view s) {
  if (s.empty()) return false;
  auto c = static_cast<unsigned char>(s[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (s.size() < 2) return false;
  uint32_t cp = 0;
  if ((c & 0xE0) == 0xC0) {
    cp = (c & 0x1F) << 6 | (s[1] & 0x3F);
  } else if ((c & 0xF0) == 0xE0 && s.size() >= 3) {
    cp = (c & 0x0F) << 12 | (s[1] & 0x3F) << 6 | (s[2] & 0x3F);
  }
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x17F) {
    // Pairs start on even code points except in U+0139..U+0148 and
    // U+0179..U+017E, where the capital is odd (Ł, Ń, Ž, Ż).
    if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) return cp % 2 == 1;
    if (cp == 0x138 || cp == 0x149 || cp == 0x17F) return false;
    if (cp == 0x178) return true;
    return cp % 2 == 0;
  }
  if (cp >= 0x391 && cp <= 0x3A9) return true;          // Greek capitals
  if (cp >= 0x400 && cp <= 0x42F) return true;          // Cyrillic capitals
  return false;
}

std::vector<Token> Tokenize(std::string_view s, std::string_view lower, uint32_t begin,
                            uint32_t end) {
  std::vector<Token> out;
  out.reserve((end - begin) / 5 + 4);
  TokenizeInto(out, s, lower, begin, end);
  return out;
}

void TokenizeInto(std::vector<Token>& out, std::string_view s, std::string_view lower,
                  uint32_t begin, uint32_t end) {
  // Raw pointers and no substr(): the loop below is the hottest of the
  // extraction, and bounds checks and spilled indexes showed in profiles.
  const char* const text = s.data();
  const char* const low = lower.data();
  const char* const stop = text + end;
  // `seen` is the OR of the byte classes of the token's bytes.
  auto push = [&](const char* b, const char* e, bool word, uint8_t seen) {
    Token& t = out.emplace_back();
    t.begin = static_cast<uint32_t>(b - text);
    t.end = static_cast<uint32_t>(e - text);
    t.text = std::string_view(b, static_cast<size_t>(e - b));
    t.lower = std::string_view(low + t.begin, static_cast<size_t>(e - b));
    t.word = word;
    if (word) {
      t.capital = static_cast<unsigned char>(*b) < 0x80 ? (Class(*b) & kUpper) != 0
                                                        : StartsUpper(t.text);
      t.number = !(seen & kNotNumber);
    }
    t.shaped = true;
    t.ascii_alnum = !(seen & kNotAlnum);
    t.has_upper = seen & kUpper;
    t.lower_padded = t.end + 8 <= lower.size();
  };
  const char* p = text + begin;
  const char* const first = p;
  while (p < stop) {
    const char c = *p;
    const uint8_t cls = Class(c);
    if (cls & kSpace) {
      ++p;
      continue;
    }
    if (!(cls & kWord)) {
      // A possessive "'s" after a word.
      if (c == '\'' && p + 1 < stop && (p[1] == 's' || p[1] == 'S') && p > first &&
          IsWordByte(p[-1]) && (p + 2 >= stop || !IsWordByte(p[2]))) {
        push(p, p + 2, true, cls | Class(p[1]));
        out.back().capital = false;
        p += 2;
        continue;
      }
      push(p, p + 1, false, cls);
      ++p;
      continue;
    }
    const char* q = p;
    // Dotted initialisms: U.S. / U.K. / a.m.
    if ((cls & kLetter) && p + 2 < stop && p[1] == '.' && IsAsciiLetter(p[2]) &&
        (p + 3 >= stop || p[3] == '.')) {
      uint8_t seen = 0;
      while (q + 1 < stop && IsAsciiLetter(*q) && q[1] == '.') {
        seen |= Class(*q) | Class('.');
        q += 2;
      }
      push(p, q, true, seen);
      p = q;
      continue;
    }
    uint8_t seen = cls;
    ++q;  // the first byte is a word byte
    for (;;) {
      q = WordRun(q, stop, seen);
      // Most words end at a space or at punctuation that joins nothing:
      // that test comes first, as it is the one that is easy to predict.
      if (q + 1 >= stop || !(Class(*q) & kJoiner) || !IsWordByte(q[1])) break;
      // The joiner: an inner hyphen joins; an apostrophe too, except a
      // possessive 's (its own token); '.' or ',' only between digits (3.5, 1,000).
      const char sep = *q;
      if (sep == '\'') {
        if ((q[1] == 's' || q[1] == 'S') && (q + 2 >= stop || !IsWordByte(q[2]))) break;
      } else if (sep != '-') {
        if (!(IsDigit(q[-1]) && IsDigit(q[1]))) break;
      }
      seen |= Class(sep);
      ++q;
    }
    push(p, q, true, seen);
    // Most words end at a space: skipped here, not by another turn of the loop.
    p = q + (q < stop && *q == ' ');
  }
}

int AsYear(const Token& t) {
  if (!t.word || t.text.size() != 4) return 0;
  int y = 0;
  for (char c : t.text) {
    if (!IsDigit(c)) return 0;
    y = y * 10 + (c - '0');
  }
  return (y >= 1000 && y <= 2199) ? y : 0;
}

}  // namespace newsgraph
