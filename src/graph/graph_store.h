// The graph store: one vertex per real-world entity, one edge per fact.
//
// Triples go in with Add(); the store interns each entity once under a
// canonical key (see entity_resolver.h), so "CSTO", "Collective Security
// Treaty Organisation" and "the Collective Security Treaty Organization" are
// one vertex, and the same fact read in several sentences or documents is one
// edge carrying every piece of evidence. Finalize() runs the resolution that
// needs the whole batch (a surname joining the one full name that carries it)
// and must be called before the graph is exported.
//
// A `said` fact is an edge speaker → quote vertex (type kQuote, name = the
// quote text); the quote vertex has `mentions` edges to the entities the
// quote names, so "what did X say about Y" is a two-step walk.
#ifndef NEWSGRAPH_GRAPH_GRAPH_STORE_H_
#define NEWSGRAPH_GRAPH_GRAPH_STORE_H_

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "extract/triple.h"

namespace newsgraph {

class Lexicon;

struct EntityNode {
  std::string name;  ///< canonical: the fullest form seen
  EntityType type = EntityType::kUnknown;
  /// Every surface form seen, with how often (sorted by form).
  std::map<std::string, uint32_t> aliases;
};

struct FactEdge {
  Predicate predicate = Predicate::kMemberOf;
  int year = 0;           ///< 0 when no year is known
  std::string role;       ///< holds-role only
  std::string quote;      ///< said only: the full quote text
  double confidence = 0;  ///< highest confidence of any sighting
  std::vector<Evidence> evidence;  ///< one per sighting, in input order
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                    EntityNode, FactEdge>;
using VertexId = Graph::vertex_descriptor;
using EdgeId = Graph::edge_descriptor;

/// A document the graph was built from.
struct DocumentInfo {
  std::string id;    ///< file name or JSONL id (matches Evidence::doc)
  std::string date;  ///< ISO date if known, else empty
  std::string hash;  ///< hex content hash (FNV-1a 64 of the text)
  std::string source;  ///< the path or "stdin" it was read from
  uint64_t bytes = 0;
};

/// Options that cut a graph down for a diagram.
struct SubgraphOptions {
  std::string focus;  ///< an entity name (aliases resolve); empty = whole graph
  int depth = 1;      ///< hops from the focus
  std::set<Predicate> predicates;  ///< empty = all
};

class GraphStore {
 public:
  /// `lexicon` (may be null) supplies aliases and spelling variants; it must
  /// outlive the store.
  explicit GraphStore(const Lexicon* lexicon = nullptr);

  /// Records a document; returns false if a document with the same hash is
  /// already in the store (the caller should then skip its triples).
  bool AddDocument(const DocumentInfo& doc);
  bool HasDocumentHash(std::string_view hash) const;

  /// Adds one fact and its evidence. Said triples also add the quote vertex
  /// and its `mentions` edges (from Triple::about).
  void Add(const Triple& triple);

  /// Adds an entity without facts (used when loading a saved graph).
  VertexId AddEntity(std::string_view name, EntityType type);
  /// Adds an edge between existing vertices, merging with an equal fact.
  EdgeId AddFact(VertexId from, VertexId to, const FactEdge& fact);
  /// Adds `count` sightings of the surface form `alias` to vertex `v` and
  /// lets the alias find `v` (used when loading a saved graph).
  void AddAlias(VertexId v, std::string_view alias, uint32_t count);

  /// Whole-batch entity resolution (surnames → unique full names, fullest
  /// canonical form). Idempotent.
  void Finalize();

  /// The vertex an entity name resolves to, through aliases; nullopt if none.
  std::optional<VertexId> Find(std::string_view name) const;

  /// A copy of the part of the graph selected by `options`.
  GraphStore Subgraph(const SubgraphOptions& options) const;

  const Graph& graph() const { return graph_; }
  const std::vector<DocumentInfo>& documents() const { return documents_; }
  size_t num_entities() const { return boost::num_vertices(graph_); }
  size_t num_facts() const { return boost::num_edges(graph_); }

 private:
  VertexId Intern(std::string_view surface, EntityType type);
  /// Appends the sightings of `from` that `edge` lacks (same doc, offsets, rule).
  void AppendEvidence(VertexId s, VertexId t, FactEdge& edge, const std::vector<Evidence>& from);
  void IndexEvidence(VertexId s, VertexId t, const FactEdge& edge);

  using FactKey = std::tuple<VertexId, VertexId, Predicate, int, std::string>;
  struct FactKeyHash {
    size_t operator()(const FactKey& k) const;
  };

  const Lexicon* lexicon_;
  Graph graph_;
  std::vector<DocumentInfo> documents_;
  std::set<std::string, std::less<>> document_hashes_;
  /// canonical key (see entity_resolver.h) → vertex
  std::unordered_map<std::string, VertexId> by_key_;
  /// (from, to, predicate, year, role) → edge, for merging equal facts
  std::unordered_map<FactKey, EdgeId, FactKeyHash> by_fact_;
  /// Hashes of (edge ends, doc, start, end, rule) of every evidence: a miss
  /// proves a sighting new without scanning the edge's evidence list, which
  /// made merging quadratic for facts read thousands of times.
  std::unordered_set<uint64_t> evidence_seen_;
};

}  // namespace newsgraph

#endif  // NEWSGRAPH_GRAPH_GRAPH_STORE_H_
