// Reported speech: a reporting verb with a speaker and a clause.
#include <gtest/gtest.h>

#include "test_util.h"

namespace newsgraph {
namespace {

using extract_test::Dump;
using extract_test::Extract;
using extract_test::FindSaid;

TEST(ReportedSpeechTest, ReadsSaidWithoutThat) {
  auto t = Extract("Maria Olsen said the harbour would reopen next week.");
  const Triple* s = FindSaid(t, "Maria Olsen");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "the harbour would reopen next week");
}

TEST(ReportedSpeechTest, DropsLeadingThat) {
  auto t = Extract("Maria Olsen said that the harbour would reopen next week.");
  const Triple* s = FindSaid(t, "Maria Olsen");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "the harbour would reopen next week");
}

TEST(ReportedSpeechTest, SkipsTimeAdverbialBeforeThat) {
  auto t = Extract("Maria Olsen said on Monday that the ferry was safe.");
  const Triple* s = FindSaid(t, "Maria Olsen");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "the ferry was safe");
}

TEST(ReportedSpeechTest, ReadsVerbWithObjectBeforeThat) {
  auto t = Extract("Maria Olsen told the council that the harbour could close.");
  const Triple* s = FindSaid(t, "Maria Olsen");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "the harbour could close");
}

TEST(ReportedSpeechTest, ReadsOtherReportingVerbs) {
  auto t = Extract(
      "Maria Olsen warned that the harbour could close. "
      "Peter Lund insisted that the ferries would run by June.");
  const Triple* olsen = FindSaid(t, "Maria Olsen");
  ASSERT_NE(olsen, nullptr) << Dump(t);
  EXPECT_EQ(olsen->object, "the harbour could close");
  const Triple* lund = FindSaid(t, "Peter Lund");
  ASSERT_NE(lund, nullptr) << Dump(t);
  EXPECT_EQ(lund->object, "the ferries would run by June");
}

TEST(ReportedSpeechTest, ReadsInvertedSpeakerAfterClause) {
  auto t = Extract("The harbour will reopen next week, Maria Olsen said on Friday.");
  const Triple* s = FindSaid(t, "Maria Olsen");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "The harbour will reopen next week");
}

TEST(ReportedSpeechTest, SkipsAppositiveBetweenSpeakerAndVerb) {
  auto t = Extract("Maria Olsen, speaking in Oslo on Friday, said the ferries would run by June.");
  const Triple* s = FindSaid(t, "Maria Olsen");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "the ferries would run by June");
}

TEST(ReportedSpeechTest, ReadsOrganisationAsSpeaker) {
  auto t = Extract(
      "The Russian Foreign Ministry said in a statement that the talks would resume in May.");
  const Triple* s = FindSaid(t, "Russian Foreign Ministry");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "the talks would resume in May");
  EXPECT_EQ(s->subject_type, EntityType::kOrganization);
}

TEST(ReportedSpeechTest, ReadsTwoSpeakersInOneSentence) {
  auto t = Extract(
      "Maria Olsen and Peter Lund spoke at the fair. \"We expect more tourists,\" "
      "Olsen said, while Lund said the ferries would be late.");
  const Triple* olsen = FindSaid(t, "Maria Olsen");
  ASSERT_NE(olsen, nullptr) << Dump(t);
  EXPECT_EQ(olsen->object, "We expect more tourists");
  const Triple* lund = FindSaid(t, "Peter Lund");
  ASSERT_NE(lund, nullptr) << Dump(t);
  EXPECT_EQ(lund->object, "the ferries would be late");
}

TEST(ReportedSpeechTest, OffsetsOfReportedClauseAreCodePoints) {
  std::string text = "Zo\xC3\xAB Larsen said that the caf\xC3\xA9 would close.";
  auto t = Extract(text);
  const Triple* s = FindSaid(t, "Zo\xC3\xAB Larsen");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "the caf\xC3\xA9 would close");
  EXPECT_EQ(extract_test::SubstrByCodepoints(text, s->evidence.start, s->evidence.end),
            s->object);
}

}  // namespace
}  // namespace newsgraph
