// Interned strings: each distinct string is stored once and named by a
// dense id.
//
// The graph store keeps its names, aliases, quotes, roles, rules, document
// names and evidence sentences here, so a fact's evidence is a few integers
// however often the same sentence or document is cited. Id 0 is the empty
// string. The bytes live in fixed blocks that never move, so a view from
// Get() stays valid as long as the pool, including after a move of the pool.
#ifndef NEWSGRAPH_GRAPH_STRING_POOL_H_
#define NEWSGRAPH_GRAPH_STRING_POOL_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "graph/id_index.h"

namespace newsgraph {

using StringId = uint32_t;

class StringPool {
 public:
  static constexpr StringId kEmpty = 0;
  static constexpr StringId kNone = IdIndex::kNone;

  StringPool();
  /// A moved-from pool is empty (not even the empty string) until assigned.
  StringPool(StringPool&& other) noexcept;
  StringPool& operator=(StringPool&& other) noexcept;
  // Views point into the blocks: a copy would have to re-point them all.
  StringPool(const StringPool&) = delete;
  StringPool& operator=(const StringPool&) = delete;

  /// The id of `s`, storing a copy of it if it is new.
  StringId Intern(std::string_view s);
  /// Intern(s), except that a new `s` found inside `whole` is not copied:
  /// its view points into `whole`'s bytes. `whole` must be this pool's own
  /// storage (a view Get() gave, or part of one): any other buffer would
  /// leave the view dangling. A quote or a name read from a stored sentence
  /// costs no bytes.
  StringId Intern(std::string_view s, std::string_view whole);
  /// The id of `s`, or kNone if it was never interned.
  StringId Find(std::string_view s) const;
  /// The string of `id` (which must come from this pool).
  std::string_view Get(StringId id) const { return views_[id]; }

  /// Number of distinct strings, including the empty one.
  size_t size() const { return views_.size(); }

 private:
  std::string_view Store(std::string_view s);

  std::vector<std::unique_ptr<char[]>> blocks_;
  char* free_ = nullptr;  ///< the unused end of the block short strings go to
  size_t free_left_ = 0;
  std::vector<std::string_view> views_;
  IdIndex index_;
};

}  // namespace newsgraph

#endif  // NEWSGRAPH_GRAPH_STRING_POOL_H_
