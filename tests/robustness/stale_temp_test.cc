// AtomicFile removes the temporary files of writers that died (kill -9)
// but never those of a writer still at work.
#include <gtest/gtest.h>

#include <filesystem>

#include "exporters/atomic_file.h"
#include "tests/cli/run_command.h"

namespace newsgraph {
namespace {

using cli_testing::ReadAll;
using cli_testing::TempDir;
using cli_testing::WriteAll;

TEST(StaleTempTest, DeadWritersTempIsRemovedLiveWritersIsKept) {
  TempDir dir;
  const std::string target = dir / "graph.db";
  WriteAll(dir / "graph.db.tmp.AbC123", "left by a killed run");  // nobody holds its lock
  WriteAll(dir / "graph.db.tmp.keep", "not our pattern");
  WriteAll(dir / "other.db.tmp.XyZ789", "another target's");

  AtomicFile live(target);
  live.stream() << "first";
  EXPECT_FALSE(std::filesystem::exists(dir / "graph.db.tmp.AbC123"));
  EXPECT_TRUE(std::filesystem::exists(dir / "graph.db.tmp.keep"));
  EXPECT_TRUE(std::filesystem::exists(dir / "other.db.tmp.XyZ789"));

  {
    AtomicFile second(target);  // sweeps again while `live` is writing
    second.stream() << "second";
    second.Commit();
  }
  EXPECT_TRUE(std::filesystem::exists(live.temp_path()));
  live.Commit();
  EXPECT_EQ(ReadAll(target), "first");
}

}  // namespace
}  // namespace newsgraph
