// Finding the end of a run of ordinary bytes, 16 at a time.
//
// Reading, folding, sentence splitting and writing all spend most of their
// time skipping bytes that need nothing done to them: plain ASCII, text
// without quotation marks or escapes. These helpers find where such a run
// stops with SSE2 (part of every x86-64 CPU, so no -march flag is needed)
// and with an 8-byte word elsewhere, then finish byte by byte.
#ifndef NEWSGRAPH_TEXT_BYTE_SCAN_H_
#define NEWSGRAPH_TEXT_BYTE_SCAN_H_

#include <cstddef>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace newsgraph {
namespace byte_scan {

#if !defined(__SSE2__)
// Eight bytes as one word: the high bit of each byte of the result is set
// where the byte is `c` (HasByte), or where it is below 0x20 or >= 0x80
// (Unprintable; a borrow can only add false alarms, which the byte loops
// after the word loops settle).
constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
inline uint64_t Load8(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}
inline uint64_t HasByte(uint64_t w, char c) {
  const uint64_t x = w ^ (kOnes * static_cast<unsigned char>(c));
  return (x - kOnes) & ~x & kHigh;
}
inline uint64_t Unprintable(uint64_t w) { return (w | (w - kOnes * 0x20)) & kHigh; }
#endif

#if defined(__SSE2__)
/// Bit i set where byte i of `v` is >= 0x80 or < 0x20.
inline int NotPrintableAscii(__m128i v) {
  // As signed bytes, >= 0x80 is negative: below 0x20 either way.
  return _mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)));
}
inline int Is(__m128i v, char c) { return _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(c))); }
inline __m128i Load16(const char* p) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p)); }
#endif

/// Bytes at the start of [p, end) before the first one that is a control
/// character (< 0x20), '"' or '\\': what a JSON string holds unescaped.
inline size_t JsonPlainRun(const char* p, const char* end) {
  const char* const start = p;
#if defined(__SSE2__)
  while (end - p >= 16) {
    const __m128i v = Load16(p);
    // Bytes >= 0x80 are negative as signed bytes: keep them out of "< 0x20".
    const int control = _mm_movemask_epi8(_mm_andnot_si128(
        _mm_cmplt_epi8(v, _mm_setzero_si128()), _mm_cmplt_epi8(v, _mm_set1_epi8(0x20))));
    const int stop = control | Is(v, '"') | Is(v, '\\');
    if (stop) return static_cast<size_t>(p - start) + static_cast<size_t>(__builtin_ctz(stop));
    p += 16;
  }
#else
  while (end - p >= 8) {
    const uint64_t w = Load8(p);
    const uint64_t control = (w - kOnes * 0x20) & ~w & kHigh;  // a byte < 0x20
    if (control | HasByte(w, '"') | HasByte(w, '\\')) break;
    p += 8;
  }
#endif
  while (p < end && *p != '"' && *p != '\\' && static_cast<unsigned char>(*p) >= 0x20) ++p;
  return static_cast<size_t>(p - start);
}

/// Bytes at the start of [p, end) before the first that is not ASCII
/// (>= 0x80) or is `c`.
inline size_t AsciiRunWithout(const char* p, const char* end, char c) {
  const char* const start = p;
#if defined(__SSE2__)
  while (end - p >= 16) {
    const __m128i v = Load16(p);
    const int stop = _mm_movemask_epi8(v) | Is(v, c);
    if (stop) return static_cast<size_t>(p - start) + static_cast<size_t>(__builtin_ctz(stop));
    p += 16;
  }
#else
  while (end - p >= 8) {
    const uint64_t w = Load8(p);
    if ((w & kHigh) | HasByte(w, c)) break;
    p += 8;
  }
#endif
  while (p < end && static_cast<unsigned char>(*p) < 0x80 && *p != c) ++p;
  return static_cast<size_t>(p - start);
}

/// Bytes at the start of [p, end) before the first that is not ASCII (>= 0x80).
inline size_t AsciiRun(const char* p, const char* end) {
  const char* const start = p;
#if defined(__SSE2__)
  while (end - p >= 16) {
    const int stop = _mm_movemask_epi8(Load16(p));
    if (stop) return static_cast<size_t>(p - start) + static_cast<size_t>(__builtin_ctz(stop));
    p += 16;
  }
#else
  while (end - p >= 8) {
    if (Load8(p) & kHigh) break;
    p += 8;
  }
#endif
  while (p < end && static_cast<unsigned char>(*p) < 0x80) ++p;
  return static_cast<size_t>(p - start);
}

/// Bit i set where byte i of p[0, 64) is a UTF-8 continuation byte
/// (10xxxxxx): the bytes that do not start a character.
inline uint64_t ContinuationBits64(const char* p) {
#if defined(__SSE2__)
  uint64_t bits = 0;
  for (int k = 0; k < 4; ++k) {
    // 0x80..0xBF are -128..-65 as signed bytes: below -64.
    const int m = _mm_movemask_epi8(_mm_cmplt_epi8(Load16(p + 16 * k), _mm_set1_epi8(-64)));
    bits |= static_cast<uint64_t>(static_cast<uint32_t>(m)) << (16 * k);
  }
  return bits;
#else
  uint64_t bits = 0;
  for (int i = 0; i < 64; ++i) {
    bits |= static_cast<uint64_t>((static_cast<unsigned char>(p[i]) & 0xC0) == 0x80) << i;
  }
  return bits;
#endif
}

/// Bytes at the start of [p, end) before the first that is `a`, `b` or `c`.
inline size_t RunWithout(const char* p, const char* end, char a, char b, char c) {
  const char* const start = p;
#if defined(__SSE2__)
  while (end - p >= 16) {
    const __m128i v = Load16(p);
    const int stop = Is(v, a) | Is(v, b) | Is(v, c);
    if (stop) return static_cast<size_t>(p - start) + static_cast<size_t>(__builtin_ctz(stop));
    p += 16;
  }
#else
  while (end - p >= 8) {
    const uint64_t w = Load8(p);
    if (HasByte(w, a) | HasByte(w, b) | HasByte(w, c)) break;
    p += 8;
  }
#endif
  while (p < end && *p != a && *p != b && *p != c) ++p;
  return static_cast<size_t>(p - start);
}

/// Bytes at the start of [p, end) before the first that is not printable
/// ASCII (0x20..0x7F); a caller that also takes some control characters
/// (tab, line feed) checks the byte it stops at and goes on.
inline size_t PrintableAsciiRun(const char* p, const char* end) {
  const char* const start = p;
#if defined(__SSE2__)
  while (end - p >= 16) {
    const int stop = NotPrintableAscii(Load16(p));
    if (stop) return static_cast<size_t>(p - start) + static_cast<size_t>(__builtin_ctz(stop));
    p += 16;
  }
#else
  while (end - p >= 8) {
    if (Unprintable(Load8(p))) break;
    p += 8;
  }
#endif
  while (p < end && static_cast<unsigned char>(*p) >= 0x20 && static_cast<unsigned char>(*p) < 0x80) {
    ++p;
  }
  return static_cast<size_t>(p - start);
}

}  // namespace byte_scan
}  // namespace newsgraph

#endif  // NEWSGRAPH_TEXT_BYTE_SCAN_H_
