#include "bench_corpus.h"

#include <cstdlib>
#include <filesystem>

namespace newsgraph::bench {

const std::vector<Document>& Corpus() {
  static const std::vector<Document> docs = [] {
    std::vector<Document> out;
    std::vector<std::string> inputs;
    if (const char* env = std::getenv("NEWSGRAPH_BENCH_CORPUS"); env && *env) {
      inputs.emplace_back(env);
    } else {
      for (const char* dir : {NEWSGRAPH_SHARED_DIR "/seeds", NEWSGRAPH_SOURCE_DIR "/examples"}) {
        if (std::filesystem::is_directory(dir)) inputs.emplace_back(dir);
      }
    }
    size_t bytes = 0;
    // Repeat small inputs until about 1 MiB, stop reading large ones there.
    for (int round = 0; round < 1000 && bytes < (size_t{1} << 20); ++round) {
      size_t before = bytes;
      try {
        ReadInputs(inputs, [&](Document&& d) {
          if (bytes >= (size_t{1} << 20)) return;
          bytes += d.text.size();
          d.id += "#" + std::to_string(round);
          out.push_back(std::move(d));
        }, [](const std::string&) {});
      } catch (...) {
      }
      if (bytes == before) break;
    }
    return out;
  }();
  return docs;
}

size_t CorpusBytes() {
  size_t n = 0;
  for (const Document& d : Corpus()) n += d.text.size();
  return n;
}

}  // namespace newsgraph::bench
