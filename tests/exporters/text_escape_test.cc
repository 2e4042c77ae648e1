#include "exporters/text_escape.h"

#include <string>

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace exporters
}  // namespace newsgraph
