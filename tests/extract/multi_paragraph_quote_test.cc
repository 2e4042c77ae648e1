// Quotes that run over several paragraphs.
#include <gtest/gtest.h>

#include "test_util.h"

namespace newsgraph {
namespace {

using extract_test::Dump;
using extract_test::Extract;
using extract_test::FindSaidObject;

TEST(MultiParagraphQuoteTest, ContinuesQuoteWhenNextParagraphOpensWithMark) {
  auto t = Extract(
      "Maria Olsen said: \"The harbour will reopen next week.\n"
      "\"The ferries will run again by June.\n"
      "\"We expect more tourists.\"");
  ASSERT_EQ(extract_test::CountOf(t, Predicate::kSaid), 3u) << Dump(t);
  for (const char* piece : {"The harbour will reopen next week.",
                            "The ferries will run again by June.",
                            "We expect more tourists."}) {
    const Triple* s = FindSaidObject(t, piece);
    ASSERT_NE(s, nullptr) << piece << "\n" << Dump(t);
    EXPECT_EQ(s->subject, "Maria Olsen");
  }
}

TEST(MultiParagraphQuoteTest, ContinuesQuoteOverBrokenParagraph) {
  // A scraper split the paragraph: the next line closes the open quote.
  auto t = Extract(
      "Maria Olsen said: \"The harbour will reopen next week.\n"
      "The ferries will run again by June.\"");
  bool first = false, second = false;
  for (const Triple& s : t) {
    if (s.predicate != Predicate::kSaid) continue;
    EXPECT_EQ(s.subject, "Maria Olsen");
    first = first || s.object.find("The harbour will reopen next week.") != std::string::npos;
    second = second || s.object.find("The ferries will run again by June.") != std::string::npos;
  }
  EXPECT_TRUE(first) << Dump(t);
  EXPECT_TRUE(second) << Dump(t);
}

TEST(MultiParagraphQuoteTest, UnclosedQuoteEndsWithItsParagraph) {
  auto t = Extract(
      "Maria Olsen said: \"We expect more tourists.\n"
      "The ferry company declined to comment.");
  ASSERT_EQ(extract_test::CountOf(t, Predicate::kSaid), 1u) << Dump(t);
  const Triple* s = FindSaidObject(t, "We expect more tourists.");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->subject, "Maria Olsen");
}

TEST(MultiParagraphQuoteTest, StrayMarkDoesNotSwallowFollowingParagraphs) {
  auto t = Extract(
      "The council met on \"Tuesday.\n"
      "Peter Lund said the budget was approved.\n"
      "\"The school will open in May,\" Maria Olsen said.");
  const Triple* lund = extract_test::FindSaid(t, "Peter Lund");
  ASSERT_NE(lund, nullptr) << Dump(t);
  EXPECT_EQ(lund->object, "the budget was approved");
  const Triple* olsen = extract_test::FindSaid(t, "Maria Olsen");
  ASSERT_NE(olsen, nullptr) << Dump(t);
  EXPECT_EQ(olsen->object, "The school will open in May");
}

}  // namespace
}  // namespace newsgraph
