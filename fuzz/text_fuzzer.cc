// Fuzzes the document reader's text path: SanitizeText, Fold and Segment.
// Checks: the sanitised text is valid UTF-8 with LF line ends, folded
// offsets map back inside the text, and every sentence is in bounds,
// ordered and no longer than kMaxSentenceBytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extract/lexicon.h"
#include "fuzz_util.h"
#include "text/fold.h"
#include "text/segmenter.h"
#include "text/utf8.h"

using namespace newsgraph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Lexicon& lexicon = Lexicon::Default();
  SanitizeResult clean = SanitizeText(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!clean.refused.empty()) return 0;
  if (!fuzzing::IsValidUtf8(clean.text)) fuzzing::Fail("sanitised text is not valid UTF-8");
  if (clean.text.find('\r') != std::string::npos) fuzzing::Fail("CR left in sanitised text");

  FoldedText folded = Fold(clean.text);
  uint32_t last_original = 0;
  for (size_t i = 0; i <= folded.text.size(); ++i) {
    uint32_t o = folded.ToOriginal(i);
    if (o > clean.text.size()) fuzzing::Fail("folded offset past the text");
    if (o < last_original) fuzzing::Fail("folded offsets go backwards");
    last_original = o;
  }
  if (folded.ToOriginal(folded.text.size()) != clean.text.size()) {
    fuzzing::Fail("the folded end is not the original's end");
  }
  Segmentation seg = Segment(folded.text, lexicon);
  uint32_t last_end = 0;
  for (const Sentence& s : seg.sentences) {
    if (s.begin > s.end || s.end > folded.text.size()) fuzzing::Fail("sentence out of bounds");
    if (s.begin < last_end) fuzzing::Fail("sentences overlap or go backwards");
    if (s.end - s.begin > kMaxSentenceBytes) fuzzing::Fail("sentence longer than the bound");
    if (s.paragraph >= seg.paragraphs.size()) fuzzing::Fail("sentence names no paragraph");
    last_end = s.end;
  }
  for (const Paragraph& p : seg.paragraphs) {
    if (p.begin > p.end || p.end > folded.text.size()) fuzzing::Fail("paragraph out of bounds");
  }
  return 0;
}
