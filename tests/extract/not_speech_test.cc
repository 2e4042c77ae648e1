// Quotation marks that are not speech, and speech with no findable speaker,
// yield no `said` triple.
#include <gtest/gtest.h>

#include "test_util.h"

namespace newsgraph {
namespace {

using extract_test::CountOf;
using extract_test::Dump;
using extract_test::Extract;

TEST(NotSpeechTest, IgnoresScareQuotes) {
  auto t = Extract("The so-called \"peace plan\" was dropped on Monday.");
  EXPECT_EQ(CountOf(t, Predicate::kSaid), 0u) << Dump(t);
}

TEST(NotSpeechTest, IgnoresFilmTitle) {
  auto t = Extract("The film \"Gone With the Wind\" was shown at the festival.");
  EXPECT_EQ(CountOf(t, Predicate::kSaid), 0u) << Dump(t);
}

TEST(NotSpeechTest, IgnoresNovelTitleAfterPersonName) {
  auto t = Extract("Maria Olsen wrote the novel \"Winter Harbour\" in 2010.");
  EXPECT_EQ(CountOf(t, Predicate::kSaid), 0u) << Dump(t);
}

TEST(NotSpeechTest, IgnoresSongTitle) {
  auto t = Extract("The song \"Blue Water\" topped the charts. Maria Olsen sang it.");
  EXPECT_EQ(CountOf(t, Predicate::kSaid), 0u) << Dump(t);
}

TEST(NotSpeechTest, IgnoresNicknameAfterKnownAs) {
  auto t = Extract("Maria Olsen, known as \"the Iron Lady of Tromvik\", retired in 2010.");
  EXPECT_EQ(CountOf(t, Predicate::kSaid), 0u) << Dump(t);
}

TEST(NotSpeechTest, IgnoresNicknameAfterCallHim) {
  auto t = Extract("Residents call him \"the Tiger\" in the village.");
  EXPECT_EQ(CountOf(t, Predicate::kSaid), 0u) << Dump(t);
}

TEST(NotSpeechTest, IgnoresQuotedWordBeingDiscussed) {
  auto t = Extract("The word \"ferry\" comes from Old English.");
  EXPECT_EQ(CountOf(t, Predicate::kSaid), 0u) << Dump(t);
}

TEST(NotSpeechTest, IgnoresQuotedNameOfPlace) {
  auto t = Extract("They met at the \"Blue Lagoon\" hotel.");
  EXPECT_EQ(CountOf(t, Predicate::kSaid), 0u) << Dump(t);
}

TEST(NotSpeechTest, LeavesOutQuoteWithNoSpeakerAtAll) {
  auto t = Extract("\"We will never give up on this town.\"");
  EXPECT_EQ(CountOf(t, Predicate::kSaid), 0u) << Dump(t);
}

TEST(NotSpeechTest, LeavesOutQuoteWhosePronounHasNoAntecedent) {
  auto t = Extract("\"We will win,\" he said.");
  EXPECT_EQ(CountOf(t, Predicate::kSaid), 0u) << Dump(t);
}

TEST(NotSpeechTest, LeavesOutQuoteFromAnonymousVoice) {
  auto t = Extract("\"This is a disgrace,\" one man shouted. Nobody knew who he was.");
  EXPECT_EQ(CountOf(t, Predicate::kSaid), 0u) << Dump(t);
}

TEST(NotSpeechTest, IgnoresNegatedReporting) {
  auto t = Extract("Maria Olsen did not say that the ferries would run by June.");
  EXPECT_EQ(CountOf(t, Predicate::kSaid), 0u) << Dump(t);
}

TEST(NotSpeechTest, IgnoresQuestionAboutWhatWasSaid) {
  auto t = Extract("Did Maria Olsen say that the ferries would run by June?");
  EXPECT_EQ(CountOf(t, Predicate::kSaid), 0u) << Dump(t);
}

TEST(NotSpeechTest, IgnoresRefusalToSay) {
  auto t = Extract("Maria Olsen refused to say whether the ferries would run.");
  EXPECT_EQ(CountOf(t, Predicate::kSaid), 0u) << Dump(t);
}

TEST(NotSpeechTest, IgnoresClutterLines) {
  auto t = Extract("Share this article\nLeave a Reply\nCopyright 2020 Harbour Daily");
  EXPECT_TRUE(t.empty()) << Dump(t);
}

}  // namespace
}  // namespace newsgraph
