// The two big bad inputs: a 100 MB document that is one line and a JSONL
// file with a 50 MB line. Both must finish in bounded time (every step is
// linear, per-sentence work is capped). Named BigInputTest so a run can
// leave them out (`ctest -E BigInputTest`); the normal CI pass runs them.
#include <gtest/gtest.h>

#include <chrono>

#include "tests/robustness/robustness_util.h"

namespace newsgraph::cli_testing {
namespace {

// About 0.4 s per MB on one unloaded core; the bound leaves room for a
// loaded CI machine while still catching anything super-linear.
constexpr double kBigSeconds = 600;

TEST(BigInputTest, HundredMegabyteOneLineDocumentFinishesInBoundedTime) {
  TempDir dir;
  std::string big = MakeBadInput(dir, "one_line_100mb.txt");
  auto start = std::chrono::steady_clock::now();
  CommandResult r = RunShell("timeout -s KILL 1200 " + Binary() + " extract " + Quote(big) +
                             " -o " + Quote(dir / "out.jsonl"));
  EXPECT_LT(SecondsSince(start), kBigSeconds);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  // The text is one sentence repeated: its facts are found all along it.
  CommandResult py = RunShell(Python() +
                              " -c 'import json, sys\n"
                              "t = [json.loads(l) for l in open(sys.argv[1])]\n"
                              "assert len(t) > 1000 and max(x[\"end\"] for x in t) > 90000000\n'" +
                              " " + Quote(dir / "out.jsonl"));
  EXPECT_EQ(py.exit_code, 0) << py.err;
}

TEST(BigInputTest, JsonlWithFiftyMegabyteLineIsReadWithItsNeighbours) {
  TempDir dir;
  std::string big = MakeBadInput(dir, "big_line_50mb.jsonl");
  auto start = std::chrono::steady_clock::now();
  CommandResult r = RunShell("timeout -s KILL 1200 " + Binary() + " build " + Quote(big) +
                             " -o " + Quote(dir / "g.db"));
  EXPECT_LT(SecondsSince(start), kBigSeconds);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(IntegrityCheck(dir / "g.db"), "ok");
  EXPECT_EQ(Sql(dir / "g.db", "SELECT name FROM documents ORDER BY name"),
            "huge\nsmall-1\nsmall-2\n");
}

}  // namespace
}  // namespace newsgraph::cli_testing
