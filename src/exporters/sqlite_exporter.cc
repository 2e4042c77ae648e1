#include "exporters/sqlite_exporter.h"

#include <errno.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include "exporters/atomic_file.h"
#include "extract/lexicon.h"

namespace newsgraph {
namespace {

// PRAGMA application_id written by graph.sql: "NGRH".
constexpr int kApplicationId = 0x4E475248;
// The newest schema (PRAGMA user_version) this code reads.
constexpr int kSchemaVersion = 2;

// Bulk INSERTs through the C API. Rows are collected and sent kBatch at a
// time in one multi-row INSERT, which runs SQLite's per-statement work
// (open the table, halt, reset) once per batch instead of once per row.
// Text is bound from the graph's string views without a copy (SQLiteCpp
// binds only std::string), so it must stay valid until Finish().
class Insert {
 public:
  static constexpr int kBatch = 64;

  /// `into` is "INSERT INTO table (column, ...)" naming `columns` columns.
  Insert(SQLite::Database& db, std::string into, int columns)
      : db_(db.getHandle()), into_(std::move(into)), columns_(columns) {
    values_.reserve(static_cast<size_t>(kBatch * columns));
  }
  ~Insert() {
    for (sqlite3_stmt* stmt : {full_, tail_}) sqlite3_finalize(stmt);
  }
  Insert(const Insert&) = delete;
  Insert& operator=(const Insert&) = delete;

  // The values of the current row, in column order.
  void Null() { values_.push_back({Value::kNull, 0, 0, {}}); }
  void Int(int64_t value) { values_.push_back({Value::kInt, value, 0, {}}); }
  void Real(double value) { values_.push_back({Value::kReal, 0, value, {}}); }
  void Text(std::string_view value) { values_.push_back({Value::kText, 0, 0, value}); }
  /// Text, or NULL for an empty string (NULL reads better in sqlite3 and in
  /// the views: "no year", "no role").
  void TextOrNull(std::string_view value) {
    if (value.empty()) {
      Null();
    } else {
      Text(value);
    }
  }
  /// Ends the row.
  void Run() {
    if (values_.size() == static_cast<size_t>(kBatch * columns_)) Send(full_, kBatch);
  }
  /// Sends the rows not sent yet; call before the bound text goes away.
  void Finish() {
    const int rows = static_cast<int>(values_.size()) / columns_;
    if (rows == 0) return;
    sqlite3_finalize(tail_);
    tail_ = nullptr;
    Send(tail_, rows);
  }

 private:
  struct Value {
    enum Type { kNull, kInt, kReal, kText } type;
    int64_t i;
    double d;
    std::string_view text;
  };

  void Check(int result) {
    if (result != SQLITE_OK) throw SQLite::Exception(db_, result);
  }

  // Inserts the collected `rows` with `stmt`, prepared for that many rows
  // if it is not yet.
  void Send(sqlite3_stmt*& stmt, int rows) {
    if (!stmt) {
      std::string sql = into_ + " VALUES ";
      for (int r = 0; r < rows; ++r) {
        sql += r ? ",(" : "(";
        for (int c = 0; c < columns_; ++c) sql += c ? ",?" : "?";
        sql += ")";
      }
      Check(sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr));
    }
    for (size_t i = 0; i < values_.size(); ++i) {
      const Value& v = values_[i];
      const int index = static_cast<int>(i) + 1;
      switch (v.type) {
        case Value::kNull: Check(sqlite3_bind_null(stmt, index)); break;
        case Value::kInt: Check(sqlite3_bind_int64(stmt, index, v.i)); break;
        case Value::kReal: Check(sqlite3_bind_double(stmt, index, v.d)); break;
        case Value::kText:
          // A null pointer would bind NULL: an empty view may have one.
          Check(sqlite3_bind_text(stmt, index, v.text.empty() ? "" : v.text.data(),
                                  static_cast<int>(v.text.size()), SQLITE_STATIC));
          break;
      }
    }
    const int done = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    if (done != SQLITE_DONE) throw SQLite::Exception(db_, done);
    values_.clear();
  }

