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

}  // namespace
}  // namespace newsgraph
