// A string-keyed hash map for the lexicon's word lists, tuned for many
// lookups of short words by string_view.
//
// Design: open addressing with linear probing over a power-of-two slot
// array kept at most half full. Each slot holds 32 bits of the key's hash
// and an index into append-only key/value vectors (pointers returned by
// find() stay valid until the next insertion; the lexicon inserts only
// while loading, so they live as long as it does). A
// lookup hashes the view once (8 bytes at a time, multiply-mix), then
// compares hashes before bytes, so a miss — the common case for word lists
// — usually touches one slot and never calls memcmp. Unlike
// std::unordered_map<std::string_view, V> it allocates nothing per lookup
// and does not chase a node pointer. Not copyable; no erase; iteration
// order is never exposed, so swapping it in cannot change any output.
#ifndef NEWSGRAPH_EXTRACT_STRING_MAP_H_
#define NEWSGRAPH_EXTRACT_STRING_MAP_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsgraph {

/// 64-bit hash of a short byte string (not cryptographic, not stable across
/// versions: only for in-memory tables).
inline uint64_t HashBytes(std::string_view s) {
  auto mix = [](uint64_t a, uint64_t b) {
    __uint128_t m = static_cast<__uint128_t>(a) * b;
    return static_cast<uint64_t>(m) ^ static_cast<uint64_t>(m >> 64);
  };
  constexpr uint64_t kP0 = 0xa0761d6478bd642full, kP1 = 0xe7037ed1a0b428dbull;
  const char* p = s.data();
  size_t n = s.size();
  uint64_t h = kP0 ^ (n * kP1);
  while (n >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = mix(h ^ w, kP1);
    p += 8;
    n -= 8;
  }
  if (n > 0) {
    uint64_t w = 0;
    std::memcpy(&w, p, n);
    h = mix(h ^ w, kP0);
  }
  return mix(h, kP1);
}

template <typename V>
class StringMap {
 public:
  StringMap() = default;
  StringMap(const StringMap&) = delete;
  StringMap& operator=(const StringMap&) = delete;

  /// Inserts `value` under `key` unless the key is present (like emplace).
  void emplace(std::string_view key, V value) {
    uint64_t h = HashBytes(key);
    if (Find(key, h) >= 0) return;
    Insert(key, h, std::move(value));
  }
  /// Inserts `value` under `key`, replacing any earlier value.
  void assign(std::string_view key, V value) {
    uint64_t h = HashBytes(key);
    if (long i = Find(key, h); i >= 0) {
      values_[static_cast<size_t>(i)] = std::move(value);
      return;
    }
    Insert(key, h, std::move(value));
  }
  /// The value under `key`, or null.
  const V* find(std::string_view key) const {
    long i = Find(key, HashBytes(key));
    return i < 0 ? nullptr : &values_[static_cast<size_t>(i)];
  }
  bool contains(std::string_view key) const { return Find(key, HashBytes(key)) >= 0; }
  /// The value under `key`, inserted default-constructed if absent.
  V& get_or_insert(std::string_view key) {
    uint64_t h = HashBytes(key);
    long i = Find(key, h);
    if (i < 0) {
      Insert(key, h, V());
      i = static_cast<long>(keys_.size() - 1);
    }
    return values_[static_cast<size_t>(i)];
  }
  size_t size() const { return keys_.size(); }
  /// Keys and values in insertion order (index i of one is index i of the other).
  const std::vector<std::string>& keys() const { return keys_; }
  const std::vector<V>& values() const { return values_; }

 private:
  // 8 bytes, so a probe touches half the memory a full hash would: the
  // slot is chosen by the hash's low bits and keeps its high 32 as a tag.
  struct Slot {
    uint32_t tag = 0;             ///< hash >> 32
    uint32_t index_plus_one = 0;  ///< 0: empty
  };
  static uint32_t Tag(uint64_t h) { return static_cast<uint32_t>(h >> 32); }

  // Index of `key` in keys_/values_, or -1.
  long Find(std::string_view key, uint64_t h) const {
    if (slots_.empty()) return -1;
    size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.index_plus_one == 0) return -1;
      if (slot.tag == Tag(h)) {
        size_t index = slot.index_plus_one - 1;
        if (std::string_view(keys_[index]) == key) return static_cast<long>(index);
      }
    }
  }

  void Insert(std::string_view key, uint64_t h, V value) {
    if ((keys_.size() + 1) * 2 > slots_.size()) Grow();
    keys_.emplace_back(key);
    values_.push_back(std::move(value));
    Place(h, static_cast<uint32_t>(keys_.size()));
  }

  void Place(uint64_t h, uint32_t index_plus_one) {
    size_t mask = slots_.size() - 1;
    size_t i = h & mask;
    while (slots_[i].index_plus_one != 0) i = (i + 1) & mask;
    slots_[i] = Slot{Tag(h), index_plus_one};
  }

  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, Slot{});
    for (const Slot& s : old) {
      if (s.index_plus_one != 0) Place(HashBytes(keys_[s.index_plus_one - 1]), s.index_plus_one);
    }
  }

  std::vector<Slot> slots_;
  std::vector<std::string> keys_;
  std::vector<V> values_;
};

/// A set of strings looked up by string_view (see StringMap).
class StringSet {
 public:
  void insert(std::string_view key) { map_.emplace(key, true); }
  bool contains(std::string_view key) const { return map_.contains(key); }
  const std::vector<std::string>& keys() const { return map_.keys(); }

 private:
  StringMap<bool> map_;
};

}  // namespace newsgraph

#endif  // NEWSGRAPH_EXTRACT_STRING_MAP_H_
