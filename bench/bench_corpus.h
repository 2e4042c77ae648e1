// Text the micro-benchmarks run on: the seed articles and the examples,
// concatenated into documents, or the corpus named by $NEWSGRAPH_BENCH_CORPUS
// (a .jsonl made by scripts/make_corpus.py; its first MiB is used).
#ifndef NEWSGRAPH_BENCH_BENCH_CORPUS_H_
#define NEWSGRAPH_BENCH_BENCH_CORPUS_H_

#include <string>
#include <vector>

#include "text/document.h"

namespace newsgraph::bench {

/// Documents of about 1 MiB in all, read once.
const std::vector<Document>& Corpus();
/// Total bytes of Corpus() texts.
size_t CorpusBytes();

}  // namespace newsgraph::bench

#endif  // NEWSGRAPH_BENCH_BENCH_CORPUS_H_
