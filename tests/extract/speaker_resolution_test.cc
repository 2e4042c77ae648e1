// Speakers resolve to full names: surnames, pronouns, descriptions and
// organisations.
#include <gtest/gtest.h>

#include "extract/analysis.h"
#include "extract/lexicon.h"
#include "test_util.h"

namespace newsgraph {
namespace {

using extract_test::Dump;
using extract_test::Extract;
using extract_test::SaidBy;
using extract_test::FindSaid;
using extract_test::FindSaidObject;

TEST(SpeakerResolutionTest, ResolvesFullNameSpeaker) {
  EXPECT_TRUE(SaidBy(Extract("Maria Olsen said: \"The clinic is full.\""),
                     "The clinic is full.", "Maria Olsen"));
}

TEST(SpeakerResolutionTest, ResolvesSurnameToPersonNamedEarlier) {
  EXPECT_TRUE(SaidBy(Extract(
      "Maria Olsen, the mayor of Tromvik, spoke on Monday. "
      "\"We will rebuild the pier,\" Olsen said."),
                     "We will rebuild the pier", "Maria Olsen"));
}

TEST(SpeakerResolutionTest, ResolvesSurnameToPersonNamedLater) {
  EXPECT_TRUE(SaidBy(Extract("\"This is a historic day,\" Olsen said. Maria Olsen is the mayor of Tromvik."),
                     "This is a historic day", "Maria Olsen"));
}

TEST(SpeakerResolutionTest, ResolvesEachSurnameToItsOwnPerson) {
  auto t = Extract(
      "Maria Olsen met Peter Lund in Oslo. \"The talks were useful,\" Lund said. "
      "\"We agreed on a lot,\" Olsen said.");
  EXPECT_NE(extract_test::Find(t, "Peter Lund", Predicate::kSaid, "The talks were useful"),
            nullptr) << Dump(t);
  EXPECT_NE(extract_test::Find(t, "Maria Olsen", Predicate::kSaid, "We agreed on a lot"),
            nullptr) << Dump(t);
}

TEST(SpeakerResolutionTest, ResolvesHonorificAndSurname) {
  EXPECT_TRUE(SaidBy(Extract("Peter Lund arrived. Mr. Lund said the talks were useful."),
                     "the talks were useful", "Peter Lund"));
}

TEST(SpeakerResolutionTest, DropsHonorificFromFullName) {
  EXPECT_TRUE(SaidBy(Extract("Dr. Maria Olsen said: \"The clinic is full.\""),
                     "The clinic is full.", "Maria Olsen"));
}

TEST(SpeakerResolutionTest, ResolvesPronounToPersonInPreviousSentence) {
  EXPECT_TRUE(SaidBy(Extract("Maria Olsen spoke on Monday. \"We will rebuild the pier,\" she said."),
                     "We will rebuild the pier", "Maria Olsen"));
}

TEST(SpeakerResolutionTest, ResolvesPronounToLastSpeakerOverLaterMention) {
  EXPECT_TRUE(SaidBy(Extract(
      "\"We expect more tourists,\" Maria Olsen said. The plan was drawn up by Peter Lund "
      "last year. \"The ferries will run by June,\" she added."),
                     "The ferries will run by June", "Maria Olsen"));
}

TEST(SpeakerResolutionTest, ResolvesPronounAcrossParagraphs) {
  EXPECT_TRUE(SaidBy(Extract("Maria Olsen spoke on Monday.\n\"The harbour will reopen next week,\" she said."),
                     "The harbour will reopen next week", "Maria Olsen"));
}

TEST(SpeakerResolutionTest, ResolvesRoleDescriptionToPersonWithThatRole) {
  EXPECT_TRUE(SaidBy(Extract(
      "Political analyst Peter Lund spoke on Monday. \"The vote was rigged,\" the analyst said."),
                     "The vote was rigged", "Peter Lund"));
}

// A long document with many people takes the indexed path to the same answer.
TEST(SpeakerResolutionTest, ResolvesRoleDescriptionAmongManyPeople) {
  const char* given[] = {"Maria", "Peter", "Anna", "Erik", "Sofia", "Jonas", "Laura", "Henrik"};
  const char* family[] = {"Olsen", "Berg", "Dahl", "Moe", "Strand", "Holm", "Lie", "Bakke", "Vik",
                          "Aas"};
  std::string text;
  for (const char* g : given) {
    for (const char* f : family) {
      text += std::string("Economist ") + g + " " + f + " spoke on Monday.\n\n";
    }
  }
  text += "Political analyst Aidar Bekov spoke on Tuesday.\n\n";
  text += "\"The vote was rigged,\" the analyst said.\n\n";
  text += "\"Prices will fall,\" the economist said.";
  ASSERT_GT(Analyze(text, Lexicon::Default()).people.size(), 64u);
  auto t = Extract(text);
  EXPECT_TRUE(SaidBy(t, "The vote was rigged", "Aidar Bekov")) << Dump(t);
  // The economist last seen: the last one named.
  EXPECT_TRUE(SaidBy(t, "Prices will fall", "Henrik Aas")) << Dump(t);
}

TEST(SpeakerResolutionTest, ResolvesRoleDescriptionFromCopulaSentence) {
  EXPECT_TRUE(SaidBy(Extract(
      "Peter Lund is a political analyst in Oslo. \"The vote was rigged,\" the analyst said."),
                     "The vote was rigged", "Peter Lund"));
}

TEST(SpeakerResolutionTest, ResolvesNationalityAndRoleDescription) {
  EXPECT_TRUE(SaidBy(Extract(
      "Kazakh political analyst Aidar Bekov spoke on Monday. Norwegian economist Maria Olsen "
      "disagreed. \"The vote was rigged,\" the Kazakh political analyst said."),
                     "The vote was rigged", "Aidar Bekov"));
}

TEST(SpeakerResolutionTest, ResolvesTitleDescriptionInReportedSpeech) {
  EXPECT_TRUE(SaidBy(Extract(
      "Maria Olsen, the mayor of Tromvik, opened the fair. The mayor said the fair would "
      "last a week."),
                     "the fair would last a week", "Maria Olsen"));
}

TEST(SpeakerResolutionTest, ResolvesOrganisationAfterSaid) {
  auto t = Extract("\"The sanctions are illegal and will fail,\" said the Russian Foreign Ministry.");
  const Triple* s = FindSaidObject(t, "The sanctions are illegal and will fail");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->subject, "Russian Foreign Ministry");
  EXPECT_EQ(s->subject_type, EntityType::kOrganization);
}

TEST(SpeakerResolutionTest, ResolvesAcronymOrganisationToCanonicalName) {
  EXPECT_TRUE(SaidBy(Extract("The OSCE said in a statement that the vote was free."),
                     "the vote was free", extract_test::OrgName("OSCE")));
}

TEST(SpeakerResolutionTest, ResolvesStatementToBodyThatIssuedIt) {
  EXPECT_TRUE(SaidBy(Extract(
      "The OSCE issued a statement on Monday. The statement said the vote was free."),
                     "the vote was free", extract_test::OrgName("OSCE")));
}

TEST(SpeakerResolutionTest, KeepsPolishCapitalInFullNameAfterQuote) {
  // Ł (U+0141) starts the given name.
  auto t = Extract("\xE2\x80\x9CJutro b\xC4\x99" "dzie lepiej,\xE2\x80\x9D said \xC5\x81ukasz Nowak.");
  const Triple* s = FindSaidObject(t, "Jutro b\xC4\x99" "dzie lepiej");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->subject, "\xC5\x81ukasz Nowak");
}

TEST(SpeakerResolutionTest, KeepsPolishCapitalInFullNameBeforeQuote) {
  // Ż (U+017B) starts the given name.
  auto t = Extract("\xC5\xBB" "aneta Kowalska said: \xE2\x80\x9CJutro b\xC4\x99" "dzie lepiej.\xE2\x80\x9D");
  const Triple* s = FindSaidObject(t, "Jutro b\xC4\x99" "dzie lepiej.");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->subject, "\xC5\xBB" "aneta Kowalska");
}

}  // namespace
}  // namespace newsgraph
