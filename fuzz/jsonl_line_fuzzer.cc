// Differential fuzzing of the JSONL shortcut: for any line, ReadFastJsonlLine
// either declines or reads exactly what RapidJSON reads
// (ReadJsonlLineWithRapidJson). The input is one line (newlines included:
// the shortcut must cope with anything it is handed).
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_util.h"
#include "text/jsonl_line.h"

using namespace newsgraph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string line(reinterpret_cast<const char*>(data), size);
  JsonlFields fast, slow;
  std::string error;
  if (!ReadFastJsonlLine(line, fast)) return 0;
  if (!ReadJsonlLineWithRapidJson(line, slow, error)) {
    fuzzing::Fail("shortcut read a line RapidJSON rejects", error);
  }
  if (fast.has_text != slow.has_text || fast.text != slow.text) fuzzing::Fail("text differs");
  if (fast.id != slow.id) fuzzing::Fail("id differs", slow.id);
  if (fast.date != slow.date) fuzzing::Fail("date differs", slow.date);
  return 0;
}
