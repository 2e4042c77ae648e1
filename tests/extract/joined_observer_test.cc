// joined-in and observer-of, with "the organization" resolved from context.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.h"

namespace newsgraph {
namespace {

using extract_test::Dump;
using extract_test::Extract;
using extract_test::Find;
using extract_test::OrgName;

using Names = std::vector<std::string>;

TEST(JoinedObserverTest, ResolvesTheOrganizationToPreviousSentence) {
  auto t = Extract(
      "The CSTO held a summit in Minsk. In 1993, Azerbaijan, Georgia and Belarus joined "
      "the organization.");
  EXPECT_EQ(extract_test::SubjectsOf(t, Predicate::kJoinedIn, OrgName("CSTO")),
            (Names{"Azerbaijan", "Georgia", "Belarus"})) << Dump(t);
  for (const Triple& j : t) EXPECT_EQ(j.year, 1993) << Dump(t);
}

TEST(JoinedObserverTest, ResolvesTheBlocToOrganisationInContext) {
  auto t = Extract("The SCO met in Astana. India joined the bloc in 2017.");
  const Triple* j = Find(t, "India", Predicate::kJoinedIn, OrgName("SCO"));
  ASSERT_NE(j, nullptr) << Dump(t);
  EXPECT_EQ(j->year, 2017);
}

TEST(JoinedObserverTest, LeavesOutTheOrganizationWithNothingToResolveTo) {
  auto t = Extract("In 1993, Azerbaijan, Georgia and Belarus joined the organization.");
  EXPECT_EQ(extract_test::CountOf(t, Predicate::kJoinedIn), 0u) << Dump(t);
}

TEST(JoinedObserverTest, ReadsJoinedInYear) {
  auto t = Extract("Serbia joined the CSTO in 2013.");
  const Triple* j = Find(t, "Serbia", Predicate::kJoinedIn, OrgName("CSTO"));
  ASSERT_NE(j, nullptr) << Dump(t);
  EXPECT_EQ(j->year, 2013);
  EXPECT_EQ(j->subject_type, EntityType::kCountry);
}

TEST(JoinedObserverTest, ReadsObserverStatusAt) {
  auto t = Extract("Serbia has observer status at the CSTO.");
  EXPECT_NE(Find(t, "Serbia", Predicate::kObserverOf, OrgName("CSTO")), nullptr) << Dump(t);
  EXPECT_EQ(extract_test::CountOf(t, Predicate::kMemberOf), 0u) << Dump(t);
}

TEST(JoinedObserverTest, ReadsObserverStatusIn) {
  auto t = Extract("Afghanistan has observer status in the SCO.");
  EXPECT_NE(Find(t, "Afghanistan", Predicate::kObserverOf, OrgName("SCO")), nullptr) << Dump(t);
}

TEST(JoinedObserverTest, ReadsAppositiveAnObserverOf) {
  auto t = Extract("Serbia, an observer of the CSTO, sent a delegation.");
  EXPECT_NE(Find(t, "Serbia", Predicate::kObserverOf, OrgName("CSTO")), nullptr) << Dump(t);
  EXPECT_EQ(extract_test::CountOf(t, Predicate::kMemberOf), 0u) << Dump(t);
}

}  // namespace
}  // namespace newsgraph
