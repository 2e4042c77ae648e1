// Speech through an attitude or an addressee: "expressed concern that ...",
// "gave its "deepest sympathies"", "urged the council to act".
#include <gtest/gtest.h>

#include "test_util.h"

namespace newsgraph {
namespace {

using extract_test::Dump;
using extract_test::Extract;
using extract_test::SaidBy;
using extract_test::FindSaid;
using extract_test::FindSaidObject;

TEST(ExpressionTest, ExpressedConcernThat) {
  auto t = Extract("Mayor Anna Berg expressed deep concern that the bridge would not be ready.");
  const Triple* s = FindSaid(t, "Anna Berg");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "the bridge would not be ready");
}

TEST(ExpressionTest, QuotedObjectOfGave) {
  EXPECT_TRUE(SaidBy(Extract("The Finance Ministry gave its \"deepest sympathies\" to the families."),
                     "deepest sympathies", "Finance Ministry"));
}

TEST(ExpressionTest, QuotedModifierIsNotSpeech) {
  auto t = Extract("Peter Brandt gave his \"Best Player\" award to a young striker.");
  EXPECT_EQ(FindSaid(t, "Peter Brandt"), nullptr) << Dump(t);
}

TEST(ExpressionTest, UrgedObjectToVerb) {
  auto t = Extract("Foreign Minister Anna Berg urged the embassy to reconsider and met the ambassador.");
  const Triple* s = FindSaid(t, "Anna Berg");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "the embassy to reconsider");
}

TEST(ExpressionTest, CalledWithoutOnIsNoRequest) {
  auto t = Extract("Peter Brandt called the police to report the theft.");
  EXPECT_EQ(FindSaid(t, "Peter Brandt"), nullptr) << Dump(t);
}

TEST(ExpressionTest, PassiveUrgeHasNoSpeaker) {
  auto t = Extract("Peter Brandt was urged by friends to stay.");
  EXPECT_EQ(FindSaid(t, "Peter Brandt"), nullptr) << Dump(t);
}

TEST(ExpressionTest, AppositionBeforeNameOpensQuoteClause) {
  auto t = Extract(
      "The mayor of London, Sadiq Khan, thanked \"the police and the fire brigade for their swift "
      "response\".");
  const Triple* s = FindSaid(t, "Sadiq Khan");
  ASSERT_NE(s, nullptr) << Dump(t);
}

TEST(ExpressionTest, UrgedSubjunctive) {
  auto t = Extract("Commissioner Stephen Moldo urged the immunity be waived.");
  const Triple* s = FindSaid(t, "Stephen Moldo");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "the immunity be waived");
}

TEST(ExpressionTest, PromisedClauseWithoutThat) {
  auto t = Extract("Governor Boris Dubro has promised each victim will be paid one million rubles.");
  const Triple* s = FindSaid(t, "Boris Dubro");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "each victim will be paid one million rubles");
}

TEST(ExpressionTest, ToldNeedsAnAddressee) {
  auto t = Extract("Howard Rubel told the BBC after the verdict \"My client is relieved.\"");
  for (const Triple& x : t) {
    if (x.predicate == Predicate::kSaid) {
      EXPECT_EQ(x.object.find("the BBC"), std::string::npos);
    }
  }
}

TEST(ExpressionTest, RemarkedClauseWithoutThat) {
  auto t = Extract("Gary Mortimer spoke on Monday. He remarked toilet paper is a bulky item.");
  const Triple* s = FindSaid(t, "Gary Mortimer");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "toilet paper is a bulky item");
}

}  // namespace
}  // namespace newsgraph
