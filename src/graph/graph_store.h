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
//
// Layout: entities and facts live in two arrays (a vertex id and a fact id
// are indexes, facts in the order they were first read), found again
// through hash indexes while triples come in. The topology over them is a
// Boost.Graph compressed sparse row graph, built from the fact array when
// graph() is first asked for after a change (its edges' bundled property is
// the fact id): walking out- and in-edges is what surname resolution and
// Subgraph() need, and nothing else has to pay for it. A fact is 64 bytes
// with its first sighting, an entity 32 with its first alias (more of
// either go to the heap); the CSR graph adds 16 bytes per fact and 8 per
// entity while it exists. (An adjacency_list kept up to date while adding
// took ~250 bytes per fact: README.md, "Performance".)
//
// Memory grows with the graph, not with the corpus: every string (names,
// aliases, quotes, roles, rules, evidence sentences) is stored once in the
// store's StringPool and vertices and edges hold StringIds; document names
// have a pool of their own, so their ids are dense. Str() and DocName()
// turn ids back into text.
#ifndef NEWSGRAPH_GRAPH_GRAPH_STORE_H_
#define NEWSGRAPH_GRAPH_GRAPH_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include "extract/triple.h"
#include "graph/chunked_array.h"
#include "graph/id_index.h"
#include "graph/inline_list.h"
#include "graph/sighting_list.h"
#include "graph/string_pool.h"

namespace newsgraph {

class Lexicon;

using VertexId = uint32_t;  ///< an index into the entities: 0 .. num_entities() - 1
using FactId = uint32_t;    ///< an index into the facts: 0 .. num_facts() - 1

/// A surface form of an entity and how often it was seen.
struct AliasCount {
  StringId alias = StringPool::kEmpty;
  uint32_t count = 0;
};

struct EntityNode {
  StringId name = StringPool::kEmpty;  ///< canonical: the fullest form seen
  EntityType type = EntityType::kUnknown;
  /// Every surface form seen, with how often, sorted by the form's text
  /// (most entities have one, kept in the node itself).
  InlineList<AliasCount> aliases;
};

struct FactEdge {
  VertexId source = 0;  ///< set by the store (GraphStore::AddFact's `from`)
  VertexId target = 0;  ///< set by the store (GraphStore::AddFact's `to`)
  Predicate predicate = Predicate::kMemberOf;
  int year = 0;                            ///< 0 when no year is known
  StringId role = StringPool::kEmpty;      ///< holds-role only
  StringId quote = StringPool::kEmpty;     ///< said only: the full quote text
  double confidence = 0;                   ///< highest confidence of any sighting
  SightingList evidence;                   ///< one per sighting, in input order
};

/// The topology: vertex ids are entity ids, and each edge's bundled property
/// (graph[e]) is its fact's id. Out-edges of a vertex come in fact order,
/// in-edges by source vertex; edges(g) is by source, so an exporter that
/// keeps the facts' order walks GraphStore::fact(0 .. num_facts() - 1).
using Graph = boost::compressed_sparse_row_graph<boost::bidirectionalS, boost::no_property,
                                                 FactId, boost::no_property, VertexId, FactId>;
using EdgeId = Graph::edge_descriptor;

/// A document the graph was built from (what GraphStore::AddDocument takes).
struct DocumentInfo {
  std::string id;    ///< file name or JSONL id (matches Evidence::doc)
  std::string date;  ///< ISO date if known, else empty
  std::string hash;  ///< hex content hash (FNV-1a 64 of the text)
  std::string source;  ///< the path or "stdin" it was read from
  uint64_t bytes = 0;
};

/// A document as the store gives it back: the fields of DocumentInfo as
/// views into the store, valid while it lives.
struct DocumentView {
  std::string_view id;
  std::string_view date;
  std::string_view hash;
  std::string_view source;
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
  bool AddDocument(DocumentInfo doc);
  bool HasDocumentHash(std::string_view hash) const;

  /// Adds one fact and its evidence. Said triples also add the quote vertex
  /// and its `mentions` edges (from Triple::about). Copies what it keeps.
  void Add(const Triple& triple);
  /// Add() of each triple in order; for a document's triples. In a large
  /// graph every lookup is a cache miss waiting on the one before; this
  /// first walks the lookups of all the triples a step at a time (name →
  /// resolution → vertex → fact), only prefetching, so that their misses
  /// overlap, then adds them.
  void AddAll(const std::vector<Triple>& triples);

  /// Adds an entity without facts (used when loading a saved graph).
  VertexId AddEntity(std::string_view name, EntityType type);
  /// Adds a fact between existing vertices, merging with an equal fact
  /// (same ends, predicate, year and role): the sightings it lacks are
  /// appended, the confidence is the higher one. The ids in `fact` must come
  /// from this store's Intern() / InternDoc(); its source and target are
  /// set to `from` and `to`. Returns the id of the fact it went to.
  FactId AddFact(VertexId from, VertexId to, FactEdge fact);
  /// Adds `count` sightings of the surface form `alias` to vertex `v` and
  /// lets the alias find `v` (used when loading a saved graph).
  void AddAlias(VertexId v, std::string_view alias, uint32_t count);

