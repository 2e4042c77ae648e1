// Helpers shared by the extraction tests: run the whole extraction stage on
// a short inline text and pick triples out of the result. Header-only: the
// test build compiles only *_test.cc files.
#ifndef NEWSGRAPH_TESTS_EXTRACT_TEST_UTIL_H_
#define NEWSGRAPH_TESTS_EXTRACT_TEST_UTIL_H_

#include <cstdint>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "extract/triple.h"
#include "text/document.h"
#include "text/utf8.h"

namespace newsgraph {
namespace extract_test {

/// The triples of `text`, read as a document named "t.txt" with the default
/// lexicon.
inline std::vector<Triple> Extract(std::string text) {
  Document doc;
  doc.id = "t.txt";
  doc.source = "t.txt";
  doc.text = std::move(text);
  return ExtractTriples(doc, Lexicon::Default());
}

/// The canonical name the extractors give a lexicon entity ("CSTO" →
/// "Collective Security Treaty Organization"), or `surface` if unknown.
inline std::string OrgName(std::string_view surface) {
  const LexiconEntity* e = Lexicon::Default().FindEntity(surface);
  if (e == nullptr) return std::string(surface);
  return e->full_name.empty() ? e->name : e->full_name;
}

/// Only the triples with predicate `p`.
inline std::vector<Triple> OfPredicate(const std::vector<Triple>& triples,
                                       Predicate p) {
  std::vector<Triple> out;
  for (const Triple& t : triples) {
    if (t.predicate == p) out.push_back(t);
  }
  return out;
}

/// The first `said` triple whose subject is `speaker`, or null. Points into
/// `triples`, which must outlive it.
inline const Triple* FindSaid(const std::vector<Triple>& triples,
                              std::string_view speaker) {
  for (const Triple& t : triples) {
    if (t.predicate == Predicate::kSaid && t.subject == speaker) return &t;
  }
  return nullptr;
}

/// The first `said` triple whose object is exactly `quote`, or null.
inline const Triple* FindSaidObject(const std::vector<Triple>& triples,
                                    std::string_view quote) {
  for (const Triple& t : triples) {
    if (t.predicate == Predicate::kSaid && t.object == quote) return &t;
  }
  return nullptr;
}

/// The first triple (subject, p, object), or null.
inline const Triple* Find(const std::vector<Triple>& triples,
                          std::string_view subject, Predicate p,
                          std::string_view object) {
  for (const Triple& t : triples) {
    if (t.predicate == p && t.subject == subject && t.object == object) {
      return &t;
    }
  }
  return nullptr;
}

/// Subjects of every triple (p, object), in order.
inline std::vector<std::string> SubjectsOf(const std::vector<Triple>& triples,
                                           Predicate p,
                                           std::string_view object) {
  std::vector<std::string> out;
  for (const Triple& t : triples) {
    if (t.predicate == p && t.object == object) out.push_back(t.subject);
  }
  return out;
}

/// How many triples have predicate `p`.
inline size_t CountOf(const std::vector<Triple>& triples, Predicate p) {
  size_t n = 0;
  for (const Triple& t : triples) n += t.predicate == p;
  return n;
}

/// The code points [start, end) of valid UTF-8 `text`, as UTF-8.
inline std::string SubstrByCodepoints(std::string_view text, uint32_t start,
                                      uint32_t end) {
  std::string out;
  uint32_t cp = 0;
  for (size_t i = 0; i < text.size();) {
    size_t len = ValidSequenceLength(text, i);
    if (len == 0) len = 1;
    if (cp >= start && cp < end) out.append(text.substr(i, len));
    ++cp;
    i += len;
  }
  return out;
}

/// One line per triple, for failure messages: "subject | predicate | object".
inline std::string Dump(const std::vector<Triple>& triples) {
  std::ostringstream out;
  out << triples.size() << " triple(s)\n";
  for (const Triple& t : triples) {
    out << "  " << t.subject << " | " << ToString(t.predicate) << " | "
        << t.object;
    if (t.year != 0) out << " | year=" << t.year;
    if (!t.role.empty()) out << " | role=" << t.role;
    out << " [" << t.evidence.start << "," << t.evidence.end << ")\n";
  }
  return out.str();
}

/// Success when `triples` hold a `said` triple whose object is exactly
/// `quote` and whose subject is `speaker`; otherwise says what was found.
inline ::testing::AssertionResult SaidBy(const std::vector<Triple>& triples,
                                         std::string_view quote, std::string_view speaker) {
  const Triple* s = FindSaidObject(triples, quote);
  if (s == nullptr) {
    return ::testing::AssertionFailure() << "no said triple with object '" << quote << "'\n"
                                         << Dump(triples);
  }
  if (s->subject != speaker) {
    return ::testing::AssertionFailure() << "'" << quote << "' is said by '" << s->subject
                                         << "', not '" << speaker << "'\n" << Dump(triples);
  }
  return ::testing::AssertionSuccess();
}

}  // namespace extract_test
}  // namespace newsgraph

#endif  // NEWSGRAPH_TESTS_EXTRACT_TEST_UTIL_H_
