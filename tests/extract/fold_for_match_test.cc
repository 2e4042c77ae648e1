// FoldForMatch() keys every entity name, person and quote of the graph. It
// is written for speed; this test holds it to a plain statement of the
// folding rules (lexicon.h), character by character, on fixed cases and on
// random strings of the characters the rules turn on.
#include "extract/lexicon.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace newsgraph {
namespace {

// The base letter of U+00C0..U+017F, ' ' for × and ÷, 0 for others.
char LatinBase(uint32_t cp) {
  static const char kLatin1[] =
      "AAAAAAACEEEEIIIIDNOOOOO OUUUUYTsaaaaaaaceeeeiiiidnooooo ouuuuyty";
  static const char kExtA[] =
      "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSs"
      "TtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
  if (cp >= 0xC0 && cp <= 0xFF) return kLatin1[cp - 0xC0];
  if (cp >= 0x100 && cp <= 0x17F) return kExtA[cp - 0x100];
  return 0;
}

// Each character to a piece (lower-cased letter or digit, base letter,
// separator, or itself), then separators collapsed to one space and trimmed.
std::string Reference(const std::string& s) {
  std::vector<std::string> pieces;  // "" stands for a separator
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = 1;
    uint32_t cp = 0;
    if (c >= 0x80) {
      if ((c & 0xE0) == 0xC0 && i + 1 < s.size()) {
        len = 2;
        cp = (c & 0x1Fu) << 6 | (s[i + 1] & 0x3Fu);
      } else if ((c & 0xF0) == 0xE0 && i + 2 < s.size()) {
        len = 3;
        cp = (c & 0x0Fu) << 12 | (s[i + 1] & 0x3Fu) << 6 | (s[i + 2] & 0x3Fu);
      } else if ((c & 0xF8) == 0xF0 && i + 3 < s.size()) {
        len = 4;
      }
    }
    std::string piece;
    if (c < 0x80) {
      if (std::isalnum(c)) piece = std::string(1, static_cast<char>(std::tolower(c)));
    } else if (char base = LatinBase(cp)) {
      if (base != ' ') piece = std::string(1, static_cast<char>(std::tolower(base)));
    } else if (!(cp == 0x2019 || cp == 0x2018 || (cp >= 0x2010 && cp <= 0x2015) || cp == 0xA0)) {
      piece = s.substr(i, len);
    }
    pieces.push_back(piece);
    i += len;
  }
  std::string out;
  bool gap = false;
  for (const std::string& p : pieces) {
    if (p.empty()) {
      gap = true;
      continue;
    }
    if (gap && !out.empty()) out.push_back(' ');
    gap = false;
    out += p;
  }
  return out;
}

TEST(FoldForMatchTest, FoldsCaseAccentsAndSeparators) {
  EXPECT_EQ(FoldForMatch("Collective  Security-Treaty, Organisation"),
            "collective security treaty organisation");
  EXPECT_EQ(FoldForMatch("  Erdo\xC4\x9F" "an\xE2\x80\x99s "), "erdogan s");
  EXPECT_EQ(FoldForMatch("U.S."), "u s");
  EXPECT_EQ(FoldForMatch("\xD0\x9C\xD0\xB8\xD0\xBD\xD1\x81\xD0\xBA"), "\xD0\x9C\xD0\xB8\xD0\xBD\xD1\x81\xD0\xBA");
  EXPECT_EQ(FoldForMatch("3\xC3\x97" "4"), "3 4");
  EXPECT_EQ(FoldForMatch(""), "");
  EXPECT_EQ(FoldForMatch("--"), "");
}

TEST(FoldForMatchTest, MatchesTheReferenceOnRandomStrings) {
  const std::vector<std::string> pieces = {
      "a", "Z", "q", "0", "9", " ", "  ", "-", "'", ".", ",", "\t", "\xC3\x89", "\xC3\xA9",
      "\xC3\x97", "\xC4\x9F", "\xC5\x81", "\xE2\x80\x99", "\xE2\x80\x93", "\xC2\xA0",
      "\xD0\x96", "\xE2\x82\xAC", "\xF0\x9F\x98\x80", "\xC3", "\xE2\x80", "Oslo", "ab12"};
  std::mt19937 rng(20261202);
  std::string folded;
  for (int round = 0; round < 50000; ++round) {
    std::string s;
    const size_t n = rng() % 16;
    for (size_t k = 0; k < n; ++k) s += pieces[rng() % pieces.size()];
    const std::string want = Reference(s);
    ASSERT_EQ(FoldForMatch(s), want) << s;
    // With a limit: true exactly when the fold fits.
    const size_t limit = rng() % 24;
    ASSERT_EQ(FoldForMatchInto(s, folded, limit), want.size() <= limit) << s;
    if (want.size() <= limit) {
      ASSERT_EQ(folded, want) << s;
    }
  }
}

}  // namespace
}  // namespace newsgraph
