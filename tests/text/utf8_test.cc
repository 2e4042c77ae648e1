// SanitizeText: repair of invalid UTF-8, byte-order marks, line ends and the
// refusal of binary data; CodepointIndex offsets.
#include "text/utf8.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace newsgraph {
namespace {

const std::string kReplacement = "\xEF\xBF\xBD";  // U+FFFD

TEST(Utf8Test, KeepsValidTextUnchanged) {
  std::string text =
      "Zo\xC3\xAB met \xE2\x80\x9C" "Bj\xC3\xB6rn\xE2\x80\x9D \xF0\x9F\x98\x80.\n";
  SanitizeResult r = SanitizeText(text);
  EXPECT_EQ(r.text, text);
  EXPECT_EQ(r.repaired, 0u);
  EXPECT_EQ(r.refused, "");
}

TEST(Utf8Test, ReplacesTruncatedSequenceAtEndWithReplacementChar) {
  // First two bytes of a three-byte sequence (U+201C) and then the end.
  SanitizeResult r = SanitizeText("He said \xE2\x80");
  EXPECT_EQ(r.text, "He said " + kReplacement);
  EXPECT_EQ(r.repaired, 1u);
  EXPECT_EQ(r.refused, "");
}

TEST(Utf8Test, ReplacesTruncatedSequenceBeforeAsciiWithReplacementChar) {
  SanitizeResult r = SanitizeText("caf\xC3 bar");
  EXPECT_EQ(r.text, "caf" + kReplacement + " bar");
  EXPECT_EQ(r.repaired, 1u);
}

TEST(Utf8Test, ReplacesOverlongEncodingOfSlash) {
  // 0xC0 0xAF is an overlong '/', a classic path-traversal trick.
  SanitizeResult r = SanitizeText("a\xC0\xAF" "b");
  EXPECT_EQ(r.text.find('/'), std::string::npos);
  EXPECT_NE(r.text.find(kReplacement), std::string::npos);
  EXPECT_EQ(r.text.front(), 'a');
  EXPECT_EQ(r.text.back(), 'b');
  EXPECT_GE(r.repaired, 1u);
}

TEST(Utf8Test, ReplacesLoneContinuationByte) {
  SanitizeResult r = SanitizeText("x\x80y");
  EXPECT_EQ(r.text, "x" + kReplacement + "y");
  EXPECT_EQ(r.repaired, 1u);
}

TEST(Utf8Test, ReplacesEncodedSurrogate) {
  // ED A0 80 would be U+D800, a UTF-16 surrogate: not allowed in UTF-8.
  SanitizeResult r = SanitizeText("x\xED\xA0\x80y");
  EXPECT_NE(r.text.find(kReplacement), std::string::npos);
  EXPECT_EQ(r.text.find("\xED\xA0\x80"), std::string::npos);
  EXPECT_EQ(r.text.front(), 'x');
  EXPECT_EQ(r.text.back(), 'y');
  EXPECT_GE(r.repaired, 1u);
}

TEST(Utf8Test, ValidSequenceLengthRejectsInvalidStarts) {
  EXPECT_EQ(ValidSequenceLength("a", 0), 1u);
  EXPECT_EQ(ValidSequenceLength("\xC3\xAB", 0), 2u);
  EXPECT_EQ(ValidSequenceLength("\xE2\x80\x9C", 0), 3u);
  EXPECT_EQ(ValidSequenceLength("\xF0\x9F\x98\x80", 0), 4u);
  EXPECT_EQ(ValidSequenceLength("\x80", 0), 0u);
  EXPECT_EQ(ValidSequenceLength("\xC0\xAF", 0), 0u);
  EXPECT_EQ(ValidSequenceLength("\xED\xA0\x80", 0), 0u);
  EXPECT_EQ(ValidSequenceLength("\xE2\x80", 0), 0u);
}

TEST(Utf8Test, DropsUtf8ByteOrderMark) {
  SanitizeResult r = SanitizeText("\xEF\xBB\xBFHello.");
  EXPECT_EQ(r.text, "Hello.");
  EXPECT_EQ(r.repaired, 0u);
}

TEST(Utf8Test, DecodesUtf16LittleEndianWithByteOrderMark) {
  // BOM, "Hi ", U+00EB, "\n".
  std::string bytes("\xFF\xFE" "H\0i\0 \0\xEB\0\n\0", 12);
  SanitizeResult r = SanitizeText(bytes);
  EXPECT_EQ(r.refused, "");
  EXPECT_EQ(r.text, "Hi \xC3\xAB\n");
}

TEST(Utf8Test, DecodesUtf16BigEndianWithByteOrderMark) {
  // BOM, "Hi ", U+201C.
  std::string bytes("\xFE\xFF\0H\0i\0 \x20\x1C", 10);
  SanitizeResult r = SanitizeText(bytes);
  EXPECT_EQ(r.refused, "");
  EXPECT_EQ(r.text, "Hi \xE2\x80\x9C");
}

TEST(Utf8Test, DecodesUtf16SurrogatePair) {
  // U+1F600 as D83D DE00, little endian.
  std::string bytes("\xFF\xFE" "a\0\x3D\xD8\x00\xDE", 8);
  SanitizeResult r = SanitizeText(bytes);
  EXPECT_EQ(r.text, "a\xF0\x9F\x98\x80");
}

TEST(Utf8Test, TurnsCrlfAndLoneCrIntoLf) {
  SanitizeResult r = SanitizeText("one\r\ntwo\rthree\n\r\nfour");
  EXPECT_EQ(r.text, "one\ntwo\nthree\n\nfour");
}

TEST(Utf8Test, RefusesTextWithNulBytes) {
  std::string bytes("Hello\0world\0 and\0more", 22);
  SanitizeResult r = SanitizeText(bytes);
  EXPECT_NE(r.refused, "");
}

TEST(Utf8Test, RefusesPngHeader) {
  std::string bytes("\x89PNG\r\n\x1A\n", 8);
  bytes += "IHDR some ordinary looking text after the header";
  SanitizeResult r = SanitizeText(bytes);
  EXPECT_NE(r.refused, "");
}

TEST(Utf8Test, RefusesElfHeader) {
  std::string bytes("\x7F" "ELF", 4);
  bytes += "\x02\x01\x01 lots of text that looks harmless afterwards";
  SanitizeResult r = SanitizeText(bytes);
  EXPECT_NE(r.refused, "");
}

TEST(Utf8Test, CodepointIndexCountsMultibyteCharacters) {
  // "Zoë “x”": Z o ë(2 bytes) space “(3) x ”(3)
  std::string text = "Zo\xC3\xAB \xE2\x80\x9Cx\xE2\x80\x9D";
  CodepointIndex index(text);
  EXPECT_EQ(index.ToCodepoint(0), 0u);
  EXPECT_EQ(index.ToCodepoint(2), 2u);   // ë
  EXPECT_EQ(index.ToCodepoint(4), 3u);   // space
  EXPECT_EQ(index.ToCodepoint(8), 5u);   // x
  EXPECT_EQ(index.ToCodepoint(text.size()), 7u);
}

TEST(Utf8Test, CodepointIndexIsExactPastCheckpoints) {
  // 100 two-byte characters crosses several 64-byte checkpoints.
  std::string text;
  for (int i = 0; i < 100; ++i) text += "\xC3\xA9";
  CodepointIndex index(text);
  EXPECT_EQ(index.ToCodepoint(64), 32u);
  EXPECT_EQ(index.ToCodepoint(130), 65u);
  EXPECT_EQ(index.ToCodepoint(200), 100u);
}

TEST(Utf8Test, CodepointIndexMatchesCountingAtEveryOffset) {
  // Random mixes of one- to four-byte characters, around the 64-byte blocks.
  const char* const pieces[] = {"a", " ", "\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\x80"};
  std::mt19937 rng(20261202);
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const size_t n = rng() % 120;
    for (size_t k = 0; k < n; ++k) text += pieces[rng() % 5];
    CodepointIndex index(text);
    uint32_t expected = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
      ASSERT_EQ(index.ToCodepoint(i), expected) << "offset " << i << " of " << text.size();
      if (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++expected;
    }
  }
}

TEST(Utf8Test, AppendUtf8EncodesEachLength) {
  std::string out;
  AppendUtf8(0x41, out);
  AppendUtf8(0xEB, out);
  AppendUtf8(0x201C, out);
  AppendUtf8(0x1F600, out);
  EXPECT_EQ(out, "A\xC3\xAB\xE2\x80\x9C\xF0\x9F\x98\x80");
}

}  // namespace
}  // namespace newsgraph
