// WriteTripleJson writes its lines by hand for speed; this test holds it to
// the bytes RapidJSON's Writer gives for the same triple (Reference below is
// the writer it replaced), on random triples full of quotes, backslashes,
// control characters, invalid UTF-8 and odd numbers.
#include "exporters/jsonl_exporter.h"

#include <cmath>
#include <limits>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "exporters/text_escape.h"

namespace newsgraph {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void Str(Writer& w, std::string_view v) {
  bool ascii = true;
  for (char c : v) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  std::string s = ascii ? std::string(v) : exporters::RepairUtf8(v);
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}
void Field(Writer& w, const char* key, std::string_view v) {
  w.Key(key);
  Str(w, v);
}

std::string Reference(const Triple& t, bool explain) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.StartObject();
  Field(w, "subject", t.subject);
  Field(w, "subject_type", ToString(t.subject_type));
  Field(w, "predicate", ToString(t.predicate));
  Field(w, "object", t.object);
  Field(w, "object_type", ToString(t.object_type));
  Field(w, "doc", t.evidence.doc);
  w.Key("sentence");
  w.Uint(t.evidence.sentence);
  w.Key("start");
  w.Uint(t.evidence.start);
  w.Key("end");
  w.Uint(t.evidence.end);
  w.Key("confidence");
  double c = t.confidence;
  if (!std::isfinite(c)) c = 0.0;
  double rounded = std::round(c * 1000.0) / 1000.0;
  w.Double(std::isfinite(rounded) ? rounded : c);
  if (t.year != 0) {
    w.Key("year");
    w.Int(t.year);
  }
  if (!t.role.empty()) Field(w, "role", t.role);
  if (t.predicate == Predicate::kSaid && !t.about.empty()) {
    w.Key("about");
    w.StartArray();
    for (const EntityRef& ref : t.about) Str(w, ref.name);
    w.EndArray();
  }
  if (explain) {
    Field(w, "rule", t.evidence.rule);
    Field(w, "evidence", t.evidence.text);
  }
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

TEST(TripleJsonEquivalenceTest, WritesWhatRapidJsonWrites) {
  const std::vector<std::string> pieces = {
      "a", "Z", " ", "\"", "\\", "/", "\n", "\t", "\r", "\b", "\f", std::string(1, '\0'),
      "\x01", "\x1F", "\x7F", "\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\x80", "\xC3", "\x80",
      "\xED\xA0\x80", "\xFF", "said", "Lukashenko"};
  const double confidences[] = {0.9,  0.87654, 0.0, 1.0, -0.5, 1e-9, 123.4567, 1e306, -0.0,
                                std::numeric_limits<double>::quiet_NaN(),
                                std::numeric_limits<double>::infinity()};
  const Predicate predicates[] = {Predicate::kSaid, Predicate::kMemberOf, Predicate::kHoldsRole};
  std::mt19937 rng(7);
  auto text = [&] {
    std::string s;
    size_t n = rng() % 20;
    for (size_t k = 0; k < n; ++k) s += pieces[rng() % pieces.size()];
    return s;
  };
  for (int round = 0; round < 5000; ++round) {
    Triple t;
    t.subject = text();
    t.subject_type = static_cast<EntityType>(rng() % 9);
    t.predicate = predicates[rng() % 3];
    t.object = text();
    t.object_type = static_cast<EntityType>(rng() % 9);
    t.year = rng() % 3 == 0 ? static_cast<int>(rng() % 4000) - 1000 : 0;
    t.role = rng() % 2 ? text() : "";
    t.confidence = confidences[rng() % (sizeof confidences / sizeof confidences[0])];
    t.evidence = {text(), static_cast<uint32_t>(rng()), static_cast<uint32_t>(rng()),
                  static_cast<uint32_t>(rng() % 100000), text(), text()};
    for (size_t k = rng() % 3; k > 0; --k) t.about.push_back({text(), EntityType::kPerson});
    bool explain = rng() % 2;
    std::ostringstream out;
    WriteTripleJson(t, out, explain);
    ASSERT_EQ(out.str(), Reference(t, explain)) << "round " << round;
  }
}

}  // namespace
}  // namespace newsgraph
