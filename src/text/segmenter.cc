#include "text/segmenter.h"

#include <cstring>
#include <string>

#include "extract/lexicon.h"
#include "text/byte_scan.h"

namespace newsgraph {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLetter(char c) { return IsUpper(c) || IsLower(c) || static_cast<unsigned char>(c) >= 0x80; }

size_t CountWords(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool sp = IsSpace(c);
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

// The first of '.', '!', '?' in text[i, end), or end.
uint32_t FindSentencePunct(std::string_view text, uint32_t i, uint32_t end) {
  return i + static_cast<uint32_t>(
                 byte_scan::RunWithout(text.data() + i, text.data() + end, '.', '!', '?'));
}

// The word that ends just before `dot` (letters and inner dots: "U.S").
std::string_view WordBefore(std::string_view text, size_t dot, size_t floor) {
  size_t b = dot;
  while (b > floor && (IsLetter(text[b - 1]) || text[b - 1] == '.')) --b;
  return text.substr(b, dot - b);
}

bool EndsSentenceAt(std::string_view text, size_t dot, size_t floor, size_t next,
                    const Lexicon& lex) {
  std::string_view word = WordBefore(text, dot, floor);
  if (word.empty()) return true;
  if (word.size() == 1 && IsUpper(word[0])) return false;  // an initial: "J. Smith"
  if (lex.IsAbbreviation(word)) {
    // "in the U.S. The ..." does end; "Mr. Smith" never does.
    bool dotted = word.find('.') != std::string_view::npos;
    if (!dotted) return false;
    size_t e = next;
    while (e < text.size() && IsLetter(text[e])) ++e;
    return lex.IsNotName(text.substr(next, e - next));
  }
  return true;
}

void SplitParagraph(std::string_view text, uint32_t pb, uint32_t pe, uint32_t index,
                    const Lexicon& lex, std::vector<Sentence>& out) {
  auto push = [&](uint32_t b, uint32_t e) {
    while (b < e && IsSpace(text[b])) ++b;
    while (e > b && IsSpace(text[e - 1])) --e;
    // Cut overlong runs at a space so per-sentence work stays bounded.
    while (e - b > kMaxSentenceBytes) {
      uint32_t cut = b + kMaxSentenceBytes;
      uint32_t space = cut;
      while (space > b + kMaxSentenceBytes / 2 && !IsSpace(text[space])) --space;
      if (IsSpace(text[space])) cut = space;
      // Never cut inside a UTF-8 sequence.
      while (cut > b && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
      if (cut == b) cut = b + kMaxSentenceBytes;
      out.push_back({b, cut, index});
      b = cut;
      while (b < e && IsSpace(text[b])) ++b;
    }
    if (b < e) out.push_back({b, e, index});
  };
  uint32_t start = pb;
  for (uint32_t i = pb; i < pe; ++i) {
    i = FindSentencePunct(text, i, pe);
    if (i >= pe) break;
    char c = text[i];
    uint32_t j = i + 1;
    while (j < pe && (text[j] == '.' || text[j] == '!' || text[j] == '?')) ++j;
    while (j < pe && (text[j] == '"' || text[j] == '\'' || text[j] == ')' || text[j] == ']')) ++j;
    if (j >= pe) break;
    if (!IsSpace(text[j])) {
      i = j - 1;
      continue;
    }
    uint32_t k = j;
    while (k < pe && IsSpace(text[k])) ++k;
    if (k >= pe) break;
    char n = text[k];
    bool starts = IsUpper(n) || IsDigit(n) || n == '"' || n == '(' || n == '\'' || n == '[' ||
                  (static_cast<unsigned char>(n) >= 0x80);
    if (!starts) {
      i = j - 1;
      continue;
    }
    if (c == '.' && j == i + 1 && !EndsSentenceAt(text, i, start, k, lex)) {
      i = j - 1;
      continue;
    }
    push(start, j);
    start = j;
    i = j - 1;
  }
  push(start, pe);
}

}  // namespace

bool IsClutterParagraph(std::string_view line, const Lexicon& lexicon) {
  // Bullets and list markers in front of menu items.
  while (!line.empty() && (line.front() == '*' || line.front() == '-' || IsSpace(line.front()))) {
    line.remove_prefix(1);
  }
  if (line.empty()) return true;
  if (lexicon.IsClutterLineAnyCase(line)) return true;
  // A bare link. (Lower-casing keeps bytes in place, so only the start is lowered.)
  std::string start = Lower(line.substr(0, 8));
  std::string_view lower_start = start;
  if (lower_start.substr(0, 7) == "http://" || lower_start.substr(0, 8) == "https://" ||
      lower_start.substr(0, 4) == "www.") {
    if (line.find(' ') == std::string_view::npos) return true;
  }
  bool has_letter = false;
  for (char c : line) {
    if (IsLetter(c)) {
      has_letter = true;
      break;
    }
  }
  if (!has_letter) return true;
  char last = line.back();
  bool punctuated = last == '.' || last == '!' || last == '?' || last == '"' || last == ':' ||
                    last == '\'' || last == ')';
  return !punctuated && CountWords(line) <= 4;
}

Segmentation Segment(std::string_view text, const Lexicon& lexicon) {
  Segmentation seg;
  SegmentInto(text, lexicon, seg);
  return seg;
}

void SegmentInto(std::string_view text, const Lexicon& lexicon, Segmentation& seg) {
  seg.paragraphs.clear();
  seg.sentences.clear();
  uint32_t n = static_cast<uint32_t>(text.size());
  // News paragraphs and sentences run to a few hundred bytes: enough room
  // for most documents at once.
  seg.paragraphs.reserve(n / 256 + 8);
  seg.sentences.reserve(n / 96 + 8);
  uint32_t b = 0;
  while (b < n) {
    const void* nl = std::memchr(text.data() + b, '\n', n - b);
    uint32_t e = nl ? static_cast<uint32_t>(static_cast<const char*>(nl) - text.data()) : n;
    uint32_t tb = b, te = e;
    while (tb < te && IsSpace(text[tb])) ++tb;
    while (te > tb && IsSpace(text[te - 1])) --te;
    if (tb < te) {
      Paragraph p{tb, te, IsClutterParagraph(text.substr(tb, te - tb), lexicon)};
      uint32_t index = static_cast<uint32_t>(seg.paragraphs.size());
      seg.paragraphs.push_back(p);
      if (!p.clutter) SplitParagraph(text, tb, te, index, lexicon, seg.sentences);
    }
    b = e + 1;
  }
}

}  // namespace newsgraph
