// member-of from descriptions: "Tusk, a founding Civic Platform member",
// "the pending exit of the United Kingdom from the European Union".
#include <gtest/gtest.h>

#include "test_util.h"

namespace newsgraph {
namespace {

using extract_test::Dump;
using extract_test::Extract;
using extract_test::Find;
using extract_test::OrgName;

TEST(PersonMemberTest, FoundingPartyMemberInApposition) {
  auto t = Extract("Former Prime Minister Jan Nowak spoke first. Nowak, a founding Civic Platform member, is from Gdansk.");
  EXPECT_NE(Find(t, "Jan Nowak", Predicate::kMemberOf, "Civic Platform"), nullptr) << Dump(t);
}

TEST(PersonMemberTest, FormerMemberIsNotAMember) {
  auto t = Extract("Jan Nowak, a former Civic Platform member, is from Gdansk.");
  EXPECT_EQ(extract_test::CountOf(t, Predicate::kMemberOf), 0u) << Dump(t);
}

TEST(PersonMemberTest, MemberNeedsTheWordMemberAfterTheBody) {
  auto t = Extract("Jan Nowak, a Civic Platform politician, is from Gdansk.");
  EXPECT_EQ(extract_test::CountOf(t, Predicate::kMemberOf), 0u) << Dump(t);
}

TEST(PendingExitTest, PendingExitMeansStillAMember) {
  auto t = Extract("Thousands protested the pending exit of the United Kingdom from the European Union.");
  EXPECT_NE(Find(t, "United Kingdom", Predicate::kMemberOf, OrgName("European Union")), nullptr)
      << Dump(t);
}

TEST(PendingExitTest, PastExitIsNoMembership) {
  auto t = Extract("The exit of the United Kingdom from the European Union took years.");
  EXPECT_EQ(extract_test::CountOf(t, Predicate::kMemberOf), 0u) << Dump(t);
}

}  // namespace
}  // namespace newsgraph
