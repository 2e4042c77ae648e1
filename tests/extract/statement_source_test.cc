// Bodies speaking through statements and releases: "X, in a statement,
// announced ... The statement also said ...", "Coles, in its release, reported".
#include <gtest/gtest.h>

#include "test_util.h"

namespace newsgraph {
namespace {

using extract_test::Dump;
using extract_test::Extract;
using extract_test::SaidBy;
using extract_test::FindSaid;
using extract_test::FindSaidObject;

TEST(StatementSourceTest, InAStatementNamesTheIssuerForLaterSentences) {
  EXPECT_TRUE(SaidBy(Extract(
      "President Maria Olsen, in a statement read by her spokesman, announced the troops would "
      "leave. The statement also said the border would stay closed."),
                     "the border would stay closed", "Maria Olsen"));
}

TEST(StatementSourceTest, UnknownNameWithInItsAsideSpeaks) {
  EXPECT_TRUE(SaidBy(Extract("Kestrel, in its March 8 media release, reported that many stores were sold out."),
                     "many stores were sold out", "Kestrel"));
}

TEST(StatementSourceTest, WhileClauseWithItsOwnVerbIsCutOff) {
  auto t = Extract(
      "The Finance Ministry said that prices were stable, while the central bank, in a long "
      "report on Tuesday, called the rise \"alarming\".");
  const Triple* s = FindSaid(t, "Finance Ministry");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "prices were stable");
}

TEST(StatementSourceTest, StateDepartmentHasItsFullName) {
  auto t = Extract("The State Department said the embassy would reopen.");
  EXPECT_NE(FindSaid(t, "United States Department of State"), nullptr) << Dump(t);
}

TEST(StatementSourceTest, StatementAfterLeadingAdverbialAndCountryTitle) {
  EXPECT_TRUE(SaidBy(Extract(
      "Late on Sunday, the United States President Maria Olsen, in a statement read by her "
      "spokesman, announced the troops would leave. The statement also said the border would "
      "stay closed."),
                     "the border would stay closed", "Maria Olsen"));
}

TEST(StatementSourceTest, DemonymGovernmentSpeaks) {
  auto t = Extract("The Mexican government said eight Mexicans were killed in the attack.");
  const Triple* s = FindSaid(t, "Mexican government");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "eight Mexicans were killed in the attack");
}

TEST(StatementSourceTest, DemonymIsPartOfAnOrganisationName) {
  auto t = Extract(
      "One of these groups, the Syrian Democratic Forces (SDF), opposed the withdrawal and said "
      "it had been betrayed.");
  const Triple* s = FindSaid(t, "Syrian Democratic Forces");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "it had been betrayed");
}

TEST(StatementSourceTest, PlacesOfficeHolderOnlyWhenKnown) {
  auto t = Extract(
      "Maria Olsen arrived on Monday. Chelyabinsk's governor has promised each victim will be "
      "paid.");
  EXPECT_EQ(FindSaid(t, "Maria Olsen"), nullptr) << Dump(t);
}

}  // namespace
}  // namespace newsgraph
