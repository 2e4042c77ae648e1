// Two verbs share one subject: "X did A and said B", "X called Y "..." and said".
#include <gtest/gtest.h>

#include "test_util.h"

namespace newsgraph {
namespace {

using extract_test::Dump;
using extract_test::Extract;
using extract_test::SaidBy;
using extract_test::FindSaid;
using extract_test::FindSaidObject;

TEST(CoordinatedReportTest, SubjectOfFirstClauseSpeaksAfterAnd) {
  EXPECT_TRUE(SaidBy(Extract("The Finance Ministry rejected the offer and said the budget would stay unchanged."),
                     "the budget would stay unchanged", "Finance Ministry"));
}

TEST(CoordinatedReportTest, PersonWithAppositionSpeaksAfterAnd) {
  auto t = Extract("Maria Olsen, the harbour master, closed the pier and said the storm was too strong.");
  const Triple* s = FindSaid(t, "Maria Olsen");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "the storm was too strong");
}

TEST(CoordinatedReportTest, CalledQuoteThenSaid) {
  auto t = Extract("Peter Brandt called the plan \"reckless\" and said he would vote against it.");
  const Triple* one = FindSaidObject(t, "reckless");
  ASSERT_NE(one, nullptr) << Dump(t);
  EXPECT_EQ(one->subject, "Peter Brandt");
  const Triple* two = FindSaidObject(t, "he would vote against it");
  ASSERT_NE(two, nullptr) << Dump(t);
  EXPECT_EQ(two->subject, "Peter Brandt");
}

TEST(CoordinatedReportTest, ButSaidThisIsAClauseNotAnAdverbial) {
  auto t = Extract("Governor Anna Berg said the fire was contained, but said this too was unrelated.");
  const Triple* s = FindSaidObject(t, "this too was unrelated");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->subject, "Anna Berg");
  // The second verb reports its own clause, not the whole sentence.
  for (const Triple& x : t) {
    if (x.predicate == Predicate::kSaid) {
      EXPECT_EQ(x.object.find("Governor"), std::string::npos);
    }
  }
}

TEST(CoordinatedReportTest, UnresolvedPronounDoesNotSpeak) {
  auto t = Extract(
      "The parents were arrested after their daughter escaped. Officers met Tom Rowe there. "
      "She did not know the address and said the doors were locked.");
  EXPECT_EQ(FindSaid(t, "Tom Rowe"), nullptr) << Dump(t);
}

}  // namespace
}  // namespace newsgraph
