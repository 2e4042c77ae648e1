#include "extract/tokenizer.h"

namespace newsgraph {
namespace {

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsWordByte(char c) {
  // Bytes >= 0x80 are parts of letters here: punctuation outside ASCII was
  // folded to ASCII before tokenizing, and U+FFFD is rare enough to ignore.
  return IsAsciiLetter(c) || IsDigit(c) || static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace

bool StartsUpper(std::string_view s) {
  if (s.empty()) return false;
  auto c = static_cast<unsigned char>(s[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (s.size() < 2) return false;
  uint32_t cp = 0;
  if ((c & 0xE0) == 0xC0) {
    cp = (c & 0x1F) << 6 | (s[1] & 0x3F);
  } else if ((c & 0xF0) == 0xE0 && s.size() >= 3) {
    cp = (c & 0x0F) << 12 | (s[1] & 0x3F) << 6 | (s[2] & 0x3F);
  }
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x17F) {
    // Pairs start on even code points except in U+0139..U+0148 and
    // U+0179..U+017E, where the capital is odd (Ł, Ń, Ž, Ż).
    if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) return cp % 2 == 1;
    if (cp == 0x138 || cp == 0x149 || cp == 0x17F) return false;
    if (cp == 0x178) return true;
    return cp % 2 == 0;
  }
  if (cp >= 0x391 && cp <= 0x3A9) return true;          // Greek capitals
  if (cp >= 0x400 && cp <= 0x42F) return true;          // Cyrillic capitals
  return false;
}

std::vector<Token> Tokenize(std::string_view s, std::string_view lower, uint32_t begin,
                            uint32_t end) {
  std::vector<Token> out;
  out.reserve((end - begin) / 5 + 4);
  uint32_t i = begin;
  auto push = [&](uint32_t b, uint32_t e, bool word) {
    Token t;
    t.begin = b;
    t.end = e;
    t.text = s.substr(b, e - b);
    t.lower = lower.substr(b, e - b);
    t.word = word;
    if (word) {
      t.capital = StartsUpper(t.text);
      t.number = true;
      for (char c : t.text) t.number = t.number && (IsDigit(c) || c == ',' || c == '.');
    }
    out.push_back(t);
  };
  while (i < end) {
    char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n') {
      ++i;
      continue;
    }
    if (!IsWordByte(c)) {
      // A possessive "'s" after a word.
      if (c == '\'' && i + 1 < end && (s[i + 1] == 's' || s[i + 1] == 'S') && i > begin &&
          IsWordByte(s[i - 1]) && (i + 2 >= end || !IsWordByte(s[i + 2]))) {
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
    // Dotted initialisms: U.S. / U.K. / a.m.
    if (IsAsciiLetter(c) && i + 1 < end && s[i + 1] == '.' && i + 2 < end &&
        IsAsciiLetter(s[i + 2]) && (i + 3 >= end || s[i + 3] == '.')) {
      while (j + 1 < end && IsAsciiLetter(s[j]) && s[j + 1] == '.') j += 2;
      push(i, j, true);
      i = j;
      continue;
    }
    while (j < end) {
      if (IsWordByte(s[j])) {
        ++j;
      } else if ((s[j] == '-' || s[j] == '\'' || s[j] == '.' || s[j] == ',') && j + 1 < end &&
                 IsWordByte(s[j + 1]) && j > i) {
        // Inner hyphen/apostrophe; inner '.' or ',' only between digits (3.5, 1,000).
        if ((s[j] == '.' || s[j] == ',') && !(IsDigit(s[j - 1]) && IsDigit(s[j + 1]))) break;
        if (s[j] == '\'' && (s[j + 1] == 's' || s[j + 1] == 'S') &&
            (j + 2 >= end || !IsWordByte(s[j + 2]))) {
          break;  // possessive: its own token
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

int AsYear(const Token& t) {
  if (!t.word || t.text.size() != 4) return 0;
  int y = 0;
  for (char c : t.text) {
    if (!IsDigit(c)) return 0;
    y = y * 10 + (c - '0');
  }
  return (y >= 1000 && y <= 2199) ? y : 0;
}

}  // namespace newsgraph
