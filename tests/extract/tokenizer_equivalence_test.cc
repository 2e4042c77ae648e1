// The tokenizer is the hottest loop of extraction and has been rewritten for
// speed; this test keeps it honest against the straightforward byte-by-byte
// statement of its rules (Reference below), on real news text and on
// random strings made of the characters its rules turn on.
#include "extract/lexicon.h"
#include "extract/tokenizer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace newsgraph {
namespace {

bool WordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}
bool Letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool Digit(char c) { return c >= '0' && c <= '9'; }

struct Ref {
  uint32_t begin, end;
  bool word, capital, number;
};

// The rules of tokenizer.h, one byte at a time.
std::vector<Ref> Reference(const std::string& s, uint32_t begin, uint32_t end) {
  std::vector<Ref> out;
  auto push = [&](uint32_t b, uint32_t e, bool word) {
    Ref r{b, e, word, false, false};
    if (word) {
      std::string_view text(s.data() + b, e - b);
      r.capital = StartsUpper(text);
      r.number = true;
      for (char c : text) r.number = r.number && (Digit(c) || c == ',' || c == '.');
    }
    out.push_back(r);
  };
  uint32_t i = begin;
  while (i < end) {
    char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n') {
      ++i;
      continue;
    }
    if (!WordByte(c)) {
      if (c == '\'' && i + 1 < end && (s[i + 1] == 's' || s[i + 1] == 'S') && i > begin &&
          WordByte(s[i - 1]) && (i + 2 >= end || !WordByte(s[i + 2]))) {
        push(i, i + 2, true);
        out.back().capital = false;
        i += 2;
        continue;
      }
      push(i, i + 1, false);
      ++i;
      continue;
    }
    uint32_t j = i;
    if (Letter(c) && i + 1 < end && s[i + 1] == '.' && i + 2 < end && Letter(s[i + 2]) &&
        (i + 3 >= end || s[i + 3] == '.')) {
      while (j + 1 < end && Letter(s[j]) && s[j + 1] == '.') j += 2;
      push(i, j, true);
      i = j;
      continue;
    }
    while (j < end) {
      if (WordByte(s[j])) {
        ++j;
      } else if ((s[j] == '-' || s[j] == '\'' || s[j] == '.' || s[j] == ',') && j + 1 < end &&
                 WordByte(s[j + 1]) && j > i) {
        if ((s[j] == '.' || s[j] == ',') && !(Digit(s[j - 1]) && Digit(s[j + 1]))) break;
        if (s[j] == '\'' && (s[j + 1] == 's' || s[j + 1] == 'S') &&
            (j + 2 >= end || !WordByte(s[j + 2]))) {
          break;
        }
        ++j;
      } else {
        break;
      }
    }
    push(i, j, true);
    i = j;
  }
  return out;
}

// Compares Tokenize() with Reference() on s[begin, end); returns the token count.
size_t ExpectSameTokens(const std::string& s, uint32_t begin, uint32_t end) {
  std::string lower = Lower(s);
  std::vector<Token> got = Tokenize(s, lower, begin, end);
  std::vector<Ref> want = Reference(s, begin, end);
  EXPECT_EQ(got.size(), want.size()) << s.substr(begin, end - begin);
  for (size_t k = 0; k < got.size() && k < want.size(); ++k) {
    const Token& t = got[k];
    const Ref& r = want[k];
    if (t.begin != r.begin || t.end != r.end || t.word != r.word || t.capital != r.capital ||
        t.number != r.number) {
      ADD_FAILURE() << "token " << k << " of \"" << s.substr(begin, end - begin) << "\": got ["
                    << t.begin << "," << t.end << ") word=" << t.word << " capital=" << t.capital
                    << " number=" << t.number << ", want [" << r.begin << "," << r.end
                    << ") word=" << r.word << " capital=" << r.capital << " number=" << r.number;
      break;
    }
    std::string_view text(s.data() + r.begin, r.end - r.begin);
    EXPECT_EQ(t.text, text);
    EXPECT_EQ(t.lower, std::string_view(lower).substr(r.begin, r.end - r.begin));
    // The shape Annotate() relies on.
    bool alnum = true, upper = false;
    for (char c : text) {
      alnum = alnum && (Letter(c) || Digit(c));
      upper = upper || (c >= 'A' && c <= 'Z');
    }
    EXPECT_TRUE(t.shaped);
    EXPECT_EQ(t.ascii_alnum, alnum) << text;
    EXPECT_EQ(t.has_upper, upper) << text;
  }
  return got.size();
}

TEST(TokenizerEquivalenceTest, MatchesTheReferenceOnTheSeedArticles) {
  size_t tokens = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator(std::string(NEWSGRAPH_SOURCE_DIR) + "/examples")) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    std::string text = buf.str();
    // Line by line, as the segmenter hands out ranges within a paragraph.
    size_t b = 0;
    while (b < text.size()) {
      size_t e = text.find('\n', b);
      if (e == std::string::npos) e = text.size();
      tokens += ExpectSameTokens(text, static_cast<uint32_t>(b), static_cast<uint32_t>(e));
      b = e + 1;
    }
  }
  EXPECT_GT(tokens, 1000u);
}

TEST(TokenizerEquivalenceTest, MatchesTheReferenceOnRandomStrings) {
  // The characters the rules look at, a few letters and digits, and pieces
  // of UTF-8 (É, é, a curly quote's bytes).
  const std::vector<std::string> pieces = {
      "a", "S", "s", "U", "b", "Z", "0", "7", ".", ",", "-", "'", " ", "\t", "\n", "\"",
      "(", ")", "!", "?", ":", "\xC3\x89", "\xC3\xA9", "\xE2\x80\x9C", "'s", "U.S.", "3.5"};
  std::mt19937 rng(20261201);
  for (int round = 0; round < 30000; ++round) {
    std::string s;
    size_t n = 1 + rng() % 24;
    for (size_t k = 0; k < n; ++k) s += pieces[rng() % pieces.size()];
    uint32_t begin = static_cast<uint32_t>(rng() % (s.size() + 1));
    uint32_t end = begin + static_cast<uint32_t>(rng() % (s.size() - begin + 1));
    ExpectSameTokens(s, begin, end);
    ExpectSameTokens(s, 0, static_cast<uint32_t>(s.size()));
    if (HasFailure()) return;
  }
}

}  // namespace
}  // namespace newsgraph
