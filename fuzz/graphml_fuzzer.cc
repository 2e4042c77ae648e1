// Fuzzes WriteGraphML on a graph built from fuzzed triples and checks the
// XML is well-formed (fuzz_util.h CheckXml) with one <node> per vertex and
// one <edge> per fact.
#include <cstddef>
#include <cstdint>
#include <sstream>

#include "exporters/graphml_exporter.h"
#include "fuzz_util.h"

using namespace newsgraph;

namespace {

size_t Count(const std::string& s, const std::string& what) {
  size_t n = 0;
  for (size_t i = s.find(what); i != std::string::npos; i = s.find(what, i + 1)) ++n;
  return n;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Lexicon& lexicon = Lexicon::Default();
  FuzzedDataProvider p(data, size);
  GraphStore g(&lexicon);
  fuzzing::BuildFuzzedGraph(p, g);
  std::ostringstream out;
  WriteGraphML(g, out);
  const std::string xml = out.str();
  fuzzing::CheckXml(xml);
  if (Count(xml, "<node ") != g.num_entities()) fuzzing::Fail("node count differs from the graph");
  if (Count(xml, "<edge ") != g.num_facts()) fuzzing::Fail("edge count differs from the graph");
  return 0;
}
