// One test per file of the bad-input corpus (scripts/make_bad_inputs.py):
// what newsgraph does with it, not just that it does not crash. Skipped
// documents are named on stderr and the batch goes on with exit status 3
// and a one-line summary; repaired ones are read; every export written
// from hostile text passes its real reader.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "tests/robustness/robustness_util.h"

namespace newsgraph::cli_testing {
namespace {

// Builds a good document together with the bad input `name`: the bad one
// must be skipped with `reason`, named in a warning and in the summary,
// and the good one must still reach every export, each of them valid.
void ExpectSkippedInABatch(const std::string& name, const std::string& reason) {
  TempDir dir;
  std::string bad = MakeBadInput(dir, name);
  WriteAll(dir / "good.txt", kGoodText);
  CommandResult r = BuildAllFormats(dir, Quote(dir / "good.txt") + " " + Quote(bad));
  EXPECT_EQ(r.exit_code, 3) << r.err;
  const std::string skipped = "skipped '" + bad + "': " + reason;
  EXPECT_NE(r.err.find("newsgraph: warning: " + skipped), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("newsgraph: 1 of 2 documents skipped: " + skipped), std::string::npos)
      << r.err;
  ExpectValidExports(dir);
  EXPECT_EQ(Sql(dir / "g.db", "SELECT name FROM documents"), "good.txt\n");

  // Alone, nothing can be read: a failure naming the file, no output.
  CommandResult alone = RunShell(Binary() + " extract " + Quote(bad) + " -o " +
                                 Quote(dir / "alone.jsonl"));
  EXPECT_EQ(alone.exit_code, 1);
  EXPECT_NE(alone.err.find("newsgraph: error: no input document could be read: " + skipped),
            std::string::npos)
      << alone.err;
  EXPECT_FALSE(std::filesystem::exists(dir / "alone.jsonl"));
}

// The invalid UTF-8 in `name` is replaced (one warning naming the file and
// the count), the facts around it are still read, and the JSONL is valid
// UTF-8 holding U+FFFD where the bad bytes were.
void ExpectRepaired(const std::string& name, int replaced) {
  TempDir dir;
  std::string bad = MakeBadInput(dir, name);
  CommandResult r = RunShell(Binary() + " extract --explain " + Quote(bad));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "newsgraph: warning: '" + bad + "': replaced " + std::to_string(replaced) +
                       " invalid UTF-8 sequence(s) with U+FFFD\n");
  EXPECT_NE(r.out.find("\"subject\":\"Nikol Pashinyan\""), std::string::npos) << r.out;
  WriteAll(dir / "out.jsonl", r.out);
  CommandResult py = RunShell(Python() +
                              " -c 'import json, sys\n"
                              "for l in open(sys.argv[1], encoding=\"utf-8\"): json.loads(l)' " +
                              Quote(dir / "out.jsonl"));
  EXPECT_EQ(py.exit_code, 0) << py.err;

