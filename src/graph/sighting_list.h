// The sightings of one fact, in the order they were read.
//
// Most facts are read once (86% of the 1.2M facts of the 1 GB benchmark
// corpus), so the list keeps one sighting in place and only a second one
// moves them all to the heap. A std::vector would put even the one sighting
// in a 32-byte heap block of its own (33 MB at 1 GB) and double its
// capacity as a much-read fact grows; here it grows by half.
#ifndef NEWSGRAPH_GRAPH_SIGHTING_LIST_H_
#define NEWSGRAPH_GRAPH_SIGHTING_LIST_H_

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <type_traits>

#include "graph/string_pool.h"

namespace newsgraph {

/// One sighting of a fact (an Evidence with its strings interned). Offsets
/// are Unicode code points into the document text, end exclusive.
struct Sighting {
  StringId doc = StringPool::kEmpty;  ///< GraphStore::DocName()
  uint32_t sentence = 0;
  uint32_t start = 0;
  uint32_t end = 0;
  StringId rule = StringPool::kEmpty;  ///< GraphStore::Str(): the rule that fired
  StringId text = StringPool::kEmpty;  ///< GraphStore::Str(): the sentence it read
};
static_assert(std::is_trivially_copyable_v<Sighting>, "SightingList copies them as bytes");

class SightingList {
 public:
  using value_type = Sighting;
  using const_iterator = const Sighting*;
  using const_reverse_iterator = std::reverse_iterator<const Sighting*>;

  SightingList() = default;
  SightingList(const SightingList& other);
  SightingList(SightingList&& other) noexcept;
  SightingList& operator=(const SightingList& other);
  SightingList& operator=(SightingList&& other) noexcept;
  ~SightingList() { Free(); }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const Sighting* data() const { return on_heap_ ? store_.heap.data : &store_.one; }
  const Sighting* begin() const { return data(); }
  const Sighting* end() const { return data() + size_; }
  const_reverse_iterator rbegin() const { return const_reverse_iterator(end()); }
  const_reverse_iterator rend() const { return const_reverse_iterator(begin()); }
  const Sighting& operator[](size_t i) const { return data()[i]; }
  const Sighting& front() const { return data()[0]; }
  const Sighting& back() const { return data()[size_ - 1]; }

  void push_back(const Sighting& s);
  /// Room for `n` sightings in all.
  void reserve(size_t n);

 private:
  struct Heap {
    Sighting* data;
    uint32_t capacity;
  };
  /// `one` until a second sighting (or reserve()) moves the list to `heap`;
  /// `one` is only written by assignment, which makes it the active member.
  union Store {
    Store() : heap{nullptr, 0} {}
    Sighting one;
    Heap heap;
  };

  size_t capacity() const { return on_heap_ ? store_.heap.capacity : 1; }
  /// A block for `capacity` sightings; throws std::length_error past 2^32 - 1.
  static Sighting* Allocate(size_t capacity);
  /// Moves the sightings to a heap block of `capacity` (>= size_).
  void Grow(size_t capacity);
  /// Empties the list and frees its block.
  void Free();

  Store store_;
  uint32_t size_ = 0;
  bool on_heap_ = false;
};

}  // namespace newsgraph

#endif  // NEWSGRAPH_GRAPH_SIGHTING_LIST_H_
