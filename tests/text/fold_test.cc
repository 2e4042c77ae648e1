// Fold: typographic marks become ASCII for matching, and every folded byte
// still knows the original byte it came from.
#include "text/fold.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace newsgraph {
namespace {

TEST(FoldTest, LeavesPlainAsciiUnchanged) {
  FoldedText f = Fold("Maria said: \"Yes.\"");
  EXPECT_EQ(f.text, "Maria said: \"Yes.\"");
  EXPECT_TRUE(f.runs.empty());  // nothing to map: offsets are the same
  for (size_t i = 0; i <= f.text.size(); ++i) EXPECT_EQ(f.ToOriginal(i), i);
}

TEST(FoldTest, FoldsCurlyDoubleQuotesAndRemembersTheirSide) {
  std::string original = "\xE2\x80\x9CYes\xE2\x80\x9D";  // “Yes”
  FoldedText f = Fold(original);
  EXPECT_EQ(f.text, "\"Yes\"");
  EXPECT_EQ(f.QuoteSideAt(0), QuoteSide::kOpen);
  EXPECT_EQ(f.QuoteSideAt(4), QuoteSide::kClose);
  // 'Y' is the fourth byte of the original, after the 3-byte mark.
  EXPECT_EQ(f.ToOriginal(1), 3u);
  EXPECT_EQ(f.ToOriginal(4), 6u);
  EXPECT_EQ(f.ToOriginal(5), original.size());
}

TEST(FoldTest, FoldsGuillemetsWithTheirSide) {
  FoldedText f = Fold("\xC2\xAB" "Da" "\xC2\xBB");  // «Da»
  EXPECT_EQ(f.text, "\"Da\"");
  EXPECT_EQ(f.QuoteSideAt(0), QuoteSide::kOpen);
  EXPECT_EQ(f.QuoteSideAt(3), QuoteSide::kClose);
}

TEST(FoldTest, FoldsCurlyApostropheToStraight) {
  FoldedText f = Fold("Russia\xE2\x80\x99s");  // Russia’s
  EXPECT_EQ(f.text, "Russia's");
  EXPECT_EQ(f.ToOriginal(7), 9u);  // 's' after the 3-byte apostrophe
}

TEST(FoldTest, FoldsEnAndEmDashesToHyphen) {
  FoldedText f = Fold("A \xE2\x80\x93 B \xE2\x80\x94 C");  // A – B — C
  EXPECT_EQ(f.text, "A - B - C");
  EXPECT_EQ(f.ToOriginal(4), 6u);   // 'B'
  EXPECT_EQ(f.ToOriginal(8), 12u);  // 'C'
}

TEST(FoldTest, FoldsNoBreakAndThinSpacesToSpace) {
  FoldedText f = Fold("10\xC2\xA0km and 5\xE2\x80\x89m");  // nbsp, thin space
  EXPECT_EQ(f.text, "10 km and 5 m");
  EXPECT_EQ(f.ToOriginal(3), 4u);  // 'k' after the 2-byte nbsp
}

TEST(FoldTest, FoldsEllipsisToThreeDots) {
  FoldedText f = Fold("Well\xE2\x80\xA6 no");
  EXPECT_EQ(f.text, "Well... no");
  // Every dot maps into the original ellipsis; the space after it maps past it.
  EXPECT_EQ(f.ToOriginal(4), 4u);
  EXPECT_EQ(f.ToOriginal(7), 7u);
}

TEST(FoldTest, DropsZeroWidthCharacters) {
  FoldedText f = Fold("Min\xE2\x80\x8Bsk");  // zero-width space inside
  EXPECT_EQ(f.text, "Minsk");
  EXPECT_EQ(f.ToOriginal(3), 6u);  // 's' after the 3-byte ZWSP
}

TEST(FoldTest, KeepsOtherNonAsciiLettersAndTheirOffsets) {
  std::string original = "\xC3\x93lafur \xE2\x80\x9Cok\xE2\x80\x9D";  // Ólafur “ok”
  FoldedText f = Fold(original);
  EXPECT_EQ(f.text, "\xC3\x93lafur \"ok\"");
  EXPECT_EQ(f.ToOriginal(9), 11u);  // 'o' of ok
}

// The offset runs and quote list against the plain statement of what they
// stand for: fold each character on its own; every byte it became maps to
// the character's first byte, the end to the original's end, and a '"' it
// became has the side that one-character fold gave it.
TEST(FoldTest, RunsAndQuotesAgreeWithCharacterByCharacterFolding) {
  const std::vector<std::string> palette = {
      "a", "Z", " ", ".", "\"", "'", "\n", "7",
      "\xE2\x80\x9C", "\xE2\x80\x9D", "\xC2\xAB", "\xC2\xBB", "\xE2\x80\x99",
      "\xE2\x80\x93", "\xC2\xA0", "\xE2\x80\xA6", "\xE2\x80\x8B", "\xC2\xAD",
      "\xC3\xA9", "\xD0\x96", "\xE4\xB8\xAD", "\xF0\x9F\x98\x80", "\xE2\x80\xA2"};
  std::mt19937 rng(7);
  for (int round = 0; round < 3000; ++round) {
    std::string original, want_text;
    std::vector<uint32_t> want_original;
    std::vector<QuoteSide> want_side;
    size_t chars = rng() % 40;
    for (size_t k = 0; k < chars; ++k) {
      // Mostly plain ASCII runs, as in news text.
      const std::string& ch = palette[rng() % 3 == 0 ? rng() % palette.size() : rng() % 8];
      FoldedText one = Fold(ch);
      for (size_t b = 0; b < one.text.size(); ++b) {
        want_original.push_back(static_cast<uint32_t>(original.size()));
        want_side.push_back(one.QuoteSideAt(b));
      }
      want_text += one.text;
      original += ch;
    }
    want_original.push_back(static_cast<uint32_t>(original.size()));
    FoldedText f = Fold(original);
    SCOPED_TRACE(testing::PrintToString(original));
    ASSERT_EQ(f.text, want_text);
    for (size_t i = 0; i <= f.text.size(); ++i) ASSERT_EQ(f.ToOriginal(i), want_original[i]) << i;
    for (size_t i = 0; i < f.text.size(); ++i) ASSERT_EQ(f.QuoteSideAt(i), want_side[i]) << i;
  }
}

TEST(FoldTest, SingleCharactersKeepTheirQuoteSides) {
  EXPECT_EQ(Fold("\"").QuoteSideAt(0), QuoteSide::kEither);
  EXPECT_EQ(Fold("\xE2\x80\x9C").QuoteSideAt(0), QuoteSide::kOpen);
  EXPECT_EQ(Fold("\xC2\xBB").QuoteSideAt(0), QuoteSide::kClose);
  EXPECT_EQ(Fold("a").QuoteSideAt(0), QuoteSide::kNone);
}

}  // namespace
}  // namespace newsgraph
