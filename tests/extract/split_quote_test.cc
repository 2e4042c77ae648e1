// Quotes split by their attribution: "A," said X, "B."
#include <gtest/gtest.h>

#include "test_util.h"

namespace newsgraph {
namespace {

using extract_test::Dump;
using extract_test::Extract;
using extract_test::FindSaidObject;

TEST(SplitQuoteTest, AttributesFirstPieceOfSplitQuote) {
  auto t = Extract(
      "\xE2\x80\x9CThe harbour will reopen,\xE2\x80\x9D said Maria Olsen, "
      "\xE2\x80\x9C" "but not before the storm passes.\xE2\x80\x9D");
  const Triple* first = FindSaidObject(t, "The harbour will reopen");
  ASSERT_NE(first, nullptr) << Dump(t);
  EXPECT_EQ(first->subject, "Maria Olsen");
}

TEST(SplitQuoteTest, AttributesSecondPieceOfSplitQuoteToSameSpeaker) {
  auto t = Extract(
      "\xE2\x80\x9CThe harbour will reopen,\xE2\x80\x9D said Maria Olsen, "
      "\xE2\x80\x9C" "but not before the storm passes.\xE2\x80\x9D");
  const Triple* second = FindSaidObject(t, "but not before the storm passes.");
  ASSERT_NE(second, nullptr) << Dump(t);
  EXPECT_EQ(second->subject, "Maria Olsen");
}

TEST(SplitQuoteTest, AttributesSecondPieceAfterSpeakerSaidComma) {
  auto t = Extract(
      "\"We will rebuild the pier,\" Peter Lund said, \"and the school after it.\"");
  ASSERT_NE(FindSaidObject(t, "We will rebuild the pier"), nullptr) << Dump(t);
  const Triple* second = FindSaidObject(t, "and the school after it.");
  ASSERT_NE(second, nullptr) << Dump(t);
  EXPECT_EQ(second->subject, "Peter Lund");
}

TEST(SplitQuoteTest, AttributesQuoteAfterAttributedSentenceToSameSpeaker) {
  auto t = Extract(
      "\"The harbour will reopen,\" Maria Olsen said. \"The ferries will run again.\"");
  ASSERT_EQ(extract_test::CountOf(t, Predicate::kSaid), 2u) << Dump(t);
  const Triple* second = FindSaidObject(t, "The ferries will run again.");
  ASSERT_NE(second, nullptr) << Dump(t);
  EXPECT_EQ(second->subject, "Maria Olsen");
}

}  // namespace
}  // namespace newsgraph
