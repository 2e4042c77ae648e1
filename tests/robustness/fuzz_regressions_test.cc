// Inputs from the libFuzzer runs (scripts/fuzz.sh), inline, checked with
// the same invariants the fuzz targets assert. Every crash a fuzzer finds
// gets a test here.
//
// Found so far: every target stopped at its first input on UBSan's
// "applying non-zero offset 16 to null pointer" inside RapidJSON 1.1.0's
// internal/stack.h (Lexicon::Load parsing the lexicon). It is in Debian's
// header, not ours, and harmless in practice; fuzz/ubsan_ignorelist.txt
// silences it for clang builds and scripts/test.sh uses that list.
// LexiconLoadsCleanly keeps the path covered under the sanitizer build.
#include <gtest/gtest.h>

#include <cfloat>
#include <sstream>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

#include "exporters/jsonl_exporter.h"
#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "text/fold.h"
#include "text/segmenter.h"
#include "text/utf8.h"

namespace newsgraph {
namespace {

bool IsValidUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    size_t n = ValidSequenceLength(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

// What text_fuzzer and extract_fuzzer assert, for one input.
void ExpectFuzzInvariants(std::string_view bytes) {
  SCOPED_TRACE(testing::PrintToString(std::string(bytes)));
  SanitizeResult clean = SanitizeText(bytes);
  if (!clean.refused.empty()) return;
  EXPECT_TRUE(IsValidUtf8(clean.text));
  EXPECT_EQ(clean.text.find('\r'), std::string::npos);
  FoldedText folded = Fold(clean.text);
  ASSERT_EQ(folded.ToOriginal(folded.text.size()), clean.text.size());
  Segmentation seg = Segment(folded.text, Lexicon::Default());
  uint32_t last = 0;
  for (const Sentence& s : seg.sentences) {
    EXPECT_LE(s.begin, s.end);
    EXPECT_LE(s.end, folded.text.size());
    EXPECT_GE(s.begin, last);
    EXPECT_LE(s.end - s.begin, kMaxSentenceBytes);
    last = s.end;
  }
  Document doc;
  doc.id = "fuzz.txt";
  doc.text = clean.text;
  size_t codepoints = 0;
  for (unsigned char c : doc.text) codepoints += (c & 0xC0) != 0x80;
  for (const Triple& t : ExtractTriples(doc, Lexicon::Default())) {
    EXPECT_FALSE(t.subject.empty());
    EXPECT_TRUE(IsValidUtf8(t.subject) && IsValidUtf8(t.object));
    EXPECT_LE(t.evidence.start, t.evidence.end);
    EXPECT_LE(t.evidence.end, codepoints);
  }
}

TEST(FuzzRegressionsTest, LexiconLoadsCleanly) {
  EXPECT_NO_FATAL_FAILURE(Lexicon::Default());
}

TEST(FuzzRegressionsTest, EdgeInputsKeepTheInvariants) {
  using namespace std::string_view_literals;
  for (std::string_view input : {
           ""sv, "\xEF\xBB\xBF"sv, "\xFF\xFE"sv, "\xFE\xFF"sv,
           "\xFF\xFE" "A\0r\0"sv,                 // UTF-16LE
           "\xFF\xFE" "A\0r"sv,                   // UTF-16LE, odd length
           "\xFF\xFE\x00\xD8 \0"sv,               // UTF-16LE lone high surrogate
           "\xFE\xFF\xDC\x00\x00 "sv,             // UTF-16BE lone low surrogate
           "\r"sv, "\r\r\n\n\r"sv, "A.\r\"B\" said C."sv,
           "\"\"\"\"\"\"\"\" said \""sv, "\xE2\x80\x9C said \xE2\x80\x9D"sv,
           "Mr. U.S. J. Jan. A."sv, "...!?.\"')]"sv,
           "\xE2\x80\x8B\xE2\x80\x8B\xE2\x80\x8B"sv,  // zero-width only: folds to nothing
           "\xF4\x8F\xBF\xBF\xF4\x90\x80\x80"sv,      // U+10FFFF and past it
       }) {
    ExpectFuzzInvariants(input);
  }
}

// Found by a differential review: the speech rules read one token past a
// sentence that ends right after "told <audience>" or "statement by the".
// Inside a document that is the next sentence's token (and a sanitizer
// build, whose spans check their bounds, traps); at the document's end it
// was memory the token array had reserved but not filled.
TEST(FuzzRegressionsTest, SentenceEndingInsideAReportingPattern) {
  for (const char* text : {"John Smith told the summit", "\"We will act,\" said the statement by the",
                           "John Smith told the summit\n\nMaria Olsen told reporters"}) {
    ExpectFuzzInvariants(text);
  }
}

TEST(FuzzRegressionsTest, SentenceBoundHoldsWithoutSpacesToCutAt) {
  // kMaxSentenceBytes must hold even when there is no space to cut at.
  ExpectFuzzInvariants(std::string(5000, 'A'));
  ExpectFuzzInvariants(std::string(3000, '"'));
  std::string multibyte;
  for (int i = 0; i < 1500; ++i) multibyte += "\xC3\xA9";
  ExpectFuzzInvariants(multibyte);
}

// jsonl_export_fuzzer, first input: a confidence near DBL_MAX overflowed
// while being rounded and was written as `"confidence":,` (invalid JSON).
TEST(FuzzRegressionsTest, HugeConfidenceStillGivesValidJson) {
  for (double confidence : {-DBL_MAX, DBL_MAX, 1e306, -0.0, DBL_MIN}) {
    Triple t;
    t.subject = "A";
    t.object = "B";
    t.predicate = Predicate::kSaid;
    t.confidence = confidence;
    t.year = INT32_MIN;
    std::ostringstream out;
    WriteTripleJson(t, out, true);
    rapidjson::Document doc;
    doc.Parse(out.str().c_str());
    EXPECT_FALSE(doc.HasParseError()) << out.str();
    EXPECT_TRUE(doc.IsObject() && doc.HasMember("confidence") && doc["confidence"].IsNumber())
        << out.str();
  }
}

}  // namespace
}  // namespace newsgraph
