// Quotes with no attribution of their own take the speaker of the quote
// just before them.
#include <gtest/gtest.h>

#include "test_util.h"

namespace newsgraph {
namespace {

using extract_test::Dump;
using extract_test::Extract;
using extract_test::FindSaid;
using extract_test::FindSaidObject;

TEST(FloatingQuoteTest, TakesSpeakerOfQuoteInPreviousSentence) {
  auto t = Extract(
      "\"The harbour will reopen,\" Maria Olsen said. \"It is the best news in years.\" "
      "The ferry company agreed.");
  const Triple* s = FindSaidObject(t, "It is the best news in years.");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->subject, "Maria Olsen");
}

TEST(FloatingQuoteTest, TakesSpeakerOfReportedSpeechInPreviousSentence) {
  auto t = Extract(
      "Maria Olsen said the harbour would reopen. \"It is the best news in years.\"");
  const Triple* s = FindSaidObject(t, "It is the best news in years.");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->subject, "Maria Olsen");
}

TEST(FloatingQuoteTest, TakesSpeakerOfQuoteInPreviousParagraph) {
  auto t = Extract(
      "\"The harbour will reopen next week,\" Maria Olsen said.\n"
      "\"The ferries will run again by June.\"");
  const Triple* s = FindSaidObject(t, "The ferries will run again by June.");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->subject, "Maria Olsen");
}

TEST(FloatingQuoteTest, LeavesOutFloatingQuoteWithNoQuoteBeforeIt) {
  auto t = Extract(
      "The council met on Tuesday in the old school.\n"
      "\"We will never give up on this town.\"");
  EXPECT_EQ(extract_test::CountOf(t, Predicate::kSaid), 0u) << Dump(t);
}

TEST(FloatingQuoteTest, QuoteAfterSentenceWhoseSubjectIsAPerson) {
  auto t = Extract(
      "\"The vote was fair,\" Maria Olsen said.\n"
      "Peter Brandt, who led the campaign until May, also criticized the count on the radio. "
      "\"Nobody checked the ballots in the north.\"");
  const Triple* s = FindSaidObject(t, "Nobody checked the ballots in the north.");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->subject, "Peter Brandt");
}

TEST(FloatingQuoteTest, TitleWithOfTheEntityBeforeName) {
  auto t = Extract(
      "Former Ambassador to the United Nations Nikki Haley wrote on Twitter, \"We must always "
      "stand with our allies.\"");
  const Triple* s = FindSaid(t, "Nikki Haley");
  ASSERT_NE(s, nullptr) << Dump(t);
}

}  // namespace
}  // namespace newsgraph
