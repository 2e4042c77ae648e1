// left-in: countries that left an organisation, with the year when given.
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

TEST(DepartureTest, ReadsLeftBackInYear) {
  auto t = Extract("Uzbekistan left the CSTO back in 2012.");
  const Triple* l = Find(t, "Uzbekistan", Predicate::kLeftIn, OrgName("CSTO"));
  ASSERT_NE(l, nullptr) << Dump(t);
  EXPECT_EQ(l->year, 2012);
  EXPECT_EQ(extract_test::CountOf(t, Predicate::kMemberOf), 0u) << Dump(t);
}

TEST(DepartureTest, ReadsLeftInYear) {
  auto t = Extract("Georgia left the CIS in 2009.");
  const Triple* l = Find(t, "Georgia", Predicate::kLeftIn, OrgName("CIS"));
  ASSERT_NE(l, nullptr) << Dump(t);
  EXPECT_EQ(l->year, 2009);
}

TEST(DepartureTest, ReadsWithdrewFrom) {
  auto t = Extract("Georgia withdrew from the CIS in 2009.");
  const Triple* l = Find(t, "Georgia", Predicate::kLeftIn, OrgName("CIS"));
  ASSERT_NE(l, nullptr) << Dump(t);
  EXPECT_EQ(l->year, 2009);
}

TEST(DepartureTest, ReadsLeftWithoutYear) {
  auto t = Extract("Armenia left the CSTO.");
  const Triple* l = Find(t, "Armenia", Predicate::kLeftIn, OrgName("CSTO"));
  ASSERT_NE(l, nullptr) << Dump(t);
  EXPECT_EQ(l->year, 0);
}

TEST(DepartureTest, ReadsBothCountriesLeftInParenthesis) {
  auto t = Extract(
      "Georgia and Azerbaijan (both countries left the CSTO in 1999) sent observers.");
  const Triple* g = Find(t, "Georgia", Predicate::kLeftIn, OrgName("CSTO"));
  const Triple* a = Find(t, "Azerbaijan", Predicate::kLeftIn, OrgName("CSTO"));
  ASSERT_NE(g, nullptr) << Dump(t);
  ASSERT_NE(a, nullptr) << Dump(t);
  EXPECT_EQ(g->year, 1999);
  EXPECT_EQ(a->year, 1999);
  EXPECT_EQ(extract_test::CountOf(t, Predicate::kLeftIn), 2u) << Dump(t);
}

TEST(DepartureTest, ReadsNoLongerAMemberSinceYear) {
  auto t = Extract(
      "Uzbekistan (which is no longer a member of the CSTO since 2012) sent observers.");
  const Triple* l = Find(t, "Uzbekistan", Predicate::kLeftIn, OrgName("CSTO"));
  ASSERT_NE(l, nullptr) << Dump(t);
  EXPECT_EQ(l->year, 2012);
  EXPECT_EQ(extract_test::CountOf(t, Predicate::kMemberOf), 0u) << Dump(t);
}

TEST(DepartureTest, ReadsCountryListThatLeft) {
  auto t = Extract("Azerbaijan, Georgia and Uzbekistan left the CSTO in 1999.");
  std::vector<std::string> left =
      extract_test::SubjectsOf(t, Predicate::kLeftIn, OrgName("CSTO"));
  EXPECT_EQ(left, (std::vector<std::string>{"Azerbaijan", "Georgia", "Uzbekistan"})) << Dump(t);
  for (const Triple& l : t) EXPECT_EQ(l.year, 1999);
}

TEST(DepartureTest, YearIsTheDepartureYearNotAnotherDate) {
  auto t = Extract("In 2020, officials recalled that Georgia left the CIS in 2009.");
  const Triple* l = Find(t, "Georgia", Predicate::kLeftIn, OrgName("CIS"));
  ASSERT_NE(l, nullptr) << Dump(t);
  EXPECT_EQ(l->year, 2009);
}

}  // namespace
}  // namespace newsgraph
