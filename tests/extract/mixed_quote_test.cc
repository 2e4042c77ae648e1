// Reported speech with a quoted fragment inside: one statement, marks kept
// inside the clause (as the gold annotates it).
#include <gtest/gtest.h>

#include "test_util.h"

namespace newsgraph {
namespace {

using extract_test::Dump;
using extract_test::Extract;
using extract_test::FindSaid;

TEST(MixedQuoteTest, KeepsQuotedFragmentInsideReportedClause) {
  auto t = Extract(
      "Maria Olsen said the plan was \"a complete disaster\" and should be dropped.");
  ASSERT_EQ(extract_test::CountOf(t, Predicate::kSaid), 1u) << Dump(t);
  const Triple* s = FindSaid(t, "Maria Olsen");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "the plan was \"a complete disaster\" and should be dropped");
}

TEST(MixedQuoteTest, KeepsCurlyMarksOfFragmentAsWritten) {
  std::string text =
      "Maria Olsen said the plan was \xE2\x80\x9C" "a complete disaster\xE2\x80\x9D"
      " and should be dropped.";
  auto t = Extract(text);
  ASSERT_EQ(extract_test::CountOf(t, Predicate::kSaid), 1u) << Dump(t);
  const Triple* s = FindSaid(t, "Maria Olsen");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object,
            "the plan was \xE2\x80\x9C" "a complete disaster\xE2\x80\x9D and should be dropped");
  EXPECT_EQ(extract_test::SubstrByCodepoints(text, s->evidence.start, s->evidence.end),
            s->object);
}

TEST(MixedQuoteTest, QuotedWordsInsideClauseAreNotASecondStatement) {
  auto t = Extract("Maria Olsen said she was \"deeply worried\" about the ferry.");
  ASSERT_EQ(extract_test::CountOf(t, Predicate::kSaid), 1u) << Dump(t);
  const Triple* s = FindSaid(t, "Maria Olsen");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "she was \"deeply worried\" about the ferry");
}

TEST(MixedQuoteTest, ReportedClauseThenFullQuoteAreTwoStatements) {
  auto t = Extract(
      "Peter Lund said the talks were useful. \"We agreed on almost everything,\" he added.");
  ASSERT_EQ(extract_test::CountOf(t, Predicate::kSaid), 2u) << Dump(t);
  EXPECT_NE(extract_test::Find(t, "Peter Lund", Predicate::kSaid, "the talks were useful"),
            nullptr) << Dump(t);
  EXPECT_NE(extract_test::Find(t, "Peter Lund", Predicate::kSaid,
                               "We agreed on almost everything"),
            nullptr) << Dump(t);
}

TEST(MixedQuoteTest, ScareQuotesInsideInvertedClauseStayInIt) {
  auto t = Extract("The \"reforms\" have hurt many families, Maria Olsen said.");
  ASSERT_EQ(extract_test::CountOf(t, Predicate::kSaid), 1u) << Dump(t);
  const Triple* s = FindSaid(t, "Maria Olsen");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "The \"reforms\" have hurt many families");
}

}  // namespace
}  // namespace newsgraph
