#include "exporters/sqlite_exporter.h"

#include <unistd.h>

#include <stdexcept>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include "gold_graph.h"
#include "hostile_graph.h"
#include "test_util.h"

namespace newsgraph {
namespace {

using testing_util::AddHostileFacts;
using testing_util::ErrorOf;
using testing_util::FileExists;
using testing_util::InChild;
using testing_util::LimitFileSize;
using testing_util::MakeTriple;
using testing_util::ReadFile;
using testing_util::RunProgram;
using testing_util::RunResult;
using testing_util::TempDir;
using testing_util::WriteFile;

// Every row of `table` in rowid order, each value tagged with its type, so
// NULL, 0 and '' differ.
std::string DumpTable(const std::string& path, const std::string& table) {
  SQLite::Database db(path);
  SQLite::Statement query(db, "SELECT * FROM " + table + " ORDER BY rowid");
  std::string dump;
  while (query.executeStep()) {
    for (int i = 0; i < query.getColumnCount(); ++i) {
      SQLite::Column c = query.getColumn(i);
      if (c.isNull()) {
        dump += "NULL";
      } else if (c.isInteger()) {
        dump += "i:" + std::to_string(c.getInt64());
      } else if (c.isFloat()) {
        dump += "f:" + std::to_string(c.getDouble());
      } else {
        dump += "t:'" + c.getString() + "'";
      }
      dump += i + 1 < query.getColumnCount() ? "," : "\n";
    }
  }
  return dump;
}

// All the tables, for comparing two databases.
std::string DumpAll(const std::string& path) {
  std::string dump;
  for (const char* table :
       {"documents", "entities", "aliases", "relations", "texts", "sightings", "evidence"}) {
    dump += std::string("== ") + table + "\n" + DumpTable(path, table);
  }
  return dump;
}

std::string Query(const std::string& path, const std::string& sql) {
  SQLite::Database db(path);
  SQLite::Statement query(db, sql);
  std::string out;
  while (query.executeStep()) {
    for (int i = 0; i < query.getColumnCount(); ++i) {
      SQLite::Column c = query.getColumn(i);
      out += c.isNull() ? std::string("NULL") : c.getString();
      out += i + 1 < query.getColumnCount() ? "|" : "\n";
    }
  }
  return out;
}

std::string WriteHostileDb(const TempDir& dir, const std::string& name = "graph.db") {
  GraphStore g(nullptr);
  AddHostileFacts(g);
  const std::string path = dir.File(name);
  WriteSqlite(g, path);
  return path;
}

TEST(SqliteExporterTest, WritesTablesWithHostileNamesIntact) {
  TempDir dir;
  const std::string path = WriteHostileDb(dir);
  EXPECT_EQ(dir.List(), std::vector<std::string>{"graph.db"});
  EXPECT_EQ(DumpTable(path, "documents"),
            "i:1,t:'doc \"1\".txt',t:'2024-02-23',t:'00000000000000a1',t:'in/doc \"1\".txt',"
            "i:1234\n"
            "i:2,t:'d2<&>.txt',NULL,t:'00000000000000b2',t:'stdin',i:99\n");
  EXPECT_EQ(Query(path, "SELECT id, name, type FROM entities ORDER BY id"),
            "1|Recep Tayyip Erdoğan|person\n"
            "2|\"Quote\" \\ <Union> & ]]> Co|organization\n"
            "3|Armenia|country\n"
            "4|CSTO|organization\n"
            "5|Belarus|country\n"
            "6|Serbia|country\n"
            "7|'); DROP TABLE entities; --|organization\n"
            "8|Türkiye|country\n"
            "9|We will never -- ever -- accept \"this\";\nline two\\ and a tab\there plus a "
            "bell\x07 and <b>bold</b> & ]]> more words to wrap around|quote\n"
            "10|Short.|quote\n");
  EXPECT_EQ(Query(path, "SELECT entity_id, alias, count FROM aliases ORDER BY 1, 2"),
            "1|Recep Tayyip Erdoğan|4\n"
            "2|The \"Quote\" \\ <Union> & ]]> Co|2\n"
            "3|Armenia|4\n"  // a mention inside a quote is a sighting too
            "4|CSTO|4\n"
            "5|Belarus|1\n"
            "6|Serbia|1\n"
            "7|'); DROP TABLE entities; --|1\n"
            "8|Türkiye|1\n");
  EXPECT_EQ(Query(path,
                  "SELECT id, subject_id, predicate, object_id, year, role, quote IS NOT NULL, "
                  "round(confidence, 3), evidence_count FROM relations ORDER BY id"),
            "1|1|member-of|2|NULL|NULL|0|0.95|2\n"
            "2|3|left-in|4|2024|NULL|0|0.9|1\n"
            "3|3|joined-in|4|1992|NULL|0|0.9|1\n"
            "4|5|member-of|4|NULL|NULL|0|0.9|1\n"
            "5|6|observer-of|7|NULL|NULL|0|0.9|1\n"
            "6|1|holds-role|8|NULL|President {of}\tthe \"Republic\"|0|0.9|1\n"
            "7|1|said|9|NULL|NULL|1|0.9|1\n"
            "8|9|mentions|4|NULL|NULL|0|0.9|1\n"
            "9|9|mentions|3|NULL|NULL|0|0.9|1\n"
            "10|3|said|10|NULL|NULL|1|0.9|1\n");
  EXPECT_EQ(Query(path, "SELECT relation_id, document_id, sentence, start, \"end\", rule, text "
                        "FROM evidence WHERE relation_id = 1 ORDER BY id"),
            "1|1|1|100|140|test/rule|the sentence 1\n"
            "1|1|2|300|340|test/rule|the sentence 1\n");
}

// A sentence behind several sightings is one row of texts; the evidence view
// gives every sighting its text, as the version 1 table did.
TEST(SqliteExporterTest, EachSentenceIsStoredOnce) {
  TempDir dir;
  const std::string path = WriteHostileDb(dir);
  const std::string sightings = Query(path, "SELECT count(*) FROM sightings");
  EXPECT_EQ(Query(path, "SELECT count(*) FROM evidence"), sightings);
  EXPECT_EQ(Query(path, "SELECT count(*) FROM texts"),
            Query(path, "SELECT count(DISTINCT text) FROM evidence"));
  EXPECT_LT(std::stoi(Query(path, "SELECT count(*) FROM texts")), std::stoi(sightings));
  EXPECT_EQ(Query(path, "SELECT count(*) FROM texts WHERE text = 'the sentence 1'"), "1\n");
  EXPECT_EQ(Query(path, "SELECT count(*) FROM sightings s JOIN texts t ON t.id = s.text_id "
                        "WHERE t.text = 'the sentence 1'"),
            "3\n");
  EXPECT_EQ(Query(path, "PRAGMA user_version"), "2\n");
}

// Databases written before texts were kept once (schema version 1, text in an
// evidence table) still load, and are written back in the new layout.
TEST(SqliteExporterTest, LoadsVersionOneDatabases) {
  TempDir dir;
  const std::string old = dir.File("v1.db");
  {
    SQLite::Database db(old, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec(
        "PRAGMA application_id = 1313296968; PRAGMA user_version = 1;"
        "CREATE TABLE documents (id INTEGER PRIMARY KEY, name TEXT NOT NULL, date TEXT,"
        "  hash TEXT UNIQUE, source TEXT, bytes INTEGER);"
        "CREATE TABLE entities (id INTEGER PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL,"
        "  UNIQUE (name, type));"
        "CREATE TABLE aliases (entity_id INTEGER, alias TEXT, count INTEGER,"
        "  PRIMARY KEY (entity_id, alias));"
        "CREATE TABLE relations (id INTEGER PRIMARY KEY, subject_id INTEGER, predicate TEXT,"
        "  object_id INTEGER, year INTEGER, role TEXT, quote TEXT, confidence REAL,"
        "  evidence_count INTEGER);"
        "CREATE TABLE evidence (id INTEGER PRIMARY KEY, relation_id INTEGER,"
        "  document_id INTEGER, sentence INTEGER, start INTEGER, \"end\" INTEGER, rule TEXT,"
        "  text TEXT);"
        "INSERT INTO documents VALUES (1, 'a.txt', NULL, '00ff', 'a.txt', 120);"
        "INSERT INTO entities VALUES (1, 'Armenia', 'country'), (2, 'CSTO', 'organization');"
        "INSERT INTO aliases VALUES (1, 'Armenia', 2), (2, 'CSTO', 2);"
        "INSERT INTO relations VALUES (1, 1, 'member-of', 2, NULL, NULL, NULL, 0.9, 2);"
        "INSERT INTO evidence VALUES (1, 1, 1, 0, 0, 30, 'r', 'Armenia is in the CSTO.'),"
        "  (2, 1, 1, 3, 90, 120, 'r', NULL);");
  }
  GraphStore g(nullptr);
  LoadSqlite(old, g);
  ASSERT_EQ(g.num_facts(), 1u);
  const FactEdge& fact = g.fact(0);
  ASSERT_EQ(fact.evidence.size(), 2u);
  EXPECT_EQ(g.Str(fact.evidence[0].text), "Armenia is in the CSTO.");
  EXPECT_EQ(g.Str(fact.evidence[1].text), "");
  EXPECT_EQ(fact.evidence[1].start, 90u);

  // graph.sql run by hand on it stamps it version 2; its evidence still loads.
  {
    SQLite::Database db(old, SQLite::OPEN_READWRITE);
    db.exec(LoadSchemaSql());
    EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), 2);
  }
  GraphStore again(nullptr);
  LoadSqlite(old, again);
  ASSERT_EQ(again.num_facts(), 1u);
  EXPECT_EQ(again.fact(0).evidence.size(), 2u);

