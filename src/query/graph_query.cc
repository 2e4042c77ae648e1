#include "query/graph_query.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <stdexcept>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "extract/lexicon.h"
#include "graph/entity_resolver.h"

namespace newsgraph {
namespace {

std::string Placeholders(size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += i ? ",?" : "?";
  return out;
}

Table Collect(SQLite::Statement& st) {
  Table t;
  for (int c = 0; c < st.getColumnCount(); ++c) t.columns.push_back(st.getColumnName(c));
  while (st.executeStep()) {
    std::vector<std::string> row;
    for (int c = 0; c < st.getColumnCount(); ++c) {
      SQLite::Column col = st.getColumn(c);
      row.push_back(col.isNull() ? "" : col.getString());
    }
    t.rows.push_back(std::move(row));
  }
  return t;
}

void BindIds(SQLite::Statement& st, int& index, const std::vector<int64_t>& ids) {
  for (int64_t id : ids) st.bind(index++, id);
}

size_t CodePoints(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string Shorten(const std::string& s, size_t max) {
  if (max == 0 || CodePoints(s) <= max) return s;
  size_t count = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && count++ == max - 1) break;
  }
  return s.substr(0, i) + "\xE2\x80\xA6";
}

std::string OneLine(std::string s) {
  for (char& c : s) {
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
  }
  return s;
}

}  // namespace

GraphQuery::GraphQuery(const std::string& path, const Lexicon* lexicon)
    : lexicon_(lexicon), path_(path) {
  try {
    db_ = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READONLY);
    if (!db_->tableExists("relations") || !db_->tableExists("entities")) {
      throw std::runtime_error("'" + path + "' is not a newsgraph database");
    }
  } catch (const SQLite::Exception& e) {
    throw std::runtime_error("cannot open '" + path + "': " + e.getErrorStr());
  }
}

GraphQuery::~GraphQuery() = default;

