// A small graph whose names try to break every output format: quotes,
// backslashes, markup, CDATA ends, SQL, newlines, tabs, control characters
// and non-ASCII text.
#ifndef NEWSGRAPH_TESTS_EXPORTERS_HOSTILE_GRAPH_H_
#define NEWSGRAPH_TESTS_EXPORTERS_HOSTILE_GRAPH_H_

#include <cstdint>
#include <string>
#include <utility>

#include "extract/triple.h"
#include "graph/graph_store.h"

namespace newsgraph {
namespace testing_util {

inline Triple MakeTriple(std::string subject, EntityType subject_type, Predicate predicate,
                         std::string object, EntityType object_type, std::string doc,
                         uint32_t sentence = 0) {
  Triple t;
  t.subject = std::move(subject);
  t.subject_type = subject_type;
  t.predicate = predicate;
  t.object = std::move(object);
  t.object_type = object_type;
  t.confidence = 0.9;
  t.evidence.doc = std::move(doc);
  t.evidence.sentence = sentence;
  t.evidence.start = sentence * 100;
  t.evidence.end = sentence * 100 + 40;
  t.evidence.rule = "test/rule";
  t.evidence.text = "the sentence " + std::to_string(sentence);
  return t;
}

/// Adds the hostile facts to `g` (and Finalize()s it). 7 entity vertices
/// plus 2 quote vertices; 10 edges.
inline void AddHostileFacts(GraphStore& g) {
  using E = EntityType;
  using P = Predicate;
  DocumentInfo doc1{"doc \"1\".txt", "2024-02-23", "00000000000000a1", "in/doc \"1\".txt", 1234};
  DocumentInfo doc2{"d2<&>.txt", "", "00000000000000b2", "stdin", 99};
  g.AddDocument(doc1);
  g.AddDocument(doc2);

  // Quotes, backslash, markup and CDATA end in one organisation name.
  const std::string org = "The \"Quote\" \\ <Union> & ]]> Co";
  Triple t = MakeTriple("Recep Tayyip Erdoğan", E::kPerson, P::kMemberOf, org, E::kOrganization,
                        doc1.id, 1);
  g.Add(t);
  t.evidence.sentence = 2;
  t.evidence.start = 300;
  t.evidence.end = 340;
  t.confidence = 0.95;
  g.Add(t);  // the same fact seen twice

  Triple left = MakeTriple("Armenia", E::kCountry, P::kLeftIn, "CSTO", E::kOrganization, doc1.id, 3);
  left.year = 2024;
  g.Add(left);
  Triple joined =
      MakeTriple("Armenia", E::kCountry, P::kJoinedIn, "CSTO", E::kOrganization, doc2.id, 1);
  joined.year = 1992;
  g.Add(joined);
  g.Add(MakeTriple("Belarus", E::kCountry, P::kMemberOf, "CSTO", E::kOrganization, doc2.id, 2));
  Triple observer = MakeTriple("Serbia", E::kCountry, P::kObserverOf,
                               "'); DROP TABLE entities; --", E::kOrganization, doc2.id, 3);
  g.Add(observer);

  Triple role = MakeTriple("Recep Tayyip Erdoğan", E::kPerson, P::kHoldsRole, "T\u00fcrkiye",
                           E::kCountry, doc1.id, 4);
  role.role = "President {of}\tthe \"Republic\"";
  g.Add(role);

  Triple said = MakeTriple("Recep Tayyip Erdoğan", E::kPerson, P::kSaid,
                           "We will never -- ever -- accept \"this\";\nline two\\ and a tab\there "
                           "plus a bell\x07 and <b>bold</b> & ]]> more words to wrap around",
                           E::kQuote, doc1.id, 5);
  said.about = {{"CSTO", EntityType::kOrganization}, {"Armenia", EntityType::kCountry}};
  g.Add(said);
  Triple said2 = MakeTriple("Armenia", E::kCountry, P::kSaid, "Short.", E::kQuote, doc2.id, 6);
  g.Add(said2);
  g.Finalize();
}

}  // namespace testing_util
}  // namespace newsgraph

#endif  // NEWSGRAPH_TESTS_EXPORTERS_HOSTILE_GRAPH_H_
