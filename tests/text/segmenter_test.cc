// Segment: paragraphs, clutter lines and sentence boundaries of folded text.
#include "text/segmenter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/lexicon.h"

namespace newsgraph {
namespace {

std::vector<std::string> Sentences(const std::string& text) {
  Segmentation s = Segment(text, Lexicon::Default());
  std::vector<std::string> out;
  for (const Sentence& sentence : s.sentences) {
    out.push_back(text.substr(sentence.begin, sentence.end - sentence.begin));
  }
  return out;
}

bool IsClutter(const std::string& line) {
  return IsClutterParagraph(line, Lexicon::Default());
}

TEST(SegmenterTest, SplitsOnPeriodBeforeCapitalisedWord) {
  EXPECT_EQ(Sentences("The ferry left at noon. The storm came later."),
            (std::vector<std::string>{"The ferry left at noon.",
                                      "The storm came later."}));
}

TEST(SegmenterTest, SplitsOnQuestionAndExclamationMarks) {
  EXPECT_EQ(Sentences("Who paid? Nobody knows! It was odd."),
            (std::vector<std::string>{"Who paid?", "Nobody knows!", "It was odd."}));
}

TEST(SegmenterTest, KeepsClosingQuoteWithItsSentence) {
  EXPECT_EQ(Sentences("She said: \"We won.\" Then she left."),
            (std::vector<std::string>{"She said: \"We won.\"", "Then she left."}));
}

TEST(SegmenterTest, DoesNotSplitAfterHonorific) {
  EXPECT_EQ(Sentences("Mr. Lund met Dr. Olsen in Oslo."),
            (std::vector<std::string>{"Mr. Lund met Dr. Olsen in Oslo."}));
}

TEST(SegmenterTest, DoesNotSplitAfterDottedInitialism) {
  EXPECT_EQ(Sentences("U.S. officials met in Oslo on Monday."),
            (std::vector<std::string>{"U.S. officials met in Oslo on Monday."}));
}

TEST(SegmenterTest, DoesNotSplitAfterInitials) {
  EXPECT_EQ(Sentences("The report by J. R. Smith was late."),
            (std::vector<std::string>{"The report by J. R. Smith was late."}));
}

TEST(SegmenterTest, DoesNotSplitInsideDecimalNumber) {
  EXPECT_EQ(Sentences("Growth was 3.5 percent last year. It fell."),
            (std::vector<std::string>{"Growth was 3.5 percent last year.", "It fell."}));
}

TEST(SegmenterTest, EachLineIsAParagraph) {
  std::string text = "The ferry left at noon.\nThe storm came later.\n";
  Segmentation s = Segment(text, Lexicon::Default());
  ASSERT_EQ(s.paragraphs.size(), 2u);
  ASSERT_EQ(s.sentences.size(), 2u);
  EXPECT_EQ(s.sentences[0].paragraph, 0u);
  EXPECT_EQ(s.sentences[1].paragraph, 1u);
}

TEST(SegmenterTest, MarksWebClutterLines) {
  EXPECT_TRUE(IsClutter("Leave a Reply"));
  EXPECT_TRUE(IsClutter("Share this article"));
  EXPECT_TRUE(IsClutter("Copyright 2020 Harbour Daily. All rights reserved."));
  EXPECT_TRUE(IsClutter("https://example.com/news/2020/05/ferry-story"));
  EXPECT_TRUE(IsClutter("Home"));
  EXPECT_TRUE(IsClutter("Menu"));
}

TEST(SegmenterTest, KeepsArticleSentencesAsContent) {
  EXPECT_FALSE(IsClutter("The ferry to Tromvik left the harbour at noon on Monday."));
  EXPECT_FALSE(IsClutter("Share prices fell sharply in Oslo after the announcement."));
  EXPECT_FALSE(IsClutter("\"We will rebuild the pier,\" Maria Olsen said."));
}

TEST(SegmenterTest, ClutterLinesYieldNoSentences) {
  std::string text =
      "Home\nThe ferry left at noon.\nShare this article\nLeave a Reply\n"
      "https://example.com/a/b\nCopyright 2020 Harbour Daily\n";
  Segmentation s = Segment(text, Lexicon::Default());
  ASSERT_EQ(s.sentences.size(), 1u);
  EXPECT_EQ(text.substr(s.sentences[0].begin, s.sentences[0].end - s.sentences[0].begin),
            "The ferry left at noon.");
  size_t clutter = 0;
  for (const Paragraph& p : s.paragraphs) clutter += p.clutter;
  EXPECT_EQ(clutter, 5u);
}

TEST(SegmenterTest, CutsLongRunWithoutPunctuationIntoBoundedSentences) {
  std::string text;
  text.reserve(1 << 20);
  while (text.size() < (1u << 20)) text += "harbour ";
  Segmentation s = Segment(text, Lexicon::Default());
  ASSERT_GT(s.sentences.size(), 1u);
  size_t covered = 0;
  for (const Sentence& sentence : s.sentences) {
    ASSERT_LE(sentence.end - sentence.begin, kMaxSentenceBytes);
    ASSERT_LE(sentence.begin, sentence.end);
    covered += sentence.end - sentence.begin;
  }
  // Nothing but the spaces at the cuts is lost.
  EXPECT_GE(covered + s.sentences.size() + 1, text.size() - 1);
}

}  // namespace
}  // namespace newsgraph
