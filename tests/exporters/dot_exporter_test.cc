#include "exporters/dot_exporter.h"

#include <sstream>
#include <stdexcept>
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

std::string Dot(const GraphStore& g, const DotOptions& options = {}) {
  std::ostringstream out;
  WriteDot(g, out, options);
  return out.str();
}

TEST(DotExporterTest, WritesSmallGraphExactly) {
  GraphStore g(nullptr);
  Triple left = MakeTriple("Armenia", EntityType::kCountry, Predicate::kLeftIn, "CSTO",
                           EntityType::kOrganization, "a.txt", 1);
  left.year = 2024;
  g.Add(left);
  left.evidence.doc = "b.txt";
  g.Add(left);
  Triple said = MakeTriple("Nikol Pashinyan", EntityType::kPerson, Predicate::kSaid,
                           "We are leaving the bloc for good, and that is final.",
                           EntityType::kQuote, "b.txt", 2);
  said.about = {{"CSTO", EntityType::kOrganization}};
  g.Add(said);
  g.Finalize();
  EXPECT_EQ(Dot(g),
            "digraph \"newsgraph\" {\n"
            "  graph [rankdir=\"LR\", fontname=\"Helvetica\"];\n"
            "  node [fontname=\"Helvetica\", fontsize=\"12\"];\n"
            "  edge [fontname=\"Helvetica\", fontsize=\"10\", color=\"#444444\"];\n"
            "  \"n0\" [label=\"Armenia\", shape=\"box\", style=\"filled\", fillcolor=\"#d9ead3\", "
            "tooltip=\"Armenia (country)\"];\n"
            "  \"n1\" [label=\"CSTO\", shape=\"hexagon\", style=\"filled\", fillcolor=\"#fcd5a5\", "
            "tooltip=\"CSTO (organization)\"];\n"
            "  \"n2\" [label=\"Nikol Pashinyan\", shape=\"ellipse\", style=\"filled\", "
            "fillcolor=\"#cfe2f3\", tooltip=\"Nikol Pashinyan (person)\"];\n"
            "  \"n3\" [label=\"We are leaving the bloc for\\ngood, and that is final.\", "
            "shape=\"note\", style=\"filled\", fillcolor=\"#fff9c4\", fontsize=\"9\", "
            "tooltip=\"We are leaving the bloc for good, and that is final. (quote)\"];\n"
            "  \"n0\" -> \"n1\" [label=\"left-in 2024\", penwidth=\"1.5\"];\n"
            "  \"n2\" -> \"n3\" [label=\"said\", penwidth=\"1.0\"];\n"
            "  \"n3\" -> \"n1\" [style=\"dashed\", color=\"#999999\", arrowhead=\"open\"];\n"
            "}\n");
}

TEST(DotExporterTest, EscapesHostileNames) {
  GraphStore g(nullptr);
  AddHostileFacts(g);
  std::string dot = Dot(g);
  EXPECT_NE(dot.find("[label=\"\\\"Quote\\\" \\\\ <Union> & ]]> Co\""), std::string::npos) << dot;
  EXPECT_NE(dot.find("label=\"holds-role: President {of} the \\\"Republic\\\"\""),
            std::string::npos)
      << dot;
  EXPECT_EQ(dot.find('\t'), std::string::npos);
  EXPECT_EQ(dot.find('\x07'), std::string::npos);
  // Every line but the braces is one statement: no raw newline inside strings.
  std::istringstream lines(dot);
  std::string line;
  while (std::getline(lines, line)) {
    EXPECT_TRUE(line == "digraph \"newsgraph\" {" || line == "}" || line.back() == ';') << line;
  }
}

TEST(DotExporterTest, TruncatesLabelsOnCodePoints) {
  GraphStore g(nullptr);
  // 11 two-byte letters then a backslash: the cut must not split "ğ" and
  // must not leave a lone backslash before the closing quote.
  g.AddEntity("ğğğğğğğğğ\\\\x", EntityType::kPerson);
  DotOptions options;
  options.max_label = 10;
  std::string dot = Dot(g, options);
  EXPECT_NE(dot.find("[label=\"ğğğğğğğğğ…\""), std::string::npos) << dot;
  options.max_label = 11;
  dot = Dot(g, options);
  EXPECT_NE(dot.find("[label=\"ğğğğğğğğğ\\\\…\""), std::string::npos) << dot;
}

