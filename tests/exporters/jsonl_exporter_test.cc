#include "exporters/jsonl_exporter.h"

#include <cmath>
#include <limits>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "exporters/atomic_file.h"
#include "graph/graph_store.h"
#include "hostile_graph.h"
#include "test_util.h"

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
  t.about = {{"NATO", EntityType::kOrganization}, {"Sweden", EntityType::kCountry}};
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
  t.about = {{"ignored", EntityType::kUnknown}};
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
  said.about = {{"CSTO", EntityType::kOrganization}};
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

// Every line WriteTripleJson writes, with and without --explain, validates
// against schema/triple.schema.json (checked with Python's jsonschema, when
// some python3 on the machine has it).
TEST(JsonlExporterTest, LinesMatchTripleSchema) {
  std::string python;
  for (std::string candidate : {"python3", "/usr/bin/python3"}) {
    if (testing_util::HaveProgram(candidate) &&
        testing_util::RunProgram({candidate, "-c", "import jsonschema.validators"}).exit_code == 0) {
      python = candidate;
      break;
    }
  }
  if (python.empty()) GTEST_SKIP() << "no python3 with jsonschema";
  testing_util::TempDir dir;
  const std::string path = dir.File("triples.jsonl");
  {
    AtomicFile file(path);
    using testing_util::MakeTriple;
    Triple said = MakeTriple("Recep Tayyip Erdoğan", EntityType::kPerson, Predicate::kSaid,
                             "\"No\" \\ <b> ]]>\n", EntityType::kQuote, "d.txt", 3);
    said.about = {{"NATO", EntityType::kOrganization}};
    Triple role = MakeTriple("Emmanuel Macron", EntityType::kPerson, Predicate::kHoldsRole,
                             "France", EntityType::kCountry, "d.txt", 4);
    role.role = "President";
    for (bool explain : {false, true}) {
      WriteTripleJson(MemberOf(), file.stream(), explain);
      WriteTripleJson(said, file.stream(), explain);
      WriteTripleJson(role, file.stream(), explain);
    }
    file.Commit();
  }
  const std::string schema = std::string(NEWSGRAPH_SOURCE_DIR) + "/schema/triple.schema.json";
  const char* script =
      "import json, sys, jsonschema\n"
      "schema = json.load(open(sys.argv[1]))\n"
      "jsonschema.Draft202012Validator.check_schema(schema)\n"
      "v = jsonschema.Draft202012Validator(schema)\n"
      "n = 0\n"
      "for line in open(sys.argv[2], encoding='utf-8'):\n"
      "    for e in v.iter_errors(json.loads(line)):\n"
      "        print(e.message)\n"
      "    n += 1\n"
      "print(n, 'lines')\n";
  testing_util::RunResult r = testing_util::RunProgram({python, "-c", script, schema, path});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "6 lines\n");
}

}  // namespace
}  // namespace newsgraph
