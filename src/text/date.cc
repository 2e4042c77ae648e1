#include "text/date.h"

#include <array>
#include <cstdio>
#include <vector>

namespace newsgraph {
namespace {

constexpr size_t kMaxDateLineBytes = 100;  // a date line is short
constexpr size_t kHeadLines = 60;          // non-empty lines looked at
constexpr size_t kBodyParagraphs = 3;      // long lines before we give up
constexpr size_t kLongLineBytes = 200;
constexpr int kMaxOtherWords = 3;

struct Token {
  std::string_view text;
  bool number = false;
  char before = ' ';  ///< the last separator character before it (' ' if none)
  bool glued = false; ///< no separator between it and the previous token
};

char LowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

bool EqualsLower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (LowerAscii(word[i]) != lower[i]) return false;
  }
  return true;
}

template <size_t N>
bool OneOf(std::string_view word, const std::array<std::string_view, N>& words) {
  for (std::string_view w : words) {
    if (EqualsLower(word, w)) return true;
  }
  return false;
}

// Letter runs and digit runs; anything else separates.
std::vector<Token> Split(std::string_view line) {
  std::vector<Token> tokens;
  char sep = ' ';
  bool glued = false;
  size_t i = 0;
  while (i < line.size()) {
    char c = line[i];
    if (!IsDigit(c) && !IsLetter(c)) {
      if (c != ' ' && c != '\t') sep = c;
      glued = false;
      ++i;
      continue;
    }
    size_t j = i;
    bool number = IsDigit(c);
    while (j < line.size() && (number ? IsDigit(line[j]) : IsLetter(line[j]))) ++j;
    tokens.push_back({line.substr(i, j - i), number, sep, glued && !tokens.empty()});
    sep = ' ';
    glued = true;
    i = j;
  }
  return tokens;
}

