// newsgraph: news articles in, a knowledge graph out.
//
// Only this file prints, catches and chooses exit codes:
//   0 success, 1 failure (nothing written), 2 bad usage,
//   3 done, but some input documents were skipped (each named on stderr).
#include <atomic>
#include <csignal>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "cli/args.h"
#include "cli/build_memory.h"
#include "exporters/atomic_file.h"
#include "exporters/dot_exporter.h"
#include "exporters/graphml_exporter.h"
#include "exporters/jsonl_exporter.h"
#include "exporters/sqlite_exporter.h"
#include "extract/batch_extractor.h"
#include "extract/lexicon.h"
#include "graph/graph_store.h"
#include "cli/commands.h"

namespace newsgraph {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;
constexpr int kExitPartial = 3;

const char kMainHelp[] = R"(usage: newsgraph COMMAND [ARGS...]

Builds a knowledge graph from news articles: who is a member of which
organisation, who left it and when, who said what, who holds which office.

commands:
  extract   print the triples of each article as JSONL
  build     merge the triples into a graph and write DOT, GraphML, SQLite or JSONL
  merge     combine graph databases built from separate batches
  query     ask a graph database who said what, who belongs where, who holds what

Run 'newsgraph COMMAND --help' for a command's options.
INPUT is a .txt file, a folder (every .txt below it, sorted), '-' for stdin,
or a .jsonl file with one {"id": ..., "text": ..., "date": ...} per line.

exit status: 0 success, 1 failure, 2 bad usage,
             3 finished but some input documents were skipped (named on stderr)
)";

const char kExtractHelp[] = R"(usage: newsgraph extract INPUT... [-o FILE] [--explain] [-j N]

Prints one JSON triple per line: subject, subject_type, predicate, object,
object_type, doc, sentence, start, end (code point offsets), confidence,
and year / role / about where they apply (schema/triple.schema.json).

options:
  -o, --output FILE   write to FILE (atomically) instead of standard output
      --explain       add the rule that fired and the sentence it read
  -j, --threads N     extract with N threads (output is the same)
  -h, --help          show this help
)";

const char kBuildHelp[] = R"(usage: newsgraph build INPUT... -o OUT [-o OUT...] [options]

Extracts the triples of every input and merges them into one graph: one
node per entity however it is spelled, one edge per fact with all its
evidence. The format of each OUT follows its extension: .db/.sqlite
(SQLite), .graphml, .dot, .jsonl; or give --format once per -o.

options:
  -o, --output OUT        a file to write (repeatable; '-' is stdout)
  -f, --format FMT        sqlite, graphml, dot or jsonl for the matching -o
      --into DB           add the inputs to an existing database (created if
                          missing); documents already in it are skipped
      --focus NAME        keep only the graph around NAME (aliases work) ...
      --depth N           ... up to N hops away (default 1)
      --predicates LIST   keep only these relations, e.g. said,member-of
      --layout ENGINE     DOT layout hint: dot (default), sfdp, neato
  -j, --threads N         extract with N threads
  -h, --help              show this help
)";

const char kMergeHelp[] = R"(usage: newsgraph merge A.db B.db... -o OUT [-o OUT...]

Combines graph databases built from separate batches into one graph, the
same graph one build over all the batches would give. OUT formats as for
'build'.

options:
  -o, --output OUT    a file to write (repeatable)
  -f, --format FMT    sqlite, graphml, dot or jsonl for the matching -o
  -h, --help          show this help
)";

void Warn(const std::string& message) { std::cerr << "newsgraph: warning: " << message << "\n"; }

std::string FormatFor(const std::string& path, const std::string& given) {
  if (!given.empty()) {
    if (given == "sqlite" || given == "db" || given == "graphml" || given == "dot" ||
        given == "jsonl") {
      return given == "db" ? "sqlite" : given;
    }
    throw UsageError("unknown format '" + given + "' (use sqlite, graphml, dot or jsonl)");
  }
  auto ends = [&](const char* ext) {
    size_t n = std::strlen(ext);
    return path.size() > n && path.compare(path.size() - n, n, ext) == 0;
  };
  if (ends(".db") || ends(".sqlite") || ends(".sqlite3")) return "sqlite";
  if (ends(".graphml")) return "graphml";
  if (ends(".dot") || ends(".gv")) return "dot";
  if (ends(".jsonl")) return "jsonl";
  throw UsageError("cannot tell the format of '" + path +
                   "' from its extension (use .db, .graphml, .dot, .jsonl or --format)");
}

// Writes a text export to `path` ("-" = stdout) through `write`.
void WriteText(const std::string& path, const std::function<void(std::ostream&)>& write) {
  if (path == "-") {
    write(std::cout);
    std::cout.flush();
    if (!std::cout) throw std::runtime_error("cannot write to standard output");
    return;
  }
  WriteAtomically(path, write);
}

struct OutputSpec {
  std::string path;
  std::string format;
};