  /// Whole-batch entity resolution (surnames → unique full names, fullest
  /// canonical form). Idempotent: a second call without facts or entities
  /// added since does nothing (another pass could merge more, as the first
  /// one's merges connect a bare surname's document to a candidate; `build
  /// --into DB -o OUT` finalizes before each write and must write one graph).
  void Finalize();

  /// The vertex an entity name resolves to, through aliases; nullopt if none.
  std::optional<VertexId> Find(std::string_view name) const;

  /// A copy of the part of the graph selected by `options` (builds graph()
  /// when it walks from a focus).
  GraphStore Subgraph(const SubgraphOptions& options) const;

  /// Interning, for building FactEdges by hand: a string, a document name,
  /// and a whole Evidence.
  StringId Intern(std::string_view s) { return strings_.Intern(s); }
  StringId InternDoc(std::string_view doc) { return doc_names_.Intern(doc); }
  Sighting Intern(const Evidence& evidence);

  /// The text of an id from Intern() (names, aliases, roles, quotes, rules,
  /// evidence text); valid while the store lives.
  std::string_view Str(StringId id) const { return strings_.Get(id); }
  /// Ids of Str() are dense: 0 ("") up to num_strings() - 1.
  size_t num_strings() const { return strings_.size(); }
  /// The document name of an id from InternDoc() / Sighting::doc. Document
  /// ids are dense: 0 ("") up to num_doc_names() - 1.
  std::string_view DocName(StringId id) const { return doc_names_.Get(id); }
  size_t num_doc_names() const { return doc_names_.size(); }
  /// "predicate: role year" (role and year when set) into `label`: how DOT
  /// and GraphML label a fact.
  void FactLabel(const FactEdge& fact, std::string& label) const;
  /// The id of a document name, or StringPool::kNone if no sighting or
  /// loaded document has it.
  StringId FindDoc(std::string_view doc) const { return doc_names_.Find(doc); }

  /// Entity `v` (0 <= v < num_entities()).
  const EntityNode& entity(VertexId v) const { return nodes_[v]; }
  /// Fact `f` (0 <= f < num_facts()), with its ends; facts are numbered in
  /// the order they were first added (Finalize() keeps that order).
  const FactEdge& fact(FactId f) const { return facts_[f]; }
  /// Every fact, in fact id order (how exporters walk the edges).
  const ChunkedArray<FactEdge>& facts() const { return facts_; }
  /// The fact of an edge of graph().
  const FactEdge& fact(EdgeId e) const { return facts_[graph()[e]]; }
  /// The topology over entities and facts, built on the first call after an
  /// entity or fact was added (so not safe to call from two threads at
  /// once, and adding invalidates the graph and its EdgeIds; entity and
  /// fact ids stay valid until Finalize() renumbers them).
  const Graph& graph() const;
  /// The documents in the order they were added.
  size_t num_documents() const { return documents_.size(); }
  DocumentView document(size_t i) const;
  size_t num_entities() const { return nodes_.size(); }
  size_t num_facts() const { return facts_.size(); }

 private:
  // What InternEntity(surface, type) found for one (surface, type), so a name seen
  // again skips ResolveName and EntityKey.
  struct Resolution {
    StringId surface;
    EntityType type;
    EntityType resolved_type;
    bool may_rename;  ///< a person name not from the lexicon: may be the fuller form
    StringId resolved_name;
    VertexId vertex;
  };
  // Where a sighting of a much-seen fact is (see sightings_).
  struct SightingRef {
    uint32_t fact;
    uint32_t position;
  };

  /// The hash InternEntity() looks (surface, type) up by.
  static uint64_t ResolutionHash(std::string_view surface, EntityType type);
  /// The vertex of an entity name, created if new; counts the alias. The
  /// name's StringId goes to `*id` if given. `sentence` is the text the
  /// name was read from: if it is the last one stored, a new name found in
  /// it is not stored again.
  VertexId InternEntity(std::string_view surface, EntityType type, StringId* id = nullptr,
                        std::string_view sentence = {});
  /// Appends an entity and returns its id.
  VertexId NewVertex(EntityNode node);
  /// The vertex of a name ResolveName() gave, created if its key is new.
  VertexId VertexFor(const std::string& name, EntityType type, StringId name_id);
  std::optional<VertexId> FindKey(std::string_view key) const;
  /// Lets `key` find `v` unless it finds a vertex already.
  void AddKey(std::string_view key, VertexId v);
  /// Adds `count` to the alias `alias` of `v`; `only_new` leaves a present one.
  void CountAlias(VertexId v, StringId alias, uint32_t count, bool only_new = false);
  /// A copy of vertex `v` of `from` (with its strings) in this store.
  VertexId CopyVertex(const GraphStore& from, VertexId v);
  /// `fact` of store `from` with its strings interned in this store.
  FactEdge CopyFact(const GraphStore& from, const FactEdge& fact);

