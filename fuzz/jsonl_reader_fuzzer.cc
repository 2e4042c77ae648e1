// Fuzzes the JSONL document reader: the input is written to a temporary
// .jsonl file and read with ReadInputs. Checks: documents + skipped equals
// the number of non-blank lines, every skip reason names the file and line,
// every document's text is valid UTF-8 and not blank.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "fuzz_util.h"
#include "text/document.h"

using namespace newsgraph;

namespace {

std::string TempPath() {
  const char* dir = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
  return std::string(dir) + "/newsgraph-fuzz-" + std::to_string(getpid()) + ".jsonl";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = TempPath();
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return 0;
  std::fwrite(data, 1, size, f);
  std::fclose(f);

  std::string text(reinterpret_cast<const char*>(data), size);
  size_t lines = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string::npos) nl = text.size();
    std::string line = text.substr(start, nl - start);
    if (line.find_first_not_of(" \t\r") != std::string::npos) ++lines;
    start = nl + 1;
  }

  ReadStats stats = ReadInputs(
      {path},
      [&](Document&& doc) {
        if (!fuzzing::IsValidUtf8(doc.text)) fuzzing::Fail("document text is not valid UTF-8");
        if (doc.text.find_first_not_of(" \t\n") == std::string::npos) {
          fuzzing::Fail("blank document handed on");
        }
        if (doc.source.rfind(path + ":", 0) != 0) fuzzing::Fail("source does not name the file");
      },
      [&](const std::string& warning) {
        if (warning.find(path) == std::string::npos) fuzzing::Fail("warning names no file", warning);
      });
  if (stats.documents + stats.skipped != lines) fuzzing::Fail("a line was neither read nor skipped");
  if (stats.skip_reasons.size() != stats.skipped) fuzzing::Fail("skip reasons do not match");
  std::remove(path.c_str());
  return 0;
}
