// Graph insertion and the exporters. The exporters run once each on a
// synthetic graph of one million edges (Iterations(1): the target
// is "GraphML and DOT under 3 s, SQLite under 5 s" for that graph).
#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>
#include <sstream>
#include <unistd.h>

#include "bench_corpus.h"
#include "exporters/atomic_file.h"
#include "exporters/dot_exporter.h"
#include "exporters/graphml_exporter.h"
#include "exporters/jsonl_exporter.h"
#include "exporters/sqlite_exporter.h"
#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "graph/graph_store.h"

namespace newsgraph {
namespace {

const std::vector<std::vector<Triple>>& CorpusTriples() {
  static const auto triples = [] {
    std::vector<std::vector<Triple>> out;
    for (const Document& d : bench::Corpus()) out.push_back(ExtractTriples(d, Lexicon::Default()));
    return out;
  }();
  return triples;
}

// GraphStore::AddAll for every document of the bench corpus (as `build`
// adds them), plus Finalize.
void BM_GraphStoreAdd(benchmark::State& state) {
  const auto& docs = CorpusTriples();
  size_t n = 0;
  for (auto _ : state) {
    GraphStore store(&Lexicon::Default());
    for (const auto& d : docs) store.AddAll(d);
    store.Finalize();
    n = store.num_facts();
    benchmark::DoNotOptimize(n);
  }
  size_t triples = 0;
  for (const auto& d : docs) triples += d.size();
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * triples));
  state.counters["edges"] = static_cast<double>(n);
}
BENCHMARK(BM_GraphStoreAdd)->Unit(benchmark::kMillisecond);

// A graph of `edges` facts among edges/4 people and 200 organisations: the
// shape of a large build (many member-of / holds-role / said edges).
const GraphStore& SyntheticGraph(size_t edges) {
  static std::unique_ptr<GraphStore> store;
  if (store && store->num_facts() == edges) return *store;
  store = std::make_unique<GraphStore>(nullptr);
  const size_t people = edges / 4, orgs = 200;
  std::vector<VertexId> person(people), org(orgs);
  for (size_t i = 0; i < people; ++i) {
    person[i] = store->AddEntity("Person " + std::to_string(i) + " Surname" + std::to_string(i % 977),
                                 EntityType::kPerson);
  }
  for (size_t i = 0; i < orgs; ++i) {
    org[i] = store->AddEntity("Organisation " + std::to_string(i), EntityType::kOrganization);
  }
  static const Predicate kPreds[] = {Predicate::kMemberOf, Predicate::kJoinedIn,
                                     Predicate::kLeftIn, Predicate::kHoldsRole};
  for (size_t e = 0; e < edges; ++e) {
    FactEdge f;
    f.predicate = kPreds[e % 4];
    f.year = f.predicate == Predicate::kMemberOf ? 0 : 1990 + static_cast<int>(e % 30);
    if (f.predicate == Predicate::kHoldsRole) f.role = store->Intern("Minister of Things");
    f.confidence = 0.8;
    Evidence ev;
    ev.doc = "doc-" + std::to_string(e / 7);
    ev.sentence = static_cast<uint32_t>(e % 40);
    ev.start = static_cast<uint32_t>(e % 5000);
    ev.end = ev.start + 80;
    ev.rule = "bench";
    ev.text = "Person said that \"the <organisation> & its members\" would meet again.";
    f.evidence.push_back(store->Intern(ev));
    // (person, organisation) is unique per edge, so no two facts merge.
    store->AddFact(person[e % people], org[(e / people + e % people) % orgs], f);
  }
  return *store;
}

constexpr size_t kMillion = 1000000;

template <typename Write>
void RunExport(benchmark::State& state, Write write) {
  const GraphStore& g = SyntheticGraph(kMillion);
  for (auto _ : state) write(g);
  state.counters["edges"] = static_cast<double>(g.num_facts());
  state.counters["vertices"] = static_cast<double>(g.num_entities());
}

std::string TempPath(const char* ext) {
  return "/tmp/newsgraph_bench_" + std::to_string(getpid()) + ext;
}

// The text exports are written as `newsgraph build -o` writes them
// (WriteAtomically: fsync and rename included).
void BM_WriteGraphML_1M(benchmark::State& state) {
  RunExport(state, [](const GraphStore& g) {
    WriteAtomically(TempPath(".graphml"), [&](std::ostream& out) { WriteGraphML(g, out); });
  });
  std::remove(TempPath(".graphml").c_str());
}
BENCHMARK(BM_WriteGraphML_1M)->Iterations(1)->Unit(benchmark::kMillisecond);

void BM_WriteDot_1M(benchmark::State& state) {
  RunExport(state, [](const GraphStore& g) {
    WriteAtomically(TempPath(".dot"), [&](std::ostream& out) { WriteDot(g, out); });
  });
  std::remove(TempPath(".dot").c_str());
}
BENCHMARK(BM_WriteDot_1M)->Iterations(1)->Unit(benchmark::kMillisecond);

void BM_WriteGraphJsonl_1M(benchmark::State& state) {
  RunExport(state, [](const GraphStore& g) {
    WriteAtomically(TempPath(".jsonl"), [&](std::ostream& out) { WriteGraphJsonl(g, out); });
  });
  std::remove(TempPath(".jsonl").c_str());
}
BENCHMARK(BM_WriteGraphJsonl_1M)->Iterations(1)->Unit(benchmark::kMillisecond);

void BM_WriteSqlite_1M(benchmark::State& state) {
  RunExport(state, [](const GraphStore& g) {
    std::remove(TempPath(".db").c_str());
    WriteSqlite(g, TempPath(".db"));
  });
  std::remove(TempPath(".db").c_str());
}
BENCHMARK(BM_WriteSqlite_1M)->Iterations(1)->Unit(benchmark::kMillisecond);

// 250k statements with a mention each (500k edges, 250k quotes): the
// quotes go through the full-text index, which the graph above lacks.
void BM_WriteSqlite_Said500k(benchmark::State& state) {
  GraphStore g(nullptr);
  for (size_t i = 0; i < 250000; ++i) {
    Triple t;
    t.subject = "Person " + std::to_string(i % 50000) + " Speaker";
    t.subject_type = EntityType::kPerson;
    t.predicate = Predicate::kSaid;
    t.object = "Statement " + std::to_string(i) + ": the organisation will meet again on day " +
               std::to_string(i % 365) + " to discuss sanctions, members and the budget";
    t.object_type = EntityType::kQuote;
    t.confidence = 0.9;
    t.evidence = {"doc-" + std::to_string(i / 5), static_cast<uint32_t>(i % 40),
                  static_cast<uint32_t>(i % 5000), static_cast<uint32_t>(i % 5000 + 90),
                  "said/quote-verb", "He said: \"" + t.object + ".\""};
    t.about = {{"Organisation " + std::to_string(i % 200), EntityType::kOrganization}};
    g.Add(t);
  }
  for (auto _ : state) {
    std::remove(TempPath(".db").c_str());
    WriteSqlite(g, TempPath(".db"));
  }
  std::remove(TempPath(".db").c_str());
  state.counters["edges"] = static_cast<double>(g.num_facts());
}
BENCHMARK(BM_WriteSqlite_Said500k)->Iterations(1)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace newsgraph
