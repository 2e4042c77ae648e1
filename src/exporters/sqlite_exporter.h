// The SQLite form of the graph: tables, indexes, views and full-text search
// defined in schema/graph.sql, written in one transaction and renamed into
// place, and read back for `build --into` and `merge`.
#ifndef NEWSGRAPH_EXPORTERS_SQLITE_EXPORTER_H_
#define NEWSGRAPH_EXPORTERS_SQLITE_EXPORTER_H_

#include <string>

#include "graph/graph_store.h"

namespace newsgraph {

/// The DDL, read at run time from Lexicon::SchemaDir() + "/graph.sql".
/// Throws std::runtime_error "cannot read '<path>': <reason>".
std::string LoadSchemaSql();

/// Writes `g` as a new SQLite database at `path`, replacing any file there
/// only once the whole database is written (AtomicFile): documents,
/// entities, aliases, one relations row per fact and one evidence row per
/// sighting. Evidence naming a document that `g` has no DocumentInfo for
/// gets a documents row with only its name. Call GraphStore::Finalize()
/// first. Throws std::runtime_error "cannot write '<path>': <reason>" (the
/// old file, if any, is then left as it was).
void WriteSqlite(const GraphStore& g, const std::string& path);

/// Adds the graph saved at `path` by WriteSqlite to `g`: documents (a hash
/// `g` already has is skipped), entities, alias counts and every fact with
/// all its evidence; entities and facts equal to ones in `g` merge. Call
/// GraphStore::Finalize() afterwards. Throws std::runtime_error
/// "'<path>' is not a newsgraph database" or "cannot read '<path>': <reason>".
void LoadSqlite(const std::string& path, GraphStore& g);

}  // namespace newsgraph

#endif  // NEWSGRAPH_EXPORTERS_SQLITE_EXPORTER_H_
