// ReadFastJsonlLine: the JSONL shortcut either declines or reads what
// RapidJSON reads. Checked on hand-picked lines and on thousands of
// mutations of a typical line.
#include "text/jsonl_line.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace newsgraph {
namespace {

// Fails unless the shortcut declined `line` or agreed with RapidJSON.
// Returns whether the shortcut answered.
bool AgreesWithRapidJson(const std::string& line) {
  JsonlFields fast, slow;
  std::string error;
  bool answered = ReadFastJsonlLine(line, fast);
  bool parsed = ReadJsonlLineWithRapidJson(line, slow, error);
  if (!answered) return false;
  EXPECT_TRUE(parsed) << "shortcut read a line RapidJSON rejects (" << error << "): " << line;
  EXPECT_EQ(fast.has_text, slow.has_text) << line;
  EXPECT_EQ(fast.text, slow.text) << line;
  EXPECT_EQ(fast.id, slow.id) << line;
  EXPECT_EQ(fast.date, slow.date) << line;
  return true;
}

TEST(JsonlLineTest, ReadsTheCommonShapeItself) {
  const std::vector<std::string> lines = {
      R"({"id": "a-1", "text": "He said \"no\".\n\nThen: \\o/ \u00e9 \u20ac", "date": "2020-01-02"})",
      R"({"text":"x"})",
      R"(  {"date": "d", "text": "t", "id": "", "extra": null, "flag": true, "off": false}  )",
      R"({"text": "first", "text": "second", "id": "one", "id": "two"})",
      R"({"text": "tab\there \/ \b\f\r"})",
      "{\"text\": \"caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D\"}\r",
      R"({})",
      R"({"title": "no text here"})",
      "{\"text\": \"nul \\u0000 kept\"}",
  };
  for (const std::string& line : lines) {
    EXPECT_TRUE(AgreesWithRapidJson(line)) << "expected the shortcut to answer: " << line;
  }
}

TEST(JsonlLineTest, LeavesEverythingElseToRapidJson) {
  const std::vector<std::string> lines = {
      R"({"id": 42, "text": "numbered"})",
      R"({"text": "x", "n": 1.5})",
      R"({"text": "x", "tags": ["a", "b"]})",
      R"({"text": "x", "meta": {"a": 1}})",
      R"({"te\u0078t": "escaped key"})",
      R"({"text": "surrogates \ud83d\ude00"})",
      R"({"text": "lone \udc00"})",
      R"({"text": null})",
      R"({"text": "unterminated)",
      R"({"text": "bad escape \q"})",
      "{\"text\": \"raw\ttab\"}",
      R"({"text": "x",})",
      R"({"text": "x"} trailing)",
      R"(["text", "x"])",
      R"("text")",
      "",
      "\xEF\xBB\xBF{\"text\": \"bom\"}",
  };
  for (const std::string& line : lines) {
    EXPECT_FALSE(AgreesWithRapidJson(line)) << "expected the shortcut to decline: " << line;
  }
}

TEST(JsonlLineTest, AgreesWithRapidJsonOnMutatedLines) {
  const std::string base =
      R"({"id": "doc-7", "date": "2021-03-04", "text": "Lukashenko said: \"We will \u0061ct.\"\nNew line\\ end", "x": null})";
  const std::string alphabet = "{}[]\":,\\ ntrufalse0123456789ue\xC3\xA9\t\r/bf";
  std::mt19937 rng(12345);
  int answered = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string line = base;
    int edits = 1 + static_cast<int>(rng() % 3);
    for (int e = 0; e < edits; ++e) {
      size_t at = rng() % (line.size() + 1);
      switch (rng() % 3) {
        case 0:
          line.insert(at, 1, alphabet[rng() % alphabet.size()]);
          break;
        case 1:
          if (at < line.size()) line.erase(at, 1);
          break;
        default:
          if (at < line.size()) line[at] = alphabet[rng() % alphabet.size()];
      }
    }
    answered += AgreesWithRapidJson(line);
  }
  // The mutations leave many lines readable: the comparison is not vacuous.
  EXPECT_GT(answered, 2000);
}

TEST(JsonlLineTest, ReadJsonlLineNamesWhyALineIsNotAnObject) {
  JsonlFields f;
  std::string error;
  EXPECT_FALSE(ReadJsonlLine("[1, 2]", f, error));
  EXPECT_EQ(error, "not a JSON object");
  EXPECT_FALSE(ReadJsonlLine("{\"text\": ", f, error));
  EXPECT_EQ(error.rfind("not JSON: ", 0), 0u) << error;
  EXPECT_TRUE(ReadJsonlLine("{\"id\": -3, \"text\": \"t\"}", f, error));
  EXPECT_EQ(f.id, "-3");
}

}  // namespace
}  // namespace newsgraph