TEST(DotExporterTest, ReplacesInvalidUtf8) {
  GraphStore g(nullptr);
  g.AddEntity("Bad\xC3(\xFF", EntityType::kPlace);
  std::string dot = Dot(g);
  EXPECT_NE(dot.find("[label=\"Bad\xEF\xBF\xBD(\xEF\xBF\xBD\", shape=\"house\""),
            std::string::npos)
      << dot;
}

TEST(DotExporterTest, PenWidthGrowsWithEvidence) {
  GraphStore g(nullptr);
  for (uint32_t i = 0; i < 20; ++i) {
    g.Add(MakeTriple("Belarus", EntityType::kCountry, Predicate::kMemberOf, "CSTO",
                     EntityType::kOrganization, "d" + std::to_string(i) + ".txt", i));
  }
  EXPECT_NE(Dot(g).find("[label=\"member-of\", penwidth=\"5.0\"]"), std::string::npos);
}

TEST(DotExporterTest, LayoutOptionSetsEngineAndOverlap) {
  GraphStore g(nullptr);
  DotOptions options;
  options.layout = "sfdp";
  EXPECT_NE(Dot(g, options).find(
                "graph [rankdir=\"LR\", fontname=\"Helvetica\", layout=\"sfdp\", "
                "overlap=\"false\", splines=\"true\"];"),
            std::string::npos);
  options.layout = "spring";
  try {
    Dot(g, options);
    FAIL() << "expected an exception";
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()),
              "unknown layout 'spring' (use dot, sfdp, neato, fdp, circo or twopi)");
  }
}

TEST(DotExporterTest, EmptyGraphIsValid) {
  GraphStore g(nullptr);
  EXPECT_EQ(Dot(g),
            "digraph \"newsgraph\" {\n"
            "  graph [rankdir=\"LR\", fontname=\"Helvetica\"];\n"
            "  node [fontname=\"Helvetica\", fontsize=\"12\"];\n"
            "  edge [fontname=\"Helvetica\", fontsize=\"10\", color=\"#444444\"];\n"
            "}\n");
}

// The real reader: Graphviz must render the hostile graph with every layout
// and say nothing on stderr.
TEST(DotExporterTest, GraphvizRendersWithoutWarnings) {
  if (!testing_util::HaveProgram("dot")) GTEST_SKIP() << "dot not installed";
  GraphStore g(nullptr);
  AddHostileFacts(g);
  testing_util::TempDir dir;
  for (std::string layout : {"", "sfdp", "neato", "fdp", "circo", "twopi"}) {
    const std::string path = dir.File("graph" + layout + ".dot");
    AtomicFile file(path);
    DotOptions options;
    options.layout = layout;
    WriteDot(g, file.stream(), options);
    file.Commit();
    testing_util::RunResult r = testing_util::RunProgram({"dot", "-Tsvg", path});
    EXPECT_EQ(r.exit_code, 0) << layout << ": " << r.err;
    EXPECT_EQ(r.err, "") << layout;
    EXPECT_NE(r.out.find("Erdoğan"), std::string::npos) << layout;
    EXPECT_NE(r.out.find("&quot;Quote&quot; \\ &lt;Union&gt; &amp; ]]&gt; Co"), std::string::npos)
        << layout;
  }
}

// The gold facts of the seed articles and of the Wikinews set, drawn by
// dot (and sfdp): no warnings, every node drawn.
TEST(DotExporterTest, GoldGraphsRenderWithoutWarnings) {
  if (!testing_util::HaveProgram("dot")) GTEST_SKIP() << "dot not installed";
  testing_util::TempDir dir;
  for (std::string gold : {"seeds_gold.jsonl", "wikinews_gold.jsonl"}) {
    GraphStore g(nullptr);
    if (testing_util::AddGoldFacts(testing_util::GoldPath(gold), g) == 0) {
      GTEST_SKIP() << gold << " not found";
    }
    for (std::string layout : {"", "sfdp"}) {
      const std::string path = dir.File(gold + layout + ".dot");
      AtomicFile file(path);
      DotOptions options;
      options.layout = layout;
      WriteDot(g, file.stream(), options);
      file.Commit();
      testing_util::RunResult r = testing_util::RunProgram({"dot", "-Tsvg", path});
      EXPECT_EQ(r.exit_code, 0) << gold << layout << ": " << r.err;
      EXPECT_EQ(r.err, "") << gold << layout;
      size_t nodes = 0;
      for (size_t pos = 0; (pos = r.out.find("class=\"node\"", pos)) != std::string::npos; ++pos) {
        ++nodes;
      }
      EXPECT_EQ(nodes, g.num_entities()) << gold << layout;
    }
  }
}

}  // namespace
}  // namespace newsgraph
