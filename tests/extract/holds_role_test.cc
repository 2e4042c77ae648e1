// holds-role: titles before and after names, with the country or body they
// belong to.
#include <gtest/gtest.h>

#include "test_util.h"

namespace newsgraph {
namespace {

using extract_test::Dump;
using extract_test::Extract;

const Triple* FindRole(const std::vector<Triple>& t, std::string_view person) {
  for (const Triple& r : t) {
    if (r.predicate == Predicate::kHoldsRole && r.subject == person) return &r;
  }
  return nullptr;
}

TEST(HoldsRoleTest, ReadsDemonymTitleName) {
  auto t = Extract("Armenian President Serzh Sargsyan opened the summit.");
  const Triple* r = FindRole(t, "Serzh Sargsyan");
  ASSERT_NE(r, nullptr) << Dump(t);
  EXPECT_EQ(r->role, "President");
  EXPECT_EQ(r->object, "Armenia");
  EXPECT_EQ(r->subject_type, EntityType::kPerson);
  EXPECT_EQ(r->object_type, EntityType::kCountry);
}

TEST(HoldsRoleTest, ReadsTitleOfCountryName) {
  auto t = Extract("President of Belarus Alexander Lukashenko opened the summit.");
  const Triple* r = FindRole(t, "Alexander Lukashenko");
  ASSERT_NE(r, nullptr) << Dump(t);
  EXPECT_EQ(r->role, "President");
  EXPECT_EQ(r->object, "Belarus");
}

TEST(HoldsRoleTest, ReadsOrganisationTitleName) {
  auto t = Extract("CSTO Secretary General Stanislav Zas opened the summit.");
  const Triple* r = FindRole(t, "Stanislav Zas");
  ASSERT_NE(r, nullptr) << Dump(t);
  EXPECT_EQ(r->role, "Secretary General");
  EXPECT_EQ(r->object, extract_test::OrgName("CSTO"));
  EXPECT_EQ(r->object_type, EntityType::kOrganization);
}

TEST(HoldsRoleTest, ReadsTitleOfOrganisationName) {
  auto t = Extract("Secretary General of the CSTO Stanislav Zas opened the summit.");
  const Triple* r = FindRole(t, "Stanislav Zas");
  ASSERT_NE(r, nullptr) << Dump(t);
  EXPECT_EQ(r->role, "Secretary General");
  EXPECT_EQ(r->object, extract_test::OrgName("CSTO"));
}

TEST(HoldsRoleTest, ReadsRoleBeforeNameInCommas) {
  auto t = Extract("Kazakh political analyst, Aidar Amrebaev, spoke to reporters.");
  const Triple* r = FindRole(t, "Aidar Amrebaev");
  ASSERT_NE(r, nullptr) << Dump(t);
  EXPECT_EQ(r->role, "political analyst");
  EXPECT_EQ(r->object, "Kazakhstan");
}

TEST(HoldsRoleTest, ReadsAppositiveTheSpeakerOfTheHouse) {
  auto t = Extract("Nancy Pelosi, the Speaker of the House, spoke to reporters.");
  const Triple* r = FindRole(t, "Nancy Pelosi");
  ASSERT_NE(r, nullptr) << Dump(t);
  EXPECT_EQ(r->role, "Speaker");
}

TEST(HoldsRoleTest, ReadsAppositiveTitleOfCountry) {
  auto t = Extract("Maria Olsen, the foreign minister of Norway, spoke to reporters.");
  const Triple* r = FindRole(t, "Maria Olsen");
  ASSERT_NE(r, nullptr) << Dump(t);
  EXPECT_EQ(r->role, "foreign minister");
  EXPECT_EQ(r->object, "Norway");
}

TEST(HoldsRoleTest, ReadsAppositiveDemonymRole) {
  auto t = Extract("Peter Lund, a Danish economist, spoke to reporters.");
  const Triple* r = FindRole(t, "Peter Lund");
  ASSERT_NE(r, nullptr) << Dump(t);
  EXPECT_EQ(r->role, "economist");
  EXPECT_EQ(r->object, "Denmark");
}

TEST(HoldsRoleTest, ReadsPossessiveCountryTitleBeforeName) {
  auto t = Extract("Norway's foreign minister Maria Olsen said the ferries would run by June.");
  const Triple* r = FindRole(t, "Maria Olsen");
  ASSERT_NE(r, nullptr) << Dump(t);
  EXPECT_EQ(r->role, "foreign minister");
  EXPECT_EQ(r->object, "Norway");
}

TEST(HoldsRoleTest, ReadsAppositivePossessiveCountryTitle) {
  auto t = Extract("Maria Olsen, Norway's foreign minister, spoke to reporters.");
  const Triple* r = FindRole(t, "Maria Olsen");
  ASSERT_NE(r, nullptr) << Dump(t);
  EXPECT_EQ(r->role, "foreign minister");
  EXPECT_EQ(r->object, "Norway");
}

TEST(HoldsRoleTest, ReadsTitleOfCountryBeforeCommaName) {
  auto t = Extract(
      "The foreign minister of Norway, Maria Olsen, said the ferries would run by June.");
  const Triple* r = FindRole(t, "Maria Olsen");
  ASSERT_NE(r, nullptr) << Dump(t);
  EXPECT_EQ(r->role, "foreign minister");
  EXPECT_EQ(r->object, "Norway");
}

TEST(HoldsRoleTest, RoleEvidenceIsCodePointSpanOfTitleAndName) {
  std::string text = "Caf\xC3\xA9 owners waited. Armenian President Serzh Sargsyan arrived.";
  auto t = Extract(text);
  const Triple* r = FindRole(t, "Serzh Sargsyan");
  ASSERT_NE(r, nullptr) << Dump(t);
  EXPECT_EQ(extract_test::SubstrByCodepoints(text, r->evidence.start, r->evidence.end),
            "President Serzh Sargsyan");
}

TEST(HoldsRoleTest, TitleBeforeABareSurnameMakesAPerson) {
  auto t = Extract("Norwegian Prime Minister Lund said taxes would rise next year.");
  const Triple* r = FindRole(t, "Lund");
  ASSERT_NE(r, nullptr) << Dump(t);
  EXPECT_EQ(r->role, "Prime Minister");
  EXPECT_EQ(r->object, "Norway");
}

TEST(HoldsRoleTest, TitleBeforeACommonNounIsNoPerson) {
  // "Member States" is written "member states" elsewhere; "Prime Minister
  // Theresa May" is a name cut short, not a person called Theresa.
  auto t = Extract(
      "The threats faced by Member States were discussed. All member states agreed. "
      "Prime Minister Theresa May said nothing.");
  EXPECT_EQ(FindRole(t, "States"), nullptr) << Dump(t);
  EXPECT_EQ(FindRole(t, "Theresa"), nullptr) << Dump(t);
}

}  // namespace
}  // namespace newsgraph