  sqlite3* db_;
  std::string into_;
  int columns_;
  std::vector<Value> values_;
  sqlite3_stmt* full_ = nullptr;
  sqlite3_stmt* tail_ = nullptr;
};

std::string ColumnText(const SQLite::Statement& s, int index) {
  SQLite::Column c = s.getColumn(index);
  return c.isNull() ? std::string() : c.getString();
}

// Row ids handed out as we insert: every table gets explicit 1-based ids.
struct DocumentRows {
  std::vector<int64_t> of_name;  // document name id → row (0 = none; first document wins)
  int64_t next_id = 1;
};

void InsertDocuments(const GraphStore& g, SQLite::Database& db, DocumentRows& rows) {
  Insert insert(db, "INSERT INTO documents (id, name, date, hash, source, bytes)", 6);
  rows.of_name.assign(g.num_doc_names(), 0);
  const DocumentView nameless;  // for documents only evidence names
  auto add = [&](std::string_view name, const DocumentView* doc) {
    if (!doc) doc = &nameless;
    const int64_t id = rows.next_id++;
    insert.Int(id);
    insert.Text(name);
    insert.TextOrNull(doc->date);
    insert.TextOrNull(doc->hash);
    insert.TextOrNull(doc->source);
    if (doc->bytes == 0) {
      insert.Null();
    } else {
      insert.Int(static_cast<int64_t>(doc->bytes));
    }
    insert.Run();
    return id;
  };
  for (size_t i = 0; i < g.num_documents(); ++i) {
    const DocumentView doc = g.document(i);
    const int64_t id = add(doc.id, &doc);
    const StringId name = g.FindDoc(doc.id);
    if (name != StringPool::kNone && rows.of_name[name] == 0) rows.of_name[name] = id;
  }

  // Evidence may name documents the store was not told about.
  for (const FactEdge& fact : g.facts()) {
    for (const Sighting& ev : fact.evidence) {
      if (rows.of_name[ev.doc] == 0) rows.of_name[ev.doc] = add(g.DocName(ev.doc), nullptr);
    }
  }
  insert.Finish();
}

// Returns the entity row id of every vertex. Vertices that share a name and
// type (which the unique index forbids) share one row, numbered by its first
// vertex.
std::vector<int64_t> InsertEntities(const GraphStore& g, SQLite::Database& db) {
  const size_t n = g.num_entities();
  // (name id, type, vertex) sorted: a row's vertices are a run, its first
  // vertex leads the run.
  std::vector<std::pair<uint64_t, VertexId>> by_key(n);
  for (VertexId v = 0; v < n; ++v) {
    const EntityNode& node = g.entity(v);
    by_key[v] = {(uint64_t{node.name} << 8) | static_cast<uint8_t>(node.type), v};
  }
  std::sort(by_key.begin(), by_key.end());
  constexpr size_t kAlone = SIZE_MAX;
  std::vector<VertexId> leader(n);
  std::vector<size_t> run_of(n, kAlone);  // leader → its run's start in by_key, if shared
  for (size_t i = 0; i < n;) {
    size_t end = i + 1;
    while (end < n && by_key[end].first == by_key[i].first) ++end;
    for (size_t k = i; k < end; ++k) leader[by_key[k].second] = by_key[i].second;
    if (end - i > 1) run_of[by_key[i].second] = i;
    i = end;
  }

  std::vector<int64_t> row_of(n);
  std::vector<VertexId> leaders;  // row id - 1 → its leading vertex
  Insert insert(db, "INSERT INTO entities (id, name, type)", 3);
  for (VertexId v = 0; v < n; ++v) {
    if (leader[v] != v) {
      row_of[v] = row_of[leader[v]];  // leaders come first: the lowest vertex
      continue;
    }
    leaders.push_back(v);
    row_of[v] = static_cast<int64_t>(leaders.size());
    insert.Int(row_of[v]);
    const EntityNode& node = g.entity(v);
    insert.Text(g.Str(node.name));
    insert.Text(ToString(node.type));
    insert.Run();
  }
  insert.Finish();

  Insert alias_insert(db, "INSERT INTO aliases (entity_id, alias, count)", 3);
  auto add_alias = [&](int64_t entity, std::string_view alias, uint32_t count) {
    alias_insert.Int(entity);
    alias_insert.Text(alias);
    alias_insert.Int(count);
    alias_insert.Run();
  };
  for (size_t row = 0; row < leaders.size(); ++row) {
    const int64_t entity = static_cast<int64_t>(row + 1);
    const VertexId v = leaders[row];
    if (run_of[v] == kAlone) {
      for (const AliasCount& a : g.entity(v).aliases) add_alias(entity, g.Str(a.alias), a.count);
      continue;
    }
    std::map<std::string_view, uint32_t> merged;
    for (size_t k = run_of[v]; k < n && leader[by_key[k].second] == v; ++k) {
      for (const AliasCount& a : g.entity(by_key[k].second).aliases) {
        merged[g.Str(a.alias)] += a.count;
      }
    }
    for (const auto& [alias, count] : merged) add_alias(entity, alias, count);
  }
  alias_insert.Finish();
  return row_of;
}

// Relations, their sightings and the sentences those read, one table after
// the other: a table written in one run has its pages together in the
// file, so CREATE INDEX and the full-text fill, which read the relations
// and sightings back once the page cache has let them go, read them in
// order. (Written row by row together, the three tables' pages alternated
// and every read-ahead brought the other two's along: for a 1 GB corpus,
// ~0.9 s more system time.)
void InsertRelations(const GraphStore& g, SQLite::Database& db,
                     const std::vector<int64_t>& entity_of, const DocumentRows& documents) {
  Insert relation(db,
                  "INSERT INTO relations (id, subject_id, predicate, object_id, year, "
                  "role, quote, confidence, evidence_count)",
                  9);
  int64_t relation_id = 0;
  for (const FactEdge& fact : g.facts()) {
    relation.Int(++relation_id);
    relation.Int(entity_of[fact.source]);
    relation.Text(ToString(fact.predicate));
    relation.Int(entity_of[fact.target]);
    if (fact.year == 0) {
      relation.Null();
    } else {
      relation.Int(fact.year);
    }
    relation.TextOrNull(g.Str(fact.role));
    relation.TextOrNull(g.Str(fact.quote));
    relation.Real(fact.confidence);
    relation.Int(static_cast<int64_t>(fact.evidence.size()));
    relation.Run();
  }
  relation.Finish();

  Insert sighting(db,
                  "INSERT INTO sightings (id, relation_id, document_id, sentence, "
                  "start, \"end\", rule, text_id)",
                  8);
  // Each sentence is stored once, numbered as first read (0: not yet).
  std::vector<uint32_t> text_row(g.num_strings(), 0);
  std::vector<StringId> texts;  // row id - 1 → the sentence
  relation_id = 0;
  int64_t sighting_id = 0;
  for (const FactEdge& fact : g.facts()) {
    ++relation_id;
    for (const Sighting& ev : fact.evidence) {
      sighting.Int(++sighting_id);
      sighting.Int(relation_id);
      sighting.Int(documents.of_name[ev.doc]);
      sighting.Int(ev.sentence);
      sighting.Int(ev.start);
      sighting.Int(ev.end);
      sighting.TextOrNull(g.Str(ev.rule));
      if (ev.text == StringPool::kEmpty) {
        sighting.Null();
      } else {
        if (text_row[ev.text] == 0) {
          texts.push_back(ev.text);
          text_row[ev.text] = static_cast<uint32_t>(texts.size());
        }
        sighting.Int(text_row[ev.text]);
      }
      sighting.Run();
    }
  }
  sighting.Finish();

  Insert text(db, "INSERT INTO texts (id, text)", 2);
  for (size_t row = 0; row < texts.size(); ++row) {
    text.Int(static_cast<int64_t>(row + 1));
    text.Text(g.Str(texts[row]));
    text.Run();
  }
  text.Finish();
}

// Drops the indexes the schema declares (not the one behind the aliases'
// PRIMARY KEY, which SQLite names sqlite_autoindex_*).
void DropIndexes(SQLite::Database& db) {
  std::vector<std::string> names;
  SQLite::Statement query(db,
                          "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL");
  while (query.executeStep()) names.push_back(query.getColumn(0).getString());
  for (const std::string& name : names) {
    std::string quoted = "\"";
    for (char c : name) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    db.exec("DROP INDEX " + quoted + "\"");
  }
}

// Turns trigger execution on this connection on or off.
void SetTriggers(SQLite::Database& db, bool on) {
  int now = 0;
  if (sqlite3_db_config(db.getHandle(), SQLITE_DBCONFIG_ENABLE_TRIGGER, on ? 1 : 0, &now) !=
          SQLITE_OK ||
      now != (on ? 1 : 0)) {
    throw SQLite::Exception("cannot switch triggers " + std::string(on ? "on" : "off"));
  }
}

std::runtime_error NotNewsgraph(const std::string& path) {
  return std::runtime_error("'" + path + "' is not a newsgraph database");
}

}  // namespace

