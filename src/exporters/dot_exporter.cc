#include "exporters/dot_exporter.h"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "exporters/output_buffer.h"
#include "exporters/text_escape.h"

namespace newsgraph {
namespace {

using exporters::AppendEscapedDot;
using exporters::CodePointCount;
using exporters::EscapeDot;
using exporters::OutputBuffer;
using exporters::TruncateCodePoints;

constexpr std::string_view kFont = "Helvetica";
constexpr size_t kQuoteLineWidth = 30;
// Tooltips carry the full text, but Graphviz strings must stay far below
// its 16,384-character limit.
constexpr size_t kMaxTooltip = 2000;

constexpr std::array<std::string_view, 6> kLayouts = {"dot", "sfdp", "neato", "fdp", "circo",
                                                      "twopi"};

struct NodeStyle {
  std::string_view shape;
  std::string_view style;
  std::string_view fillcolor;
};

NodeStyle StyleOf(EntityType type) {
  switch (type) {
    case EntityType::kPerson: return {"ellipse", "filled", "#cfe2f3"};
    case EntityType::kCountry: return {"box", "filled", "#d9ead3"};
    case EntityType::kOrganization: return {"hexagon", "filled", "#fcd5a5"};
    case EntityType::kPlace: return {"house", "filled", "#e4d7f5"};
    case EntityType::kMedia: return {"tab", "filled", "#f4cccc"};
    case EntityType::kGroup: return {"ellipse", "filled,dashed", "#eeeeee"};
    case EntityType::kRole: return {"box", "filled,rounded", "#e0e0e0"};
    case EntityType::kQuote: return {"note", "filled", "#fff9c4"};
    case EntityType::kUnknown: break;
  }
  return {"ellipse", "filled", "#ffffff"};
}

// `"` + escaped value + `"`.
std::string Quoted(std::string_view value) { return "\"" + EscapeDot(value) + "\""; }

// EscapeDot(TruncateCodePoints(text, max)) appended to `out`. Text that
// fits is escaped as it is: escaping repairs bad UTF-8 the same way
// TruncateCodePoints() would, so only a cut needs the copy.
void AppendShortened(std::string_view text, size_t max, std::string& out) {
  if (max == 0 || CodePointCount(text) <= max) {
    AppendEscapedDot(text, out);
  } else {
    AppendEscapedDot(TruncateCodePoints(text, max), out);
  }
}

// Splits at spaces into lines of about `width` code points; a word longer
// than a line gets a line of its own. Line breaks in the text are spaces.
std::vector<std::string> Wrap(std::string_view text, size_t width) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(std::move(word));

  std::vector<std::string> lines;
  std::string line;
  size_t line_width = 0;
  for (const std::string& w : words) {
    size_t n = CodePointCount(w);
    if (!line.empty() && line_width + 1 + n > width) {
      lines.push_back(std::move(line));
      line.clear();
      line_width = 0;
    }
    if (!line.empty()) {
      line += ' ';
      ++line_width;
    }
    line += w;
    line_width += n;
  }
  if (!line.empty()) lines.push_back(std::move(line));
  return lines;
}

// The quoted label of a node, appended to `out`.
void AppendNodeLabel(std::string_view name, EntityType type, size_t max_label, std::string& out) {
  out += '"';
  if (type != EntityType::kQuote) {
    AppendShortened(name, max_label, out);
  } else {
    std::string shortened = TruncateCodePoints(name, max_label * 2);
    bool first = true;
    for (const std::string& line : Wrap(shortened, kQuoteLineWidth)) {
      if (!first) out += "\\n";
      AppendEscapedDot(line, out);
      first = false;
    }
  }
  out += '"';
}

// 1.0 for one sighting, +0.5 per further sighting, at most 5.0; written
// without printf so the locale cannot turn the point into a comma.
void AppendPenWidth(size_t evidence_count, OutputBuffer& out) {
  size_t tenths = 10 + 5 * (std::max<size_t>(evidence_count, 1) - 1);
  tenths = std::min<size_t>(tenths, 50);
  out << tenths / 10 << '.' << tenths % 10;
}

}  // namespace

void WriteDot(const GraphStore& g, std::ostream& stream, const DotOptions& options) {
  std::string_view layout = options.layout.empty() ? "dot" : std::string_view(options.layout);
  if (std::find(kLayouts.begin(), kLayouts.end(), layout) == kLayouts.end()) {
    throw std::runtime_error("unknown layout '" + EscapeDot(layout) +
                             "' (use dot, sfdp, neato, fdp, circo or twopi)");
  }
  OutputBuffer out(stream);

  out << "digraph \"newsgraph\" {\n";
  out << "  graph [rankdir=\"LR\", fontname=" << Quoted(kFont);
  if (layout != "dot") {
    out << ", layout=" << Quoted(layout) << ", overlap=\"false\", splines=\"true\"";
  }
  out << "];\n";
  out << "  node [fontname=" << Quoted(kFont) << ", fontsize=\"12\"];\n";
  out << "  edge [fontname=" << Quoted(kFont) << ", fontsize=\"10\", color=\"#444444\"];\n";

  for (VertexId v = 0; v < g.num_entities(); ++v) {
    const EntityNode& node = g.entity(v);
    const std::string_view name = g.Str(node.name);
    NodeStyle style = StyleOf(node.type);
    out << "  \"n" << v << "\" [label=";
    AppendNodeLabel(name, node.type, options.max_label, out.text());
    out << ", shape=\"" << style.shape << "\", style=\"" << style.style << "\", fillcolor=\""
        << style.fillcolor << "\"";
    if (node.type == EntityType::kQuote) out << ", fontsize=\"9\"";
    out << ", tooltip=\"";
    AppendShortened(name, kMaxTooltip, out.text());
    out << " (" << ToString(node.type) << ")\"];\n";
  }

  std::string label;
  for (const FactEdge& fact : g.facts()) {
    out << "  \"n" << fact.source << "\" -> \"n" << fact.target << "\" [";
    if (fact.predicate == Predicate::kMentions) {
      out << "style=\"dashed\", color=\"#999999\", arrowhead=\"open\"";
    } else {
      g.FactLabel(fact, label);
      out << "label=\"";
      AppendShortened(label, options.max_label, out.text());
      out << "\", penwidth=\"";
      AppendPenWidth(fact.evidence.size(), out);
      out << "\"";
    }
    out << "];\n";
  }
  out << "}\n";
}

}  // namespace newsgraph
