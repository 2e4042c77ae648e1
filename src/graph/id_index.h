// A hash index over dense ids whose keys live elsewhere.
//
// std::unordered_map<Key, uint32_t> stores every key a second time, in its
// own heap node. The graph store's keys (strings in a StringPool, facts in
// the graph) already live in arrays indexed by id, so this index keeps only
// the ids: an open-addressing table (linear probing, at most 3/4 full) of
// 8-byte slots, each the id and the top 32 bits of its key's hash. The
// caller passes the hash and an equality test against the id's key; the
// table compares the 32 hash bits first, so the test runs almost only on a
// real match. Growing needs no keys: a slot's position comes from its
// stored bits. Between growths a table is 3/8 to 3/4 full: a miss then
// probes ~1.5 to ~8.5 slots (eight to a 64-byte line); kept at most half
// full, the tables of the 1 GB benchmark build took ~50 MB more.
#ifndef NEWSGRAPH_GRAPH_ID_INDEX_H_
#define NEWSGRAPH_GRAPH_ID_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "extract/string_map.h"

namespace newsgraph {

/// Mixes a 64-bit value so that every input bit reaches the high bits
/// (MurmurHash3's finaliser).
inline uint64_t MixBits(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

/// Combines a hash with one more value (order matters).
inline uint64_t HashCombine(uint64_t h, uint64_t value) {
  return MixBits(h ^ (value + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2)));
}

/// A 64-bit hash of a string for IdIndex: the lexicon tables' hash.
inline uint64_t HashString(std::string_view s) { return HashBytes(s); }

class IdIndex {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  /// The id stored under `hash` for which `equal(id)` is true, or kNone.
  template <typename Equal>
  uint32_t Find(uint64_t hash, const Equal& equal) const {
    if (slots_.empty()) return kNone;
    const uint32_t tag = Tag(hash);
    for (size_t i = tag & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.id == kNone) return kNone;
      if (slot.tag == tag && equal(slot.id)) return slot.id;
    }
  }

  /// Starts loading the slot where `hash` is looked for first.
  void Prefetch(uint64_t hash) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[Tag(hash) & mask_]);
  }

  /// The first id stored under `hash`'s 32 tag bits, or kNone: a guess at
  /// what Find() will return, good enough to prefetch with (no key is
  /// compared).
  uint32_t Guess(uint64_t hash) const {
    return Find(hash, [](uint32_t) { return true; });
  }

  /// Stores `id` (not kNone) under `hash`. The caller has made sure that no
  /// equal key is stored already.
  void Insert(uint64_t hash, uint32_t id);

  /// Replaces every stored id by `map(id)`, dropping those mapped to kNone;
  /// keys keep their hashes (for ids that are renumbered).
  void Remap(const std::function<uint32_t(uint32_t)>& map);

  /// Makes room for `n` ids in all without growing again.
  void Reserve(size_t n);

  /// Forgets every id and frees the table.
  void Clear();
  size_t size() const { return size_; }

 private:
  struct Slot {
    uint32_t tag;
    uint32_t id;
  };
  static uint32_t Tag(uint64_t hash) { return static_cast<uint32_t>(hash >> 32); }
  /// Whether `n` ids are too many for `capacity` slots (more than 3/4).
  static bool Full(size_t n, size_t capacity) { return n * 4 > capacity * 3; }
  void Place(Slot slot);
  void Grow();
  /// Moves every slot into a table of `capacity` slots (a power of two).
  void Rehash(size_t capacity);

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace newsgraph

#endif  // NEWSGRAPH_GRAPH_ID_INDEX_H_
