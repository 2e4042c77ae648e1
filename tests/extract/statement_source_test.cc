// Bodies speaking through statements and releases: "X, in a statement,
// announced ... The statement also said ...", "Coles, in its release, reported".
#include <gtest/gtest.h>

#include "test_util.h"

namespace newsgraph {
namespace {

using extract_test::Dump;
using extract_test::Extract;
using extract_test::FindSaid;
using extract_test::FindSaidObject;

TEST(StatementSourceTest, InAStatementNamesTheIssuerForLaterSentences) {
  auto t = Extract(
      "President Maria Olsen, in a statement read by her spokesman, announced the troops would "
      "leave. The statement also said the border would stay closed.");
  const Triple* s = FindSaidObject(t, "the border would stay closed");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->subject, "Maria Olsen");
}

TEST(StatementSourceTest, UnknownNameWithInItsAsideSpeaks) {
  auto t = Extract("Kestrel, in its March 8 media release, reported that many stores were sold out.");
  const Triple* s = FindSaidObject(t, "many stores were sold out");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->subject, "Kestrel");
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

}  // namespace
}  // namespace newsgraph
