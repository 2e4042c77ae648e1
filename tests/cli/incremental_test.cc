// Growing a graph: `build --into` adds documents (a repeated one changes
// nothing) and `merge` of two batches equals one build over both.
#include <gtest/gtest.h>

#include <filesystem>

#include "tests/cli/run_command.h"

namespace newsgraph::cli_testing {
namespace {

// The graph's facts by name, order-independent: what a user would compare.
std::string Facts(const std::string& db) {
  CommandResult r = RunShell(
      "sqlite3 '" + db + "' \"SELECT s.name, r.predicate, o.name, coalesce(r.year, ''), "
      "coalesce(r.role, ''), r.evidence_count FROM relations r JOIN entities s ON s.id = "
      "r.subject_id JOIN entities o ON o.id = r.object_id ORDER BY 1, 2, 3, 4, 5\"");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return r.out;
}

std::string Scalar(const std::string& db, const std::string& sql) {
  return RunShell("sqlite3 '" + db + "' \"" + sql + "\"").out;
}

class IncrementalTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::filesystem::create_directory(tmp_ / "a");
    std::filesystem::create_directory(tmp_ / "b");
    int i = 0;
    for (const auto& e : std::filesystem::directory_iterator(SourceDir() + "/examples")) {
      std::filesystem::copy(e.path(), tmp_ / ((i++ % 2) ? "a/" : "b/") + e.path().filename().string());
    }
  }
  TempDir tmp_;
};

TEST_F(IncrementalTest, MergeOfTwoBatchesEqualsOneBuild) {
  ASSERT_EQ(RunShell(Binary() + " build '" + (tmp_ / "a") + "' -o '" + (tmp_ / "a.db") + "'").exit_code, 0);
  ASSERT_EQ(RunShell(Binary() + " build '" + (tmp_ / "b") + "' -o '" + (tmp_ / "b.db") + "'").exit_code, 0);
  CommandResult merged = RunShell(Binary() + " merge '" + (tmp_ / "a.db") + "' '" + (tmp_ / "b.db") +
                                  "' -o '" + (tmp_ / "merged.db") + "'");
  ASSERT_EQ(merged.exit_code, 0) << merged.err;
  ASSERT_EQ(RunShell(Binary() + " build '" + (tmp_ / "a") + "' '" + (tmp_ / "b") + "' -o '" +
                     (tmp_ / "one.db") + "'").exit_code, 0);
  std::string one = Facts(tmp_ / "one.db");
  EXPECT_GT(one.size(), 1000u);
  EXPECT_EQ(Facts(tmp_ / "merged.db"), one);
}

TEST_F(IncrementalTest, IntoAddsDocumentsAndSkipsRepeats) {
  std::string db = tmp_ / "g.db";
  ASSERT_EQ(RunShell(Binary() + " build '" + (tmp_ / "a") + "' --into '" + db + "'").exit_code, 0);
  std::string docs_a = Scalar(db, "SELECT count(*) FROM documents");
  CommandResult more = RunShell(Binary() + " build '" + (tmp_ / "b") + "' --into '" + db + "'");
  ASSERT_EQ(more.exit_code, 0) << more.err;
  EXPECT_EQ(Facts(db), [&] {
    RunShell(Binary() + " build '" + (tmp_ / "a") + "' '" + (tmp_ / "b") + "' -o '" + (tmp_ / "one.db") + "'");
    return Facts(tmp_ / "one.db");
  }());
  std::string before = Facts(db);
  CommandResult again = RunShell(Binary() + " build '" + (tmp_ / "a") + "' --into '" + db + "'");
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find("already in the graph"), std::string::npos) << again.err;
  EXPECT_EQ(Facts(db), before);
  EXPECT_EQ(Scalar(db, "SELECT count(*) FROM documents"), "5\n");
  EXPECT_NE(docs_a, "5\n");
}

TEST_F(IncrementalTest, SeedEntitiesAreOneNodeEach) {
  std::string db = tmp_ / "g.db";
  ASSERT_EQ(RunShell(Binary() + " build '" + SourceDir() + "/examples' -o '" + db + "'").exit_code, 0);
  // No "Lukashenko" beside "Alexander Lukashenko", no CSTO beside its long name.
  EXPECT_EQ(Scalar(db, "SELECT group_concat(name, '|') FROM entities WHERE type != 'quote' AND name LIKE '%Lukashenk%'"),
            "Alexander Lukashenko\n");
  EXPECT_EQ(Scalar(db, "SELECT count(*) FROM entities WHERE type != 'quote' AND (name LIKE 'Collective Security Treaty%' "
                       "OR name = 'CSTO')"),
            "1\n");
  EXPECT_EQ(Scalar(db, "SELECT group_concat(member, ',') FROM (SELECT member FROM current_members "
                       "WHERE organization LIKE 'Collective Security Treaty%' ORDER BY member)"),
            "Armenia,Belarus,Kazakhstan,Kyrgyzstan,Russia,Tajikistan\n");
}

}  // namespace
}  // namespace newsgraph::cli_testing
