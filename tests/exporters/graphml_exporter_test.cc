#include "exporters/graphml_exporter.h"

#include <unistd.h>

#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "exporters/atomic_file.h"
#include "gold_graph.h"
#include "hostile_graph.h"
#include "test_util.h"

namespace newsgraph {
namespace {

using testing_util::AddHostileFacts;
using testing_util::MakeTriple;
using testing_util::RunProgram;
using testing_util::RunResult;

std::string GraphML(const GraphStore& g) {
  std::ostringstream out;
  WriteGraphML(g, out);
  return out.str();
}

// Writes the hostile graph to a file in `dir` and returns its path.
std::string WriteHostileFile(const testing_util::TempDir& dir) {
  GraphStore g(nullptr);
  AddHostileFacts(g);
  const std::string path = dir.File("hostile.graphml");
  AtomicFile file(path);
  WriteGraphML(g, file.stream());
  file.Commit();
  return path;
}

constexpr char kHeader[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
    "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
    "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
    "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
    "  <key id=\"v_label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
    "  <key id=\"v_type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
    "  <key id=\"v_aliases\" for=\"node\" attr.name=\"aliases\" attr.type=\"string\"/>\n"
    "  <key id=\"e_predicate\" for=\"edge\" attr.name=\"predicate\" attr.type=\"string\"/>\n"
    "  <key id=\"e_interaction\" for=\"edge\" attr.name=\"interaction\" attr.type=\"string\"/>\n"
    "  <key id=\"e_label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n"
    "  <key id=\"e_year\" for=\"edge\" attr.name=\"year\" attr.type=\"int\"/>\n"
    "  <key id=\"e_role\" for=\"edge\" attr.name=\"role\" attr.type=\"string\"/>\n"
    "  <key id=\"e_quote\" for=\"edge\" attr.name=\"quote\" attr.type=\"string\"/>\n"
    "  <key id=\"e_evidence_count\" for=\"edge\" attr.name=\"evidence_count\" "
    "attr.type=\"int\"/>\n"
    "  <key id=\"e_confidence\" for=\"edge\" attr.name=\"confidence\" attr.type=\"double\"/>\n"
    "  <key id=\"e_documents\" for=\"edge\" attr.name=\"documents\" attr.type=\"string\"/>\n"
    "  <graph id=\"G\" edgedefault=\"directed\">\n";

TEST(GraphMLExporterTest, WritesSmallGraphExactly) {
  GraphStore g(nullptr);
  Triple left = MakeTriple("Armenia", EntityType::kCountry, Predicate::kLeftIn, "CSTO",
                           EntityType::kOrganization, "a.txt", 1);
  left.year = 2024;
  g.Add(left);
  left.evidence.doc = "b.txt";
  left.confidence = 0.12345;
  g.Add(left);
  left.evidence.sentence = 7;
  left.evidence.start = 7;
  g.Add(left);
  Triple said = MakeTriple("Nikol Pashinyan", EntityType::kPerson, Predicate::kSaid,
                           "We <leave> & 'go'", EntityType::kQuote, "b.txt", 2);
  g.Add(said);
  g.Finalize();
  EXPECT_EQ(GraphML(g), std::string(kHeader) +
                            "    <node id=\"n0\">\n"
                            "      <data key=\"v_label\">Armenia</data>\n"
                            "      <data key=\"v_type\">country</data>\n"
                            "      <data key=\"v_aliases\">Armenia</data>\n"
                            "    </node>\n"
                            "    <node id=\"n1\">\n"
                            "      <data key=\"v_label\">CSTO</data>\n"
                            "      <data key=\"v_type\">organization</data>\n"
                            "      <data key=\"v_aliases\">CSTO</data>\n"
                            "    </node>\n"
                            "    <node id=\"n2\">\n"
                            "      <data key=\"v_label\">Nikol Pashinyan</data>\n"
                            "      <data key=\"v_type\">person</data>\n"
                            "      <data key=\"v_aliases\">Nikol Pashinyan</data>\n"
                            "    </node>\n"
                            "    <node id=\"n3\">\n"
                            "      <data key=\"v_label\">We &lt;leave&gt; &amp; &apos;go&apos;</data>\n"
                            "      <data key=\"v_type\">quote</data>\n"
                            "    </node>\n"
                            "    <edge id=\"e0\" source=\"n0\" target=\"n1\">\n"
                            "      <data key=\"e_predicate\">left-in</data>\n"
                            "      <data key=\"e_interaction\">left-in</data>\n"
                            "      <data key=\"e_label\">left-in 2024</data>\n"
                            "      <data key=\"e_year\">2024</data>\n"
                            "      <data key=\"e_evidence_count\">3</data>\n"
                            "      <data key=\"e_confidence\">0.9</data>\n"
                            "      <data key=\"e_documents\">a.txt|b.txt</data>\n"
                            "    </edge>\n"
                            "    <edge id=\"e1\" source=\"n2\" target=\"n3\">\n"
                            "      <data key=\"e_predicate\">said</data>\n"
                            "      <data key=\"e_interaction\">said</data>\n"
                            "      <data key=\"e_label\">said</data>\n"
                            "      <data key=\"e_quote\">We &lt;leave&gt; &amp; &apos;go&apos;</data>\n"
                            "      <data key=\"e_evidence_count\">1</data>\n"
                            "      <data key=\"e_confidence\">0.9</data>\n"
                            "      <data key=\"e_documents\">b.txt</data>\n"
                            "    </edge>\n"
                            "  </graph>\n"
                            "</graphml>\n");
}

TEST(GraphMLExporterTest, DropsCharactersXmlForbids) {
  GraphStore g(nullptr);
  Triple t = MakeTriple("Emmanuel Macron", EntityType::kPerson, Predicate::kHoldsRole, "France",
                        EntityType::kCountry, "f.txt");
  t.role = std::string("a\x01" "b\x1F" "c\xEF\xBF\xBE" "d\xEF\xBF\xBF" "e\r\tf\xFF");
  g.Add(t);
  std::string xml = GraphML(g);
  EXPECT_NE(xml.find("<data key=\"e_role\">abcde&#13;\tf\xEF\xBF\xBD</data>"), std::string::npos)
      << xml;
}

TEST(GraphMLExporterTest, EmptyGraphIsValid) {
  GraphStore g(nullptr);
  EXPECT_EQ(GraphML(g), std::string(kHeader) + "  </graph>\n</graphml>\n");
}

TEST(GraphMLExporterTest, ValidatesAgainstGraphMLSchema) {
  if (!testing_util::HaveProgram("xmllint")) GTEST_SKIP() << "xmllint not installed";
  testing_util::TempDir dir;
  const std::string path = WriteHostileFile(dir);
  const std::string xsd = std::string(NEWSGRAPH_SHARED_DIR) + "/schemas/graphml/graphml.xsd";
  if (access(xsd.c_str(), R_OK) != 0) GTEST_SKIP() << xsd << " not found";
  RunResult r = RunProgram({"xmllint", "--noout", "--nonet", "--schema", xsd, path});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, path + " validates\n");
}

TEST(GraphMLExporterTest, NetworkXReadsCountsAndValues) {
  if (!testing_util::HaveProgram("/usr/bin/python3")) GTEST_SKIP() << "python3 not installed";
  if (RunProgram({"/usr/bin/python3", "-c", "import networkx"}).exit_code != 0) {
    GTEST_SKIP() << "networkx not installed";
  }
  testing_util::TempDir dir;
  const std::string path = WriteHostileFile(dir);
  const char* script =
      "import sys, networkx as nx\n"
      "g = nx.read_graphml(sys.argv[1])\n"
      "print(type(g).__name__, g.number_of_nodes(), g.number_of_edges())\n"
      "labels = sorted(d['label'] for _, d in g.nodes(data=True))\n"
      "print(repr(labels[0]))\n"
      "for u, v, d in g.edges(data=True):\n"
      "    if d['predicate'] == 'holds-role':\n"
      "        print(repr(d['role']), d['interaction'], type(d['evidence_count']).__name__)\n"
      "    if d['predicate'] == 'member-of' and d['evidence_count'] == 2:\n"
      "        print(g.nodes[u]['label'], '->', repr(g.nodes[v]['label']), d['confidence'])\n"
      "    if d['predicate'] == 'left-in':\n"
      "        print(d['year'] + 1, repr(d['documents']))\n";
  RunResult r = RunProgram({"/usr/bin/python3", "-c", script, path});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "MultiDiGraph 10 10\n"
            "'\"Quote\" \\\\ <Union> & ]]> Co'\n"
            "Recep Tayyip Erdoğan -> '\"Quote\" \\\\ <Union> & ]]> Co' 0.95\n"
            "'President {of}\\tthe \"Republic\"' holds-role int\n"
            "2025 'doc \"1\".txt'\n");
}

TEST(GraphMLExporterTest, Graphml2gvReadsIt) {
  if (!testing_util::HaveProgram("graphml2gv")) GTEST_SKIP() << "graphml2gv not installed";
  testing_util::TempDir dir;
  const std::string path = WriteHostileFile(dir);
  RunResult r = RunProgram({"graphml2gv", path});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  // graphml2gv reads structure only and says so for every key and datum;
  // anything else on stderr would be a real complaint.
  std::istringstream err(r.err);
  for (std::string line; std::getline(err, line);) {
    EXPECT_TRUE(line == "Unknown node key - ignoring." || line == "Unknown node data - ignoring.")
        << line;
  }
  EXPECT_EQ(r.out.rfind("digraph G {", 0), 0u) << r.out;
  size_t edges = 0;
  for (size_t pos = 0; (pos = r.out.find(" -> ", pos)) != std::string::npos; ++pos) ++edges;
  EXPECT_EQ(edges, 10u) << r.out;
  EXPECT_NE(r.out.find("n8 -> n3\t[_graphml_id=e7];"), std::string::npos) << r.out;
}

// Realistic graphs (the gold facts): valid GraphML, and NetworkX sees every
// node and edge.
TEST(GraphMLExporterTest, GoldGraphsValidateAndLoad) {
  const bool have_xmllint = testing_util::HaveProgram("xmllint");
  const bool have_networkx =
      testing_util::HaveProgram("/usr/bin/python3") &&
      RunProgram({"/usr/bin/python3", "-c", "import networkx"}).exit_code == 0;
  if (!have_xmllint && !have_networkx) GTEST_SKIP() << "neither xmllint nor networkx installed";
  testing_util::TempDir dir;
  for (std::string gold : {"seeds_gold.jsonl", "wikinews_gold.jsonl"}) {
    GraphStore g(nullptr);
    if (testing_util::AddGoldFacts(testing_util::GoldPath(gold), g) == 0) {
      GTEST_SKIP() << gold << " not found";
    }
    const std::string path = dir.File(gold + ".graphml");
    AtomicFile file(path);
    WriteGraphML(g, file.stream());
    file.Commit();
    if (have_xmllint) {
      const std::string xsd = std::string(NEWSGRAPH_SHARED_DIR) + "/schemas/graphml/graphml.xsd";
      RunResult r = RunProgram({"xmllint", "--noout", "--nonet", "--schema", xsd, path});
      EXPECT_EQ(r.exit_code, 0) << r.err;
    }
    if (have_networkx) {
      RunResult r = RunProgram(
          {"/usr/bin/python3", "-c",
           "import sys, networkx as nx\n"
           "g = nx.read_graphml(sys.argv[1])\n"
           "print(g.number_of_nodes(), g.number_of_edges())\n",
           path});
      EXPECT_EQ(r.exit_code, 0) << r.err;
      EXPECT_EQ(r.out, std::to_string(g.num_entities()) + " " + std::to_string(g.num_facts()) +
                           "\n");
    }
  }
}

}  // namespace
}  // namespace newsgraph
