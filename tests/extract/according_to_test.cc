// "According to X, ..." attributes what follows to X.
#include <gtest/gtest.h>

#include "test_util.h"

namespace newsgraph {
namespace {

using extract_test::Dump;
using extract_test::Extract;
using extract_test::FindSaid;

TEST(AccordingToTest, AttributesClauseToPerson) {
  auto t = Extract("According to Maria Olsen, the harbour will reopen next week.");
  const Triple* s = FindSaid(t, "Maria Olsen");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "the harbour will reopen next week");
}

TEST(AccordingToTest, AttributesQuoteToPerson) {
  auto t = Extract("According to Maria Olsen, \"the harbour will reopen next week.\"");
  const Triple* s = FindSaid(t, "Maria Olsen");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "the harbour will reopen next week.");
}

TEST(AccordingToTest, AttributesClauseToOrganisation) {
  auto t = Extract("According to the Russian Foreign Ministry, the talks will resume in May.");
  const Triple* s = FindSaid(t, "Russian Foreign Ministry");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "the talks will resume in May");
}

TEST(AccordingToTest, ResolvesPronounToLastPerson) {
  auto t = Extract("Peter Lund spoke first. According to him, the ferries will run by June.");
  const Triple* s = FindSaid(t, "Peter Lund");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "the ferries will run by June");
}

TEST(AccordingToTest, LeavesAppositiveOutOfTheClause) {
  auto t = Extract(
      "According to Maria Olsen, the mayor of Tromvik, the ferries will run by June.");
  const Triple* s = FindSaid(t, "Maria Olsen");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "the ferries will run by June");
}

TEST(AccordingToTest, AttributesStatementToItsIssuer) {
  auto t = Extract("According to a statement from the OSCE, the vote was free.");
  const Triple* s = FindSaid(t, extract_test::OrgName("OSCE"));
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "the vote was free");
}

TEST(AccordingToTest, IgnoresDocumentsWithoutSpeaker) {
  auto t = Extract("According to the 2020 census, the town has 3,000 residents.");
  EXPECT_EQ(extract_test::CountOf(t, Predicate::kSaid), 0u) << Dump(t);
}

TEST(AccordingToTest, DataFromNamesTheSource) {
  auto t = Extract("According to data from the Gun Safety Foundation, the shooting was the fourth that week.");
  const Triple* s = FindSaid(t, "Gun Safety Foundation");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "the shooting was the fourth that week");
}

TEST(AccordingToTest, OwnersReportNamesTheOwner) {
  auto t = Extract("According to the WHO's situation report, the virus claimed 6606 lives.");
  const Triple* s = FindSaid(t, "World Health Organization");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "the virus claimed 6606 lives");
}

TEST(AccordingToTest, OwnersCriticsAreNotTheOwner) {
  auto t = Extract("According to Boris Johnson's critics, this is a ploy to delay the vote.");
  EXPECT_EQ(FindSaid(t, "Boris Johnson"), nullptr) << Dump(t);
}

TEST(AccordingToTest, NameInAppositionAfterDescription) {
  auto t = Extract(
      "According to the El Paso mayor, Dee Margo, police were investigating a manifesto.");
  const Triple* s = FindSaid(t, "Dee Margo");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "police were investigating a manifesto");
}

TEST(AccordingToTest, SentenceFinalWithoutComma) {
  auto t = Extract("Both companies have been in operation since the 1970s according to USA Today.");
  const Triple* s = FindSaid(t, "USA Today");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "Both companies have been in operation since the 1970s");
}

TEST(AccordingToTest, SentenceFinalWithClauseAfterItIsNotAttributed) {
  auto t = Extract(
      "Mugabe was treated abroad for months and according to the Foreign Ministry he died on Friday.");
  for (const Triple& x : t) {
    if (x.predicate == Predicate::kSaid) {
      EXPECT_EQ(x.object.find("treated abroad"), std::string::npos);
    }
  }
}

}  // namespace
}  // namespace newsgraph
