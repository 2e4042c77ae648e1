// Talks, future, hypothetical, questioned and negated membership is no
// member-of.
#include <gtest/gtest.h>

#include "test_util.h"

namespace newsgraph {
namespace {

using extract_test::CountOf;
using extract_test::Dump;
using extract_test::Extract;

size_t Memberships(const std::vector<Triple>& t) {
  return CountOf(t, Predicate::kMemberOf) + CountOf(t, Predicate::kObserverOf) +
         CountOf(t, Predicate::kJoinedIn);
}

TEST(NotMembershipTest, TalksOnObserverStatusAndMembershipAreNoMembership) {
  auto t = Extract("India held talks with the CSTO on observer status and possible membership.");
  EXPECT_EQ(Memberships(t), 0u) << Dump(t);
}

TEST(NotMembershipTest, FutureObserverStatusIsNoObserver) {
  auto t = Extract("Serbia will receive observer status at the CSTO next year.");
  EXPECT_EQ(Memberships(t), 0u) << Dump(t);
}

TEST(NotMembershipTest, HypotheticalWouldBecomeAMemberIsNoMembership) {
  auto t = Extract("Serbia would become a member of the CSTO if it applied.");
  EXPECT_EQ(Memberships(t), 0u) << Dump(t);
}

TEST(NotMembershipTest, WishToBecomeAMemberIsNoMembership) {
  auto t = Extract("Serbia wants to become a member of the CSTO.");
  EXPECT_EQ(Memberships(t), 0u) << Dump(t);
}

TEST(NotMembershipTest, ModalJoinIsNoJoin) {
  auto t = Extract("Serbia could join the CSTO in 2030.");
  EXPECT_EQ(Memberships(t), 0u) << Dump(t);
}

TEST(NotMembershipTest, QuestionIsNoMembership) {
  auto t = Extract("Is Serbia a member of the CSTO?");
  EXPECT_EQ(Memberships(t), 0u) << Dump(t);
}

TEST(NotMembershipTest, NegationIsNoMembership) {
  auto t = Extract("Serbia is not a member of the CSTO.");
  EXPECT_EQ(Memberships(t), 0u) << Dump(t);
}

TEST(NotMembershipTest, NeverAMemberIsNoMembershipAndNoDeparture) {
  auto t = Extract("Serbia never was a member of the CSTO.");
  EXPECT_EQ(Memberships(t), 0u) << Dump(t);
  EXPECT_EQ(CountOf(t, Predicate::kLeftIn), 0u) << Dump(t);
}

TEST(NotMembershipTest, NegatedListIsNoMembership) {
  auto t = Extract("The CSTO does not include Serbia or Moldova.");
  EXPECT_EQ(Memberships(t), 0u) << Dump(t);
}

TEST(NotMembershipTest, ReportedDenialIsNoMembership) {
  auto t = Extract("Officials denied that Serbia is a member of the CSTO.");
  EXPECT_EQ(Memberships(t), 0u) << Dump(t);
}

}  // namespace
}  // namespace newsgraph
