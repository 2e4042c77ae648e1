// Fold: typographic marks become ASCII for matching, and every folded byte
// still knows the original byte it came from.
#include "text/fold.h"

#include <gtest/gtest.h>

#include <string>

namespace newsgraph {
namespace {

TEST(FoldTest, LeavesPlainAsciiUnchanged) {
  FoldedText f = Fold("Maria said: \"Yes.\"");
  EXPECT_EQ(f.text, "Maria said: \"Yes.\"");
  ASSERT_EQ(f.original.size(), f.text.size() + 1);
  for (size_t i = 0; i <= f.text.size(); ++i) EXPECT_EQ(f.ToOriginal(i), i);
}

TEST(FoldTest, FoldsCurlyDoubleQuotesAndRemembersTheirSide) {
  std::string original = "\xE2\x80\x9CYes\xE2\x80\x9D";  // “Yes”
  FoldedText f = Fold(original);
  EXPECT_EQ(f.text, "\"Yes\"");
  ASSERT_EQ(f.quote_side.size(), f.text.size());
  EXPECT_EQ(f.quote_side[0], QuoteSide::kOpen);
  EXPECT_EQ(f.quote_side[4], QuoteSide::kClose);
  // 'Y' is the fourth byte of the original, after the 3-byte mark.
  EXPECT_EQ(f.ToOriginal(1), 3u);
  EXPECT_EQ(f.ToOriginal(4), 6u);
  EXPECT_EQ(f.ToOriginal(5), original.size());
}

TEST(FoldTest, FoldsGuillemetsWithTheirSide) {
  FoldedText f = Fold("\xC2\xAB" "Da" "\xC2\xBB");  // «Da»
  EXPECT_EQ(f.text, "\"Da\"");
  EXPECT_EQ(f.quote_side[0], QuoteSide::kOpen);
  EXPECT_EQ(f.quote_side[3], QuoteSide::kClose);
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

}  // namespace
}  // namespace newsgraph
