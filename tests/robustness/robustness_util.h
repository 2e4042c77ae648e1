// Helpers for the hostile-input tests: the bad-input corpus of
// scripts/make_bad_inputs.py, and checks of every export with the real
// programs that read it. Header-only (the test build compiles *_test.cc).
#ifndef NEWSGRAPH_TESTS_ROBUSTNESS_ROBUSTNESS_UTIL_H_
#define NEWSGRAPH_TESTS_ROBUSTNESS_ROBUSTNESS_UTIL_H_

#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "tests/cli/run_command.h"

namespace newsgraph::cli_testing {

/// The sentence make_bad_inputs.py builds its documents around.
inline const char kGoodText[] =
    "Armenia is a member of the CSTO. \"We stay,\" said Nikol Pashinyan.\n";

/// `s` in single quotes for /bin/sh.
inline std::string Quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

/// Writes the bad input `name` into `dir` and returns its path.
inline std::string MakeBadInput(const TempDir& dir, const std::string& name) {
  CommandResult r = RunShell(Python() + " " + Quote(SourceDir() + "/scripts/make_bad_inputs.py") +
                             " " + Quote(dir.path()) + " --only " + name);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return dir / name;
}

/// Seconds since `start`.
inline double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

/// "build INPUTS -o g.db -o g.graphml -o g.dot -o g.jsonl" into `dir`.
inline CommandResult BuildAllFormats(const TempDir& dir, const std::string& inputs) {
  return RunShell(Binary() + " build " + inputs + " -o " + Quote(dir / "g.db") + " -o " +
                  Quote(dir / "g.graphml") + " -o " + Quote(dir / "g.dot") + " -o " +
                  Quote(dir / "g.jsonl"));
}

/// "ok" if SQLite finds the database sound, else what it says.
inline std::string IntegrityCheck(const std::string& db) {
  CommandResult r = RunShell("sqlite3 " + Quote(db) + " 'PRAGMA integrity_check'");
  return r.exit_code == 0 ? r.out.substr(0, r.out.find('\n')) : "sqlite3 failed: " + r.err;
}

/// Checks the four files BuildAllFormats wrote with their real readers:
/// `dot -Tsvg` with nothing on stderr, `xmllint --noout`, NetworkX
/// read_graphml, SQLite integrity_check, and json.loads on every JSONL line.
inline void ExpectValidExports(const TempDir& dir) {
  CommandResult dot = RunShell("dot -Tsvg " + Quote(dir / "g.dot") + " -o /dev/null");
  EXPECT_EQ(dot.exit_code, 0) << dot.err;
  EXPECT_EQ(dot.err, "");
  CommandResult xml = RunShell("xmllint --noout " + Quote(dir / "g.graphml"));
  EXPECT_EQ(xml.exit_code, 0) << xml.err;
  EXPECT_EQ(xml.err, "");
  CommandResult py = RunShell(
      Python() +
      " -c 'import json, sys, networkx as nx\n"
      "g = nx.read_graphml(sys.argv[1])\n"
      "lines = [json.loads(l) for l in open(sys.argv[2], encoding=\"utf-8\")]\n"
      "assert all(isinstance(l, dict) for l in lines)\n"
      "print(g.number_of_nodes(), g.number_of_edges(), len(lines))' " +
      Quote(dir / "g.graphml") + " " + Quote(dir / "g.jsonl"));
  EXPECT_EQ(py.exit_code, 0) << py.err;
  EXPECT_EQ(IntegrityCheck(dir / "g.db"), "ok");
}

/// Runs `sql` on `db` with sqlite3 and returns its output.
inline std::string Sql(const std::string& db, const std::string& sql) {
  CommandResult r = RunShell("sqlite3 " + Quote(db) + " " + Quote(sql));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return r.out;
}

}  // namespace newsgraph::cli_testing

#endif  // NEWSGRAPH_TESTS_ROBUSTNESS_ROBUSTNESS_UTIL_H_
