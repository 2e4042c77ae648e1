// Asking a graph database: who said what (about whom), who belongs to an
// organisation (now), what roles a person holds, what an entity is linked to.
//
// Opens a database written by exporters/sqlite_exporter read-only. Names
// resolve through canonical names, aliases, the lexicon's aliases and, for
// people, a unique surname. Every value reaches SQLite as a bound parameter.
#ifndef NEWSGRAPH_QUERY_GRAPH_QUERY_H_
#define NEWSGRAPH_QUERY_GRAPH_QUERY_H_

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace SQLite {
class Database;
}

namespace newsgraph {

class Lexicon;

/// A query answer: column names and rows of text (NULL as "").
struct Table {
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
};

class GraphQuery {
 public:
  /// Opens `path` read-only; throws std::runtime_error naming the file if it
  /// cannot be opened or is not a newsgraph database. `lexicon` may be null.
  GraphQuery(const std::string& path, const Lexicon* lexicon);
  ~GraphQuery();

  /// Entity ids a name refers to (empty if none).
  std::vector<int64_t> Resolve(const std::string& name) const;

  /// Statements, optionally by `speaker` and/or mentioning `about` ("" = any).
  Table Said(const std::string& speaker, const std::string& about, int limit) const;
  /// Members of an organisation with how they relate; `current` applies departures.
  Table Members(const std::string& organization, bool current) const;
  /// Roles a person holds.
  Table Roles(const std::string& person) const;
  /// Every fact an entity takes part in, either direction.
  Table Neighbours(const std::string& name) const;

 private:
  std::vector<int64_t> RequireEntity(const std::string& name) const;

  std::unique_ptr<SQLite::Database> db_;
  const Lexicon* lexicon_;
  std::string path_;
};

/// Aligned columns for a terminal; cells longer than `max_cell` code points
/// are shortened with "…" (0 = never).
void WriteTable(const Table& table, std::ostream& out, size_t max_cell = 90);
/// A JSON array of objects, one per row.
void WriteTableJson(const Table& table, std::ostream& out);

}  // namespace newsgraph

#endif  // NEWSGRAPH_QUERY_GRAPH_QUERY_H_
