#include "cli/build_memory.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <string>

#include "tests/cli/run_command.h"

namespace newsgraph {
namespace {

using cli_testing::RunShell;
using cli_testing::TempDir;
using cli_testing::WriteAll;

TEST(BuildMemoryTest, InputBytesCountsRegularFiles) {
  TempDir dir;
  WriteAll(dir / "a.txt", std::string(1000, 'a'));
  WriteAll(dir / "b.jsonl", std::string(234, 'b'));
  EXPECT_EQ(InputBytes({dir / "a.txt", dir / "b.jsonl"}), 1234u);
  EXPECT_EQ(InputBytes({dir / "a.txt", dir.path(), dir / "missing", "-", ""}), 1000u);
  EXPECT_EQ(InputBytes({}), 0u);
}

// A build large enough for the large-build settings behaves as any other:
// here a 300 MiB --into file (sparse, so the test stays fast) that is not a
// database gets the usual one-line error.
TEST(BuildMemoryTest, LargeBuildKeepsItsErrors) {
  TempDir dir;
  const std::string big = dir / "big.db";
  WriteAll(big, "");
  ASSERT_EQ(truncate(big.c_str(), 300 << 20), 0);
  WriteAll(dir / "a.txt", "Armenia is a member of the CSTO.\n");
  auto r = RunShell(std::string(NEWSGRAPH_BINARY) + " build " + (dir / "a.txt") + " --into " +
                    big);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(r.err, "newsgraph: error: '" + big + "' is not a newsgraph database\n");
  EXPECT_EQ(r.out, "");
}

}  // namespace
}  // namespace newsgraph
