// Fuzzes WriteSqlite on a graph built from fuzzed triples, then checks
// PRAGMA integrity_check and that LoadSqlite reads the file back with the
// same number of entities and facts.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include <SQLiteCpp/SQLiteCpp.h>

#include "exporters/sqlite_exporter.h"
#include "fuzz_util.h"

using namespace newsgraph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Lexicon& lexicon = Lexicon::Default();
  static const std::string path =
      std::string(access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp") + "/newsgraph-fuzz-" +
      std::to_string(getpid()) + ".db";
  FuzzedDataProvider p(data, size);
  GraphStore g(&lexicon);
  fuzzing::BuildFuzzedGraph(p, g);
  WriteSqlite(g, path);
  {
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    std::string check = db.execAndGet("PRAGMA integrity_check").getString();
    if (check != "ok") fuzzing::Fail("integrity_check", check);
  }
  GraphStore back(&lexicon);
  LoadSqlite(path, back);
  back.Finalize();
  if (back.num_facts() != g.num_facts()) fuzzing::Fail("facts lost in the SQLite round trip");
  std::remove(path.c_str());
  return 0;
}
