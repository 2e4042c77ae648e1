// The graph store keeps every string once (graph/string_pool.h) and merges
// equal facts and sightings exactly.
#include "graph/graph_store.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "exporters/sqlite_exporter.h"
#include "tests/exporters/hostile_graph.h"
#include "tests/exporters/test_util.h"

namespace newsgraph {
namespace {

using testing_util::MakeTriple;

// Every edge of `g` with all its evidence spelled out, sorted: what must not
// change however the graph was put together.
std::vector<std::string> Spelled(const GraphStore& g) {
  std::vector<std::string> out;
  for (const FactEdge& f : g.facts()) {
    std::string line = std::string(g.Str(g.entity(f.source).name)) + " -" +
                       std::string(ToString(f.predicate)) + "/" + std::to_string(f.year) + "/" +
                       std::string(g.Str(f.role)) + "-> " +
                       std::string(g.Str(g.entity(f.target).name)) + " q=" +
                       std::string(g.Str(f.quote)) + " c=" + std::to_string(f.confidence);
    for (const Sighting& s : f.evidence) {
      line += " [" + std::string(g.DocName(s.doc)) + " " + std::to_string(s.sentence) + " " +
              std::to_string(s.start) + "-" + std::to_string(s.end) + " " +
              std::string(g.Str(s.rule)) + " " + std::string(g.Str(s.text)) + "]";
    }
    out.push_back(line);
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(GraphStoreTest, SentenceDocumentAndRuleAreStoredOnce) {
  GraphStore g(nullptr);
  Triple a = MakeTriple("Armenia", EntityType::kCountry, Predicate::kMemberOf, "CSTO",
                        EntityType::kOrganization, "doc.txt", 3);
  Triple b = MakeTriple("Belarus", EntityType::kCountry, Predicate::kMemberOf, "CSTO",
                        EntityType::kOrganization, "doc.txt", 3);
  g.Add(a);
  g.Add(b);
  std::vector<Sighting> seen;
  for (const FactEdge& f : g.facts()) {
    ASSERT_EQ(f.evidence.size(), 1u);
    seen.push_back(f.evidence.front());
  }
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[0].text, seen[1].text);
  EXPECT_EQ(seen[0].doc, seen[1].doc);
  EXPECT_EQ(seen[0].rule, seen[1].rule);
  EXPECT_EQ(g.Str(seen[0].text), "the sentence 3");
  EXPECT_EQ(g.DocName(seen[0].doc), "doc.txt");
  EXPECT_EQ(g.Str(seen[0].rule), "test/rule");
}

TEST(GraphStoreTest, QuoteTextIsStoredOnce) {
  GraphStore g(nullptr);
  Triple said = MakeTriple("Nikol Pashinyan", EntityType::kPerson, Predicate::kSaid,
                           "We are not leaving yet.", EntityType::kQuote, "a.txt", 1);
  said.about = {{"CSTO", EntityType::kOrganization}};
  g.Add(said);
  const Graph& graph = g.graph();
  const VertexId speaker = *g.Find("Nikol Pashinyan");
  ASSERT_EQ(boost::out_degree(speaker, graph), 1u);
  const FactEdge& said_fact = g.fact(*boost::out_edges(speaker, graph).first);
  ASSERT_EQ(said_fact.predicate, Predicate::kSaid);
  const VertexId quote = said_fact.target;
  EXPECT_EQ(g.entity(quote).name, said_fact.quote);
  EXPECT_EQ(g.Str(said_fact.quote), "We are not leaving yet.");
  EXPECT_TRUE(g.entity(quote).aliases.empty());
  // The mention edge cites the same sighting, not a copy of its sentence.
  ASSERT_EQ(boost::out_degree(quote, graph), 1u);
  const FactEdge& mention = g.fact(*boost::out_edges(quote, graph).first);
  EXPECT_EQ(mention.predicate, Predicate::kMentions);
  EXPECT_EQ(g.Str(g.entity(mention.target).name), "CSTO");
  EXPECT_EQ(mention.evidence.front().text, said_fact.evidence.front().text);
}

TEST(GraphStoreTest, AliasesAreSortedByText) {
  GraphStore g(nullptr);
  for (const char* form : {"the CSTO", "CSTO", "Csto", "CSTO", "csto"}) {
    g.Add(MakeTriple("Armenia", EntityType::kCountry, Predicate::kMemberOf, form,
                     EntityType::kOrganization, "a.txt"));
  }
  const EntityNode& csto = g.entity(*g.Find("CSTO"));
  std::vector<std::string> aliases;
  for (const AliasCount& a : csto.aliases) {
    aliases.push_back(std::string(g.Str(a.alias)) + "=" + std::to_string(a.count));
  }
  EXPECT_EQ(aliases, (std::vector<std::string>{"CSTO=2", "Csto=1", "csto=1", "the CSTO=1"}));
}

// A fact read many times goes through the sighting index; repeats of any
// of its sightings still merge and new ones are still kept.
TEST(GraphStoreTest, ManySightingsOfOneFactMergeExactly) {
  GraphStore g(nullptr);
  auto sighting = [](uint32_t i, const std::string& rule) {
    Triple t = MakeTriple("Belarus", EntityType::kCountry, Predicate::kMemberOf, "CSTO",
                          EntityType::kOrganization, "d" + std::to_string(i % 7) + ".txt", i);
    t.evidence.rule = rule;
    return t;
  };
  for (uint32_t i = 0; i < 200; ++i) g.Add(sighting(i, "a"));
  for (uint32_t i = 0; i < 200; i += 3) g.Add(sighting(i, "a"));  // repeats
  for (uint32_t i = 0; i < 50; ++i) g.Add(sighting(i, "b"));      // another rule: new
  ASSERT_EQ(g.num_facts(), 1u);
  const FactEdge& fact = g.fact(0);
  EXPECT_EQ(fact.evidence.size(), 250u);
  // A differing sentence text alone does not make a new sighting.
  Triple same = sighting(5, "a");
  same.evidence.text = "another text";
  g.Add(same);
  EXPECT_EQ(fact.evidence.size(), 250u);
}

// Duplicates are found whatever the order documents come in: new names
// (checked from the end of each fact's sightings), names read before (two
// files of one name), facts read more than 16 times in one document, and
// AddFact() between Add()s. The store must keep exactly the first sighting
// of every (fact, document, offsets, rule), in input order.
TEST(GraphStoreTest, SightingsMergeExactlyInAnyDocumentOrder) {
  GraphStore g(nullptr);
  std::map<std::string, std::vector<std::string>> model;  // fact → sightings kept
  uint64_t state = 12345;
  auto next = [&](uint64_t n) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (state >> 33) % n;
  };
  const std::vector<std::string> subjects = {"Belarus", "Armenia", "Russia"};
  auto add = [&](const std::string& doc, uint32_t sentence, const std::string& rule) {
    const std::string& subject = subjects[sentence % subjects.size()];
    Triple t = MakeTriple(subject, EntityType::kCountry, Predicate::kMemberOf, "CSTO",
                          EntityType::kOrganization, doc, sentence);
    t.evidence.rule = rule;
    g.Add(t);
    std::vector<std::string>& kept = model[subject];
    const std::string key = doc + " " + std::to_string(sentence) + " " + rule;
    if (std::find(kept.begin(), kept.end(), key) == kept.end()) kept.push_back(key);
  };
  for (int doc = 0; doc < 60; ++doc) {
    // Every fifth document reuses the name of an earlier one.
    const std::string name =
        "d" + std::to_string(doc % 5 == 4 ? next(static_cast<uint64_t>(doc)) : doc) + ".txt";
    const uint32_t sightings = doc % 3 == 0 ? 80 : 6;  // some facts read > 16 times
    for (uint32_t i = 0; i < sightings; ++i) {
      add(name, static_cast<uint32_t>(next(sightings)), next(4) == 0 ? "b" : "a");
      if (doc % 7 == 6 && i == sightings / 2) {
        // Halfway through the document, a fact added by hand with a new
        // sighting from an earlier document: the document's sightings of
        // that fact are no longer the last ones.
        const VertexId from = *g.Find("Belarus"), to = *g.Find("CSTO");
        FactEdge fact;
        fact.predicate = Predicate::kMemberOf;
        fact.confidence = 0.5;
        const uint32_t sentence = 1000 + static_cast<uint32_t>(doc);  // a new sighting
        fact.evidence.push_back({g.InternDoc("d0.txt"), sentence, sentence * 100,
                                 sentence * 100 + 40, g.Intern("a"), g.Intern("x")});
        g.AddFact(from, to, std::move(fact));
        std::vector<std::string>& kept = model["Belarus"];
        const std::string key = "d0.txt " + std::to_string(sentence) + " a";
        if (std::find(kept.begin(), kept.end(), key) == kept.end()) kept.push_back(key);
      }
    }
  }
  ASSERT_EQ(g.num_facts(), subjects.size());
  for (const FactEdge& f : g.facts()) {
    std::vector<std::string> kept;
    for (const Sighting& s : f.evidence) {
      kept.push_back(std::string(g.DocName(s.doc)) + " " + std::to_string(s.sentence) + " " +
                     std::string(g.Str(s.rule)));
    }
    EXPECT_EQ(kept, model[std::string(g.Str(g.entity(f.source).name))]);
  }
}

// AddAll() only prefetches before adding: the graph it makes is the one a
// loop of Add() makes, with names, roles, quotes, mentions, repeats, and
// the vertices and facts its first steps guess at created as it goes.
TEST(GraphStoreTest, AddAllMakesTheGraphAddMakes) {
  using E = EntityType;
  using P = Predicate;
  std::vector<std::vector<Triple>> docs;
  const std::vector<std::string> people = {"Nikol Pashinyan", "Pashinyan", "Alexander Lukashenko",
                                           "Lukashenko", "Vladimir Putin"};
  for (uint32_t d = 0; d < 12; ++d) {
    std::vector<Triple> doc;
    const std::string name = "doc" + std::to_string(d % 9) + ".txt";  // some names again
    for (uint32_t s = 0; s < 6; ++s) {
      const std::string& who = people[(d + s) % people.size()];
      const std::string csto = s % 2 ? "CSTO" : "Collective Security Treaty Organization";
      doc.push_back(MakeTriple(who, E::kPerson, P::kMemberOf, csto, E::kOrganization, name, s));
      Triple role = MakeTriple(who, E::kPerson, P::kHoldsRole, "Armenia", E::kCountry, name, s);
      role.role = s % 3 ? "prime minister" : "president";
      doc.push_back(role);
      Triple said = MakeTriple(who, E::kPerson, P::kSaid, "Quote " + std::to_string((d + s) % 4),
                               E::kQuote, name, s);
      said.about = {{"CSTO", E::kOrganization}, {people[s % people.size()], E::kPerson}};
      doc.push_back(said);
      doc.push_back(doc[s % doc.size()]);  // a repeat
    }
    docs.push_back(doc);
  }
  GraphStore one_by_one(nullptr), all(nullptr);
  for (const std::vector<Triple>& doc : docs) {
    for (const Triple& t : doc) one_by_one.Add(t);
    all.AddAll(doc);
  }
  all.AddAll({});
  EXPECT_EQ(Spelled(all), Spelled(one_by_one));
  ASSERT_EQ(all.num_entities(), one_by_one.num_entities());
  for (VertexId v = 0; v < all.num_entities(); ++v) {
    EXPECT_EQ(all.Str(all.entity(v).name), one_by_one.Str(one_by_one.entity(v).name));
  }
  all.Finalize();
  one_by_one.Finalize();
  EXPECT_EQ(Spelled(all), Spelled(one_by_one));
}

TEST(GraphStoreTest, SubgraphOwnsItsStrings) {
  std::unique_ptr<GraphStore> whole = std::make_unique<GraphStore>(nullptr);
  testing_util::AddHostileFacts(*whole);
  SubgraphOptions cut;
  cut.focus = "CSTO";
  GraphStore part = whole->Subgraph(cut);
  const std::vector<std::string> before = Spelled(part);
  whole.reset();
  EXPECT_EQ(Spelled(part), before);
  EXPECT_TRUE(part.Find("CSTO").has_value());
  EXPECT_GT(part.num_facts(), 0u);
}

// A quote is no hop from its speaker, even when the walk first reaches it
// through an entity it mentions (one hop): its speaker's distance wins, and
// what the quote mentions is within reach through it.
TEST(GraphStoreTest, SubgraphDistancesDoNotDependOnEdgeOrder) {
  using E = EntityType;
  using P = Predicate;
  GraphStore g(nullptr);
  // Belarus's fact with the CSTO comes first: the walk reaches Belarus, and
  // through the quote's mention of Belarus the quote, before the speaker.
  g.Add(MakeTriple("Belarus", E::kCountry, P::kMemberOf, "CSTO", E::kOrganization, "a.txt", 0));
  g.Add(MakeTriple("Nikol Pashinyan", E::kPerson, P::kMemberOf, "CSTO", E::kOrganization,
                   "a.txt", 1));
  Triple said = MakeTriple("Nikol Pashinyan", E::kPerson, P::kSaid, "Minsk and Yerevan agree.",
                           E::kQuote, "a.txt", 2);
  said.about = {{"Belarus", E::kCountry}, {"Armenia", E::kCountry}};
  g.Add(said);
  SubgraphOptions cut;
  cut.focus = "CSTO";
  cut.depth = 2;
  GraphStore part = g.Subgraph(cut);
  // CSTO → Pashinyan (1) → the quote (1, no hop) → Armenia (2).
  EXPECT_TRUE(part.Find("Armenia").has_value());
  EXPECT_EQ(part.num_facts(), g.num_facts());
  cut.depth = 1;
  EXPECT_FALSE(g.Subgraph(cut).Find("Armenia").has_value());
}

// Two batches saved and merged give the facts and evidence of one build.
TEST(GraphStoreTest, MergedBatchesEqualOneBuild) {
  testing_util::TempDir dir;
  const std::vector<std::string> docs = {"a.txt", "b.txt", "c.txt", "d.txt"};
  auto add = [&](GraphStore& g, size_t doc) {
    g.AddDocument({docs[doc], "", "hash" + std::to_string(doc), "in/" + docs[doc], 10});
    for (uint32_t s = 0; s < 3; ++s) {
      Triple t = MakeTriple(s == 2 ? "Armenia" : "Belarus", EntityType::kCountry,
                            Predicate::kMemberOf, "CSTO", EntityType::kOrganization, docs[doc], s);
      g.Add(t);
      Triple said = MakeTriple("Nikol Pashinyan", EntityType::kPerson, Predicate::kSaid,
                               "Quote " + std::to_string(doc % 2), EntityType::kQuote, docs[doc], s);
      said.about = {{"Armenia", EntityType::kCountry}};
      g.Add(said);
    }
  };
  GraphStore one(nullptr), first(nullptr), second(nullptr);
  for (size_t d = 0; d < docs.size(); ++d) add(one, d);
  for (size_t d = 0; d < 2; ++d) add(first, d);
  for (size_t d = 2; d < docs.size(); ++d) add(second, d);
  one.Finalize();
  first.Finalize();
  second.Finalize();
  WriteSqlite(first, dir.File("first.db"));
  WriteSqlite(second, dir.File("second.db"));
  GraphStore merged(nullptr);
  LoadSqlite(dir.File("first.db"), merged);
  LoadSqlite(dir.File("second.db"), merged);
  merged.Finalize();
  EXPECT_EQ(merged.num_documents(), 4u);
  EXPECT_EQ(Spelled(merged), Spelled(one));
}

}  // namespace
}  // namespace newsgraph
