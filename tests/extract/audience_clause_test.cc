// "told reporters CLAUSE", "said they CLAUSE", "said this would ...": clauses
// without "that".
#include <gtest/gtest.h>

#include "test_util.h"

namespace newsgraph {
namespace {

using extract_test::Dump;
using extract_test::Extract;
using extract_test::FindSaid;

TEST(AudienceClauseTest, ToldReportersWithoutThat) {
  auto t = Extract("Prosecutor Jan Kowal told reporters today the suspect will be examined by doctors.");
  const Triple* s = FindSaid(t, "Jan Kowal");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "the suspect will be examined by doctors");
}

TEST(AudienceClauseTest, ToldThePressWithLongSubject) {
  auto t = Extract(
      "Captain Rosa Lind told the press a two-day search involving four boats covering the whole "
      "bay in rough weather had found nothing.");
  const Triple* s = FindSaid(t, "Rosa Lind");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object.rfind("a two-day search", 0), 0u) << s->object;
}

TEST(AudienceClauseTest, ToldWithNounObjectIsNotSpeech) {
  auto t = Extract("Rosa Lind told the story of her grandfather on the radio.");
  EXPECT_EQ(FindSaid(t, "Rosa Lind"), nullptr) << Dump(t);
}

TEST(AudienceClauseTest, SaidSubjectPronounClause) {
  auto t = Extract("The Harbour Authority said they believe ice, which forms every winter, caused the crack.");
  const Triple* s = FindSaid(t, "Harbour Authority");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object.rfind("they believe ice", 0), 0u) << s->object;
}

TEST(AudienceClauseTest, SaidThisWouldIsAClause) {
  auto t = Extract("Maria Olsen arrived on Monday. She estimated this would take two days.");
  const Triple* s = FindSaid(t, "Maria Olsen");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "this would take two days");
}

TEST(AudienceClauseTest, SemicolonEndsReportedClause) {
  auto t = Extract("Minister Anna Berg said the dam was safe; engineers later found two cracks.");
  const Triple* s = FindSaid(t, "Anna Berg");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "the dam was safe");
}

TEST(AudienceClauseTest, NounPhraseAfterAudienceWordIsNotAClause) {
  auto t = Extract("Anna Berg told local media network EUNEWS safety rules had been followed.");
  for (const Triple& x : t) {
    if (x.predicate == Predicate::kSaid) {
      EXPECT_NE(x.object.rfind("network", 0), 0u) << x.object;
    }
  }
}

TEST(AudienceClauseTest, NameRunIsTheAudience) {
  auto t = Extract("Governor Alex Pim told CNN Philippines the towns damaged were mostly inland.");
  const Triple* s = FindSaid(t, "Alex Pim");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "the towns damaged were mostly inland");
}

TEST(AudienceClauseTest, PrepositionalPhraseIsNotTheClause) {
  auto t = Extract("Prime Minister Anna Berg said at a press conference yesterday morning the laws should be changed.");
  for (const Triple& x : t) {
    if (x.predicate == Predicate::kSaid) {
      EXPECT_NE(x.object.rfind("at a press", 0), 0u) << x.object;
    }
  }
}

TEST(AudienceClauseTest, AtLeastOpensAClause) {
  auto t = Extract("Police director Ivan Rebo said at least 71 people were arrested on Friday night.");
  const Triple* s = FindSaid(t, "Ivan Rebo");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "at least 71 people were arrested on Friday night");
}

}  // namespace
}  // namespace newsgraph
