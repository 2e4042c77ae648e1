// Fuzzes WriteGraphJsonl and WriteTripleJson on fuzzed triples: every line
// must parse as a JSON object (RapidJSON, validating UTF-8), one line per
// fact.
#include <cstddef>
#include <cstdint>
#include <sstream>

#include <rapidjson/document.h>
#include <rapidjson/encodings.h>

#include "exporters/jsonl_exporter.h"
#include "fuzz_util.h"

using namespace newsgraph;

namespace {

size_t CheckLines(const std::string& jsonl) {
  size_t lines = 0, start = 0;
  while (start < jsonl.size()) {
    size_t nl = jsonl.find('\n', start);
    if (nl == std::string::npos) fuzzing::Fail("last JSONL line has no newline");
    std::string line = jsonl.substr(start, nl - start);
    rapidjson::Document doc;
    doc.Parse<rapidjson::kParseValidateEncodingFlag>(line.c_str(), line.size());
    if (doc.HasParseError() || !doc.IsObject()) fuzzing::Fail("JSONL line is not a JSON object", line);
    ++lines;
    start = nl + 1;
  }
  return lines;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Lexicon& lexicon = Lexicon::Default();
  FuzzedDataProvider p(data, size);
  GraphStore g(&lexicon);
  fuzzing::BuildFuzzedGraph(p, g);
  std::ostringstream out;
  WriteGraphJsonl(g, out);
  if (CheckLines(out.str()) != g.num_facts()) fuzzing::Fail("one line per fact expected");

  Triple t;
  t.subject = fuzzing::FuzzName(p);
  t.object = fuzzing::FuzzName(p);
  t.role = fuzzing::FuzzName(p);
  t.evidence.doc = fuzzing::FuzzName(p);
  t.evidence.rule = fuzzing::FuzzName(p);
  t.evidence.text = fuzzing::FuzzName(p);
  t.confidence = p.ConsumeFloatingPoint<double>();
  t.year = p.ConsumeIntegral<int>();
  t.predicate = Predicate::kSaid;
  t.about.push_back({fuzzing::FuzzName(p), EntityType::kPerson});
  std::ostringstream one;
  WriteTripleJson(t, one, p.ConsumeBool());
  if (CheckLines(one.str()) != 1) fuzzing::Fail("WriteTripleJson wrote other than one line");
  return 0;
}