std::string LoadSchemaSql() {
  const std::string path = Lexicon::SchemaDir() + "/graph.sql";
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read '" + path + "': " + std::strerror(errno));
  std::ostringstream sql;
  sql << in.rdbuf();
  if (in.bad()) throw std::runtime_error("cannot read '" + path + "': read error");
  return sql.str();
}

void WriteSqlite(const GraphStore& g, const std::string& path) {
  const std::string schema = LoadSchemaSql();
  AtomicFile file(path);
  try {
    SQLite::Database db(file.temp_path(),
                        SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_NOMUTEX);
    // The file is private until the rename, so durability during the build
    // buys nothing: AtomicFile fsyncs the finished file once. 64 KiB pages
    // (set before the schema creates any table) mean fewer B-tree pages to
    // split and write: about 15% less CPU for a 1M-edge graph; same .dump.
    // Temporary files stay files: CREATE INDEX sorts a large table in runs
    // written to a temporary file, and an in-memory one made the indexes of
    // a 1 GB corpus's graph take 8-9 s instead of 2.4 s (smaller sorts stay
    // in memory either way).
    // An 8 MiB page cache: the bulk load appends, so only the right edge of
    // each B-tree is hot, and the cache also sizes the index sorter's runs,
    // which at 16 MiB (SQLite's floor for 64 KiB pages) sort within the
    // processor's cache where 64 MiB ones did not. Against 64 MiB, for a
    // 1 GB corpus: indexes 5.4 -> 4.2 s, the whole write 16.0 -> 15.0 s
    // (medians of 6 runs), 280 MB less fresh memory; same .dump.
    db.exec(
        "PRAGMA page_size = 65536; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; "
        "PRAGMA locking_mode = EXCLUSIVE; PRAGMA temp_store = FILE; "
        "PRAGMA cache_size = -8192;");
    db.exec(schema);
    // SQLite fills the file itself: every kStepsPerRelease steps of its
    // virtual machine, what it has written goes to the kernel and out of
    // the page cache (AtomicFile::ReleaseWritten). The pages CREATE INDEX
    // and the full-text fill scan again are then read back from the disk
    // and dropped in turn. For a 1 GB corpus (3 alternating pairs): rows
    // 6.52 -> 2.84 s, indexes and FTS 7.80 -> 8.02 s, the whole write
    // 16.4 -> 12.1 s, as 750 MB of database no longer claim new memory.
    constexpr int kStepsPerRelease = 20000;
    sqlite3_progress_handler(
        db.getHandle(), kStepsPerRelease,
        [](void* written) {
          static_cast<AtomicFile*>(written)->ReleaseWritten();
          return 0;
        },
        &file);
    SQLite::Transaction transaction(db);
    // Building an index once at the end is faster than
    // updating it row by row; the schema's CREATE INDEX IF NOT EXISTS
    // statements put them back.
    DropIndexes(db);
    // The same goes for the full-text index: its insert trigger would index
    // each quote in the relation INSERT's own statement savepoint, at whose
    // end FTS5 flushes its pending terms (~19% of a build's instructions).
    // The triggers stay in the file for later edits; they are only off on
    // this connection during the bulk load.
    SetTriggers(db, false);
    DocumentRows documents;
    InsertDocuments(g, db, documents);
    std::vector<int64_t> entity_of = InsertEntities(g, db);
    InsertRelations(g, db, entity_of, documents);
    SetTriggers(db, true);
    db.exec(
        "INSERT INTO quotes_fts (rowid, quote) "
        "SELECT id, quote FROM relations WHERE quote IS NOT NULL ORDER BY id");
    db.exec(schema);
    transaction.commit();
  } catch (const SQLite::Exception& e) {
    throw std::runtime_error("cannot write '" + path + "': " + e.what());
  }
  file.Commit();
}