  const std::string now = dir.File("v2.db");
  WriteSqlite(g, now);
  EXPECT_EQ(Query(now, "SELECT relation_id, sentence, start, \"end\", rule, text FROM evidence"),
            "1|0|0|30|r|Armenia is in the CSTO.\n"
            "1|3|90|120|r|NULL\n");
  EXPECT_EQ(Query(now, "SELECT id, text FROM texts"), "1|Armenia is in the CSTO.\n");
}

TEST(SqliteExporterTest, ViewsReadNaturally) {
  TempDir dir;
  const std::string path = WriteHostileDb(dir);
  EXPECT_EQ(Query(path, "SELECT speaker, substr(quote, 1, 13), document, sentence, start, \"end\" "
                        "FROM said ORDER BY speaker"),
            "Armenia|Short.|d2<&>.txt|6|600|640\n"
            "Recep Tayyip Erdoğan|We will never|doc \"1\".txt|5|500|540\n");
  EXPECT_EQ(Query(path, "SELECT speaker, about, substr(quote, 1, 7) FROM said_about ORDER BY 2"),
            "Recep Tayyip Erdoğan|Armenia|We will\n"
            "Recep Tayyip Erdoğan|CSTO|We will\n");
  EXPECT_EQ(Query(path, "SELECT * FROM member_of ORDER BY 1"),
            "Belarus|CSTO|d2<&>.txt\n"
            "Recep Tayyip Erdoğan|\"Quote\" \\ <Union> & ]]> Co|doc \"1\".txt\n");
  EXPECT_EQ(Query(path, "SELECT * FROM left_in"), "Armenia|CSTO|2024|doc \"1\".txt\n");
  EXPECT_EQ(Query(path, "SELECT * FROM joined_in"), "Armenia|CSTO|1992\n");
  EXPECT_EQ(Query(path, "SELECT * FROM holds_role"),
            "Recep Tayyip Erdoğan|President {of}\tthe \"Republic\"|Türkiye\n");
  // Armenia joined in 1992 and left in 2024: no longer a member.
  EXPECT_EQ(Query(path, "SELECT * FROM current_members ORDER BY 1, 2"),
            "\"Quote\" \\ <Union> & ]]> Co|Recep Tayyip Erdoğan|NULL\n"
            "CSTO|Belarus|NULL\n");
  EXPECT_EQ(Query(path, "SELECT r.id FROM quotes_fts JOIN relations r ON r.id = quotes_fts.rowid "
                        "WHERE quotes_fts MATCH 'bold'"),
            "7\n");
}

// The writer fills quotes_fts once after the bulk load, with the triggers
// off; the rows, ranks and highlights must be what the triggers would give.
TEST(SqliteExporterTest, FullTextIndexMatchesTheTriggers) {
  TempDir dir;
  GraphStore g(nullptr);
  // Like the other gold-graph tests: the gold facts live in ../shared.
  if (testing_util::AddGoldFacts(testing_util::GoldPath("seeds_gold.jsonl"), g) == 0) {
    GTEST_SKIP() << "seeds_gold.jsonl not found";
  }
  const std::string written = dir.File("written.db");
  WriteSqlite(g, written);
  // The same relations inserted row by row through the schema's trigger.
  const std::string triggered = dir.File("triggered.db");
  {
    SQLite::Database db(triggered, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec(LoadSchemaSql());
    db.exec("ATTACH '" + written + "' AS w");
    db.exec("INSERT INTO relations SELECT * FROM w.relations ORDER BY id");
  }
  const std::string fts =
      "SELECT rowid, printf('%.9g', rank), highlight(quotes_fts, 0, '[', ']') FROM quotes_fts "
      "WHERE quotes_fts MATCH ";
  for (const char* match : {"'NATO'", "'russ*'", "'\"collective security\"'", "'NATO OR CSTO'",
                            "'we NOT they'"}) {
    const std::string sql = fts + match + " ORDER BY rank, rowid";
    EXPECT_FALSE(Query(written, sql).empty()) << match;
    EXPECT_EQ(Query(written, sql), Query(triggered, sql)) << match;
  }
  SQLite::Database db(written, SQLite::OPEN_READWRITE);
  EXPECT_NO_THROW(db.exec("INSERT INTO quotes_fts (quotes_fts) VALUES ('integrity-check')"));
}

// The triggers stay in the file: a later edit of a quote reaches the index.
TEST(SqliteExporterTest, FullTextIndexFollowsLaterEdits) {
  TempDir dir;
  const std::string path = WriteHostileDb(dir);
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec("UPDATE relations SET quote = 'Entirely new words' WHERE id = 10");
  }
  EXPECT_EQ(Query(path, "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'entirely'"), "10\n");
  EXPECT_EQ(Query(path, "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'short'"), "");
}

TEST(SqliteExporterTest, CurrentMembersComparesYears) {
  GraphStore g(nullptr);
  using E = EntityType;
  using P = Predicate;
  auto add = [&](const std::string& member, P p, int year) {
    Triple t = MakeTriple(member, E::kCountry, p, "CSTO", E::kOrganization, "a.txt");
    t.year = year;
    g.Add(t);
  };
  add("Armenia", P::kJoinedIn, 1992);
  add("Armenia", P::kLeftIn, 2024);      // left after joining: gone
  add("Georgia", P::kJoinedIn, 1993);
  add("Georgia", P::kLeftIn, 1999);
  add("Georgia", P::kJoinedIn, 2030);    // came back later: member since 2030
  add("Uzbekistan", P::kMemberOf, 0);
  add("Uzbekistan", P::kLeftIn, 0);      // left, year unknown: gone
  add("Belarus", P::kMemberOf, 0);       // never left: member, since unknown
  add("Russia", P::kJoinedIn, 1992);     // member since 1992
  add("Russia", P::kLeftIn, 1990);       // an older departure does not count
  g.Finalize();
  TempDir dir;
  const std::string path = dir.File("m.db");
  WriteSqlite(g, path);
  EXPECT_EQ(Query(path, "SELECT * FROM current_members ORDER BY member"),
            "CSTO|Belarus|NULL\n"
            "CSTO|Georgia|2030\n"
            "CSTO|Russia|1992\n");
}

TEST(SqliteExporterTest, RoundTripGivesIdenticalTables) {
  TempDir dir;
  const std::string first = WriteHostileDb(dir, "first.db");
  GraphStore loaded(nullptr);
  LoadSqlite(first, loaded);
  loaded.Finalize();
  const std::string second = dir.File("second.db");
  WriteSqlite(loaded, second);
  EXPECT_EQ(DumpAll(first), DumpAll(second));
  EXPECT_EQ(loaded.num_entities(), 10u);
  EXPECT_EQ(loaded.num_facts(), 10u);
  ASSERT_TRUE(loaded.Find("The \"Quote\" \\ <Union> & ]]> Co").has_value());
}

TEST(SqliteExporterTest, LoadingTwiceMergesEverything) {
  TempDir dir;
  const std::string path = WriteHostileDb(dir);
  GraphStore g(nullptr);
  LoadSqlite(path, g);
  LoadSqlite(path, g);
  g.Finalize();
  EXPECT_EQ(g.num_documents(), 2u);
  EXPECT_EQ(g.num_entities(), 10u);
  EXPECT_EQ(g.num_facts(), 10u);
  const std::string again = dir.File("again.db");
  WriteSqlite(g, again);
  // Evidence is kept once; alias counts add up.
  EXPECT_EQ(DumpTable(path, "evidence"), DumpTable(again, "evidence"));
  EXPECT_EQ(Query(again, "SELECT count FROM aliases WHERE entity_id = 4"), "8\n");
}

// Rows go to SQLite in batches: counts that are not a multiple of the batch
// size (and smaller than one batch) lose nothing and keep their order.
TEST(SqliteExporterTest, EveryRowArrivesWhateverTheCount) {
  TempDir dir;
  for (int facts : {1, 63, 64, 65, 200}) {
    GraphStore g(nullptr);
    for (int i = 0; i < facts; ++i) {
      Triple t = MakeTriple("Country " + std::to_string(i), EntityType::kCountry,
                            Predicate::kMemberOf, "CSTO", EntityType::kOrganization,
                            "d" + std::to_string(i % 3) + ".txt", static_cast<uint32_t>(i));
      g.Add(t);
      if (i % 2 == 0) g.Add(t);  // seen twice: merges, no new row
      t.evidence.start += 1;     // a second sighting of the same fact
      g.Add(t);
    }
    const std::string path = dir.File("batch" + std::to_string(facts) + ".db");
    WriteSqlite(g, path);
    const std::string n = std::to_string(facts);
    EXPECT_EQ(Query(path, "SELECT count(*), min(id), max(id) FROM relations"),
              n + "|1|" + n + "\n");
    EXPECT_EQ(Query(path, "SELECT count(*), max(id), sum(evidence_count) FROM evidence, "
                          "(SELECT sum(evidence_count) AS evidence_count FROM relations)"),
              std::to_string(2 * facts) + "|" + std::to_string(2 * facts) + "|" +
                  std::to_string(2 * facts * 2 * facts) + "\n");
    EXPECT_EQ(Query(path, "SELECT count(*) FROM entities"), std::to_string(facts + 1) + "\n");
    // Country 0 is row 1, CSTO row 2, then the other countries in order.
    EXPECT_EQ(Query(path, "SELECT name FROM entities WHERE id = " + std::to_string(facts + 1)),
              facts == 1 ? "CSTO\n" : "Country " + std::to_string(facts - 1) + "\n");
    EXPECT_EQ(Query(path, "SELECT count(*) FROM evidence e JOIN relations r ON r.id = "
                          "e.relation_id WHERE e.sentence * 100 + (e.id - 1) % 2 != e.start"),
              "0\n");
    GraphStore loaded(nullptr);
    LoadSqlite(path, loaded);
    const std::string again = dir.File("again" + std::to_string(facts) + ".db");
    WriteSqlite(loaded, again);
    EXPECT_EQ(DumpAll(path), DumpAll(again));
  }
}

// Found by the sqlite fuzzer: an empty name is '' (NOT NULL holds), not NULL.
TEST(SqliteExporterTest, EmptyNamesAreEmptyText) {
  GraphStore g(nullptr);
  Triple t = MakeTriple("", EntityType::kCountry, Predicate::kMemberOf, "CSTO",
                        EntityType::kOrganization, "", 1);
  g.Add(t);
  TempDir dir;
  const std::string path = dir.File("empty-names.db");
  WriteSqlite(g, path);
  EXPECT_EQ(DumpTable(path, "entities"), "i:1,t:'',t:'country'\ni:2,t:'CSTO',t:'organization'\n");
  EXPECT_EQ(DumpTable(path, "documents"), "i:1,t:'',NULL,NULL,NULL,NULL\n");
  EXPECT_EQ(Query(path, "SELECT count(*) FROM aliases WHERE alias = ''"), "1\n");
}

TEST(SqliteExporterTest, EvidenceWithoutDocumentInfoGetsDocumentRow) {
  GraphStore g(nullptr);
  g.Add(MakeTriple("Belarus", EntityType::kCountry, Predicate::kMemberOf, "CSTO",
                   EntityType::kOrganization, "loose.txt", 2));
  TempDir dir;
  const std::string path = dir.File("loose.db");
  WriteSqlite(g, path);
  EXPECT_EQ(DumpTable(path, "documents"), "i:1,t:'loose.txt',NULL,NULL,NULL,NULL\n");
  EXPECT_EQ(Query(path, "SELECT * FROM member_of"), "Belarus|CSTO|loose.txt\n");
}

TEST(SqliteExporterTest, EmptyGraphIsValidDatabase) {
  GraphStore g(nullptr);
  TempDir dir;
  const std::string path = dir.File("empty.db");
  WriteSqlite(g, path);
  EXPECT_EQ(Query(path, "SELECT count(*) FROM relations"), "0\n");
  GraphStore loaded(nullptr);
  LoadSqlite(path, loaded);
  EXPECT_EQ(loaded.num_entities(), 0u);
}

TEST(SqliteExporterTest, ReplacesOldFileAtomically) {
  TempDir dir;
  const std::string path = dir.File("graph.db");
  WriteFile(path, "not a database");
  WriteHostileDb(dir);
  EXPECT_EQ(Query(path, "SELECT count(*) FROM entities"), "10\n");
  EXPECT_EQ(dir.List(), std::vector<std::string>{"graph.db"});
}

TEST(SqliteExporterTest, WriteErrorNamesFileAndKeepsOldFile) {
  TempDir dir;
  const std::string missing = dir.File("no/such/graph.db");
  GraphStore g(nullptr);
  try {
    WriteSqlite(g, missing);
    FAIL() << "expected an exception";
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()), "cannot write '" + missing + "': No such file or directory");
  }

  // A disk that fills up while SQLite writes (RLIMIT_FSIZE in a child).
  const std::string path = dir.File("full.db");
  WriteFile(path, "old");
  const std::string message = InChild(dir.File("message"), [&] {
    LimitFileSize(16 * 1024);
    return ErrorOf([&] {
      GraphStore big(nullptr);
      for (int i = 0; i < 2000; ++i) {
        big.Add(MakeTriple("Country " + std::to_string(i), EntityType::kCountry,
                           Predicate::kMemberOf, "CSTO", EntityType::kOrganization, "d.txt", i));
      }
      WriteSqlite(big, path);
    });
  });
  EXPECT_EQ(message.rfind("cannot write '" + path + "': ", 0), 0u) << message;
  EXPECT_EQ(ReadFile(path), "old");
  EXPECT_EQ(dir.List(), (std::vector<std::string>{"full.db", "message"}));
}

