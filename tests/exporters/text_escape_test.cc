#include "exporters/text_escape.h"

#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "text/utf8.h"

namespace newsgraph {
namespace exporters {
namespace {

TEST(TextEscapeTest, RepairUtf8ReplacesOnlyBadBytes) {
  EXPECT_EQ(RepairUtf8("Erdoğan"), "Erdoğan");
  EXPECT_EQ(RepairUtf8("\xEF\xBF\xBD ok"), "\xEF\xBF\xBD ok");
  // Truncated sequence, stray continuation, overlong "/", surrogate, > U+10FFFF.
  EXPECT_EQ(RepairUtf8("a\xC4"), "a\xEF\xBF\xBD");
  EXPECT_EQ(RepairUtf8("\x80"), "\xEF\xBF\xBD");
  EXPECT_EQ(RepairUtf8("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(RepairUtf8("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(RepairUtf8("\xF4\x90\x80\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(RepairUtf8("\xF0\x9F\x98\x80"), "\xF0\x9F\x98\x80");
}

TEST(TextEscapeTest, CodePointCount) {
  EXPECT_EQ(CodePointCount(""), 0u);
  EXPECT_EQ(CodePointCount("Erdoğan"), 7u);
  EXPECT_EQ(CodePointCount("\xF0\x9F\x98\x80!"), 2u);
}

TEST(TextEscapeTest, TruncatePrefersWordEnds) {
  EXPECT_EQ(TruncateCodePoints("short", 10), "short");
  EXPECT_EQ(TruncateCodePoints("exactly10!", 10), "exactly10!");
  EXPECT_EQ(TruncateCodePoints("Collective Security Treaty", 20), "Collective Security…");
  EXPECT_EQ(TruncateCodePoints("Supercalifragilistic", 6), "Super…");
  EXPECT_EQ(TruncateCodePoints("a b cdefghijkl", 8), "a b cde…");
  EXPECT_EQ(TruncateCodePoints("anything", 0), "anything");
  EXPECT_EQ(TruncateCodePoints("ğğğğ", 3), "ğğ…");
}

TEST(TextEscapeTest, EscapeDot) {
  EXPECT_EQ(EscapeDot("a\"b\\c\nd\te\rf\x01g\xC2\x85h"), "a\\\"b\\\\c\\nd ef" "gh");
  EXPECT_EQ(EscapeDot("end\\"), "end\\\\");
  EXPECT_EQ(EscapeDot("bad\xFF"), "bad\xEF\xBF\xBD");
}

TEST(TextEscapeTest, EscapeXml) {
  EXPECT_EQ(EscapeXml("<a href=\"x\">&'</a> ]]>"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt; ]]&gt;");
  EXPECT_EQ(EscapeXml("t\tn\nr\r\x01\x1F\xEF\xBF\xBE\xEF\xBF\xBF."), "t\tn\nr&#13;.");
  EXPECT_EQ(EscapeXml("\xC3("), "\xEF\xBF\xBD(");
}

// The escapers copy runs of plain ASCII at once; byte for byte they must
// give what the per-code-point rules give, here spelled out one code point
// at a time over strings of mixed pieces.
std::string ByCodePoint(std::string_view text, bool xml) {
  std::string out;
  for (size_t pos = 0; pos < text.size();) {
    const size_t begin = pos;
    const uint32_t cp = DecodeUtf8(text, pos);
    const std::string_view bytes = text.substr(begin, pos - begin);
    const std::string bad = cp == kReplacementChar && bytes.size() == 1 ? "\xEF\xBF\xBD" : "";
    if (xml) {
      const std::string_view named[] = {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#13;"};
      const std::string_view chars = "&<>\"'\r";
      const size_t special = cp < 0x80 ? chars.find(static_cast<char>(cp)) : std::string_view::npos;
      if (special != std::string_view::npos) {
        out += named[special];
      } else if ((cp < 0x20 && cp != '\t' && cp != '\n') || cp == 0xFFFE || cp == 0xFFFF) {
      } else {
        out += bad.empty() ? std::string(bytes) : bad;
      }
    } else if (cp == '\\' || cp == '"') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\t') {
      out += ' ';
    } else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
    } else {
      out += bad.empty() ? std::string(bytes) : bad;
    }
  }
  return out;
}

TEST(TextEscapeTest, RunsOfPlainTextEscapeLikeSingleCodePoints) {
  const std::vector<std::string> pieces = {
      "plain words ", "&", "<", ">", "\"", "'", "\\", "\r", "\n", "\t", "\x01", "\x7F",
      "\xC2\x85", "\xC4\x9F", "\xE2\x80\x9C", "\xEF\xBF\xBE", "\xEF\xBF\xBD", "\xF0\x9F\x98\x80",
      "\xFF", "\xC3", "\x80", "\xED\xA0\x80", "]]>", "x"};
  uint64_t state = 42;
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    for (int i = 0; i < 12; ++i) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      text += pieces[(state >> 33) % pieces.size()];
    }
    ASSERT_EQ(EscapeXml(text), ByCodePoint(text, true)) << text;
    ASSERT_EQ(EscapeDot(text), ByCodePoint(text, false)) << text;
    std::string repaired;
    for (size_t pos = 0; pos < text.size();) {
      const size_t begin = pos;
      const uint32_t cp = DecodeUtf8(text, pos);
      repaired += cp == kReplacementChar && pos - begin == 1 ? std::string("\xEF\xBF\xBD")
                                                               : text.substr(begin, pos - begin);
    }
    ASSERT_EQ(RepairUtf8(text), repaired) << text;
    std::string appended = "kept:";
    AppendEscapedXml(text, appended);
    ASSERT_EQ(appended, "kept:" + EscapeXml(text));
  }
}

// DecodeUtf8 reads back every code point AppendUtf8 writes, and takes one
// byte of anything utf8.h does not call a character.
TEST(TextEscapeTest, DecodesEveryCodePointAndRejectsTheRest) {
  for (uint32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    std::string bytes;
    AppendUtf8(cp, bytes);
    size_t pos = 0;
    ASSERT_EQ(DecodeUtf8(bytes, pos), cp);
    ASSERT_EQ(pos, bytes.size());
  }
  for (std::string_view bad : {std::string_view("\xC0\x80"), std::string_view("\xED\xA0\x80"),
                               std::string_view("\xF4\x90\x80\x80"), std::string_view("\xE2\x82"),
                               std::string_view("\x80"), std::string_view("\xFF")}) {
    size_t pos = 0;
    EXPECT_EQ(DecodeUtf8(bad, pos), kReplacementChar);
    EXPECT_EQ(pos, 1u);
  }
}

}  // namespace
}  // namespace exporters
}  // namespace newsgraph
