// A document's date, read from its text.
//
// Scraped articles carry their publication date as a line of its own near
// the top: "Thursday, May 16, 2019", "07 November 2022 12:47",
// "Published: 2021-03-04T10:00:00Z", "Updated 5 Jan. 2020 | 10:12 GMT".
// FindDocumentDate looks at the first short lines of the head of the text
// (menus and headlines come first in scraped pages) and returns the first
// date that makes up such a line, as ISO "YYYY-MM-DD". A date inside a
// sentence of the body ("On May 15, 1992, in Tashkent, ...") is an event
// date, not the document's, and is never taken.
//
// Accepted forms: "Month D, YYYY" (also abbreviated "Nov." and ordinal
// "7th"), "D Month YYYY", "D Month, YYYY", "YYYY-MM-DD" (ISO, with an
// optional time part), "DD.MM.YYYY", and "D/M/YYYY" when the day is > 12 so
// the order is not in doubt. Around the date a line may hold a weekday, a
// time ("12:47", "10 am", "GMT"), "Published"/"Updated"/"Posted"/"on"/"at",
// separators, and at most three other words (a byline "By Jane Roe |").
#ifndef NEWSGRAPH_TEXT_DATE_H_
#define NEWSGRAPH_TEXT_DATE_H_

#include <string>
#include <string_view>

namespace newsgraph {

/// The date a document's head gives as a line of its own ("YYYY-MM-DD"), or
/// "" if there is none.
std::string FindDocumentDate(std::string_view text);

/// The date that makes up `line` (see above) as "YYYY-MM-DD", or "".
std::string ParseDateLine(std::string_view line);

}  // namespace newsgraph

#endif  // NEWSGRAPH_TEXT_DATE_H_