  CommandResult b = BuildAllFormats(dir, Quote(bad));
  EXPECT_EQ(b.exit_code, 0) << b.err;
  ExpectValidExports(dir);
}

// `name` must give exactly the triples (offsets included) of the same
// document written as plain UTF-8 with LF line ends.
void ExpectSameTriplesAsPlainText(const std::string& name, const std::string& plain) {
  TempDir dir;
  std::string odd = MakeBadInput(dir, name);
  std::filesystem::create_directory(dir / "plain");
  WriteAll(dir / "plain/" + name, plain);
  CommandResult a = RunShell(Binary() + " extract --explain " + Quote(odd));
  CommandResult b = RunShell(Binary() + " extract --explain " + Quote(dir / "plain/" + name));
  EXPECT_EQ(a.exit_code, 0) << a.err;
  EXPECT_EQ(a.err, "");
  EXPECT_EQ(b.exit_code, 0) << b.err;
  EXPECT_NE(a.out.find("Nikol Pashinyan"), std::string::npos) << a.out;
  EXPECT_EQ(a.out, b.out);
}

// Runs `command`, which must finish within `limit` seconds (a hang or
// super-linear step shows up here), and returns its result.
CommandResult RunWithin(const std::string& command, double limit) {
  auto start = std::chrono::steady_clock::now();
  CommandResult r = RunShell("timeout -s KILL " + std::to_string(static_cast<int>(limit * 3)) +
                             " " + command);
  double took = SecondsSince(start);
  EXPECT_LT(took, limit) << command;
  return r;
}

// The time bound for inputs of about a megabyte: generous, as the suite
// also runs under AddressSanitizer on two loaded cores.
constexpr double kMegabyteSeconds = 60;

TEST(BadInputTest, EmptyFileIsSkippedNamingItAndTheBatchGoesOn) {
  ExpectSkippedInABatch("empty.txt", "empty document");
}

TEST(BadInputTest, WhitespaceOnlyFileIsSkippedNamingIt) {
  ExpectSkippedInABatch("whitespace.txt", "document holds only whitespace");
}

TEST(BadInputTest, RandomBytesAreRefusedAsBinary) {
  ExpectSkippedInABatch("random_bytes.txt", "binary data, not text");
}

TEST(BadInputTest, PngHeaderIsRefusedAsBinary) {
  ExpectSkippedInABatch("png_header.txt", "binary data, not text");
}

TEST(BadInputTest, ElfHeaderIsRefusedAsBinary) {
  ExpectSkippedInABatch("elf_header.txt", "binary data, not text");
}

TEST(BadInputTest, NulBytesAreRefusedSayingWhere) {
  ExpectSkippedInABatch("nul_bytes.txt", "binary data, not text (NUL byte at offset 19)");
}

TEST(BadInputTest, TruncatedUtf8IsRepaired) { ExpectRepaired("utf8_truncated.txt", 4); }

TEST(BadInputTest, OverlongUtf8IsRepairedByteByByte) { ExpectRepaired("utf8_overlong.txt", 11); }

TEST(BadInputTest, LoneContinuationBytesAreRepaired) {
  ExpectRepaired("utf8_lone_continuation.txt", 6);
}

TEST(BadInputTest, EncodedSurrogatesAreRepaired) { ExpectRepaired("utf8_surrogates.txt", 12); }

TEST(BadInputTest, Utf16LittleEndianWithBomIsDecoded) {
  ExpectSameTriplesAsPlainText("utf16le_bom.txt", kGoodText);
}

TEST(BadInputTest, Utf16BigEndianWithBomIsDecoded) {
  ExpectSameTriplesAsPlainText("utf16be_bom.txt", kGoodText);
}

TEST(BadInputTest, Utf8BomIsDroppedAndOffsetsDoNotCountIt) {
  ExpectSameTriplesAsPlainText("utf8_bom.txt", kGoodText);
}

TEST(BadInputTest, CrlfLineEndsReadAsLf) {
  ExpectSameTriplesAsPlainText("crlf.txt", std::string(kGoodText) + "\n" + kGoodText);
}

TEST(BadInputTest, CrOnlyLineEndsReadAsLf) {
  ExpectSameTriplesAsPlainText("cr_only.txt", std::string(kGoodText) + "\n" + kGoodText);
}

TEST(BadInputTest, MegabyteSentenceWithoutPunctuationIsCutAndBounded) {
  TempDir dir;
  std::string bad = MakeBadInput(dir, "sentence_1mb.txt");
  CommandResult r = RunWithin(Binary() + " extract --explain " + Quote(bad) + " -o " +
                                  Quote(dir / "out.jsonl"),
                              kMegabyteSeconds);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  // No evidence is longer than the sentence bound (kMaxSentenceBytes).
  CommandResult py = RunShell(Python() +
                              " -c 'import json, sys\n"
                              "spans = [json.loads(l) for l in open(sys.argv[1])]\n"
                              "assert all(0 <= t[\"end\"] - t[\"start\"] <= 2000 for t in spans)\n"
                              "print(len(spans))' " +
                              Quote(dir / "out.jsonl"));
  EXPECT_EQ(py.exit_code, 0) << py.err;
}

TEST(BadInputTest, TenThousandUnbalancedQuotesFinishWithValidExports) {
  TempDir dir;
  std::string bad = MakeBadInput(dir, "quotes_10000.txt");
  CommandResult r = RunWithin(Binary() + " build " + Quote(bad) + " -o " + Quote(dir / "g.db") +
                                  " -o " + Quote(dir / "g.graphml") + " -o " +
                                  Quote(dir / "g.dot") + " -o " + Quote(dir / "g.jsonl"),
                              kMegabyteSeconds);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  ExpectValidExports(dir);
  // No quote runs past its sentence: quotes never swallow the document.
  EXPECT_EQ(Sql(dir / "g.db", "SELECT count(*) FROM relations WHERE length(quote) > 2000"),
            "0\n");
}

TEST(BadInputTest, TenThousandCharacterRunOfCapitalisedWordsIsBounded) {
  TempDir dir;
  std::string bad = MakeBadInput(dir, "capitalised_run.txt");
  CommandResult r = RunWithin(Binary() + " build " + Quote(bad) + " -o " + Quote(dir / "g.db") +
                                  " -o " + Quote(dir / "g.graphml") + " -o " +
                                  Quote(dir / "g.dot") + " -o " + Quote(dir / "g.jsonl"),
                              kMegabyteSeconds);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  ExpectValidExports(dir);
}

TEST(BadInputTest, HostileNamesAndQuotesGiveValidExportsAndReachSqliteVerbatim) {
  TempDir dir;
  std::string bad = MakeBadInput(dir, "hostile_names.txt");
  CommandResult r = BuildAllFormats(dir, Quote(bad));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  ExpectValidExports(dir);
  const std::string db = dir / "g.db";
  // The injection is stored as text (bound parameters), and the table is
  // still there.
  EXPECT_EQ(Sql(db, "SELECT count(*) > 0 FROM entities"), "1\n");
  EXPECT_EQ(Sql(db, "SELECT count(*) FROM relations WHERE quote LIKE "
                    "'%''); DROP TABLE entities; --%<b>bold</b> & ]]>%'"),
            "1\n");
  EXPECT_EQ(Sql(db, "SELECT count(*) FROM said WHERE quote LIKE '%\\ backslash%'"), "1\n");
  // The same characters survive the GraphML round trip through NetworkX.
  CommandResult py = RunShell(
      Python() +
      " -c 'import sys, networkx as nx\n"
      "g = nx.read_graphml(sys.argv[1])\n"
      "quotes = [d.get(\"quote\", \"\") for _, _, d in g.edges(data=True)]\n"
      "assert any(\"DROP TABLE entities; --\" in q and \"]]>\" in q and \"<b>\" in q for q in quotes), quotes' " +
      Quote(dir / "g.graphml"));
  EXPECT_EQ(py.exit_code, 0) << py.err;
}

TEST(BadInputTest, BrokenJsonlLinesAreSkippedNamingLineAndTheRestIsRead) {
  TempDir dir;
  std::string bad = MakeBadInput(dir, "documents.jsonl");
  CommandResult r = BuildAllFormats(dir, Quote(bad));
  EXPECT_EQ(r.exit_code, 3) << r.err;
  for (const char* line : {":2': not JSON: ", ":3': no \"text\" string", ":4': no \"text\" string",
                           ":5': no \"text\" string", ":6': not a JSON object",
                           ":7': not a JSON object", ":12': not JSON: "}) {
    EXPECT_NE(r.err.find("newsgraph: warning: skipped '" + bad + line), std::string::npos)
        << line << "\n" << r.err;
  }
  EXPECT_NE(r.err.find("newsgraph: 7 of 11 documents skipped: skipped '" + bad +
                       ":2': not JSON: "),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(" (and 6 more)\n"), std::string::npos) << r.err;
  ExpectValidExports(dir);
  // Line 8 has an id of the wrong type: read, named by file and line.
  EXPECT_EQ(Sql(dir / "g.db", "SELECT name FROM documents ORDER BY name"),
            "documents.jsonl:8\ngood-1\ngood-2\nhostile\n");
}

}  // namespace
}  // namespace newsgraph::cli_testing
