// Nothing lost: kill -9 in the middle of a build, a full disk (ulimit -f)
// and a failing `build --into` leave the previous database byte for byte,
// and the next run clears what a killed run left behind.
#include <gtest/gtest.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "tests/robustness/robustness_util.h"

extern char** environ;

namespace newsgraph::cli_testing {
namespace {

namespace fs = std::filesystem;

// A few MB of news as JSONL, so building takes long enough to be caught
// mid-write: the seed articles of examples/ (in the checkout, wherever it
// is), each copy numbered so that no two documents are the same.
std::string MakeCorpus(const TempDir& dir) {
  std::string out = dir / "corpus.jsonl";
  CommandResult r = RunShell(
      Python() +
      " -c 'import glob, json, sys\n"
      "paths = sorted(glob.glob(sys.argv[1] + \"/*.txt\"))\n"
      "assert paths, \"no examples\"\n"
      "with open(sys.argv[2], \"w\") as out:\n"
      "  for rep in range(160):\n"
      "    for i, p in enumerate(paths):\n"
      "      text = open(p, encoding=\"utf-8\").read()\n"
      "      out.write(json.dumps({\"id\": \"%d-%d\" % (rep, i),\n"
      "                            \"text\": text + \"\\n\\nCopy %d.\" % rep}) + \"\\n\")' " +
      Quote(SourceDir() + "/examples") + " " + Quote(out));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return out;
}

std::vector<std::string> Temps(const TempDir& dir, const std::string& base) {
  std::vector<std::string> found;
  for (const auto& e : fs::directory_iterator(dir.path())) {
    std::string name = e.path().filename().string();
    if (name.rfind(base + ".tmp.", 0) == 0) found.push_back(name);
  }
  return found;
}

// Starts `args`, waits until a temporary file of `target` appears (the
// output is being written) or the process ends, then kills it with SIGKILL.
// Returns true if it was killed while writing: by the signal, with its
// temporary file still there. A writer that renamed its file in the moment
// before the kill (and died tearing down) did finish its write.
bool KillWhileWriting(const TempDir& dir, const std::vector<std::string>& args,
                      const std::string& target) {
  std::vector<char*> argv;
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  pid_t pid;
  EXPECT_EQ(posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ), 0);
  posix_spawn_file_actions_destroy(&actions);
  bool writing = false;
  for (int i = 0; i < 600000; ++i) {
    if (!Temps(dir, target).empty()) {
      writing = true;
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
      break;
    }
    int status;
    if (waitpid(pid, &status, WNOHANG) == pid) return false;
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  }
  kill(pid, SIGKILL);
  int status;
  waitpid(pid, &status, 0);
  return writing && WIFSIGNALED(status) && !Temps(dir, target).empty();
}

TEST(DurabilityTest, KillDuringBuildKeepsThePreviousDatabaseAndNextRunClearsTheTemp) {
  TempDir dir;
  std::string corpus = MakeCorpus(dir);
  WriteAll(dir / "good.txt", kGoodText);
  ASSERT_EQ(RunShell(Binary() + " build " + Quote(dir / "good.txt") + " -o " +
                     Quote(dir / "graph.db")).exit_code, 0);
  const std::string before = ReadAll(dir / "graph.db");

  bool caught = false;
  for (int attempt = 0; attempt < 3 && !caught; ++attempt) {
    caught = KillWhileWriting(dir, {NEWSGRAPH_BINARY, "build", corpus, "-o", dir / "graph.db"},
                              "graph.db");
    if (!caught) {  // finished before it could be killed: start again from the old file
      WriteAll(dir / "graph.db", before);
    }
  }
  EXPECT_TRUE(caught) << "the build was never caught writing";
  EXPECT_EQ(ReadAll(dir / "graph.db"), before) << "the previous database changed";
  EXPECT_EQ(IntegrityCheck(dir / "graph.db"), "ok");
  // A killed writer cannot clean up: its temp may remain until the next
  // write of the same file, which removes it.
  CommandResult again = RunShell(Binary() + " build " + Quote(dir / "good.txt") + " -o " +
                                 Quote(dir / "graph.db"));
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_TRUE(Temps(dir, "graph.db").empty());
  EXPECT_EQ(IntegrityCheck(dir / "graph.db"), "ok");
}

TEST(DurabilityTest, KillDuringBuildIntoLeavesTheDatabaseAsItWas) {
  TempDir dir;
  std::string corpus = MakeCorpus(dir);
  WriteAll(dir / "good.txt", kGoodText);
  ASSERT_EQ(RunShell(Binary() + " build " + Quote(dir / "good.txt") + " --into " +
                     Quote(dir / "graph.db")).exit_code, 0);
  const std::string before = ReadAll(dir / "graph.db");
  bool caught = false;
  for (int attempt = 0; attempt < 3 && !caught; ++attempt) {
    caught = KillWhileWriting(dir, {NEWSGRAPH_BINARY, "build", corpus, "--into", dir / "graph.db"},
                              "graph.db");
    if (!caught) WriteAll(dir / "graph.db", before);  // it finished: start again
  }
  EXPECT_TRUE(caught) << "the build was never caught writing";
  EXPECT_EQ(ReadAll(dir / "graph.db"), before);
  EXPECT_EQ(Sql(dir / "graph.db", "SELECT name FROM documents"), "good.txt\n");
}

// With RLIMIT_FSIZE (dash's `ulimit -f` counts 512-byte blocks) the new
// database cannot be written: one error line naming it, the old one intact,
// no temp left.
void ExpectFullDiskKeepsOldDatabase(const std::string& mode) {
  TempDir dir;
  std::string corpus = MakeCorpus(dir);
  WriteAll(dir / "good.txt", kGoodText);
  ASSERT_EQ(RunShell(Binary() + " build " + Quote(dir / "good.txt") + " -o " +
                     Quote(dir / "graph.db")).exit_code, 0);
  const std::string before = ReadAll(dir / "graph.db");
  CommandResult r = RunShell("ulimit -f 256; " + Binary() + " build " + Quote(corpus) + " " +
                             mode + " " + Quote(dir / "graph.db"));
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  EXPECT_EQ(r.err.rfind("newsgraph: error: cannot write '" + (dir / "graph.db") + "': ", 0), 0u)
      << r.err;
  EXPECT_EQ(ReadAll(dir / "graph.db"), before);
  EXPECT_EQ(IntegrityCheck(dir / "graph.db"), "ok");
  EXPECT_TRUE(Temps(dir, "graph.db").empty());
}

TEST(DurabilityTest, FullDiskGivesOneErrorLineAndKeepsTheOldDatabase) {
  ExpectFullDiskKeepsOldDatabase("-o");
}

TEST(DurabilityTest, BuildIntoFailingMidwayLeavesTheDatabaseUnchanged) {
  ExpectFullDiskKeepsOldDatabase("--into");
}

}  // namespace
}  // namespace newsgraph::cli_testing
