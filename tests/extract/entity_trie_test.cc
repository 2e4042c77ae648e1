// Lexicon::LongestEntityAt walks the entity trie over a sentence's tokens;
// it must answer as FindEntity() tried on every window, longest first, does.
// Checked on real news text and on sentences built from every name and
// alias of the lexicon, in the spellings news gives them (other case,
// accents dropped, possessive, punctuation around and inside).
#include "extract/analysis.h"
#include "extract/lexicon.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace newsgraph {
namespace {

const Lexicon& Lex() { return Lexicon::Default(); }

// FindEntity() on each window of tokens [i, i + max) that ends on a word,
// longest first: what LongestEntityAt() stands for.
size_t ByWindows(const DocAnalysis& doc, const SentenceInfo& s, size_t i, size_t max,
                 const LexiconEntity** found) {
  for (size_t len = max; len >= 1; --len) {
    if (!s.tokens[i + len - 1].word) continue;
    if (const LexiconEntity* e = Lex().FindEntity(doc.TokenText(s, i, i + len))) {
      *found = e;
      return len;
    }
  }
  return 0;
}

// Compares the two at every token of `text`; returns how many windows matched.
size_t ExpectSameAnswers(const std::string& text) {
  DocAnalysis doc = Analyze(text, Lex());
  size_t matches = 0;
  for (const SentenceInfo& s : doc.sentences) {
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      const size_t max = std::min(Lex().max_entity_words() + 2, s.tokens.size() - i);
      const LexiconEntity* want = nullptr;
      const LexiconEntity* got = nullptr;
      const size_t want_len = ByWindows(doc, s, i, max, &want);
      const size_t got_len = Lex().LongestEntityAt(s.tokens.data() + i, max, &got);
      EXPECT_EQ(got_len, want_len) << "at '" << doc.TokenText(s, i, i + max) << "'";
      if (want_len > 0 && got_len == want_len) {
        EXPECT_EQ(got, want) << "at '" << doc.TokenText(s, i, i + want_len) << "'";
        ++matches;
      }
    }
  }
  return matches;
}

std::string ReadAll(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Every name and alias of the entity lists.
std::vector<std::string> LexiconNames() {
  std::vector<std::string> names;
  const std::string dir = Lexicon::SchemaDir() + "/lexicon/";
  for (const char* list : {"countries", "organizations", "places"}) {
    rapidjson::Document doc;
    const std::string json = ReadAll(dir + list + ".json");
    doc.Parse(json.c_str(), json.size());
    for (const auto& e : doc[list].GetArray()) {
      names.emplace_back(e["name"].GetString());
      if (!e.HasMember("aliases")) continue;
      for (const auto& a : e["aliases"].GetArray()) names.emplace_back(a.GetString());
    }
  }
  return names;
}

TEST(EntityTrieTest, SameAnswersAsFindEntityOnExampleArticles) {
  size_t matches = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator(std::string(NEWSGRAPH_SOURCE_DIR) + "/examples")) {
    matches += ExpectSameAnswers(ReadAll(entry.path()));
  }
  EXPECT_GT(matches, 100u);
}

TEST(EntityTrieTest, SameAnswersOnEveryLexiconNameAsNewsSpellsIt) {
  const std::vector<std::string> names = LexiconNames();
  ASSERT_GT(names.size(), 1000u);
  std::string text;
  size_t n = 0;
  for (const std::string& name : names) {
    std::string upper = name, lower = name;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    text += "Officials of " + name + " met " + upper + "'s envoy in " + lower + ", and the " +
            name + "-led group, (" + name + "), said " + name + "'s " + name + " " + name +
            ".\n\n";
    if (++n % 200 == 0) {
      ExpectSameAnswers(text);
      text.clear();
    }
  }
  EXPECT_GT(ExpectSameAnswers(text), 0u);
}

TEST(EntityTrieTest, SameAnswersOnRandomMixesOfNameWords) {
  // Words of lexicon names, capitalised or not, with the punctuation that
  // folding treats as a separator, and accented letters that fold to them.
  std::vector<std::string> words;
  for (const std::string& name : LexiconNames()) {
    std::istringstream in(name);
    for (std::string w; in >> w;) words.push_back(w);
  }
  const std::vector<std::string> glue = {" ", " ", " ", "-", ", ", " - ", "'s ", ". ", " \"", "\" ",
                                         " of ", " the ", " é", "ö ", " × ", ".", " (", ") "};
  std::mt19937 rng(7);
  std::string text;
  for (int sentence = 0; sentence < 3000; ++sentence) {
    text += "The ";
    const int len = 2 + static_cast<int>(rng() % 8);
    for (int k = 0; k < len; ++k) {
      std::string w = words[rng() % words.size()];
      if (rng() % 4 == 0) w[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(w[0])));
      text += w + glue[rng() % glue.size()];
    }
    text += " said.\n\n";
  }
  EXPECT_GT(ExpectSameAnswers(text), 1000u);
}

}  // namespace
}  // namespace newsgraph
