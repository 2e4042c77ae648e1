#include "exporters/jsonl_exporter.h"

#include <cmath>
#include <string>
#include <string_view>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "exporters/text_escape.h"

namespace newsgraph {
namespace {

using exporters::RepairUtf8;

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void PutKey(JsonWriter& w, std::string_view key) {
  w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
}

void PutString(JsonWriter& w, std::string_view value) {
  // RapidJSON copies bytes through; invalid UTF-8 would make invalid JSON.
  // Pure ASCII (most names and labels) is valid as it is: no repair copy.
  bool ascii = true;
  for (char c : value) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) {
    w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
    return;
  }
  std::string valid = RepairUtf8(value);
  w.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
}

void PutField(JsonWriter& w, std::string_view key, std::string_view value) {
  PutKey(w, key);
  PutString(w, value);
}

// Rounded to 3 decimals; RapidJSON then prints the shortest form ("0.9").
double RoundConfidence(double value) {
  if (!std::isfinite(value)) return 0.0;
  // Past about 1e305, value * 1000 overflows to infinity, which RapidJSON
  // refuses to write ("confidence":,); such a value has no decimals anyway.
  const double rounded = std::round(value * 1000.0) / 1000.0;
  return std::isfinite(rounded) ? rounded : value;
}

void PutConfidence(JsonWriter& w, double value) {
  PutKey(w, "confidence");
  w.Double(RoundConfidence(value));
}

void Flush(const rapidjson::StringBuffer& buffer, std::ostream& out) {
  out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
  out.put('\n');
}

}  // namespace

void WriteTripleJson(const Triple& t, std::ostream& out, bool explain) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  PutField(w, "subject", t.subject);
  PutField(w, "subject_type", ToString(t.subject_type));
  PutField(w, "predicate", ToString(t.predicate));
  PutField(w, "object", t.object);
  PutField(w, "object_type", ToString(t.object_type));
  PutField(w, "doc", t.evidence.doc);
  PutKey(w, "sentence");
  w.Uint(t.evidence.sentence);
  PutKey(w, "start");
  w.Uint(t.evidence.start);
  PutKey(w, "end");
  w.Uint(t.evidence.end);
  PutConfidence(w, t.confidence);
  if (t.year != 0) {
    PutKey(w, "year");
    w.Int(t.year);
  }
  if (!t.role.empty()) PutField(w, "role", t.role);
  if (t.predicate == Predicate::kSaid && !t.about.empty()) {
    PutKey(w, "about");
    w.StartArray();
    for (const EntityRef& ref : t.about) PutString(w, ref.name);
    w.EndArray();
  }
  if (explain) {
    PutField(w, "rule", t.evidence.rule);
    PutField(w, "evidence", t.evidence.text);
  }
  w.EndObject();
  Flush(buffer, out);
}

void WriteGraphJsonl(const GraphStore& g, std::ostream& out) {
  const Graph& graph = g.graph();
  // Lines are collected and written 64 KiB at a time.
  constexpr size_t kFlushAt = 64 * 1024;
  rapidjson::StringBuffer buffer;
  for (EdgeId e : boost::make_iterator_range(boost::edges(graph))) {
    const EntityNode& from = graph[boost::source(e, graph)];
    const EntityNode& to = graph[boost::target(e, graph)];
    const FactEdge& fact = graph[e];
    JsonWriter w(buffer);
    w.StartObject();
    PutField(w, "subject", g.Str(from.name));
    PutField(w, "subject_type", ToString(from.type));
    PutField(w, "predicate", ToString(fact.predicate));
    const bool said = fact.predicate == Predicate::kSaid && fact.quote != StringPool::kEmpty;
    PutField(w, "object", g.Str(said ? fact.quote : to.name));
    PutField(w, "object_type", ToString(to.type));
    if (fact.year != 0) {
      PutKey(w, "year");
      w.Int(fact.year);
    }
    if (fact.role != StringPool::kEmpty) PutField(w, "role", g.Str(fact.role));
    PutConfidence(w, fact.confidence);
    PutKey(w, "evidence_count");
    w.Uint64(fact.evidence.size());
    PutKey(w, "evidence");
    w.StartArray();
    for (const Sighting& ev : fact.evidence) {
      w.StartObject();
      PutField(w, "doc", g.DocName(ev.doc));
      PutKey(w, "sentence");
      w.Uint(ev.sentence);
      PutKey(w, "start");
      w.Uint(ev.start);
      PutKey(w, "end");
      w.Uint(ev.end);
      PutField(w, "rule", g.Str(ev.rule));
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    buffer.Put('\n');
    if (buffer.GetSize() >= kFlushAt) {
      out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
      buffer.Clear();
    }
  }
  out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
}

}  // namespace newsgraph
