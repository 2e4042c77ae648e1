#include "exporters/jsonl_exporter.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <string>
#include <string_view>

#include <rapidjson/internal/dtoa.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "exporters/text_escape.h"
#include "text/byte_scan.h"

namespace newsgraph {
namespace {

using exporters::RepairUtf8;

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void PutKey(JsonWriter& w, std::string_view key) {
  w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
}

// Pure ASCII (most names and labels) is valid UTF-8 as it is: both writers
// skip the repair copy for it.
bool IsAscii(std::string_view s) {
  return byte_scan::AsciiRun(s.data(), s.data() + s.size()) == s.size();
}

void PutString(JsonWriter& w, std::string_view value) {
  // RapidJSON copies bytes through; invalid UTF-8 would make invalid JSON.
  if (IsAscii(value)) {
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

// The triple stream is written by hand rather than through RapidJSON's
// Writer: `extract` writes one line per fact, and the Writer's per-value
// bookkeeping cost as much as extracting some of them. The bytes are the
// ones the Writer writes (WriteGraphJsonl still uses it): the same escapes
// (\" \\ \b \t \n \f \r, other control characters as \u00XX with capital
// hex digits), UTF-8 copied through after RepairUtf8, numbers in decimal,
// the confidence by RapidJSON's own dtoa.

// One output line in a buffer that keeps its capacity from line to line;
// each Put makes room once and then writes through a plain pointer.
class Line {
 public:
  explicit Line(std::string& buffer) : buf_(buffer) {}

  void Put(char c) { *Room(1) = c, ++size_; }
  void Put(std::string_view s) {
    std::memcpy(Room(s.size()), s.data(), s.size());
    size_ += s.size();
  }
  // ,"key": before every member but the first (the keys are plain ASCII).
  void Key(std::string_view key) {
    if (size_ > 1) Put(',');
    Put('"');
    Put(key);
    Put(std::string_view("\":"));
  }
  void String(std::string_view value) {
    if (IsAscii(value)) {
      Escaped(value);
    } else {
      Escaped(RepairUtf8(value));
    }
  }
  void Field(std::string_view key, std::string_view value) {
    Key(key);
    String(value);
  }
  // A field whose value is one of newsgraph's own names (a type, a
  // predicate): plain ASCII with nothing to escape, copied as it is.
  void NameField(std::string_view key, std::string_view name) {
    Key(key);
    Put('"');
    Put(name);
    Put('"');
  }
  void Number(std::string_view key, long long value) {
    Key(key);
    char* at = Room(24);
    size_ += static_cast<size_t>(std::to_chars(at, at + 24, value).ptr - at);
  }
  void Confidence(double value) {
    Key("confidence");
    // The extractors give a handful of distinct confidences: each is
    // printed (dtoa) once per thread and then copied from a small table.
    struct Printed {
      uint64_t bits = ~uint64_t{0};  // a NaN: RoundConfidence() never returns one
      uint32_t size = 0;
      char text[32];
    };
    thread_local Printed printed[16];
    const double rounded = RoundConfidence(value);
    uint64_t bits;
    std::memcpy(&bits, &rounded, sizeof bits);
    Printed& p = printed[(bits * 0x9E3779B97F4A7C15ull) >> 60];
    if (p.bits != bits) {
      p.bits = bits;
      p.size = static_cast<uint32_t>(rapidjson::internal::dtoa(rounded, p.text) - p.text);
    }
    Put(std::string_view(p.text, p.size));
  }
  std::string_view view() const { return std::string_view(buf_.data(), size_); }

 private:
  char* Room(size_t n) {
    if (size_ + n > buf_.size()) buf_.resize(std::max(2 * buf_.size(), size_ + n));
    return buf_.data() + size_;
  }

  // The string in quotes, with JSON's escapes.
  void Escaped(std::string_view s) {
    static const char kHex[] = "0123456789ABCDEF";
    char* o = Room(6 * s.size() + 2);  // "\u00XX" is the longest escape
    char* const start = o;
    *o++ = '"';
    const char* p = s.data();
    const char* const end = p + s.size();
    while (p < end) {
      // A run that needs no escape.
      const char* run = p;
      p += byte_scan::JsonPlainRun(p, end);
      std::memcpy(o, run, static_cast<size_t>(p - run));
      o += p - run;
      if (p == end) break;
      const unsigned char c = static_cast<unsigned char>(*p++);
      *o++ = '\\';
      switch (c) {
        case '"': *o++ = '"'; break;
        case '\\': *o++ = '\\'; break;
        case '\b': *o++ = 'b'; break;
        case '\t': *o++ = 't'; break;
        case '\n': *o++ = 'n'; break;
        case '\f': *o++ = 'f'; break;
        case '\r': *o++ = 'r'; break;
        default:
          *o++ = 'u';
          *o++ = '0';
          *o++ = '0';
          *o++ = kHex[c >> 4];
          *o++ = kHex[c & 0xF];
      }
    }
    *o++ = '"';
    size_ += static_cast<size_t>(o - start);
  }

  std::string& buf_;
  size_t size_ = 0;
};


// The members of one triple's line.
void FillLine(Line& line, const Triple& t, bool explain) {
  line.Put('{');
  line.Field("subject", t.subject);
  line.NameField("subject_type", ToString(t.subject_type));
  line.NameField("predicate", ToString(t.predicate));
  line.Field("object", t.object);
  line.NameField("object_type", ToString(t.object_type));
  line.Field("doc", t.evidence.doc);
  line.Number("sentence", t.evidence.sentence);
  line.Number("start", t.evidence.start);
  line.Number("end", t.evidence.end);
  line.Confidence(t.confidence);
  if (t.year != 0) line.Number("year", t.year);
  if (!t.role.empty()) line.Field("role", t.role);
  if (t.predicate == Predicate::kSaid && !t.about.empty()) {
    line.Key("about");
    line.Put('[');
    for (size_t i = 0; i < t.about.size(); ++i) {
      if (i > 0) line.Put(',');
      line.String(t.about[i].name);
    }
    line.Put(']');
  }
  if (explain) {
    line.Field("rule", t.evidence.rule);
    line.Field("evidence", t.evidence.text);
  }
  line.Put(std::string_view("}\n"));
}

}  // namespace

void WriteTripleJson(const Triple& t, std::ostream& out, bool explain) {
  thread_local std::string buffer;
  Line line(buffer);
  FillLine(line, t, explain);
  out.write(line.view().data(), static_cast<std::streamsize>(line.view().size()));
}

void AppendTripleJson(const Triple& t, std::string& out, bool explain) {
  // Made in a buffer that keeps its size (Line makes room generously), then
  // copied: `out` grows only by what it gets.
  thread_local std::string buffer;
  Line line(buffer);
  FillLine(line, t, explain);
  out.append(line.view());
}

void WriteGraphJsonl(const GraphStore& g, std::ostream& out) {
  // Lines are collected and written 64 KiB at a time.
  constexpr size_t kFlushAt = 64 * 1024;
  rapidjson::StringBuffer buffer;
  for (const FactEdge& fact : g.facts()) {
    const EntityNode& from = g.entity(fact.source);
    const EntityNode& to = g.entity(fact.target);
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
