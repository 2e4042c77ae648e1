// ReadInputs and CheckInputs: folders in sorted order, JSONL lines that are
// skipped with a warning naming file:line, missing paths.
#include "text/document.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace newsgraph {
namespace {

namespace fs = std::filesystem;

// A fresh folder under the system temp folder, removed at scope end.
class ScratchDir {
 public:
  ScratchDir() {
    std::string pattern = (fs::temp_directory_path() / "ng_doc_test_XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
  }
  ~ScratchDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  std::string Write(const std::string& name, const std::string& bytes) const {
    fs::path p = fs::path(path_) / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

struct ReadResult {
  std::vector<Document> docs;
  std::vector<std::string> warnings;
  ReadStats stats;
};

ReadResult Read(const std::vector<std::string>& inputs) {
  ReadResult r;
  r.stats = ReadInputs(
      inputs, [&](Document&& d) { r.docs.push_back(std::move(d)); },
      [&](const std::string& w) { r.warnings.push_back(w); });
  return r;
}

bool AnyContains(const std::vector<std::string>& lines, const std::string& part) {
  for (const std::string& line : lines) {
    if (line.find(part) != std::string::npos) return true;
  }
  return false;
}

TEST(DocumentTest, ReadsTextFileWithNameAsId) {
  ScratchDir dir;
  std::string path = dir.Write("ferry.txt", "The ferry left.\r\n");
  ReadResult r = Read({path});
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "ferry.txt");
  EXPECT_EQ(r.docs[0].text, "The ferry left.\n");
  EXPECT_EQ(r.stats.documents, 1u);
  EXPECT_EQ(r.stats.skipped, 0u);
}

TEST(DocumentTest, ReadsFolderInSortedOrderAndOnlyTxtFiles) {
  ScratchDir dir;
  dir.Write("c.txt", "Third.");
  dir.Write("a.txt", "First.");
  dir.Write("b/inner.txt", "Second.");
  dir.Write("notes.md", "Not an article.");
  ReadResult r = Read({dir.path()});
  ASSERT_EQ(r.docs.size(), 3u);
  EXPECT_EQ(r.docs[0].text, "First.");
  EXPECT_EQ(r.docs[1].text, "Second.");
  EXPECT_EQ(r.docs[1].id, "inner.txt");
  EXPECT_EQ(r.docs[2].text, "Third.");
}

TEST(DocumentTest, SkipsBinaryFileWithWarningAndKeepsGoing) {
  ScratchDir dir;
  dir.Write("a.txt", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
  dir.Write("b.txt", "A real article.");
  ReadResult r = Read({dir.path()});
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "b.txt");
  EXPECT_EQ(r.stats.skipped, 1u);
  EXPECT_TRUE(AnyContains(r.warnings, "a.txt")) << ::testing::PrintToString(r.warnings);
}

TEST(DocumentTest, JsonlSkipsBadLinesNamingFileAndLine) {
  ScratchDir dir;
  std::string path = dir.Write(
      "batch.jsonl",
      "{\"id\": \"one\", \"text\": \"First story.\", \"date\": \"2020-05-01\"}\n"
      "{\"id\": \"two\", \"text\": \"broken\n"
      "{\"id\": \"three\", \"body\": \"no text key\"}\n"
      "{\"id\": \"four\", \"text\": 42}\n"
      "{\"id\": \"five\", \"text\": \"Fifth story.\"}\n");
  ReadResult r = Read({path});
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id, "one");
  EXPECT_EQ(r.docs[0].text, "First story.");
  EXPECT_EQ(r.docs[0].date, "2020-05-01");
  EXPECT_EQ(r.docs[1].id, "five");
  EXPECT_EQ(r.docs[1].text, "Fifth story.");
  EXPECT_EQ(r.stats.documents, 2u);
  EXPECT_EQ(r.stats.skipped, 3u);
  EXPECT_TRUE(AnyContains(r.warnings, "batch.jsonl:2")) << ::testing::PrintToString(r.warnings);
  EXPECT_TRUE(AnyContains(r.warnings, "batch.jsonl:3")) << ::testing::PrintToString(r.warnings);
  EXPECT_TRUE(AnyContains(r.warnings, "batch.jsonl:4")) << ::testing::PrintToString(r.warnings);
  EXPECT_FALSE(AnyContains(r.warnings, "batch.jsonl:1"));
  EXPECT_FALSE(AnyContains(r.warnings, "batch.jsonl:5"));
}

TEST(DocumentTest, JsonlTextIsSanitised) {
  ScratchDir dir;
  std::string path =
      dir.Write("b.jsonl", "{\"id\": \"x\", \"text\": \"one\\r\\ntwo\"}\n");
  ReadResult r = Read({path});
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text, "one\ntwo");
}

TEST(DocumentTest, CheckInputsThrowsNamingMissingPath) {
  ScratchDir dir;
  std::string good = dir.Write("a.txt", "Fine.");
  std::string missing = dir.path() + "/no_such_article.txt";
  try {
    CheckInputs({good, missing});
    FAIL() << "CheckInputs accepted a missing path";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(missing), std::string::npos) << e.what();
  }
}

TEST(DocumentTest, CheckInputsAcceptsExistingFileAndFolder) {
  ScratchDir dir;
  std::string file = dir.Write("a.txt", "Fine.");
  EXPECT_NO_THROW(CheckInputs({file, dir.path()}));
}

TEST(DocumentTest, ContentHashIsSixteenHexDigitsAndStable) {
  std::string a = ContentHash("The ferry left.");
  EXPECT_EQ(a.size(), 16u);
  EXPECT_EQ(a.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_EQ(a, ContentHash("The ferry left."));
  EXPECT_NE(a, ContentHash("The ferry left!"));
}

TEST(DocumentTest, DateFromTheTextUnlessTheInputGivesOne) {
  ScratchDir dir;
  std::string txt = dir.Write("a.txt", "Headline\n\nThursday, May 16, 2019\n\nThe story.\n");
  std::string jsonl = dir.Write(
      "b.jsonl",
      "{\"id\": \"given\", \"text\": \"May 16, 2019\\nThe story.\", \"date\": \"2019-05-17\"}\n"
      "{\"id\": \"read\", \"text\": \"May 16, 2019\\nThe story.\"}\n");
  ReadResult r = Read({txt, jsonl});
  ASSERT_EQ(r.docs.size(), 3u);
  EXPECT_EQ(r.docs[0].date, "2019-05-16");
  EXPECT_EQ(r.docs[1].date, "2019-05-17");
  EXPECT_EQ(r.docs[2].date, "2019-05-16");
}

}  // namespace
}  // namespace newsgraph
