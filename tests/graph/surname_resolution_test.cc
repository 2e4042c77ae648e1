// Finalize: a bare surname joins the full name it stands for only when the
// batch makes that clear; people who share a surname stay apart
// (graph/surname_resolution.h).
#include "graph/surname_resolution.h"

#include <gtest/gtest.h>

#include <string>

#include "graph/graph_store.h"

namespace newsgraph {
namespace {

Triple Fact(const std::string& doc, const std::string& subject, Predicate predicate,
            const std::string& object, EntityType object_type, const std::string& role = "") {
  Triple t;
  t.subject = subject;
  t.subject_type = EntityType::kPerson;
  t.predicate = predicate;
  t.object = object;
  t.object_type = object_type;
  t.role = role;
  t.evidence.doc = doc;
  t.evidence.rule = "test";
  t.evidence.start = static_cast<uint32_t>(object.size());  // distinct sightings
  t.evidence.end = t.evidence.start + 1;
  return t;
}

Triple Role(const std::string& doc, const std::string& person, const std::string& role,
            const std::string& country) {
  return Fact(doc, person, Predicate::kHoldsRole, country, EntityType::kCountry, role);
}

Triple Said(const std::string& doc, const std::string& person, const std::string& quote,
            std::vector<EntityRef> about = {}) {
  Triple t = Fact(doc, person, Predicate::kSaid, quote, EntityType::kQuote);
  t.about = std::move(about);
  return t;
}

// The speaker of `quote` after Finalize.
std::string SpeakerOf(const GraphStore& store, const std::string& quote) {
  for (const FactEdge& fact : store.facts()) {
    if (fact.predicate == Predicate::kSaid && store.Str(store.entity(fact.target).name) == quote) {
      return std::string(store.Str(store.entity(fact.source).name));
    }
  }
  return "<none>";
}

bool HasPerson(const GraphStore& store, const std::string& name) {
  for (VertexId v = 0; v < store.num_entities(); ++v) {
    const EntityNode& node = store.entity(v);
    if (node.type == EntityType::kPerson && store.Str(node.name) == name) return true;
  }
  return false;
}

// The fact of `subject` → `object` with `predicate`, or null.
const FactEdge* FactOf(const GraphStore& store, const std::string& subject, Predicate predicate,
                       const std::string& object) {
  for (const FactEdge& fact : store.facts()) {
    if (fact.predicate == predicate && store.Str(store.entity(fact.source).name) == subject &&
        store.Str(store.entity(fact.target).name) == object) {
      return &fact;
    }
  }
  return nullptr;
}

TEST(SurnameResolutionTest, UnambiguousSurnameJoinsTheFullName) {
  GraphStore store;
  store.Add(Role("a", "Alexander Lukashenko", "President", "Belarus"));
  store.Add(Said("b", "Lukashenko", "the bloc is strong"));
  store.Finalize();
  EXPECT_EQ(SpeakerOf(store, "the bloc is strong"), "Alexander Lukashenko");
  EXPECT_FALSE(HasPerson(store, "Lukashenko"));
  EXPECT_EQ(store.Find("Lukashenko"), store.Find("Alexander Lukashenko"));
}

// A second pass could decide more than the first: once "Penceusis" has
// joined "Cipriani Penceusis", document b names someone "Regeneron
// Trumpanot" is connected to, and "Trumpanot" there would join him. One
// batch is resolved once: Finalize() again changes nothing until more is
// added (build --into DB -o OUT finalizes before each write).
TEST(SurnameResolutionTest, FinalizeTwiceIsFinalizeOnce) {
  GraphStore store;
  store.Add(Said("a", "Regeneron Trumpanot", "we will win",
                 {{"Cipriani Penceusis", EntityType::kPerson}}));
  store.Add(Said("c", "Connie Trumpanot", "we are fine", {{"Melania Group", EntityType::kGroup}}));
  store.Add(Fact("b", "Trumpanot", Predicate::kMemberOf, "Some Party", EntityType::kGroup));
  store.Add(Fact("b", "Penceusis", Predicate::kMemberOf, "Some Party", EntityType::kGroup));
  store.Add(Fact("b", "Trumpanot", Predicate::kMemberOf, "Other Party", EntityType::kGroup));
  store.Finalize();
  EXPECT_FALSE(HasPerson(store, "Penceusis"));  // one candidate: joined
  ASSERT_TRUE(HasPerson(store, "Trumpanot"));   // two candidates, no support yet
  const size_t entities = store.num_entities(), facts = store.num_facts();
  store.Finalize();
  EXPECT_TRUE(HasPerson(store, "Trumpanot"));
  EXPECT_EQ(store.num_entities(), entities);
  EXPECT_EQ(store.num_facts(), facts);

  // Something added: the batch is resolved again, with what the first
  // pass joined.
  store.Add(
      Fact("d", "Regeneron Trumpanot", Predicate::kMemberOf, "Some Party", EntityType::kGroup));
  store.Finalize();
  EXPECT_FALSE(HasPerson(store, "Trumpanot"));
}

TEST(SurnameResolutionTest, ConflictingRolesKeepASingleCandidateApart) {
  GraphStore store;
  store.Add(Role("a", "John Smith", "analyst", "Canada"));
  store.Add(Said("a", "John Smith", "prices will fall"));
  store.Add(Role("b", "Smith", "Prime Minister", "Australia"));
  store.Add(Said("b", "Smith", "the economy is strong"));
  store.Finalize();
  EXPECT_EQ(SpeakerOf(store, "the economy is strong"), "Smith");
  EXPECT_EQ(SpeakerOf(store, "prices will fall"), "John Smith");
}

TEST(SurnameResolutionTest, SharedSurnameIsResolvedPerDocument) {
  GraphStore store;
  store.Add(Role("a", "Boris Johnson", "Prime Minister", "United Kingdom"));
  store.Add(Role("b", "Lyndon Johnson", "President", "United States"));
  // c: the role says which Johnson; d: the entities the document names do;
  // e: nothing does, so that Johnson stays apart from both.
  store.Add(Role("c", "Johnson", "President", "United States"));
  store.Add(Said("c", "Johnson", "taxes will rise"));
  store.Add(Said("d", "Johnson", "we leave in March", {{"United Kingdom", EntityType::kCountry}}));
  store.Add(Said("e", "Johnson", "it will rain"));
  store.Finalize();
  EXPECT_EQ(SpeakerOf(store, "taxes will rise"), "Lyndon Johnson");
  EXPECT_EQ(SpeakerOf(store, "we leave in March"), "Boris Johnson");
  EXPECT_EQ(SpeakerOf(store, "it will rain"), "Johnson");
  EXPECT_TRUE(HasPerson(store, "Boris Johnson"));
  EXPECT_TRUE(HasPerson(store, "Lyndon Johnson"));
  // The name alone finds the Johnson nobody could be told apart from.
  ASSERT_TRUE(store.Find("Johnson"));
  EXPECT_EQ(store.Str(store.entity(*store.Find("Johnson")).name), "Johnson");
  ASSERT_TRUE(store.Find("Lyndon Johnson"));
  EXPECT_NE(*store.Find("Boris Johnson"), *store.Find("Lyndon Johnson"));
}

TEST(SurnameResolutionTest, SameDocumentNamingTheCandidateDecides) {
  GraphStore store;
  store.Add(Said("a", "Boris Johnson", "we will win"));
  store.Add(Said("b", "Lyndon Johnson", "the war will end"));
  store.Add(Said("b", "Johnson", "and soon"));
  store.Finalize();
  EXPECT_EQ(SpeakerOf(store, "and soon"), "Lyndon Johnson");
}

TEST(SurnameResolutionTest, TiesStayApart) {
  GraphStore store;
  store.Add(Said("a", "Boris Johnson", "one", {{"France", EntityType::kCountry}}));
  store.Add(Said("b", "Lyndon Johnson", "two", {{"France", EntityType::kCountry}}));
  store.Add(Said("c", "Johnson", "three", {{"France", EntityType::kCountry}}));
  store.Finalize();
  EXPECT_EQ(SpeakerOf(store, "three"), "Johnson");
}

// Support adds up: each shared entity counts one, being named in the same
// document three; the single highest total wins, a shared highest one
// keeps the surname apart however many lower ones there are.
TEST(SurnameResolutionTest, HighestSupportAmongManyCandidatesWins) {
  GraphStore store;
  store.Add(Said("a", "Boris Johnson", "one", {{"France", EntityType::kCountry},
                                               {"Spain", EntityType::kCountry}}));
  store.Add(Said("b", "Lyndon Johnson", "two", {{"France", EntityType::kCountry}}));
  store.Add(Said("c", "Dwayne Johnson", "three", {{"Chile", EntityType::kCountry}}));
  store.Add(Said("d", "Magic Johnson", "four", {{"Peru", EntityType::kCountry},
                                                {"Chile", EntityType::kCountry}}));
  // France + Spain: Boris 2, Lyndon 1.
  store.Add(Said("x", "Johnson", "five", {{"France", EntityType::kCountry},
                                          {"Spain", EntityType::kCountry}}));
  // Chile + Peru: Magic 2, Dwayne 1; document c also names Dwayne (+3): Dwayne 4.
  store.Add(Said("c", "Johnson", "six", {{"Chile", EntityType::kCountry},
                                         {"Peru", EntityType::kCountry}}));
  // Spain + Peru: Boris 1, Magic 1, a tie at the top.
  store.Add(Said("y", "Johnson", "seven", {{"Spain", EntityType::kCountry},
                                           {"Peru", EntityType::kCountry}}));
  // A role in this document: candidates are weighed with their roles (none).
  store.Add(Role("z", "Johnson", "coach", "Chile"));
  store.Add(Said("z", "Johnson", "eight", {{"Chile", EntityType::kCountry},
                                           {"Peru", EntityType::kCountry}}));
  store.Finalize();
  EXPECT_EQ(SpeakerOf(store, "five"), "Boris Johnson");
  EXPECT_EQ(SpeakerOf(store, "six"), "Dwayne Johnson");
  EXPECT_EQ(SpeakerOf(store, "seven"), "Johnson");
  EXPECT_EQ(SpeakerOf(store, "eight"), "Magic Johnson");
}

// A fact of the surname becomes the full name's; where the full name has
// the same fact already, the two are one fact with both sightings.
TEST(SurnameResolutionTest, FactsThatBecomeEqualMerge) {
  GraphStore store;
  store.Add(Fact("a", "Alexander Lukashenko", Predicate::kMemberOf, "CSTO", EntityType::kGroup));
  store.Add(Fact("a", "Vladimir Putin", Predicate::kMemberOf, "CSTO", EntityType::kGroup));
  store.Add(Fact("b", "Lukashenko", Predicate::kMemberOf, "CSTO", EntityType::kGroup));
  store.Add(Fact("b", "Lukashenko", Predicate::kMemberOf, "EAEU", EntityType::kGroup));
  store.Finalize();
  EXPECT_EQ(store.num_facts(), 3u);
  const FactEdge* csto = FactOf(store, "Alexander Lukashenko", Predicate::kMemberOf, "CSTO");
  ASSERT_NE(csto, nullptr);
  ASSERT_EQ(csto->evidence.size(), 2u);
  EXPECT_EQ(store.DocName(csto->evidence[0].doc), "a");
  EXPECT_EQ(store.DocName(csto->evidence[1].doc), "b");
  EXPECT_NE(FactOf(store, "Alexander Lukashenko", Predicate::kMemberOf, "EAEU"), nullptr);
  const FactEdge* putin = FactOf(store, "Vladimir Putin", Predicate::kMemberOf, "CSTO");
  ASSERT_NE(putin, nullptr);
  EXPECT_EQ(putin->evidence.size(), 1u);
  // Facts keep the order they were first read in.
  EXPECT_EQ(&store.fact(0), csto);
  EXPECT_EQ(&store.fact(1), putin);
}

// A surname split by document: each document's fact goes to the person it
// names there, merging with that person's equal fact or standing alone.
TEST(SurnameResolutionTest, SplitFactsMergeWhereTheyBecomeEqual) {
  GraphStore store;
  store.Add(Role("a", "Boris Johnson", "Prime Minister", "United Kingdom"));
  store.Add(Fact("a", "Boris Johnson", Predicate::kMemberOf, "Conservative Party",
                 EntityType::kGroup));
  store.Add(Role("b", "Lyndon Johnson", "President", "United States"));
  store.Add(Role("c", "Johnson", "Prime Minister", "United Kingdom"));
  store.Add(Fact("c", "Johnson", Predicate::kMemberOf, "Conservative Party", EntityType::kGroup));
  store.Add(Role("d", "Johnson", "President", "United States"));
  store.Add(Fact("d", "Johnson", Predicate::kMemberOf, "Conservative Party", EntityType::kGroup));
  store.Finalize();
  EXPECT_FALSE(HasPerson(store, "Johnson"));
  const FactEdge* boris =
      FactOf(store, "Boris Johnson", Predicate::kMemberOf, "Conservative Party");
  const FactEdge* lyndon =
      FactOf(store, "Lyndon Johnson", Predicate::kMemberOf, "Conservative Party");
  ASSERT_NE(boris, nullptr);
  ASSERT_NE(lyndon, nullptr);
  ASSERT_EQ(boris->evidence.size(), 2u);
  EXPECT_EQ(store.DocName(boris->evidence[1].doc), "c");
  ASSERT_EQ(lyndon->evidence.size(), 1u);
  EXPECT_EQ(store.DocName(lyndon->evidence[0].doc), "d");
  const FactEdge* boris_pm =
      FactOf(store, "Boris Johnson", Predicate::kHoldsRole, "United Kingdom");
  ASSERT_NE(boris_pm, nullptr);
  EXPECT_EQ(boris_pm->evidence.size(), 2u);
}

// After Finalize() a fact read again still finds the one it equals,
// whether it came through a merge or not.
TEST(SurnameResolutionTest, FactsAddedAfterFinalizeMergeWithEqualOnes) {
  GraphStore store;
  store.Add(Fact("a", "Alexander Lukashenko", Predicate::kMemberOf, "CSTO", EntityType::kGroup));
  store.Add(Fact("a", "Vladimir Putin", Predicate::kMemberOf, "CSTO", EntityType::kGroup));
  store.Add(Fact("b", "Lukashenko", Predicate::kMemberOf, "CSTO", EntityType::kGroup));
  store.Finalize();
  ASSERT_EQ(store.num_facts(), 2u);
  store.Add(Fact("c", "Vladimir Putin", Predicate::kMemberOf, "CSTO", EntityType::kGroup));
  store.Add(Fact("c", "Alexander Lukashenko", Predicate::kMemberOf, "CSTO", EntityType::kGroup));
  store.Add(Fact("c", "Alexander Lukashenko", Predicate::kMemberOf, "CSTO", EntityType::kGroup));
  EXPECT_EQ(store.num_facts(), 2u);
  const FactEdge* putin = FactOf(store, "Vladimir Putin", Predicate::kMemberOf, "CSTO");
  const FactEdge* lukashenko =
      FactOf(store, "Alexander Lukashenko", Predicate::kMemberOf, "CSTO");
  ASSERT_NE(putin, nullptr);
  ASSERT_NE(lukashenko, nullptr);
  EXPECT_EQ(putin->evidence.size(), 2u);
  EXPECT_EQ(lukashenko->evidence.size(), 3u);
  store.Finalize();
  FactEdge again;
  again.predicate = Predicate::kMemberOf;
  again.evidence.push_back(store.Intern(Evidence{"d", 0, 1, 2, "test", "text"}));
  const FactId f = store.AddFact(*store.Find("Vladimir Putin"), *store.Find("CSTO"), again);
  EXPECT_EQ(f, 1u);
  EXPECT_EQ(store.num_facts(), 2u);
  EXPECT_EQ(store.fact(f).evidence.size(), 3u);
}

TEST(SurnameResolutionTest, FinalizeIsIdempotent) {
  GraphStore store;
  store.Add(Role("a", "Boris Johnson", "Prime Minister", "United Kingdom"));
  store.Add(Role("b", "Lyndon Johnson", "President", "United States"));
  store.Add(Role("c", "Johnson", "President", "United States"));
  store.Add(Said("d", "Johnson", "we leave in March", {{"United Kingdom", EntityType::kCountry}}));
  store.Add(Said("e", "Johnson", "it will rain"));
  store.Finalize();
  size_t entities = store.num_entities(), facts = store.num_facts();
  store.Finalize();
  EXPECT_EQ(store.num_entities(), entities);
  EXPECT_EQ(store.num_facts(), facts);
  EXPECT_EQ(SpeakerOf(store, "it will rain"), "Johnson");
}

}  // namespace
}  // namespace newsgraph
