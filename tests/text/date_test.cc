// The document date read from the head of the text (text/date.h).
#include "text/date.h"

#include <gtest/gtest.h>

namespace newsgraph {
namespace {

TEST(DateLineTest, MonthFirst) {
  EXPECT_EQ(ParseDateLine("Thursday, May 16, 2019 "), "2019-05-16");
  EXPECT_EQ(ParseDateLine("Nov. 7, 2022"), "2022-11-07");
  EXPECT_EQ(ParseDateLine("September 4th, 2019"), "2019-09-04");
}

TEST(DateLineTest, DayFirstWithTime) {
  EXPECT_EQ(ParseDateLine("07 November 2022 12:47"), "2022-11-07");
  EXPECT_EQ(ParseDateLine("Published: 5 Jan 2020 | 10:12 GMT"), "2020-01-05");
  EXPECT_EQ(ParseDateLine("the 3rd of March, 2021"), "2021-03-03");
}

TEST(DateLineTest, Numeric) {
  EXPECT_EQ(ParseDateLine("2021-03-04T10:00:00Z"), "2021-03-04");
  EXPECT_EQ(ParseDateLine("Updated 2021-03-04 10:00 +03:00"), "2021-03-04");
  EXPECT_EQ(ParseDateLine("24.12.2016"), "2016-12-24");
  EXPECT_EQ(ParseDateLine("24/12/2016"), "2016-12-24");
  EXPECT_EQ(ParseDateLine("12/24/2016"), "2016-12-24");
  EXPECT_EQ(ParseDateLine("05/06/2016"), "") << "day and month order unknown";
}

TEST(DateLineTest, BylineAllowed) {
  EXPECT_EQ(ParseDateLine("By Jane Roe | May 3, 2021"), "2021-05-03");
}

TEST(DateLineTest, NotADateLine) {
  EXPECT_EQ(ParseDateLine("February 30, 2020"), "");
  EXPECT_EQ(ParseDateLine("Caliber.az (c) 2024."), "");
  EXPECT_EQ(ParseDateLine("Summit set for May 20, 2023 in Minsk, leaders say"), "");
  EXPECT_EQ(ParseDateLine("Phone 2021-555-0100"), "");
  EXPECT_EQ(ParseDateLine(""), "");
}

TEST(DocumentDateTest, DateLineAfterMenus) {
  std::string text =
      "twitter\nyoutube\nsearch\n\nHeadline of the piece\n\n07 November 2022 12:47\n\n"
      "The body starts here.\n";
  EXPECT_EQ(FindDocumentDate(text), "2022-11-07");
}

TEST(DocumentDateTest, EventDateInTheBodyIsNotTheDocumentDate) {
  std::string text =
      "Headline\n\nOn May 15, 1992, in Tashkent, the leaders of six states signed the treaty "
      "establishing the organisation, which has since grown into a military alliance of its own.\n";
  EXPECT_EQ(FindDocumentDate(text), "");
}

TEST(DocumentDateTest, GivesUpAfterTheBodyBegins) {
  std::string para(250, 'x');
  std::string text = "Title\n" + para + "\n" + para + "\n" + para + "\nMay 3, 2021\n";
  EXPECT_EQ(FindDocumentDate(text), "");
}

}  // namespace
}  // namespace newsgraph