std::vector<OutputSpec> Outputs(const Args& args) {
  std::vector<std::string> paths = args.All("--output");
  std::vector<std::string> formats = args.All("--format");
  if (formats.size() > paths.size()) throw UsageError("more --format than -o options");
  std::vector<OutputSpec> out;
  for (size_t i = 0; i < paths.size(); ++i) {
    std::string given = i < formats.size() ? formats[i] : "";
    if (paths[i] == "-" && given.empty()) {
      throw UsageError("writing to '-' needs --format");
    }
    std::string format = FormatFor(paths[i], given);
    if (paths[i] == "-" && format == "sqlite") throw UsageError("SQLite cannot go to stdout");
    out.push_back({paths[i], format});
  }
  return out;
}

// The graph of a build or merge, which lives until the process exits: the
// kernel takes its memory back at once then, while destroying it frees its
// blocks one at a time (millions for a large corpus, each a likely cache
// miss: ~1.5% of a 100 MB build). Clang's front end skips freeing its AST
// at exit for the same reason (-disable-free). The pointer stays reachable,
// so a leak checker does not count it as lost.
GraphStore& KeptUntilExit(const Lexicon& lexicon) {
  static std::vector<GraphStore*>* kept = new std::vector<GraphStore*>;
  kept->push_back(new GraphStore(&lexicon));
  return *kept->back();
}

void WriteGraph(const GraphStore& store, const OutputSpec& out, const DotOptions& dot) {
  if (out.format == "sqlite") {
    WriteSqlite(store, out.path);
  } else if (out.format == "graphml") {
    WriteText(out.path, [&](std::ostream& os) { WriteGraphML(store, os); });
  } else if (out.format == "dot") {
    WriteText(out.path, [&](std::ostream& os) { WriteDot(store, os, dot); });
  } else {
    WriteText(out.path, [&](std::ostream& os) { WriteGraphJsonl(store, os); });
  }
}

int Finish(const ReadStats& stats) {
  if (stats.skipped == 0) return kExitOk;
  size_t total = stats.documents + stats.skipped;
  std::cerr << "newsgraph: " << stats.skipped << " of " << total << " documents skipped";
  if (!stats.skip_reasons.empty()) std::cerr << ": " << stats.skip_reasons.front();
  if (stats.skip_reasons.size() > 1) std::cerr << " (and " << stats.skip_reasons.size() - 1 << " more)";
  std::cerr << "\n";
  return stats.documents == 0 ? kExitFailure : kExitPartial;
}

}  // namespace

void CheckReadable(const std::string& path) { CheckInputs({path}); }

