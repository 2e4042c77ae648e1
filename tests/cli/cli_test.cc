// The command line as a user meets it: exit codes, one-line errors naming
// the file, outputs written whole or not at all.
#include <gtest/gtest.h>

#include <filesystem>

#include "tests/cli/run_command.h"

namespace newsgraph::cli_testing {
namespace {

size_t Lines(const std::string& s) { return std::count(s.begin(), s.end(), '\n'); }

TEST(CliTest, HelpForEveryCommandExitsZero) {
  for (std::string cmd : {"--help", "extract --help", "build --help", "merge --help",
                          "query --help"}) {
    CommandResult r = RunShell(Binary() + " " + cmd);
    EXPECT_EQ(r.exit_code, 0) << cmd << ": " << r.err;
    EXPECT_NE(r.out.find("usage: newsgraph"), std::string::npos) << cmd;
  }
}

TEST(CliTest, NoArgumentsIsUsageError) {
  CommandResult r = RunShell(Binary());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("usage: newsgraph"), std::string::npos);
}

TEST(CliTest, UnknownFlagIsUsageErrorOnOneLine) {
  CommandResult r = RunShell(Binary() + " extract --bogus x.txt");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "newsgraph: error: unknown option '--bogus'\n");
}

TEST(CliTest, UnknownCommandIsUsageError) {
  CommandResult r = RunShell(Binary() + " frobnicate");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "newsgraph: error: unknown command 'frobnicate' (try 'newsgraph --help')\n");
}

TEST(CliTest, BadThreadCountIsUsageError) {
  CommandResult r = RunShell(Binary() + " extract -j zero x.txt");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("'--threads' needs a whole number"), std::string::npos) << r.err;
  CommandResult glued = RunShell(Binary() + " extract -jx x.txt");
  EXPECT_EQ(glued.exit_code, 2);
  EXPECT_NE(glued.err.find("not 'x'"), std::string::npos) << glued.err;
}

TEST(CliTest, MissingPathNamesTheFile) {
  TempDir tmp;
  CommandResult r = RunShell(Binary() + " extract '" + (tmp / "nope.txt") + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "newsgraph: error: cannot read '" + (tmp / "nope.txt") +
                       "': No such file or directory\n");
  EXPECT_EQ(r.out, "");
}

TEST(CliTest, BinaryFileIsRefusedNamingIt) {
  TempDir tmp;
  WriteAll(tmp / "image.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  CommandResult r = RunShell(Binary() + " extract '" + (tmp / "image.txt") + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("newsgraph: error: no input document could be read: skipped '" +
                       (tmp / "image.txt") + "': binary data"),
            std::string::npos)
      << r.err;
}

TEST(CliTest, EmptyFileIsSkippedNamingIt) {
  TempDir tmp;
  WriteAll(tmp / "empty.txt", "");
  CommandResult r = RunShell(Binary() + " extract '" + (tmp / "empty.txt") + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("skipped '" + (tmp / "empty.txt") + "': empty document"),
            std::string::npos)
      << r.err;
}

TEST(CliTest, FolderWithoutTextFilesIsAnErrorNamingIt) {
  TempDir tmp;
  std::filesystem::create_directory(tmp / "csv");
  WriteAll(tmp / "csv/articles.csv", "url,date,title,text\n");
  for (std::string cmd : {"extract", "build"}) {
    std::string out = cmd == "build" ? " -o '" + (tmp / "g.db") + "'" : "";
    CommandResult r = RunShell(Binary() + " " + cmd + " '" + (tmp / "csv") + "'" + out);
    EXPECT_EQ(r.exit_code, 1) << cmd;
    EXPECT_EQ(r.err, "newsgraph: warning: skipped '" + (tmp / "csv") +
                         "': no .txt file in this folder\n"
                         "newsgraph: error: no input document could be read: skipped '" +
                         (tmp / "csv") + "': no .txt file in this folder\n")
        << cmd;
    EXPECT_FALSE(std::filesystem::exists(tmp / "g.db"));
  }
}

TEST(CliTest, InvalidUtf8IsRepairedWithAWarning) {
  TempDir tmp;
  WriteAll(tmp / "bad.txt", "Nikol Pashinyan said that the talks \xC3 went \xFF well in Yerevan.\n");
  CommandResult r = RunShell(Binary() + " extract '" + (tmp / "bad.txt") + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "newsgraph: warning: '" + (tmp / "bad.txt") +
                       "': replaced 2 invalid UTF-8 sequence(s) with U+FFFD\n");
  EXPECT_NE(r.out.find("\"subject\":\"Nikol Pashinyan\""), std::string::npos) << r.out;
}

