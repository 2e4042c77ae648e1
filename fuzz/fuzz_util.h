// Helpers shared by the fuzz targets: a graph built from fuzzed triples and
// cheap validity checks on exporter output. Header-only.
#ifndef NEWSGRAPH_FUZZ_FUZZ_UTIL_H_
#define NEWSGRAPH_FUZZ_FUZZ_UTIL_H_

#include <fuzzer/FuzzedDataProvider.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "extract/lexicon.h"
#include "extract/triple.h"
#include "graph/graph_store.h"
#include "text/utf8.h"

namespace newsgraph::fuzzing {

/// Aborts with `what` (libFuzzer then saves the input as a crash).
[[noreturn]] inline void Fail(const char* what, std::string_view detail = {}) {
  std::fprintf(stderr, "fuzz check failed: %s: %.*s\n", what, static_cast<int>(detail.size()),
               detail.data());
  std::abort();
}

/// True if every byte of `s` starts or continues a valid UTF-8 sequence.
inline bool IsValidUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    size_t n = ValidSequenceLength(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

/// A short string of fuzzed bytes; names are mostly taken from a few
/// hostile fragments so merges and escapes both get exercised.
inline std::string FuzzName(FuzzedDataProvider& p) {
  static const char* const kPieces[] = {
      "\"", "\\", "<", ">", "&", "]]>", "--", "{", "}", "\n", "\t", "'); DROP TABLE entities; --",
      "Armenia", "CSTO", "the ", "Nikol Pashinyan", "Pashinyan", "\xC3\xA9", "\xE2\x80\x9C",
      " ", "\x07", "\xff", "\xed\xa0\x80", "%s", "n1", "|", ";", "\r", "\0"};
  std::string out;
  int parts = p.ConsumeIntegralInRange<int>(0, 6);
  for (int i = 0; i < parts; ++i) {
    if (p.ConsumeBool()) {
      const char* piece = kPieces[p.ConsumeIntegralInRange<size_t>(
          0, sizeof kPieces / sizeof kPieces[0] - 1)];
      out += piece[0] == '\0' ? std::string(1, '\0') : std::string(piece);
    } else {
      out += p.ConsumeRandomLengthString(24);
    }
  }
  return out;
}

/// Fills `g` with up to 24 fuzzed triples over a small pool of names (so
/// facts and entities collide), then Finalize()s it.
inline void BuildFuzzedGraph(FuzzedDataProvider& p, GraphStore& g) {
  std::vector<std::string> names;
  int pool = p.ConsumeIntegralInRange<int>(1, 8);
  for (int i = 0; i < pool; ++i) names.push_back(FuzzName(p));
  std::vector<std::string> docs = {"d1.txt", FuzzName(p)};
  for (size_t i = 0; i < docs.size(); ++i) {
    DocumentInfo info{docs[i], p.ConsumeBool() ? "2024-02-23" : FuzzName(p),
                      std::to_string(i) + FuzzName(p), FuzzName(p),
                      p.ConsumeIntegral<uint32_t>()};
    g.AddDocument(info);
  }
  int n = p.ConsumeIntegralInRange<int>(0, 24);
  for (int i = 0; i < n && p.remaining_bytes() > 0; ++i) {
    Triple t;
    t.subject = names[p.ConsumeIntegralInRange<size_t>(0, names.size() - 1)];
    t.subject_type = static_cast<EntityType>(
        p.ConsumeIntegralInRange<int>(0, static_cast<int>(EntityType::kUnknown)));
    t.predicate = static_cast<Predicate>(
        p.ConsumeIntegralInRange<int>(0, static_cast<int>(Predicate::kHoldsRole)));
    t.object = p.ConsumeBool() ? names[p.ConsumeIntegralInRange<size_t>(0, names.size() - 1)]
                               : FuzzName(p);
    t.object_type = t.predicate == Predicate::kSaid
                        ? EntityType::kQuote
                        : static_cast<EntityType>(p.ConsumeIntegralInRange<int>(
                              0, static_cast<int>(EntityType::kUnknown)));
    if (p.ConsumeBool()) t.year = p.ConsumeIntegralInRange<int>(-5000, 5000);
    if (t.predicate == Predicate::kHoldsRole) t.role = FuzzName(p);
    t.confidence = p.ConsumeFloatingPoint<double>();
    t.evidence.doc = docs[p.ConsumeIntegralInRange<size_t>(0, docs.size() - 1)];
    if (p.ConsumeBool()) t.evidence.doc = FuzzName(p);  // a document with no DocumentInfo
    t.evidence.sentence = p.ConsumeIntegral<uint32_t>();
    t.evidence.start = p.ConsumeIntegral<uint32_t>();
    t.evidence.end = p.ConsumeIntegral<uint32_t>();
    t.evidence.rule = FuzzName(p);
    t.evidence.text = FuzzName(p);
    if (t.predicate == Predicate::kSaid) {
      int about = p.ConsumeIntegralInRange<int>(0, 3);
      for (int k = 0; k < about; ++k) {
        t.about.push_back({names[p.ConsumeIntegralInRange<size_t>(0, names.size() - 1)],
                           static_cast<EntityType>(p.ConsumeIntegralInRange<int>(
                               0, static_cast<int>(EntityType::kUnknown)))});
      }
    }
    g.Add(t);
  }
  g.Finalize();
}

/// Checks that `xml` is well-formed enough for an XML parser: valid UTF-8,
/// no characters XML 1.0 forbids, every '&' a known entity or character
/// reference, tags balanced, no '<' or "]]>" in text, no '<' in attribute
/// values. Not a full parser; scripts/test.sh runs xmllint on real outputs.
inline void CheckXml(std::string_view xml) {
  if (!IsValidUtf8(xml)) Fail("graphml is not valid UTF-8");
  std::vector<std::string_view> open;
  size_t i = 0;
  auto check_amp = [&](size_t at) {
    size_t semi = xml.find(';', at);
    if (semi == std::string_view::npos || semi - at > 10) Fail("bare '&'", xml.substr(at, 20));
    std::string_view ref = xml.substr(at + 1, semi - at - 1);
    if (ref == "amp" || ref == "lt" || ref == "gt" || ref == "quot" || ref == "apos") return;
    if (ref.size() >= 2 && ref[0] == '#') return;
    Fail("unknown entity", ref);
  };
  while (i < xml.size()) {
    unsigned char c = static_cast<unsigned char>(xml[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') Fail("control character in XML");
    if (c == '&') check_amp(i);
    if (c == ']' && xml.substr(i, 3) == "]]>") Fail("']]>' in XML text");
    if (c != '<') {
      ++i;
      continue;
    }
    size_t end = i + 1;
    char quote = 0;
    for (; end < xml.size(); ++end) {
      char d = xml[end];
      if (quote) {
        if (d == quote) quote = 0;
        else if (d == '<') Fail("'<' in attribute value");
        else if (d == '&') check_amp(end);
        else if (static_cast<unsigned char>(d) < 0x20 && d != '\t' && d != '\n' && d != '\r')
          Fail("control character in attribute");
      } else if (d == '"' || d == '\'') {
        quote = d;
      } else if (d == '>') {
        break;
      }
    }
    if (end >= xml.size()) Fail("unterminated tag");
    std::string_view tag = xml.substr(i + 1, end - i - 1);
    if (!tag.empty() && tag[0] == '/') {
      std::string_view name = tag.substr(1);
      if (open.empty() || open.back() != name) Fail("unbalanced close tag", name);
      open.pop_back();
    } else if (!tag.empty() && tag[0] != '?' && tag[0] != '!' && tag.back() != '/') {
      open.push_back(tag.substr(0, tag.find_first_of(" \t\n")));
    }
    i = end + 1;
  }
  if (!open.empty()) Fail("unclosed tag", open.back());
}

}  // namespace newsgraph::fuzzing

#endif  // NEWSGRAPH_FUZZ_FUZZ_UTIL_H_