namespace {

std::vector<std::string> Inputs(const Args& args, const char* help) {
  std::vector<std::string> inputs = args.positional();
  if (inputs.empty()) throw UsageError(std::string("no INPUT given\n") + help);
  CheckInputs(inputs);
  return inputs;
}

int Extract(const std::vector<std::string>& argv) {
  Args args(argv, {"--output", "--threads"}, {"--explain", "--help"},
            {{"-o", "--output"}, {"-j", "--threads"}, {"-h", "--help"}});
  if (args.Has("--help")) {
    std::cout << kExtractHelp;
    return kExitOk;
  }
  if (args.All("--output").size() > 1) throw UsageError("extract writes one file: give -o once");
  int threads = args.GetInt("--threads", 1, 1, 256);
  std::vector<std::string> inputs = Inputs(args, kExtractHelp);
  const Lexicon& lexicon = Lexicon::Default();
  bool explain = args.Has("--explain");
  ExtractOptions needs;
  needs.evidence_text = explain;  // printed only with --explain
  needs.content_hash = false;
  ReadStats stats;
  WriteText(args.Get("--output", "-"), [&](std::ostream& os) {
    stats = ExtractInputs(
        inputs, lexicon, threads,
        [&](ExtractedDocument&& doc) {
          os.write(doc.output.data(), static_cast<std::streamsize>(doc.output.size()));
        },
        Warn, needs,
        // The lines are made on the worker that extracted the document.
        [&](ExtractedDocument& doc) {
          // A line runs to about 280 bytes (more with --explain): room for
          // most documents' lines at once, rather than a string that grows.
          doc.output.reserve(doc.triples.size() * (explain ? 640 : 320));
          for (const Triple& t : doc.triples) AppendTripleJson(t, doc.output, explain);
          doc.triples.clear();
        });
    if (stats.documents == 0 && stats.skipped > 0) {
      throw std::runtime_error("no input document could be read: " + stats.skip_reasons.front());
    }
  });
  return Finish(stats);
}

SubgraphOptions Cut(const Args& args) {
  SubgraphOptions cut;
  cut.focus = args.Get("--focus");
  cut.depth = args.GetInt("--depth", 1, 0, 100);
  std::string list = args.Get("--predicates");
  std::stringstream ss(list);
  std::string name;
  while (std::getline(ss, name, ',')) {
    if (name.empty()) continue;
    auto p = ParsePredicate(name);
    if (!p) throw UsageError("unknown predicate '" + name + "' in --predicates");
    cut.predicates.insert(*p);
  }
  return cut;
}

int WriteAll(GraphStore& store, const Args& args, const std::vector<OutputSpec>& outputs) {
  store.Finalize();
  SubgraphOptions cut = Cut(args);
  DotOptions dot;
  dot.layout = args.Get("--layout");
  if (!dot.layout.empty() && dot.layout != "dot" && dot.layout != "sfdp" &&
      dot.layout != "neato" && dot.layout != "fdp") {
    throw UsageError("unknown --layout '" + dot.layout + "' (use dot, sfdp, neato or fdp)");
  }
  bool cutting = !cut.focus.empty() || !cut.predicates.empty();
  if (!cut.focus.empty() && !store.Find(cut.focus)) {
    throw std::runtime_error("--focus '" + cut.focus + "' names no entity in the graph");
  }
  GraphStore view = cutting ? store.Subgraph(cut) : GraphStore();
  for (const OutputSpec& out : outputs) WriteGraph(cutting ? view : store, out, dot);
  return kExitOk;
}

int Build(const std::vector<std::string>& argv) {
  Args args(argv,
            {"--output", "--format", "--into", "--focus", "--depth", "--predicates", "--layout",
             "--threads"},
            {"--help"}, {{"-o", "--output"}, {"-f", "--format"}, {"-j", "--threads"},
                         {"-h", "--help"}});
  if (args.Has("--help")) {
    std::cout << kBuildHelp;
    return kExitOk;
  }
  std::vector<OutputSpec> outputs = Outputs(args);
  std::string into = args.Get("--into");
  if (outputs.empty() && into.empty()) throw UsageError("build needs -o OUT or --into DB");
  int threads = args.GetInt("--threads", 1, 1, 256);
  Cut(args);  // validate before the long part
  std::vector<std::string> inputs = Inputs(args, kBuildHelp);
  TuneMemoryForBuild(InputBytes(inputs) + InputBytes({into}));
  const Lexicon& lexicon = Lexicon::Default();
  GraphStore& store = KeptUntilExit(lexicon);
  if (!into.empty()) {
    std::ifstream probe(into);
    if (probe) LoadSqlite(into, store);
  }
  size_t already = 0;
  ReadStats stats = ExtractInputs(
      inputs, lexicon, threads,
      [&](ExtractedDocument&& doc) {
        DocumentInfo info{std::move(doc.id), std::move(doc.date), std::move(doc.hash),
                          std::move(doc.source), doc.bytes};
        if (!store.AddDocument(std::move(info))) {
          ++already;
          return;
        }
        store.AddAll(doc.triples);
      },
      Warn);
  if (stats.documents == 0 && stats.skipped > 0) {
    throw std::runtime_error("no input document could be read: " + stats.skip_reasons.front());
  }
  if (already > 0) {
    std::cerr << "newsgraph: " << already << " document(s) already in the graph, skipped\n";
  }
  if (!into.empty()) {
    store.Finalize();
    WriteSqlite(store, into);
  }
  WriteAll(store, args, outputs);
  return Finish(stats);
}

int Merge(const std::vector<std::string>& argv) {
  Args args(argv, {"--output", "--format"}, {"--help"},
            {{"-o", "--output"}, {"-f", "--format"}, {"-h", "--help"}});
  if (args.Has("--help")) {
    std::cout << kMergeHelp;
    return kExitOk;
  }
  std::vector<OutputSpec> outputs = Outputs(args);
  if (outputs.empty()) throw UsageError("merge needs -o OUT");
  if (args.positional().empty()) throw UsageError(std::string("no database given\n") + kMergeHelp);
  CheckInputs(args.positional());
  TuneMemoryForBuild(InputBytes(args.positional()));
  const Lexicon& lexicon = Lexicon::Default();
  GraphStore& store = KeptUntilExit(lexicon);
  for (const std::string& db : args.positional()) LoadSqlite(db, store);
  return WriteAll(store, args, outputs);
}

int Run(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << kMainHelp;
    return kExitUsage;
  }
  std::string command = args.front();
  args.erase(args.begin());
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << kMainHelp;
    return kExitOk;
  }
  if (command == "--version") {
    std::cout << "newsgraph " << NEWSGRAPH_VERSION << "\n";
    return kExitOk;
  }
  if (command == "extract") return Extract(args);
  if (command == "build") return Build(args);
  if (command == "merge") return Merge(args);
  if (command == "query") return RunQueryCommand(args, std::cout);
  throw UsageError("unknown command '" + command + "' (try 'newsgraph --help')");
}

}  // namespace
}  // namespace newsgraph

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  std::signal(SIGPIPE, SIG_IGN);
  // Past `ulimit -f` a write then fails with EFBIG and gets a one-line error
  // (the old output kept) instead of the process being killed mid-write.
  std::signal(SIGXFSZ, SIG_IGN);
  try {
    return newsgraph::Run(argc, argv);
  } catch (const newsgraph::UsageError& e) {
    std::cerr << "newsgraph: error: " << e.what() << "\n";
    return newsgraph::kExitUsage;
  } catch (const std::bad_alloc&) {
    std::cerr << "newsgraph: error: out of memory\n";
    return newsgraph::kExitFailure;
  } catch (const std::exception& e) {
    std::cerr << "newsgraph: error: " << e.what() << "\n";
    return newsgraph::kExitFailure;
  }
}
