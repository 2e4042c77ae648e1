// Direct quotes attributed by the words before or after them.
#include <gtest/gtest.h>

#include "test_util.h"

namespace newsgraph {
namespace {

using extract_test::Dump;
using extract_test::Extract;
using extract_test::FindSaid;
using extract_test::SubstrByCodepoints;

TEST(DirectQuoteTest, AttributesQuoteBeforeSpeakerSaid) {
  auto t = Extract("\"The harbour will reopen next week,\" Maria Olsen said.");
  ASSERT_EQ(extract_test::CountOf(t, Predicate::kSaid), 1u) << Dump(t);
  const Triple* s = FindSaid(t, "Maria Olsen");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "The harbour will reopen next week");
  EXPECT_EQ(s->subject_type, EntityType::kPerson);
  EXPECT_EQ(s->object_type, EntityType::kQuote);
  EXPECT_EQ(s->evidence.doc, "t.txt");
}

TEST(DirectQuoteTest, AttributesQuoteBeforeSaidSpeaker) {
  auto t = Extract("\"The harbour will reopen next week,\" said Maria Olsen.");
  const Triple* s = FindSaid(t, "Maria Olsen");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "The harbour will reopen next week");
}

TEST(DirectQuoteTest, AttributesQuoteAfterSpeakerSaidColon) {
  auto t = Extract("Maria Olsen said: \"The harbour will reopen next week.\"");
  const Triple* s = FindSaid(t, "Maria Olsen");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "The harbour will reopen next week.");
}

TEST(DirectQuoteTest, AttributesQuoteAfterToldWithObject) {
  auto t = Extract("Maria Olsen told reporters: \xE2\x80\x9CThe pier is safe.\xE2\x80\x9D");
  const Triple* s = FindSaid(t, "Maria Olsen");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "The pier is safe.");
}

TEST(DirectQuoteTest, AttributesQuoteAfterCalledIt) {
  auto t = Extract("Maria Olsen called the plan \"a complete disaster for the town.\"");
  const Triple* s = FindSaid(t, "Maria Olsen");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "a complete disaster for the town.");
}

TEST(DirectQuoteTest, AttributesQuoteAfterDescribedAs) {
  auto t = Extract("Maria Olsen described the plan as \"a complete disaster for the town.\"");
  const Triple* s = FindSaid(t, "Maria Olsen");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "a complete disaster for the town.");
}

TEST(DirectQuoteTest, AttributesQuoteWithVerbAndTimeAfterSpeaker) {
  auto t = Extract("\"The ferries will run by June,\" Maria Olsen stressed on Friday in Oslo.");
  const Triple* s = FindSaid(t, "Maria Olsen");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "The ferries will run by June");
}

TEST(DirectQuoteTest, OffsetsAreCodePointsWithCurlyQuotesAndAccentedName) {
  // The name before the quote has two-byte letters and the marks are three
  // bytes each: byte offsets would differ from code point offsets.
  std::string text =
      "\xC3\x93lafur Bj\xC3\xB6rnsson said: \xE2\x80\x9C\xC3\x9E" "etta er gott.\xE2\x80\x9D";
  auto t = Extract(text);
  const Triple* s = FindSaid(t, "\xC3\x93lafur Bj\xC3\xB6rnsson");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "\xC3\x9E" "etta er gott.");
  EXPECT_EQ(s->evidence.start, 24u);
  EXPECT_EQ(s->evidence.end, 38u);
  EXPECT_EQ(SubstrByCodepoints(text, s->evidence.start, s->evidence.end), s->object);
}

TEST(DirectQuoteTest, OffsetsAreCodePointsForQuoteBeforeSpeaker) {
  std::string text = "\xE2\x80\x9C\xC5\xBB\xC3\xB3\xC5\x82\xC4\x87 is a word,\xE2\x80\x9D said Zo\xC3\xAB Larsen.";
  auto t = Extract(text);
  const Triple* s = FindSaid(t, "Zo\xC3\xAB Larsen");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "\xC5\xBB\xC3\xB3\xC5\x82\xC4\x87 is a word");
  EXPECT_EQ(s->evidence.start, 1u);
  EXPECT_EQ(s->evidence.end, 15u);
  EXPECT_EQ(SubstrByCodepoints(text, s->evidence.start, s->evidence.end), s->object);
}

TEST(DirectQuoteTest, OffsetsSurviveAnEarlierNonAsciiParagraph) {
  std::string text =
      "T\xC3\xB8nsberg \xE2\x80\x93 the caf\xC3\xA9s opened early.\n"
      "\xE2\x80\x9CWe are ready,\xE2\x80\x9D said Zo\xC3\xAB Larsen.";
  auto t = Extract(text);
  const Triple* s = FindSaid(t, "Zo\xC3\xAB Larsen");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "We are ready");
  EXPECT_EQ(SubstrByCodepoints(text, s->evidence.start, s->evidence.end), "We are ready");
}

}  // namespace
}  // namespace newsgraph