void LoadSqlite(const std::string& path, GraphStore& g) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    throw std::runtime_error("cannot read '" + path + "': " + std::strerror(errno));
  }
  if (S_ISDIR(st.st_mode)) throw NotNewsgraph(path);
  try {
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    if (db.execAndGet("PRAGMA application_id").getInt() != kApplicationId) {
      throw NotNewsgraph(path);
    }
    const int version = db.execAndGet("PRAGMA user_version").getInt();
    if (version > kSchemaVersion) {
      throw std::runtime_error("cannot read '" + path + "': schema version " +
                               std::to_string(version) + " is newer than this newsgraph (" +
                               std::to_string(kSchemaVersion) + "); upgrade newsgraph");
    }

    std::unordered_map<int64_t, StringId> document_name;
    SQLite::Statement documents(
        db, "SELECT id, name, date, hash, source, bytes FROM documents ORDER BY id");
    while (documents.executeStep()) {
      DocumentInfo doc;
      doc.id = ColumnText(documents, 1);
      doc.date = ColumnText(documents, 2);
      doc.hash = ColumnText(documents, 3);
      doc.source = ColumnText(documents, 4);
      doc.bytes = static_cast<uint64_t>(documents.getColumn(5).getInt64());
      document_name.emplace(documents.getColumn(0).getInt64(), g.InternDoc(doc.id));
      g.AddDocument(doc);
    }

    std::unordered_map<int64_t, VertexId> vertex_of;
    SQLite::Statement entities(db, "SELECT id, name, type FROM entities ORDER BY id");
    while (entities.executeStep()) {
      std::optional<EntityType> type = ParseEntityType(ColumnText(entities, 2));
      vertex_of.emplace(entities.getColumn(0).getInt64(),
                        g.AddEntity(ColumnText(entities, 1), type.value_or(EntityType::kUnknown)));
    }
    auto vertex = [&](int64_t id) {
      auto it = vertex_of.find(id);
      if (it == vertex_of.end()) {
        throw std::runtime_error("cannot read '" + path + "': relation refers to entity " +
                                 std::to_string(id) + ", which does not exist");
      }
      return it->second;
    };

    SQLite::Statement aliases(
        db, "SELECT entity_id, alias, count FROM aliases ORDER BY entity_id, alias");
    while (aliases.executeStep()) {
      int64_t count = aliases.getColumn(2).getInt64();
      if (count <= 0) continue;
      g.AddAlias(vertex(aliases.getColumn(0).getInt64()), ColumnText(aliases, 1),
                 static_cast<uint32_t>(count));
    }

    // Version 1 kept each sighting's text in an evidence table; version 2
    // keeps each text once (texts), and evidence is a view. Asked of the
    // file itself, not of user_version: graph.sql run by hand on a version 1
    // file stamps it 2 but leaves its evidence table (and the new tables
    // empty).
    const bool evidence_table =
        db.execAndGet("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                      "name = 'evidence'")
            .getInt() > 0;
    const char* text_from = evidence_table
                                ? "ev.text FROM relations r "
                                  "LEFT JOIN evidence ev ON ev.relation_id = r.id "
                                : "t.text FROM relations r "
                                  "LEFT JOIN sightings ev ON ev.relation_id = r.id "
                                  "LEFT JOIN texts t ON t.id = ev.text_id ";
    SQLite::Statement relations(
        db, std::string("SELECT r.id, r.subject_id, r.predicate, r.object_id, r.year, r.role, "
                        "r.quote, r.confidence, ev.id, ev.document_id, ev.sentence, ev.start, "
                        "ev.\"end\", ev.rule, ") +
                text_from + "ORDER BY r.id, ev.id");
    int64_t current = -1;
    VertexId from = 0, to = 0;
    FactEdge fact;
    bool skip = false;
    auto flush = [&] {
      if (current != -1 && !skip) g.AddFact(from, to, std::move(fact));
    };
    while (relations.executeStep()) {
      const int64_t id = relations.getColumn(0).getInt64();
      if (id != current) {
        flush();
        current = id;
        fact = FactEdge();
        std::optional<Predicate> predicate = ParsePredicate(ColumnText(relations, 2));
        // A predicate this version does not know cannot be represented: skip it.
        skip = !predicate;
        fact.predicate = predicate.value_or(Predicate::kMemberOf);
        from = vertex(relations.getColumn(1).getInt64());
        to = vertex(relations.getColumn(3).getInt64());
        fact.year = relations.getColumn(4).getInt();
        fact.role = g.Intern(ColumnText(relations, 5));
        fact.quote = g.Intern(ColumnText(relations, 6));
        fact.confidence = relations.getColumn(7).getDouble();
      }
      if (relations.getColumn(8).isNull()) continue;  // a fact without evidence
      Sighting ev;
      auto doc = document_name.find(relations.getColumn(9).getInt64());
      ev.doc = doc != document_name.end() ? doc->second : g.InternDoc("");
      ev.sentence = static_cast<uint32_t>(relations.getColumn(10).getInt64());
      ev.start = static_cast<uint32_t>(relations.getColumn(11).getInt64());
      ev.end = static_cast<uint32_t>(relations.getColumn(12).getInt64());
      ev.rule = g.Intern(ColumnText(relations, 13));
      ev.text = g.Intern(ColumnText(relations, 14));
      fact.evidence.push_back(ev);
    }
    flush();
  } catch (const SQLite::Exception& e) {
    if (e.getErrorCode() == SQLITE_NOTADB) throw NotNewsgraph(path);
    throw std::runtime_error("cannot read '" + path + "': " + e.what());
  }
}

}  // namespace newsgraph
