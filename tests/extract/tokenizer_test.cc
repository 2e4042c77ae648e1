// Tokenize: words, possessives, initialisms and punctuation of a folded
// sentence.
#include "extract/tokenizer.h"

#include "extract/lexicon.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsgraph {
namespace {

// Tokens of s[begin, end) with their lower-case views.
std::vector<Token> TokensOf(const std::string& s, uint32_t begin = 0) {
  static thread_local std::string lower;  // outlives the returned views until the next call
  lower = Lower(s);
  return Tokenize(s, lower, begin, static_cast<uint32_t>(s.size()));
}

std::vector<std::string> Texts(const std::string& s) {
  std::vector<std::string> out;
  for (const Token& t : TokensOf(s)) {
    out.emplace_back(t.text);
  }
  return out;
}

TEST(TokenizerTest, SplitsWordsAndPunctuation) {
  EXPECT_EQ(Texts("Olsen said: \"Yes.\""),
            (std::vector<std::string>{"Olsen", "said", ":", "\"", "Yes", ".", "\""}));
}

TEST(TokenizerTest, KeepsInnerHyphensAndApostrophes) {
  EXPECT_EQ(Texts("Nagorno-Karabakh don't"),
            (std::vector<std::string>{"Nagorno-Karabakh", "don't"}));
}

TEST(TokenizerTest, SplitsPossessiveIntoOwnToken) {
  EXPECT_EQ(Texts("Norway's fleet"),
            (std::vector<std::string>{"Norway", "'s", "fleet"}));
}

TEST(TokenizerTest, KeepsDottedInitialismWhole) {
  EXPECT_EQ(Texts("U.S. troops"), (std::vector<std::string>{"U.S.", "troops"}));
}

TEST(TokenizerTest, SetsWordCapitalAndNumberFlags) {
  std::string s = "In 1999, \xC3\x96land left.";  // Öland
  std::vector<Token> tokens = TokensOf(s);
  ASSERT_EQ(tokens.size(), 6u);
  EXPECT_TRUE(tokens[0].word && tokens[0].capital && !tokens[0].number);
  EXPECT_TRUE(tokens[1].word && tokens[1].number);
  EXPECT_TRUE(tokens[2].Is(','));
  EXPECT_FALSE(tokens[2].word);
  EXPECT_EQ(tokens[3].text, "\xC3\x96land");
  EXPECT_EQ(tokens[0].lower, "in");
  EXPECT_EQ(tokens[3].lower, "\xC3\x96land");  // only ASCII is lowered
  EXPECT_TRUE(tokens[3].capital);
  EXPECT_FALSE(tokens[4].capital);
  // Offsets are bytes of the folded text.
  EXPECT_EQ(tokens[3].begin, 9u);
  EXPECT_EQ(tokens[3].end, 15u);
}

TEST(TokenizerTest, TokenizesOnlyTheGivenRange) {
  std::string s = "First one. Second one.";
  std::vector<Token> tokens = TokensOf(s, 11);
  ASSERT_FALSE(tokens.empty());
  EXPECT_EQ(tokens.front().text, "Second");
  EXPECT_EQ(tokens.front().begin, 11u);
}

TEST(TokenizerTest, AsYearAcceptsOnlyPlausibleYears) {
  auto year = [](const std::string& s) {
    std::vector<Token> t = TokensOf(s);
    return t.empty() ? -1 : AsYear(t[0]);
  };
  EXPECT_EQ(year("1999"), 1999);
  EXPECT_EQ(year("2012"), 2012);
  EXPECT_EQ(year("999"), 0);
  EXPECT_EQ(year("2500"), 0);
  EXPECT_EQ(year("twelve"), 0);
}

TEST(TokenizerTest, StartsUpperKnowsNonAsciiLetters) {
  EXPECT_TRUE(StartsUpper("Olsen"));
  EXPECT_TRUE(StartsUpper("\xC3\x89lise"));          // Élise
  EXPECT_TRUE(StartsUpper("\xD0\x9C\xD0\xB8\xD1\x80"));     // Мир
  EXPECT_FALSE(StartsUpper("\xC3\xA9t\xC3\xA9"));     // été
  EXPECT_FALSE(StartsUpper("olsen"));
  EXPECT_FALSE(StartsUpper("1999"));
}

// Latin Extended-A alternates capital/small, but the pairs flip parity at
// U+0139..U+0148 and U+0179..U+017E: Ł, Ń, Ź, Ż, Ž are capitals at odd code
// points. Names such as "Łukasz" or "Žilina" start with them.
TEST(TokenizerTest, StartsUpperKnowsOddLatinExtendedACapitals) {
  EXPECT_TRUE(StartsUpper("\xC5\x81ukasz"));   // Łukasz (U+0141)
  EXPECT_TRUE(StartsUpper("\xC5\xBD" "ilina"));  // Žilina (U+017D)
  EXPECT_TRUE(StartsUpper("\xC5\xBB" "aneta"));  // Żaneta (U+017B)
  EXPECT_FALSE(StartsUpper("\xC5\x82" "adny"));  // ładny (U+0142)
  EXPECT_FALSE(StartsUpper("\xC5\xBE" "ena"));   // žena (U+017E)
}

}  // namespace
}  // namespace newsgraph
