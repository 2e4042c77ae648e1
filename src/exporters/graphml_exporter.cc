#include "exporters/graphml_exporter.h"

#include <charconv>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "exporters/output_buffer.h"
#include "exporters/text_escape.h"

namespace newsgraph {
namespace {

using exporters::AppendEscapedXml;
using exporters::OutputBuffer;

struct KeyDef {
  std::string_view id;
  std::string_view domain;  // "node" or "edge"
  std::string_view name;
  std::string_view type;
};

// Key ids are short and readable; attr.name is what readers show.
constexpr KeyDef kKeys[] = {
    {"v_label", "node", "label", "string"},
    {"v_type", "node", "type", "string"},
    {"v_aliases", "node", "aliases", "string"},
    {"e_predicate", "edge", "predicate", "string"},
    {"e_interaction", "edge", "interaction", "string"},
    {"e_label", "edge", "label", "string"},
    {"e_year", "edge", "year", "int"},
    {"e_role", "edge", "role", "string"},
    {"e_quote", "edge", "quote", "string"},
    {"e_evidence_count", "edge", "evidence_count", "int"},
    {"e_confidence", "edge", "confidence", "double"},
    {"e_documents", "edge", "documents", "string"},
};

void Data(OutputBuffer& out, std::string_view key, std::string_view value) {
  out << "      <data key=\"" << key << "\">";
  AppendEscapedXml(value, out.text());
  out << "</data>\n";
}

// Shortest text that reads back as the value rounded to 3 decimals; no
// locale can turn the point into a comma.
std::string FormatConfidence(double value) {
  if (!std::isfinite(value)) value = 0;
  value = std::round(value * 1000.0) / 1000.0;
  char buffer[32];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

// A number needs no escaping.
template <typename Int>
void DataNumber(OutputBuffer& out, std::string_view key, Int value) {
  out << "      <data key=\"" << key << "\">" << value << "</data>\n";
}

}  // namespace

void WriteGraphML(const GraphStore& g, std::ostream& stream) {
  OutputBuffer out(stream);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const KeyDef& key : kKeys) {
    out << "  <key id=\"" << key.id << "\" for=\"" << key.domain << "\" attr.name=\"" << key.name
        << "\" attr.type=\"" << key.type << "\"/>\n";
  }
  out << "  <graph id=\"G\" edgedefault=\"directed\">\n";

  std::string text;  // reused for joined and composed values
  for (VertexId v = 0; v < g.num_entities(); ++v) {
    const EntityNode& node = g.entity(v);
    out << "    <node id=\"n" << v << "\">\n";
    Data(out, "v_label", g.Str(node.name));
    Data(out, "v_type", ToString(node.type));
    if (!node.aliases.empty()) {
      std::string& aliases = text;
      aliases.clear();
      for (const AliasCount& a : node.aliases) {
        if (!aliases.empty()) aliases += '|';
        aliases += g.Str(a.alias);
      }
      Data(out, "v_aliases", aliases);
    }
    out << "    </node>\n";
  }

  size_t edge_index = 0;
  // listed_in[doc]: the last edge (1-based) whose documents include doc.
  std::vector<size_t> listed_in(g.num_doc_names(), 0);
  for (const FactEdge& fact : g.facts()) {
    out << "    <edge id=\"e" << edge_index++ << "\" source=\"n" << fact.source
        << "\" target=\"n" << fact.target << "\">\n";
    Data(out, "e_predicate", ToString(fact.predicate));
    Data(out, "e_interaction", ToString(fact.predicate));
    g.FactLabel(fact, text);
    Data(out, "e_label", text);
    if (fact.year != 0) DataNumber(out, "e_year", fact.year);
    if (fact.role != StringPool::kEmpty) Data(out, "e_role", g.Str(fact.role));
    if (fact.quote != StringPool::kEmpty) Data(out, "e_quote", g.Str(fact.quote));
    DataNumber(out, "e_evidence_count", fact.evidence.size());
    Data(out, "e_confidence", FormatConfidence(fact.confidence));
    std::string& documents = text;
    documents.clear();
    for (const Sighting& ev : fact.evidence) {
      // Each document once, in the order of first sighting.
      if (listed_in[ev.doc] == edge_index) continue;
      listed_in[ev.doc] = edge_index;
      if (!documents.empty()) documents += '|';
      documents += g.DocName(ev.doc);
    }
    if (!documents.empty()) Data(out, "e_documents", documents);
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace newsgraph
