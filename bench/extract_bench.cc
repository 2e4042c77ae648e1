// Extraction hot paths, per document of the bench corpus (bench_corpus.h).
// Throughput is reported as bytes of document text per second.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "bench_corpus.h"
#include "extract/analysis.h"
#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "extract/membership_extractor.h"
#include "extract/speech_extractor.h"
#include "extract/tokenizer.h"
#include "exporters/jsonl_exporter.h"
#include "text/fold.h"
#include "text/jsonl_line.h"
#include "text/segmenter.h"
#include "text/utf8.h"

namespace newsgraph {
namespace {

const Lexicon& Lex() { return Lexicon::Default(); }

// The corpus as JSONL lines (what ReadInputs reads from a .jsonl input).
const std::vector<std::string>& CorpusLines() {
  static const std::vector<std::string> lines = [] {
    std::vector<std::string> out;
    for (const Document& d : bench::Corpus()) {
      std::string line = "{\"id\": \"" + d.id + "\", \"text\": \"";
      for (char c : d.text) {
        if (c == '"' || c == '\\') line.push_back('\\');
        if (c == '\n') {
          line += "\\n";
          continue;
        }
        line.push_back(c);
      }
      line += "\"}";
      out.push_back(std::move(line));
    }
    return out;
  }();
  return lines;
}

// Reading a JSONL line: the shortcut reader (RapidJSON only if it declines).
void BM_ReadJsonlLine(benchmark::State& state) {
  JsonlFields fields;
  std::string error;
  for (auto _ : state) {
    for (const std::string& line : CorpusLines()) {
      ReadJsonlLine(line, fields, error);
      benchmark::DoNotOptimize(fields.text.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bench::CorpusBytes()));
}
BENCHMARK(BM_ReadJsonlLine)->Unit(benchmark::kMillisecond);

// Writing the triple stream (`extract` output), per triple, as `extract`
// makes it: appended to the document's output string.
void BM_AppendTripleJson(benchmark::State& state) {
  std::vector<Triple> triples;
  for (const Document& d : bench::Corpus()) {
    for (Triple& t : ExtractTriples(d, Lex())) triples.push_back(std::move(t));
  }
  std::string out;
  for (auto _ : state) {
    out.clear();
    for (const Triple& t : triples) AppendTripleJson(t, out);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * triples.size()));
}
BENCHMARK(BM_AppendTripleJson)->Unit(benchmark::kMillisecond);

// Reading: UTF-8 repair, folding and sentence splitting.
void BM_SanitizeFoldSegment(benchmark::State& state) {
  const auto& docs = bench::Corpus();
  for (auto _ : state) {
    for (const Document& d : docs) {
      SanitizeResult clean = SanitizeText(d.text);
      FoldedText folded = Fold(clean.text);
      Segmentation seg = Segment(folded.text, Lex());
      benchmark::DoNotOptimize(seg.sentences.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bench::CorpusBytes()));
}
BENCHMARK(BM_SanitizeFoldSegment)->Unit(benchmark::kMillisecond);

// Tokenizing every sentence (part of Analyze).
void BM_Tokenize(benchmark::State& state) {
  std::vector<FoldedText> folded;
  std::vector<std::string> lower;
  std::vector<Segmentation> segs;
  for (const Document& d : bench::Corpus()) {
    folded.push_back(Fold(d.text));
    lower.push_back(Lower(folded.back().text));
    segs.push_back(Segment(folded.back().text, Lex()));
  }
  for (auto _ : state) {
    for (size_t i = 0; i < folded.size(); ++i) {
      for (const Sentence& s : segs[i].sentences) {
        auto tokens = Tokenize(folded[i].text, lower[i], s.begin, s.end);
        benchmark::DoNotOptimize(tokens.data());
      }
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bench::CorpusBytes()));
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

// The whole analysis: fold, segment, tokenize, mention lookup, people, roles.
void BM_Analyze(benchmark::State& state) {
  const auto& docs = bench::Corpus();
  for (auto _ : state) {
    for (const Document& d : docs) {
      DocAnalysis a = Analyze(d.text, Lex());
      benchmark::DoNotOptimize(a.sentences.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bench::CorpusBytes()));
}
BENCHMARK(BM_Analyze)->Unit(benchmark::kMillisecond);

// Mention lookup alone: FindEntity over every window EntityAt() tries.
void BM_FindEntityWindows(benchmark::State& state) {
  std::vector<DocAnalysis> analyses;
  for (const Document& d : bench::Corpus()) analyses.push_back(Analyze(d.text, Lex()));
  const size_t max_words = Lex().max_entity_words() + 2;
  for (auto _ : state) {
    size_t found = 0;
    for (const DocAnalysis& a : analyses) {
      for (const SentenceInfo& s : a.sentences) {
        for (size_t i = 0; i < s.tokens.size(); ++i) {
          if (!s.tokens[i].capital) continue;
          for (size_t len = std::min(max_words, s.tokens.size() - i); len >= 1; --len) {
            found += Lex().FindEntity(a.TokenText(s, i, i + len)) != nullptr;
          }
        }
      }
    }
    benchmark::DoNotOptimize(found);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bench::CorpusBytes()));
}
BENCHMARK(BM_FindEntityWindows)->Unit(benchmark::kMillisecond);

template <void (*Extract)(const DocAnalysis&, std::vector<Triple>&)>
void BM_Extractor(benchmark::State& state) {
  std::vector<DocAnalysis> analyses;
  for (const Document& d : bench::Corpus()) analyses.push_back(Analyze(d.text, Lex()));
  for (auto _ : state) {
    size_t n = 0;
    for (const DocAnalysis& a : analyses) {
      std::vector<Triple> out;
      Extract(a, out);
      n += out.size();
    }
    benchmark::DoNotOptimize(n);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bench::CorpusBytes()));
}
// Quote scanning alone: pairing the quotation marks of every paragraph.
void BM_QuoteScan(benchmark::State& state) {
  std::vector<DocAnalysis> analyses;
  for (const Document& d : bench::Corpus()) analyses.push_back(Analyze(d.text, Lex()));
  for (auto _ : state) {
    size_t spans = 0;
    for (const DocAnalysis& a : analyses) spans += FindQuoteSpans(a).size();
    benchmark::DoNotOptimize(spans);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bench::CorpusBytes()));
}
BENCHMARK(BM_QuoteScan)->Unit(benchmark::kMillisecond);

// Quote scanning and speaker attribution.
BENCHMARK_TEMPLATE(BM_Extractor, ExtractSpeech)->Name("BM_SpeechExtraction")->Unit(benchmark::kMillisecond);
BENCHMARK_TEMPLATE(BM_Extractor, ExtractMembership)->Name("BM_MembershipExtraction")->Unit(benchmark::kMillisecond);

// Whole ExtractTriples; bytes/s here is the one-core extraction throughput.
void BM_ExtractTriples(benchmark::State& state) {
  const auto& docs = bench::Corpus();
  for (auto _ : state) {
    size_t n = 0;
    for (const Document& d : docs) n += ExtractTriples(d, Lex()).size();
    benchmark::DoNotOptimize(n);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bench::CorpusBytes()));
}
BENCHMARK(BM_ExtractTriples)->Unit(benchmark::kMillisecond);

// The same text as one long document (the corpus's articles one after the
// other): per-document work must stay linear, so bytes/s should be close to
// BM_ExtractTriples'. (A lookup that scans the whole document per clause,
// quote or title shows here first.)
void BM_ExtractOneLongDocument(benchmark::State& state) {
  Document one;
  one.id = "long";
  for (const Document& d : bench::Corpus()) one.text += d.text + "\n\n";
  for (auto _ : state) benchmark::DoNotOptimize(ExtractTriples(one, Lex()).size());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * one.text.size()));
}
BENCHMARK(BM_ExtractOneLongDocument)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace newsgraph