int ToInt(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

// 1..12 for a month name or its abbreviation, else 0.
int MonthOf(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kFull = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  for (size_t m = 0; m < kFull.size(); ++m) {
    if (EqualsLower(word, kFull[m])) return static_cast<int>(m) + 1;
    if (word.size() == 3 && EqualsLower(word, kFull[m].substr(0, 3))) return static_cast<int>(m) + 1;
  }
  if (EqualsLower(word, "sept")) return 9;
  return 0;
}

bool IsWeekday(std::string_view word) {
  static constexpr std::array<std::string_view, 7> kDays = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (std::string_view d : kDays) {
    if (EqualsLower(word, d) || (word.size() == 3 && EqualsLower(word, d.substr(0, 3)))) return true;
  }
  return false;
}

// Words a date line may carry besides the date.
bool IsFiller(std::string_view word) {
  static constexpr std::array<std::string_view, 24> kFillers = {
      "published", "updated", "posted", "on", "at", "last", "modified", "date",
      "am", "pm", "a", "m", "p", "gmt", "utc", "est", "edt", "cet", "cest", "msk",
      "bst", "pst", "t", "z"};
  return OneOf(word, kFillers) || IsWeekday(word);
}

bool IsOrdinal(std::string_view word) {
  static constexpr std::array<std::string_view, 4> kSuffixes = {"st", "nd", "rd", "th"};
  return OneOf(word, kSuffixes);
}

bool ValidDate(int y, int m, int d) {
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= kDays[m - 1] && !(m == 2 && d == 29 && !leap);
}

std::string Iso(int y, int m, int d) {
  char buf[40];  // room for any three ints, so no compiler sees a truncation
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

bool IsYear(const Token& t) { return t.number && t.text.size() == 4; }
bool IsDay(const Token& t) { return t.number && t.text.size() <= 2; }

// A date starting at token i; sets `end` past its last token.
struct Match {
  int y = 0, m = 0, d = 0;
  size_t end = 0;
};

bool MatchAt(const std::vector<Token>& t, size_t i, Match& out) {
  const size_t n = t.size();
  auto skip_ordinal = [&](size_t k) { return (k < n && t[k].glued && IsOrdinal(t[k].text)) ? k + 1 : k; };
  // Month D[th][,] YYYY
  if (!t[i].number && MonthOf(t[i].text) && i + 1 < n && IsDay(t[i + 1])) {
    size_t k = skip_ordinal(i + 2);
    if (k < n && IsYear(t[k])) {
      out = {ToInt(t[k].text), MonthOf(t[i].text), ToInt(t[i + 1].text), k + 1};
      return true;
    }
  }
  if (IsDay(t[i]) && i + 1 < n) {
    // D[th] [of] Month[,] YYYY
    size_t k = skip_ordinal(i + 1);
    if (k < n && EqualsLower(t[k].text, "of")) ++k;
    if (k + 1 < n && !t[k].number && MonthOf(t[k].text) && IsYear(t[k + 1])) {
      out = {ToInt(t[k + 1].text), MonthOf(t[k].text), ToInt(t[i].text), k + 2};
      return true;
    }
    // DD.MM.YYYY and D/M/YYYY (day > 12 only)
    if (i + 2 < n && IsDay(t[i + 1]) && IsYear(t[i + 2]) && t[i + 1].before == t[i + 2].before) {
      char sep = t[i + 1].before;
      int a = ToInt(t[i].text), b = ToInt(t[i + 1].text);
      if (sep == '.') {
        out = {ToInt(t[i + 2].text), b, a, i + 3};
        return true;
      }
      if (sep == '/' && (a > 12) != (b > 12)) {
        out = {ToInt(t[i + 2].text), a > 12 ? b : a, a > 12 ? a : b, i + 3};
        return true;
      }
    }
  }
  // YYYY-MM-DD
  if (IsYear(t[i]) && i + 2 < n && IsDay(t[i + 1]) && IsDay(t[i + 2]) && t[i + 1].before == '-' &&
      t[i + 2].before == '-') {
    out = {ToInt(t[i].text), ToInt(t[i + 1].text), ToInt(t[i + 2].text), i + 3};
    return true;
  }
  return false;
}

// True if every token outside [begin, end) is something a date line may hold.
bool RestIsDateLine(const std::vector<Token>& t, size_t begin, size_t end) {
  int other_words = 0;
  for (size_t k = 0; k < t.size(); ++k) {
    if (k >= begin && k < end) continue;
    const Token& tok = t[k];
    if (tok.number) {
      bool clock = tok.before == ':' || (k + 1 < t.size() && t[k + 1].before == ':');
      bool hour = k + 1 < t.size() && (EqualsLower(t[k + 1].text, "am") || EqualsLower(t[k + 1].text, "pm") ||
                                       EqualsLower(t[k + 1].text, "a") || EqualsLower(t[k + 1].text, "p"));
      bool offset = tok.before == '+' || tok.before == '-' || tok.before == '.';  // "+03:00", ".000Z"
      if (!clock && !hour && !offset) return false;
      continue;
    }
    if (IsFiller(tok.text)) continue;
    if (++other_words > kMaxOtherWords) return false;
  }
  return true;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string ParseDateLine(std::string_view line) {
  line = Trim(line);
  if (line.empty() || line.size() > kMaxDateLineBytes) return "";
  std::vector<Token> tokens = Split(line);
  std::string found;
  for (size_t i = 0; i < tokens.size(); ++i) {
    Match m;
    if (!MatchAt(tokens, i, m)) continue;
    if (!ValidDate(m.y, m.m, m.d) || !RestIsDateLine(tokens, i, m.end)) return "";
    return Iso(m.y, m.m, m.d);
  }
  return "";
}

std::string FindDocumentDate(std::string_view text) {
  size_t seen = 0, long_lines = 0, pos = 0;
  while (pos < text.size() && seen < kHeadLines && long_lines < kBodyParagraphs) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = Trim(text.substr(pos, nl - pos));
    pos = nl + 1;
    if (line.empty()) continue;
    ++seen;
    if (line.size() >= kLongLineBytes) {
      ++long_lines;
      continue;
    }
    std::string date = ParseDateLine(line);
    if (!date.empty()) return date;
  }
  return "";
}

}  // namespace newsgraph
