// The triple: the unit every extractor emits and every later stage consumes.
//
// A triple is a typed fact (subject, predicate, object) with the evidence that
// supports it. Triples own their strings, so they may outlive the document
// they were read from.
#ifndef NEWSGRAPH_EXTRACT_TRIPLE_H_
#define NEWSGRAPH_EXTRACT_TRIPLE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph {

/// Closed set of entity types. kQuote is the node type of a said statement.
enum class EntityType : uint8_t {
  kPerson,
  kCountry,
  kOrganization,
  kPlace,
  kMedia,
  kGroup,    ///< unnamed groups of people ("officials", "witnesses")
  kRole,     ///< a role with no person attached ("analyst")
  kQuote,    ///< what was said (object of `said`)
  kUnknown,
};

/// Closed set of relations.
enum class Predicate : uint8_t {
  kMemberOf,
  kLeftIn,
  kJoinedIn,
  kObserverOf,
  kSaid,
  kHoldsRole,
  kMentions,  ///< quote → entity it talks about (graph only, never extracted)
};

/// Stable lowercase names used in JSONL, GraphML, DOT and SQLite.
std::string_view ToString(EntityType type);
std::string_view ToString(Predicate predicate);
/// Parses the names above; nullopt for anything else.
std::optional<EntityType> ParseEntityType(std::string_view name);
std::optional<Predicate> ParsePredicate(std::string_view name);

/// Where a fact was read. Offsets are Unicode code points into the document
/// text as read (after UTF-8 repair), end exclusive.
struct Evidence {
  std::string doc;       ///< file name without folders, or the JSONL document id
  uint32_t sentence = 0; ///< index of the sentence in the document
  uint32_t start = 0;
  uint32_t end = 0;
  std::string rule;      ///< the extractor rule that fired (for --explain)
  std::string text;      ///< the sentence (or quote span) the rule read
};

/// An entity named by its canonical name and type.
struct EntityRef {
  std::string name;
  EntityType type = EntityType::kUnknown;
};

struct Triple {
  std::string subject;
  EntityType subject_type = EntityType::kUnknown;
  Predicate predicate = Predicate::kMemberOf;
  std::string object;    ///< for kSaid: what was said, quotation marks stripped
  EntityType object_type = EntityType::kUnknown;
  int year = 0;          ///< 0 when the text gives none
  std::string role;      ///< for kHoldsRole: "President", "analyst", ...
  double confidence = 1.0;
  Evidence evidence;
  /// For kSaid: the entities the quote mentions.
  std::vector<EntityRef> about;
};

}  // namespace newsgraph

#endif  // NEWSGRAPH_EXTRACT_TRIPLE_H_