  /// The fact with the ends, predicate, year and role of `fact` (whose
  /// FactHash is `hash`), or kNone.
  uint32_t FindFact(VertexId from, VertexId to, const FactEdge& fact, uint64_t hash) const;
  FactId NewFact(VertexId from, VertexId to, FactEdge fact, uint64_t hash);
  /// Appends `fact` from `from` to `to` without entering it in fact_index_.
  FactId AppendFact(VertexId from, VertexId to, FactEdge fact);
  /// AddFact() once the facts are indexed.
  FactId MergeOrAddFact(VertexId from, VertexId to, FactEdge fact);
  /// Indexes every fact if Finalize() left them unindexed (see facts_indexed_).
  void IndexFacts();
  /// Frees the facts' indexes (fact_index_, indexed_, the sightings').
  void DropFactIndexes();
  /// Merges the confidence, quote and `count` sightings from `evidence` into fact `f`.
  void MergeFact(uint32_t f, const FactEdge& fact, const Sighting* evidence, size_t count);
  /// AddFact() of `fact` seen once, at `sighting`; its evidence list is only
  /// built if the fact is new.
  void AddSighting(VertexId from, VertexId to, FactEdge fact, const Sighting& sighting);
  /// Appends the sightings of `from` that fact `f` lacks (same doc, offsets, rule).
  void AppendEvidence(uint32_t f, const Sighting* from, size_t count);
  /// Whether fact `f` has a sighting SameSighting() as `s` (same document,
  /// offsets and rule).
  bool HasSighting(uint32_t f, const Sighting& s);

  const Lexicon* lexicon_;
  /// Finalize() has run and nothing was added since.
  bool finalized_ = false;
  /// The entities and the facts (see chunked_array.h).
  ChunkedArray<EntityNode> nodes_;
  ChunkedArray<FactEdge> facts_;
  /// graph(), or null when a vertex or fact was added since it was built.
  mutable std::unique_ptr<Graph> graph_;
  StringPool strings_;
  StringPool doc_names_;
  StringId last_doc_ = StringPool::kEmpty;   ///< what Intern(Evidence) saw last
  StringId last_text_ = StringPool::kEmpty;
  /// last_doc_ if Intern(Evidence) named it first and Add() has added
  /// sightings since without an AddFact() or Finalize() between: then its sightings are
  /// the last ones of each fact, and a duplicate is found by scanning back
  /// from the end (documents come one after the other; a name read before,
  /// as two files of one name in two folders, is checked in full).
  StringId new_doc_ = StringPool::kNone;
  /// A document: its four strings, each after its 32-bit length, as one
  /// string of doc_texts_ (four std::strings and their heap blocks took
  /// ~270 bytes a document, 47 MB for the 176k of the 1 GB corpus).
  struct StoredDocument {
    StringId texts;
    uint64_t bytes;
  };
  /// Appends a document whose hash is not stored yet, and indexes the hash.
  void StoreDocument(const DocumentView& doc);
  std::vector<StoredDocument> documents_;
  StringPool doc_texts_;
  /// documents_ with a hash, by the hash.
  IdIndex document_index_;

  /// Canonical keys (see entity_resolver.h) of the entities, and the vertex
  /// each names (kNoVertex once its vertex is gone).
  StringPool keys_;
  std::vector<VertexId> key_vertex_;
  /// Quote vertices by the hash of their key, which is computed from the
  /// quote text (a quote has exactly one key; storing it would store the
  /// quote text twice).
  IdIndex quotes_;
  /// (surface, type) → Resolution: a cache of InternEntity()'s lookups,
  /// dropped by Finalize() (which renumbers the vertices).
  std::vector<Resolution> resolutions_;
  IdIndex resolution_index_;

  /// (from, to, predicate, year, role) → fact id, for merging equal facts.
  IdIndex fact_index_;
  /// Whether fact_index_, indexed_ and the sightings' index cover the
  /// facts. Finalize() leaves them dropped (an exporter needs none of them);
  /// the next fact added rebuilds them.
  bool facts_indexed_ = true;
  /// The sightings of facts with many of them, by (fact, doc, start, end,
  /// rule): a fact read thousands of times would otherwise make every new
  /// sighting scan its list. Smaller facts are scanned. Built lazily, when
  /// a fact's sightings cannot be checked by their tail (see new_doc_):
  /// indexed_[f] of fact f's sightings are in it.
  std::vector<uint32_t> indexed_;
  std::vector<SightingRef> sighting_refs_;
  /// AddAll()'s scratch: the hashes of one step's lookups and the ids they
  /// were guessed to find.
  std::vector<uint64_t> prefetch_hashes_;
  std::vector<uint32_t> prefetch_ids_;
  IdIndex sightings_;
};

}  // namespace newsgraph

#endif  // NEWSGRAPH_GRAPH_GRAPH_STORE_H_
