// Builds a GraphStore from the hand-made gold facts in shared/eval, a stand-in
// for the real pipeline's output on the seed articles until the extractors
// exist: realistic names, quotes and sizes for the readers to chew on.
#ifndef NEWSGRAPH_TESTS_EXPORTERS_GOLD_GRAPH_H_
#define NEWSGRAPH_TESTS_EXPORTERS_GOLD_GRAPH_H_

#include <fstream>
#include <string>

#include <rapidjson/document.h>

#include "extract/triple.h"
#include "graph/graph_store.h"

namespace newsgraph {
namespace testing_util {

/// Path of a gold file in shared/eval ("seeds_gold.jsonl").
inline std::string GoldPath(const std::string& name) {
  return std::string(NEWSGRAPH_SHARED_DIR) + "/eval/" + name;
}

/// Adds every non-negative gold fact of `path` to `g` and Finalize()s it;
/// returns the number of facts added (0 if the file is missing).
inline size_t AddGoldFacts(const std::string& path, GraphStore& g) {
  std::ifstream in(path);
  std::string line;
  size_t added = 0;
  bool first = true;
  while (std::getline(in, line)) {
    if (first) {  // the alias table
      first = false;
      continue;
    }
    rapidjson::Document d;
    if (d.Parse(line.c_str()).HasParseError() || !d.IsObject()) continue;
    if (d.HasMember("negative") && d["negative"].IsTrue()) continue;
    std::optional<Predicate> predicate = ParsePredicate(d["type"].GetString());
    if (!predicate) continue;
    Triple t;
    t.predicate = *predicate;
    t.subject = d["subject"].GetString();
    if (t.predicate == Predicate::kSaid) {
      t.subject_type = EntityType::kPerson;
      t.object = d["quote"].GetString();
      t.object_type = EntityType::kQuote;
      t.about = {{"CSTO", EntityType::kOrganization}, {"NATO", EntityType::kOrganization}, {"Russia", EntityType::kCountry}};
    } else {
      t.subject_type = EntityType::kCountry;
      t.object = d["object"].GetString();
      t.object_type = EntityType::kOrganization;
    }
    if (d.HasMember("year")) t.year = d["year"].GetInt();
    t.evidence.doc = d["doc"].GetString();
    if (d.HasMember("start")) t.evidence.start = d["start"].GetUint();
    if (d.HasMember("end")) t.evidence.end = d["end"].GetUint();
    t.evidence.rule = "gold";
    t.confidence = d.HasMember("optional") && d["optional"].IsTrue() ? 0.5 : 1.0;
    g.Add(t);
    ++added;
  }
  g.Finalize();
  return added;
}

}  // namespace testing_util
}  // namespace newsgraph

#endif  // NEWSGRAPH_TESTS_EXPORTERS_GOLD_GRAPH_H_
