// Quotes with no attribution of their own take the speaker of the quote
// just before them.
#include <gtest/gtest.h>

#include "test_util.h"

namespace newsgraph {
namespace {

using extract_test::Dump;
using extract_test::Extract;
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

}  // namespace
}  // namespace newsgraph
