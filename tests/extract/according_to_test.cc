// "According to X, ..." attributes what follows to X.
#include <gtest/gtest.h>

#include "test_util.h"

namespace newsgraph {
namespace {

using extract_test::Dump;
using extract_test::Extract;
using extract_test::FindSaid;

TEST(AccordingToTest, AttributesClauseToPerson) {
  auto t = Extract("According to Maria Olsen, the harbour will reopen next week.");
  const Triple* s = FindSaid(t, "Maria Olsen");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "the harbour will reopen next week");
}

TEST(AccordingToTest, AttributesQuoteToPerson) {
  auto t = Extract("According to Maria Olsen, \"the harbour will reopen next week.\"");
  const Triple* s = FindSaid(t, "Maria Olsen");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "the harbour will reopen next week.");
}

TEST(AccordingToTest, AttributesClauseToOrganisation) {
  auto t = Extract("According to the Russian Foreign Ministry, the talks will resume in May.");
  const Triple* s = FindSaid(t, "Russian Foreign Ministry");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "the talks will resume in May");
}

TEST(AccordingToTest, ResolvesPronounToLastPerson) {
  auto t = Extract("Peter Lund spoke first. According to him, the ferries will run by June.");
  const Triple* s = FindSaid(t, "Peter Lund");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "the ferries will run by June");
}

TEST(AccordingToTest, LeavesAppositiveOutOfTheClause) {
  auto t = Extract(
      "According to Maria Olsen, the mayor of Tromvik, the ferries will run by June.");
  const Triple* s = FindSaid(t, "Maria Olsen");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "the ferries will run by June");
}

TEST(AccordingToTest, AttributesStatementToItsIssuer) {
  auto t = Extract("According to a statement from the OSCE, the vote was free.");
  const Triple* s = FindSaid(t, extract_test::OrgName("OSCE"));
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "the vote was free");
}

TEST(AccordingToTest, IgnoresDocumentsWithoutSpeaker) {
  auto t = Extract("According to the 2020 census, the town has 3,000 residents.");
  EXPECT_EQ(extract_test::CountOf(t, Predicate::kSaid), 0u) << Dump(t);
}

}  // namespace
}  // namespace newsgraph
