#include "exporters/jsonl_exporter.h"

#include <cmath>
#include <limits>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "graph/graph_store.h"

namespace newsgraph {
namespace {

Triple MemberOf() {
  Triple t;
  t.subject = "Armenia";
  t.subject_type = EntityType::kCountry;
  t.predicate = Predicate::kLeftIn;
  t.object = "CSTO";
  t.object_type = EntityType::kOrganization;
  t.year = 2024;
  t.confidence = 0.87654;
  t.evidence = {"a1.txt", 3, 10, 42, "left-in/verb", "Armenia left the CSTO in 2024."};
  return t;
}

TEST(JsonlExporterTest, WritesTripleKeysInOrder) {
  std::ostringstream out;
  WriteTripleJson(MemberOf(), out);
  EXPECT_EQ(out.str(),
            R"({"subject":"Armenia","subject_type":"country","predicate":"left-in",)"
            R"("object":"CSTO","object_type":"organization","doc":"a1.txt","sentence":3,)"
            R"("start":10,"end":42,"confidence":0.877,"year":2024})"
            "\n");
}

TEST(JsonlExporterTest, ExplainAddsRuleAndEvidence) {
  std::ostringstream out;
  Triple t = MemberOf();
  t.year = 0;
  t.confidence = 1.0;
  WriteTripleJson(t, out, /*explain=*/true);
  EXPECT_EQ(out.str(),
            R"({"subject":"Armenia","subject_type":"country","predicate":"left-in",)"
            R"("object":"CSTO","object_type":"organization","doc":"a1.txt","sentence":3,)"
            R"("start":10,"end":42,"confidence":1.0,"rule":"left-in/verb",)"
            R"("evidence":"Armenia left the CSTO in 2024."})"
            "\n");
}

TEST(JsonlExporterTest, SaidWithAboutAndHostileText) {
  Triple t;
  t.subject = "Recep Tayyip Erdoğan";
  t.subject_type = EntityType::kPerson;
  t.predicate = Predicate::kSaid;
  t.object = "He said \"no\"\\\n\tthen </script> \x01 ]]>";
  t.object_type = EntityType::kQuote;
  t.confidence = std::numeric_limits<double>::quiet_NaN();
  t.about = {"NATO", "Sweden"};
  t.evidence.doc = "d";
  std::ostringstream out;
  WriteTripleJson(t, out);
  EXPECT_EQ(out.str(),
            R"({"subject":"Recep Tayyip Erdoğan","subject_type":"person","predicate":"said",)"
            R"("object":"He said \"no\"\\\n\tthen </script> \u0001 ]]>","object_type":"quote",)"
            R"("doc":"d","sentence":0,"start":0,"end":0,"confidence":0.0,)"
            R"("about":["NATO","Sweden"]})"
            "\n");
}

TEST(JsonlExporterTest, InvalidUtf8BecomesReplacementCharacter) {
  Triple t = MemberOf();
  t.subject = "Bad\xC3(byte\xFF";
  std::ostringstream out;
  WriteTripleJson(t, out);
  EXPECT_NE(out.str().find("\"Bad\xEF\xBF\xBD(byte\xEF\xBF\xBD\""), std::string::npos) << out.str();
}

TEST(JsonlExporterTest, AboutOmittedForOtherPredicatesAndRoleWritten) {
  Triple t = MemberOf();
  t.predicate = Predicate::kHoldsRole;
  t.object = "Armenia";
  t.object_type = EntityType::kCountry;
  t.subject = "Nikol Pashinyan";
  t.subject_type = EntityType::kPerson;
  t.year = 0;
  t.role = "Prime Minister";
  t.about = {"ignored"};
  t.confidence = 0.5;
  std::ostringstream out;
  WriteTripleJson(t, out);
  EXPECT_EQ(out.str(),
            R"({"subject":"Nikol Pashinyan","subject_type":"person","predicate":"holds-role",)"
            R"("object":"Armenia","object_type":"country","doc":"a1.txt","sentence":3,)"
            R"("start":10,"end":42,"confidence":0.5,"role":"Prime Minister"})"
            "\n");
}

TEST(JsonlExporterTest, GraphLinesMergeEvidenceAndUseQuoteText) {
  GraphStore g(nullptr);
  Triple a = MemberOf();
  g.Add(a);
  a.evidence = {"a2.txt", 1, 0, 9, "left-in/verb", "x"};
  a.confidence = 0.9;
  g.Add(a);
  Triple said;
  said.subject = "Nikol Pashinyan";
  said.subject_type = EntityType::kPerson;
  said.predicate = Predicate::kSaid;
  said.object = "We are leaving.";
  said.object_type = EntityType::kQuote;
  said.confidence = 0.75;
  said.evidence = {"a2.txt", 2, 5, 20, "said/quote-verb", "..."};
  said.about = {"CSTO"};
  g.Add(said);
  g.Finalize();
  std::ostringstream out;
  WriteGraphJsonl(g, out);
  EXPECT_EQ(out.str(),
            R"({"subject":"Armenia","subject_type":"country","predicate":"left-in",)"
            R"("object":"CSTO","object_type":"organization","year":2024,"confidence":0.9,)"
            R"("evidence_count":2,"evidence":[)"
            R"({"doc":"a1.txt","sentence":3,"start":10,"end":42,"rule":"left-in/verb"},)"
            R"({"doc":"a2.txt","sentence":1,"start":0,"end":9,"rule":"left-in/verb"}]})"
            "\n"
            R"({"subject":"Nikol Pashinyan","subject_type":"person","predicate":"said",)"
            R"("object":"We are leaving.","object_type":"quote","confidence":0.75,)"
            R"("evidence_count":1,"evidence":[)"
            R"({"doc":"a2.txt","sentence":2,"start":5,"end":20,"rule":"said/quote-verb"}]})"
            "\n"
            R"({"subject":"We are leaving.","subject_type":"quote","predicate":"mentions",)"
            R"("object":"CSTO","object_type":"organization","confidence":0.75,)"
            R"("evidence_count":1,"evidence":[)"
            R"({"doc":"a2.txt","sentence":2,"start":5,"end":20,"rule":"said/quote-verb"}]})"
            "\n");
}

}  // namespace
}  // namespace newsgraph
