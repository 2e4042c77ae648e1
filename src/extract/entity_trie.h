// Entity names as paths of folded words.
//
// Every key of the lexicon's entity tables (exact and folded) is stored as
// the sequence of words of its FoldForMatch() form. Finding the longest
// entity at a token then walks the tokens' folded words down the trie, one
// table probe per word, instead of folding every candidate window of text
// and hashing it (see Lexicon::LongestEntityAt). Words get dense ids; an
// edge is found by (node, word id) in one open-addressing table. Built once
// while the lexicon loads, immutable afterwards and safe to share between
// threads.
#ifndef NEWSGRAPH_EXTRACT_ENTITY_TRIE_H_
#define NEWSGRAPH_EXTRACT_ENTITY_TRIE_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/string_map.h"

namespace newsgraph {

class EntityTrie {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;
  static constexpr uint32_t kRoot = 0;

  /// What a path's end stands for.
  struct Node {
    /// Some exact (case-sensitive) key folds to this path: the window's own
    /// text must then be looked up exactly.
    bool exact = false;
    /// The entity the folded table gives this path, or kNone.
    uint32_t folded_entity = kNone;
  };

  EntityTrie() { nodes_.emplace_back(); }
  EntityTrie(const EntityTrie&) = delete;
  EntityTrie& operator=(const EntityTrie&) = delete;

  /// The node at the end of the path of `folded` (words separated by single
  /// spaces, as FoldForMatch() writes them), added if new. The root for "".
  uint32_t Insert(std::string_view folded);
  Node& node(uint32_t id) { return nodes_[id]; }
  const Node& node(uint32_t id) const { return nodes_[id]; }

  /// The id of a folded word on some path, or kNone.
  uint32_t WordId(std::string_view word) const {
    const uint32_t* id = words_.find(word);
    return id ? *id : kNone;
  }
  /// Every word on some path, by id (for indexing them elsewhere).
  const std::vector<std::string>& words() const { return words_.keys(); }

  /// The node reached from `node` by the word `word`, or kNone.
  uint32_t Child(uint32_t node, uint32_t word) const {
    // Most walks end at the first word: the root's edges are a dense array.
    if (node == kRoot) return word < root_children_.size() ? root_children_[word] : kNone;
    const uint64_t key = EdgeKey(node, word);
    const size_t mask = edge_keys_.size() - 1;
    for (size_t i = EdgeHash(key) & mask;; i = (i + 1) & mask) {
      if (edge_keys_[i] == key) return edge_children_[i];
      if (edge_keys_[i] == kEmpty) return kNone;
    }
  }

 private:
  static constexpr uint64_t kEmpty = ~uint64_t{0};
  static uint64_t EdgeKey(uint32_t node, uint32_t word) {
    return uint64_t{node} << 32 | word;
  }
  static uint64_t EdgeHash(uint64_t key) {
    __uint128_t m = static_cast<__uint128_t>(key ^ 0xa0761d6478bd642full) * 0xe7037ed1a0b428dbull;
    return static_cast<uint64_t>(m) ^ static_cast<uint64_t>(m >> 64);
  }
  void AddEdge(uint64_t key, uint32_t child);

  StringMap<uint32_t> words_;
  std::vector<Node> nodes_;
  std::vector<uint32_t> root_children_;  ///< by word id; kNone: no edge
  /// Open addressing, at most half full; kEmpty marks a free slot.
  std::vector<uint64_t> edge_keys_ = std::vector<uint64_t>(16, kEmpty);
  std::vector<uint32_t> edge_children_ = std::vector<uint32_t>(16, kNone);
  size_t edges_ = 0;
};

}  // namespace newsgraph

#endif  // NEWSGRAPH_EXTRACT_ENTITY_TRIE_H_
