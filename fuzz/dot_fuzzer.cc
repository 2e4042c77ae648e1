// Fuzzes WriteDot on a graph built from fuzzed triples. Checks the output
// is valid UTF-8, has no control characters but newlines, and that every
// quoted string closes on its own line (an unescaped '"' or a trailing '\'
// would break that). tests/robustness runs the real `dot` on outputs.
#include <cstddef>
#include <cstdint>
#include <sstream>

#include "exporters/dot_exporter.h"
#include "fuzz_util.h"

using namespace newsgraph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Lexicon& lexicon = Lexicon::Default();
  FuzzedDataProvider p(data, size);
  GraphStore g(&lexicon);
  fuzzing::BuildFuzzedGraph(p, g);
  DotOptions options;
  options.max_label = p.ConsumeIntegralInRange<size_t>(0, 80);
  static const char* const kLayouts[] = {"", "dot", "sfdp", "neato"};
  options.layout = kLayouts[p.ConsumeIntegralInRange<int>(0, 3)];
  std::ostringstream out;
  WriteDot(g, out, options);
  const std::string dot = out.str();
  if (!fuzzing::IsValidUtf8(dot)) fuzzing::Fail("DOT is not valid UTF-8");
  if (dot.rfind("digraph", 0) != 0 || dot.size() < 2 || dot.compare(dot.size() - 2, 2, "}\n") != 0) {
    fuzzing::Fail("DOT is not one digraph", dot.substr(0, 40));
  }
  bool in_string = false;
  for (size_t i = 0; i < dot.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(dot[i]);
    if (c < 0x20 && c != '\n') fuzzing::Fail("control character in DOT");
    if (c == 0x7f) fuzzing::Fail("DEL in DOT");
    if (in_string) {
      if (c == '\\') {
        ++i;  // an escape: the next byte is literal
        if (i < dot.size() && dot[i] == '\n') fuzzing::Fail("backslash-newline inside a string");
      } else if (c == '"') {
        in_string = false;
      } else if (c == '\n') {
        fuzzing::Fail("raw newline inside a DOT string");
      }
    } else if (c == '"') {
      in_string = true;
    }
  }
  if (in_string) fuzzing::Fail("unterminated DOT string");
  return 0;
}
