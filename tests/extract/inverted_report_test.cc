// The speaker after the verb: "..., said Police Chief Anna Berg.",
// "..., reported officials, ..."; and appositions after "according to X".
#include <gtest/gtest.h>

#include "test_util.h"

namespace newsgraph {
namespace {

using extract_test::Dump;
using extract_test::Extract;
using extract_test::FindSaid;

TEST(InvertedReportTest, SpeakerAfterVerb) {
  auto t = Extract("The bridge will stay closed until May, said Police Chief Anna Berg.");
  const Triple* s = FindSaid(t, "Anna Berg");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "The bridge will stay closed until May");
}

TEST(InvertedReportTest, UnnamedGroupAfterVerbIsNoOneElse) {
  auto t = Extract(
      "A gunman shot shoppers in El Paso, Texas, with the death toll rising to 22, reported "
      "officials, with 25 others injured.");
  for (const Triple& x : t) EXPECT_NE(x.predicate, Predicate::kSaid) << Dump(t);
}

TEST(InvertedReportTest, ObjectOfToldIsNotTheSpeaker) {
  auto t = Extract("Anna Berg, a police spokeswoman, told CNN, neighbours tried to help but failed.");
  EXPECT_EQ(FindSaid(t, "CNN"), nullptr) << Dump(t);
}

TEST(InvertedReportTest, VerbFollowedByClauseIsNotInverted) {
  auto t = Extract("Late on Sunday, President Maria Olsen, in a statement, announced US troops would leave.");
  EXPECT_EQ(FindSaid(t, "United States"), nullptr) << Dump(t);
}

TEST(InvertedReportTest, AccordingToNameWithTitleAppositionAtEnd) {
  auto t = Extract(
      "Federal authorities are investigating the attack, according to prosecutor Josh Bashir, "
      "the U.S. Attorney for the Western District of Texas.");
  const Triple* s = FindSaid(t, "Josh Bashir");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "Federal authorities are investigating the attack");
}

}  // namespace
}  // namespace newsgraph
