#include "extract/entity_trie.h"

namespace newsgraph {

uint32_t EntityTrie::Insert(std::string_view folded) {
  uint32_t at = kRoot;
  size_t begin = 0;
  while (begin < folded.size()) {
    size_t end = folded.find(' ', begin);
    if (end == std::string_view::npos) end = folded.size();
    std::string_view word = folded.substr(begin, end - begin);
    begin = end + 1;
    if (word.empty()) continue;
    uint32_t id = WordId(word);
    if (id == kNone) {
      id = static_cast<uint32_t>(words_.size());
      words_.emplace(word, id);
    }
    uint32_t next = Child(at, id);
    if (next == kNone) {
      next = static_cast<uint32_t>(nodes_.size());
      nodes_.emplace_back();
      if (at == kRoot) {
        if (root_children_.size() <= id) root_children_.resize(id + 1, kNone);
        root_children_[id] = next;
      } else {
        AddEdge(EdgeKey(at, id), next);
      }
    }
    at = next;
  }
  return at;
}

void EntityTrie::AddEdge(uint64_t key, uint32_t child) {
  if ((edges_ + 1) * 2 > edge_keys_.size()) {
    std::vector<uint64_t> old_keys(edge_keys_.size() * 2, kEmpty);
    std::vector<uint32_t> old_children(edge_keys_.size() * 2, kNone);
    old_keys.swap(edge_keys_);
    old_children.swap(edge_children_);
    edges_ = 0;
    for (size_t i = 0; i < old_keys.size(); ++i) {
      if (old_keys[i] != kEmpty) AddEdge(old_keys[i], old_children[i]);
    }
  }
  const size_t mask = edge_keys_.size() - 1;
  size_t i = EdgeHash(key) & mask;
  while (edge_keys_[i] != kEmpty) i = (i + 1) & mask;
  edge_keys_[i] = key;
  edge_children_[i] = child;
  ++edges_;
}

}  // namespace newsgraph
