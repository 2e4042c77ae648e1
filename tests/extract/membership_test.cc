// member-of: copulas, appositives and lists of members.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.h"

namespace newsgraph {
namespace {

using extract_test::Dump;
using extract_test::Extract;
using extract_test::OrgName;
using extract_test::SubjectsOf;

using Names = std::vector<std::string>;

Names MembersOf(const std::vector<Triple>& t, const std::string& org) {
  return SubjectsOf(t, Predicate::kMemberOf, OrgName(org));
}

TEST(MembershipTest, ReadsIsAMemberOf) {
  auto t = Extract("Belarus is a member of the CSTO.");
  EXPECT_EQ(MembersOf(t, "CSTO"), Names{"Belarus"}) << Dump(t);
  ASSERT_EQ(t.size(), 1u) << Dump(t);
  EXPECT_EQ(t[0].subject_type, EntityType::kCountry);
  EXPECT_EQ(t[0].object_type, EntityType::kOrganization);
  EXPECT_EQ(t[0].year, 0);
}

TEST(MembershipTest, ReadsAppositiveAMemberOf) {
  auto t = Extract("Kazakhstan, a member of the SCO, hosted the summit.");
  EXPECT_EQ(MembersOf(t, "SCO"), Names{"Kazakhstan"}) << Dump(t);
}

TEST(MembershipTest, ReadsWhichIncludesListWithCommas) {
  auto t = Extract("The CSTO, which includes Armenia, Belarus and Kazakhstan, met in Minsk.");
  EXPECT_EQ(MembersOf(t, "CSTO"), (Names{"Armenia", "Belarus", "Kazakhstan"})) << Dump(t);
}

TEST(MembershipTest, ReadsListWithoutCommas) {
  auto t = Extract("The SCO includes Kazakhstan Kyrgyzstan and Tajikistan.");
  EXPECT_EQ(MembersOf(t, "SCO"), (Names{"Kazakhstan", "Kyrgyzstan", "Tajikistan"})) << Dump(t);
}

TEST(MembershipTest, ReadsIsMadeOf) {
  auto t = Extract("The CSTO is made of Armenia, Belarus, Kazakhstan and Russia.");
  EXPECT_EQ(MembersOf(t, "CSTO"), (Names{"Armenia", "Belarus", "Kazakhstan", "Russia"}))
      << Dump(t);
}

TEST(MembershipTest, ReadsComprises) {
  auto t = Extract("The CSTO comprises Armenia, Belarus and Russia.");
  EXPECT_EQ(MembersOf(t, "CSTO"), (Names{"Armenia", "Belarus", "Russia"})) << Dump(t);
}

TEST(MembershipTest, ReadsCountedMemberStatesAfterColon) {
  auto t = Extract(
      "The CSTO currently includes six member-states: Armenia, Belarus, Kazakhstan, "
      "Kyrgyzstan, Russia and Tajikistan.");
  EXPECT_EQ(MembersOf(t, "CSTO"),
            (Names{"Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan"}))
      << Dump(t);
}

TEST(MembershipTest, ReadsListBetweenDashes) {
  auto t = Extract("The CSTO's member states - Armenia, Belarus and Russia - met in Minsk.");
  EXPECT_EQ(MembersOf(t, "CSTO"), (Names{"Armenia", "Belarus", "Russia"})) << Dump(t);
}

TEST(MembershipTest, ReadsListSeparatedByEnDashes) {
  auto t = Extract("The CSTO includes Armenia \xE2\x80\x93 Belarus \xE2\x80\x93 Russia.");
  EXPECT_EQ(MembersOf(t, "CSTO"), (Names{"Armenia", "Belarus", "Russia"})) << Dump(t);
}

TEST(MembershipTest, ReadsMemberCountriesPrefix) {
  auto t = Extract("CSTO member countries Armenia, Belarus and Russia held drills.");
  EXPECT_EQ(MembersOf(t, "CSTO"), (Names{"Armenia", "Belarus", "Russia"})) << Dump(t);
}

TEST(MembershipTest, ReadsMembersOfWithColon) {
  auto t = Extract("The members of the CSTO: Armenia, Belarus and Russia.");
  EXPECT_EQ(MembersOf(t, "CSTO"), (Names{"Armenia", "Belarus", "Russia"})) << Dump(t);
}

TEST(MembershipTest, SkipsParentheticalInsideList) {
  auto t = Extract(
      "The CSTO, which includes Armenia, Belarus and Russia (but not Serbia), met in Minsk.");
  EXPECT_EQ(MembersOf(t, "CSTO"), (Names{"Armenia", "Belarus", "Russia"})) << Dump(t);
}

TEST(MembershipTest, ReadsFullOrganisationName) {
  auto t = Extract("Armenia is a member of the Collective Security Treaty Organization.");
  EXPECT_EQ(MembersOf(t, "CSTO"), Names{"Armenia"}) << Dump(t);
}

TEST(MembershipTest, EvidenceOffsetsCoverTheStatement) {
  std::string text = "Caf\xC3\xA9s closed early. The CSTO comprises Armenia, Belarus and Russia.";
  auto t = Extract(text);
  ASSERT_EQ(MembersOf(t, "CSTO").size(), 3u) << Dump(t);
  for (const Triple& m : t) {
    std::string span =
        extract_test::SubstrByCodepoints(text, m.evidence.start, m.evidence.end);
    EXPECT_NE(span.find("CSTO"), std::string::npos) << span;
    EXPECT_EQ(m.evidence.sentence, 1u);
  }
}

}  // namespace
}  // namespace newsgraph