TEST(CliTest, BatchGoesOnPastABadDocumentAndSaysSo) {
  TempDir tmp;
  std::filesystem::create_directory(tmp / "in");
  WriteAll(tmp / "in/a.txt", "Armenia is a member of the CSTO.\n");
  WriteAll(tmp / "in/b.txt", std::string("\x7f" "ELF\x02\x01\x01\0", 8));
  WriteAll(tmp / "in/c.txt", "Georgia left the CSTO in 1999.\n");
  CommandResult r = RunShell(Binary() + " extract '" + (tmp / "in") + "'");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(Lines(r.out), 2u) << r.out;
  EXPECT_NE(r.err.find("newsgraph: 1 of 3 documents skipped: skipped '" + (tmp / "in/b.txt") +
                       "': binary data, not text"),
            std::string::npos)
      << r.err;
}

TEST(CliTest, OutputIntoMissingFolderFailsWithoutPartialFile) {
  TempDir tmp;
  WriteAll(tmp / "a.txt", "Armenia is a member of the CSTO.\n");
  CommandResult r =
      RunShell(Binary() + " build '" + (tmp / "a.txt") + "' -o '" + (tmp / "no/such/dir/g.graphml") + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("newsgraph: error: cannot write '" + (tmp / "no/such/dir/g.graphml") + "'"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(Lines(r.err), 1u);
}

TEST(CliTest, FailedBuildLeavesThePreviousOutputAlone) {
  TempDir tmp;
  WriteAll(tmp / "g.dot", "previous");
  WriteAll(tmp / "bin.txt", std::string("\0\0\0", 3));
  CommandResult r = RunShell(Binary() + " build '" + (tmp / "bin.txt") + "' -o '" + (tmp / "g.dot") + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(ReadAll(tmp / "g.dot"), "previous");
  for (const auto& entry : std::filesystem::directory_iterator(tmp.path())) {
    EXPECT_EQ(entry.path().string().find(".tmp"), std::string::npos) << entry.path();
  }
}

TEST(CliTest, UnknownOutputExtensionIsUsageError) {
  TempDir tmp;
  WriteAll(tmp / "a.txt", "Armenia is a member of the CSTO.\n");
  CommandResult r = RunShell(Binary() + " build '" + (tmp / "a.txt") + "' -o '" + (tmp / "g.xyz") + "'");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("cannot tell the format of"), std::string::npos) << r.err;
}

TEST(CliTest, ReadsJsonlDocumentsAndStdin) {
  TempDir tmp;
  WriteAll(tmp / "docs.jsonl",
           "{\"id\": \"one\", \"text\": \"Armenia is a member of the CSTO.\", \"date\": \"2022-05-16\"}\n"
           "not json\n"
           "{\"id\": \"two\", \"text\": 42}\n");
  CommandResult r = RunShell(Binary() + " extract '" + (tmp / "docs.jsonl") + "'");
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_NE(r.out.find("\"doc\":\"one\""), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("docs.jsonl:2': not JSON"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("docs.jsonl:3': no \"text\" string"), std::string::npos) << r.err;

  CommandResult piped =
      RunShell("printf 'Georgia left the CSTO in 1999.\\n' | " + Binary() + " extract -");
  EXPECT_EQ(piped.exit_code, 0) << piped.err;
  EXPECT_NE(piped.out.find("\"predicate\":\"left-in\""), std::string::npos) << piped.out;
  EXPECT_NE(piped.out.find("\"year\":1999"), std::string::npos) << piped.out;
}

TEST(CliTest, ThreadsGiveIdenticalOutput) {
  std::string seeds = SourceDir() + "/examples";
  CommandResult one = RunShell(Binary() + " extract '" + seeds + "'");
  CommandResult four = RunShell(Binary() + " extract -j 4 '" + seeds + "'");
  CommandResult attached = RunShell(Binary() + " extract -j2 '" + seeds + "'");
  CommandResult inline_long = RunShell(Binary() + " extract --threads=2 '" + seeds + "'");
  ASSERT_EQ(one.exit_code, 0);
  ASSERT_EQ(four.exit_code, 0);
  ASSERT_EQ(attached.exit_code, 0) << attached.err;
  ASSERT_EQ(inline_long.exit_code, 0) << inline_long.err;
  EXPECT_EQ(one.out, four.out);
  EXPECT_EQ(one.out, attached.out);
  EXPECT_EQ(one.out, inline_long.out);
  EXPECT_GT(Lines(one.out), 100u);
}

}  // namespace
}  // namespace newsgraph::cli_testing