TEST(SqliteExporterTest, LoadRejectsOtherFiles) {
  TempDir dir;
  auto expect_error = [](const std::string& path, const std::string& message) {
    GraphStore g(nullptr);
    try {
      LoadSqlite(path, g);
      FAIL() << "expected an exception for " << path;
    } catch (const std::runtime_error& e) {
      EXPECT_EQ(std::string(e.what()), message);
    }
  };
  const std::string text = dir.File("notes.txt");
  WriteFile(text, "just some text that is long enough to not be a database header at all\n");
  expect_error(text, "'" + text + "' is not a newsgraph database");
  const std::string empty = dir.File("empty.db");
  WriteFile(empty, "");
  expect_error(empty, "'" + empty + "' is not a newsgraph database");
  const std::string other = dir.File("other.db");
  {
    SQLite::Database db(other, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE entities (id INTEGER PRIMARY KEY, name TEXT)");
  }
  expect_error(other, "'" + other + "' is not a newsgraph database");
  expect_error(dir.path(), "'" + dir.path() + "' is not a newsgraph database");
  const std::string missing = dir.File("missing.db");
  expect_error(missing, "cannot read '" + missing + "': No such file or directory");
  EXPECT_FALSE(FileExists(missing));
}

TEST(SqliteExporterTest, SchemaIsIdempotentAndLoads) {
  const std::string sql = LoadSchemaSql();
  EXPECT_NE(sql.find("CREATE TABLE IF NOT EXISTS relations"), std::string::npos);
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
  db.exec(sql);
  db.exec(sql);
  EXPECT_EQ(db.execAndGet("PRAGMA application_id").getInt(), 0x4E475248);
}

// The real reader: the sqlite3 program checks the file and runs the views.
TEST(SqliteExporterTest, Sqlite3ProgramReadsIt) {
  if (!testing_util::HaveProgram("sqlite3")) GTEST_SKIP() << "sqlite3 not installed";
  TempDir dir;
  const std::string path = WriteHostileDb(dir);
  RunResult r = RunProgram({"sqlite3", "-batch", path, "PRAGMA integrity_check"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "ok\n");
  EXPECT_EQ(r.err, "");
  r = RunProgram({"sqlite3", "-batch", path,
                  "INSERT INTO quotes_fts (quotes_fts) VALUES ('integrity-check')"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  r = RunProgram({"sqlite3", "-batch", "-separator", "|", path,
                  "SELECT speaker, document, sentence FROM said ORDER BY speaker; "
                  "SELECT organization, member, since FROM current_members ORDER BY 1, 2;"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "Armenia|d2<&>.txt|6\n"
            "Recep Tayyip Erdoğan|doc \"1\".txt|5\n"
            "\"Quote\" \\ <Union> & ]]> Co|Recep Tayyip Erdoğan|\n"
            "CSTO|Belarus|\n");
  EXPECT_EQ(r.err, "");
  // graph.sql runs again on a written database without complaint.
  const std::string schema = std::string(NEWSGRAPH_SOURCE_DIR) + "/schema/graph.sql";
  r = RunProgram({"sqlite3", "-batch", path, ".read " + schema});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
}

// Realistic graphs (the gold facts): the said view has one row per said
// sighting, and a load/write round trip keeps every table.
TEST(SqliteExporterTest, GoldGraphsRoundTrip) {
  TempDir dir;
  for (std::string gold : {"seeds_gold.jsonl", "wikinews_gold.jsonl"}) {
    GraphStore g(nullptr);
    if (testing_util::AddGoldFacts(testing_util::GoldPath(gold), g) == 0) {
      GTEST_SKIP() << gold << " not found";
    }
    const std::string first = dir.File("first.db");
    WriteSqlite(g, first);
    size_t said = 0;
    for (const FactEdge& f : g.facts()) {
      if (f.predicate == Predicate::kSaid) said += f.evidence.size();
    }
    EXPECT_EQ(Query(first, "SELECT count(*) FROM said"), std::to_string(said) + "\n");
    EXPECT_EQ(Query(first, "PRAGMA integrity_check"), "ok\n");
    GraphStore loaded(nullptr);
    LoadSqlite(first, loaded);
    loaded.Finalize();
    const std::string second = dir.File("second.db");
    WriteSqlite(loaded, second);
    EXPECT_EQ(DumpAll(first), DumpAll(second)) << gold;
  }
}

}  // namespace
}  // namespace newsgraph
