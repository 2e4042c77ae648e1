// Quotes with no attribution of their own take the speaker of the quote
// just before them.
#include <gtest/gtest.h>

#include "test_util.h"

namespace newsgraph {
namespace {

using extract_test::Dump;
using extract_test::Extract;
using extract_test::SaidBy;
using extract_test::FindSaid;
using extract_test::FindSaidObject;

TEST(FloatingQuoteTest, TakesSpeakerOfQuoteInPreviousSentence) {
  EXPECT_TRUE(SaidBy(Extract(
      "\"The harbour will reopen,\" Maria Olsen said. \"It is the best news in years.\" "
      "The ferry company agreed."),
                     "It is the best news in years.", "Maria Olsen"));
}

TEST(FloatingQuoteTest, TakesSpeakerOfReportedSpeechInPreviousSentence) {
  EXPECT_TRUE(SaidBy(Extract(
      "Maria Olsen said the harbour would reopen. \"It is the best news in years.\""),
                     "It is the best news in years.", "Maria Olsen"));
}

TEST(FloatingQuoteTest, TakesSpeakerOfQuoteInPreviousParagraph) {
  EXPECT_TRUE(SaidBy(Extract(
      "\"The harbour will reopen next week,\" Maria Olsen said.\n"
      "\"The ferries will run again by June.\""),
                     "The ferries will run again by June.", "Maria Olsen"));
}

TEST(FloatingQuoteTest, LeavesOutFloatingQuoteWithNoQuoteBeforeIt) {
  auto t = Extract(
      "The council met on Tuesday in the old school.\n"
      "\"We will never give up on this town.\"");
  EXPECT_EQ(extract_test::CountOf(t, Predicate::kSaid), 0u) << Dump(t);
}

TEST(FloatingQuoteTest, QuoteAfterSentenceWhoseSubjectIsAPerson) {
  EXPECT_TRUE(SaidBy(Extract(
      "\"The vote was fair,\" Maria Olsen said.\n"
      "Peter Brandt, who led the campaign until May, also criticized the count on the radio. "
      "\"Nobody checked the ballots in the north.\""),
                     "Nobody checked the ballots in the north.", "Peter Brandt"));
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
