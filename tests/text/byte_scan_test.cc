// The byte scans read 16 bytes at a time; each must stop exactly where the
// byte-by-byte statement of its rule stops, at every offset and length
// (runs shorter than, as long as and longer than a block).
#include "text/byte_scan.h"

#include <gtest/gtest.h>

#include <functional>
#include <random>
#include <string>

namespace newsgraph {
namespace {

size_t Reference(const std::string& s, size_t from, const std::function<bool(unsigned char)>& stop) {
  size_t i = from;
  while (i < s.size() && !stop(static_cast<unsigned char>(s[i]))) ++i;
  return i - from;
}

TEST(ByteScanTest, EveryScanStopsWhereTheByteByByteRuleDoes) {
  // Bytes each rule turns on, and ordinary ones to make runs of.
  const std::string alphabet = "aZ09 .!?,\"\\-'\t\n\x01\x1f\x7f\x80\xc3\xa9\xff";
  std::mt19937 rng(20261202);
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    const size_t n = rng() % 80;
    for (size_t k = 0; k < n; ++k) {
      // Mostly plain letters, so runs get long.
      s.push_back(rng() % 4 ? 'a' + static_cast<char>(rng() % 26) : alphabet[rng() % alphabet.size()]);
    }
    const size_t from = n ? rng() % n : 0;
    const char* p = s.data() + from;
    const char* end = s.data() + s.size();
    ASSERT_EQ(byte_scan::JsonPlainRun(p, end),
              Reference(s, from, [](unsigned char c) { return c == '"' || c == '\\' || c < 0x20; }))
        << s;
    ASSERT_EQ(byte_scan::AsciiRun(p, end), Reference(s, from, [](unsigned char c) { return c >= 0x80; }))
        << s;
    ASSERT_EQ(byte_scan::AsciiRunWithout(p, end, '"'),
              Reference(s, from, [](unsigned char c) { return c >= 0x80 || c == '"'; }))
        << s;
    ASSERT_EQ(byte_scan::RunWithout(p, end, '.', '!', '?'),
              Reference(s, from, [](unsigned char c) { return c == '.' || c == '!' || c == '?'; }))
        << s;
    ASSERT_EQ(byte_scan::PrintableAsciiRun(p, end),
              Reference(s, from, [](unsigned char c) { return c < 0x20 || c >= 0x80; }))
        << s;
  }
}

}  // namespace
}  // namespace newsgraph