std::vector<int64_t> GraphQuery::Resolve(const std::string& name) const {
  std::vector<std::string> forms = {name};
  if (lexicon_) {
    ResolvedName r = ResolveName(name, EntityType::kUnknown, lexicon_);
    if (r.from_lexicon) forms.push_back(r.name);
  }
  std::vector<int64_t> ids;
  SQLite::Statement st(*db_,
                       "SELECT id FROM entities WHERE name = ?1 COLLATE NOCASE AND type != 'quote' "
                       "UNION SELECT entity_id FROM aliases WHERE alias = ?1 COLLATE NOCASE");
  for (const std::string& form : forms) {
    st.reset();
    st.bind(1, form);
    while (st.executeStep()) {
      int64_t id = st.getColumn(0).getInt64();
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
  }
  if (ids.empty() && name.find(' ') == std::string::npos) {
    // A surname alone names the one person who carries it.
    SQLite::Statement sur(*db_,
                          "SELECT id FROM entities WHERE type = 'person' AND name LIKE '% ' || ?1");
    sur.bind(1, name);
    while (sur.executeStep()) ids.push_back(sur.getColumn(0).getInt64());
    if (ids.size() > 1) ids.clear();
  }
  return ids;
}

std::vector<int64_t> GraphQuery::RequireEntity(const std::string& name) const {
  std::vector<int64_t> ids = Resolve(name);
  if (ids.empty()) throw std::runtime_error("'" + name + "' names no entity in '" + path_ + "'");
  return ids;
}

Table GraphQuery::Said(const std::string& speaker, const std::string& about, int limit) const {
  std::vector<int64_t> speakers, topics;
  if (!speaker.empty()) speakers = RequireEntity(speaker);
  if (!about.empty()) topics = RequireEntity(about);
  std::string sql =
      "SELECT s.name AS speaker, r.quote AS quote, d.name AS document, e.sentence AS sentence, "
      "e.start AS start, e.\"end\" AS \"end\" "
      "FROM relations r JOIN entities s ON s.id = r.subject_id "
      "JOIN evidence e ON e.relation_id = r.id JOIN documents d ON d.id = e.document_id "
      "WHERE r.predicate = 'said'";
  if (!speakers.empty()) sql += " AND r.subject_id IN (" + Placeholders(speakers.size()) + ")";
  if (!topics.empty()) {
    sql += " AND EXISTS (SELECT 1 FROM relations m WHERE m.subject_id = r.object_id AND "
           "m.predicate = 'mentions' AND m.object_id IN (" + Placeholders(topics.size()) + "))";
  }
  sql += " ORDER BY d.name, e.start LIMIT ?";
  SQLite::Statement st(*db_, sql);
  int index = 1;
  BindIds(st, index, speakers);
  BindIds(st, index, topics);
  st.bind(index, limit > 0 ? limit : -1);
  return Collect(st);
}

Table GraphQuery::Members(const std::string& organization, bool current) const {
  std::vector<int64_t> orgs = RequireEntity(organization);
  if (current) {
    SQLite::Statement st(*db_,
                         "SELECT c.member AS member, c.since AS since FROM current_members c "
                         "JOIN entities o ON o.name = c.organization WHERE o.id IN (" +
                             Placeholders(orgs.size()) + ") ORDER BY c.member");
    int index = 1;
    BindIds(st, index, orgs);
    return Collect(st);
  }
  SQLite::Statement st(
      *db_,
      "SELECT s.name AS member, r.predicate AS relation, r.year AS year, "
      "r.evidence_count AS sightings FROM relations r JOIN entities s ON s.id = r.subject_id "
      "WHERE r.predicate IN ('member-of', 'joined-in', 'left-in', 'observer-of') "
      "AND r.object_id IN (" + Placeholders(orgs.size()) + ") ORDER BY s.name, r.predicate, r.year");
  int index = 1;
  BindIds(st, index, orgs);
  return Collect(st);
}

Table GraphQuery::Roles(const std::string& person) const {
  std::vector<int64_t> ids = RequireEntity(person);
  SQLite::Statement st(
      *db_,
      "SELECT p.name AS person, r.role AS role, CASE WHEN o.type = 'role' THEN '' ELSE o.name END "
      "AS of, r.evidence_count AS sightings FROM relations r "
      "JOIN entities p ON p.id = r.subject_id JOIN entities o ON o.id = r.object_id "
      "WHERE r.predicate = 'holds-role' AND r.subject_id IN (" + Placeholders(ids.size()) +
          ") ORDER BY r.evidence_count DESC, r.role");
  int index = 1;
  BindIds(st, index, ids);
  return Collect(st);
}

Table GraphQuery::Neighbours(const std::string& name) const {
  std::vector<int64_t> ids = RequireEntity(name);
  std::string in = "(" + Placeholders(ids.size()) + ")";
  SQLite::Statement st(
      *db_,
      "SELECT s.name AS subject, r.predicate AS predicate, "
      "CASE WHEN r.predicate = 'said' THEN r.quote ELSE o.name END AS object, r.year AS year, "
      "r.role AS role, r.evidence_count AS sightings FROM relations r "
      "JOIN entities s ON s.id = r.subject_id JOIN entities o ON o.id = r.object_id "
      "WHERE r.predicate != 'mentions' AND (r.subject_id IN " + in + " OR r.object_id IN " + in +
          ") ORDER BY r.predicate, s.name, o.name");
  int index = 1;
  BindIds(st, index, ids);
  BindIds(st, index, ids);
  return Collect(st);
}

void WriteTable(const Table& table, std::ostream& out, size_t max_cell) {
  std::vector<size_t> width(table.columns.size(), 0);
  std::vector<std::vector<std::string>> cells;
  for (const auto& row : table.rows) {
    std::vector<std::string> shown;
    for (size_t c = 0; c < row.size(); ++c) {
      shown.push_back(Shorten(OneLine(row[c]), max_cell));
      width[c] = std::max(width[c], CodePoints(shown.back()));
    }
    cells.push_back(std::move(shown));
  }
  for (size_t c = 0; c < table.columns.size(); ++c) {
    width[c] = std::max(width[c], CodePoints(table.columns[c]));
  }
  auto line = [&](const std::vector<std::string>& row) {
    std::string text;
    for (size_t c = 0; c < row.size(); ++c) {
      text += row[c];
      if (c + 1 < row.size()) text += std::string(width[c] - CodePoints(row[c]) + 2, ' ');
    }
    out << text << "\n";
  };
  line(table.columns);
  std::vector<std::string> rule;
  for (size_t w : width) rule.push_back(std::string(w, '-'));
  line(rule);
  for (const auto& row : cells) line(row);
}

void WriteTableJson(const Table& table, std::ostream& out) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  w.StartArray();
  for (const auto& row : table.rows) {
    w.StartObject();
    for (size_t c = 0; c < row.size(); ++c) {
      w.Key(table.columns[c].c_str());
      const std::string& v = row[c];
      bool numeric = !v.empty() && v.size() < 18 &&
                     std::all_of(v.begin(), v.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
      if (numeric) {
        w.Int64(std::stoll(v));
      } else if (v.empty()) {
        w.Null();
      } else {
        w.String(v.c_str(), static_cast<rapidjson::SizeType>(v.size()));
      }
    }
    w.EndObject();
  }
  w.EndArray();
  out << buffer.GetString() << "\n";
}

}  // namespace newsgraph
