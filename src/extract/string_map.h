// A string-keyed hash map for the lexicon's word lists, tuned for many
// lookups of short words by string_view.
//
// Design: open addressing with linear probing over a power-of-two slot
// array kept at most half full. Each slot holds 28 bits of the key's hash,
// the key's size, a key of up to 8 bytes itself, and an index into
// append-only key/value storage (pointers returned by
// find() stay valid until the next insertion; the lexicon inserts only
// while loading, so they live as long as it does). The keys' bytes sit one
// after another in one buffer, so a probe that matches a tag reads the key
// from memory next to its neighbours, and the comparison of a short key is
// a few loads, not a call. A lookup hashes the view once (8 bytes at a
// time, multiply-mix, no call for the tail), then compares hashes before
// bytes, so a miss, the common case for word lists, usually touches one
// slot. Unlike std::unordered_map<std::string_view, V> it allocates nothing
// per lookup and does not chase a node pointer. Not copyable; no erase;
// iteration order is never exposed, so swapping it in cannot change any
// output.
#ifndef NEWSGRAPH_EXTRACT_STRING_MAP_H_
#define NEWSGRAPH_EXTRACT_STRING_MAP_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsgraph {

namespace string_map_internal {

inline uint64_t Load64(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}
inline uint64_t Load32(const char* p) {
  uint32_t w;
  std::memcpy(&w, p, 4);
  return w;
}
inline uint64_t Mix(uint64_t a, uint64_t b) {
  __uint128_t m = static_cast<__uint128_t>(a) * b;
  return static_cast<uint64_t>(m) ^ static_cast<uint64_t>(m >> 64);
}

}  // namespace string_map_internal

/// The bytes of a key of at most 8 bytes as one little-endian word (the
/// rest zero), read with fixed-size loads that stay inside the key.
inline uint64_t ShortKeyWord(const char* p, size_t n) {
  using namespace string_map_internal;
  if (n >= 4) return Load32(p) | Load32(p + n - 4) << ((n - 4) * 8);  // overlap: equal bytes
  if (n == 0) return 0;
  return static_cast<uint64_t>(static_cast<unsigned char>(p[0])) |
         static_cast<uint64_t>(static_cast<unsigned char>(p[n / 2])) << ((n / 2) * 8) |
         static_cast<uint64_t>(static_cast<unsigned char>(p[n - 1])) << ((n - 1) * 8);
}

/// ShortKeyWord() of p[0, n), 1 <= n <= 8, for a key followed by at least
/// 8 - n readable bytes: one load and a mask, no branch on n.
inline uint64_t ShortKeyWordPadded(const char* p, size_t n) {
  return string_map_internal::Load64(p) & (~uint64_t{0} >> (64 - 8 * n));
}

namespace string_map_internal {
constexpr uint64_t kP0 = 0xa0761d6478bd642full, kP1 = 0xe7037ed1a0b428dbull;
/// HashBytes() of a key of n <= 8 bytes whose ShortKeyWord() is w. One
/// multiply, folded: w holds the whole key, and the folded 128-bit product
/// spreads every bit of it over the low bits (the slot) and the high ones
/// (the tag). Annotate() waits on this hash for every word it looks up.
inline uint64_t HashShort(uint64_t w, size_t n) { return Mix(kP0 ^ (n * kP1) ^ w, kP1); }
}  // namespace string_map_internal

/// 64-bit hash of a short byte string (not cryptographic, not stable across
/// versions: only for in-memory tables). Reads only the bytes of `s`: the
/// tail is read with overlapping fixed-size loads, never past the end.
inline uint64_t HashBytes(std::string_view s) {
  using namespace string_map_internal;
  const char* p = s.data();
  const size_t n = s.size();
  if (n <= 8) return HashShort(ShortKeyWord(p, n), n);
  uint64_t h = kP0 ^ (n * kP1);
  size_t i = 0;
  for (; i + 8 < n; i += 8) h = Mix(h ^ Load64(p + i), kP1);
  // The last 8 bytes (overlapping what the loop read when n % 8 != 0).
  return Mix(Mix(h ^ Load64(p + n - 8), kP0), kP1);
}

/// a == b for two byte ranges of the same size `n`, without a call for
/// short ones. Reads only inside both ranges.
inline bool SameBytes(const char* a, const char* b, size_t n) {
  using namespace string_map_internal;
  if (n <= 16) {
    if (n >= 8) {
      return (Load64(a) ^ Load64(b)) == 0 && (Load64(a + n - 8) ^ Load64(b + n - 8)) == 0;
    }
    if (n >= 4) {
      return (Load32(a) ^ Load32(b)) == 0 && (Load32(a + n - 4) ^ Load32(b + n - 4)) == 0;
    }
    for (size_t i = 0; i < n; ++i) {
      if (a[i] != b[i]) return false;
    }
    return true;
  }
  return std::memcmp(a, b, n) == 0;
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
  /// find() for a key followed by at least 8 readable bytes (a view into a
  /// padded buffer): a short key is then hashed and compared as one word,
  /// without the branches on its length.
  const V* find_padded(std::string_view key) const {
    if (key.empty() || key.size() > 8) return find(key);
    return find_short_padded(key);
  }
  /// find_padded() of a key of 1 to 8 bytes.
  const V* find_short_padded(std::string_view key) const {
    const uint64_t w = ShortKeyWordPadded(key.data(), key.size());
    const uint64_t h = string_map_internal::HashShort(w, key.size());
    if (slots_.empty()) return nullptr;
    const size_t mask = slots_.size() - 1;
    // The slot holds the key's word and its size (in the tag): a probe
    // reads one slot and nothing else.
    const uint32_t tag = Tag(h, key.size());
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.index_plus_one == 0) return nullptr;
      if (slot.word == w && slot.tag == tag) return &values_[slot.index_plus_one - 1];
    }
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
  // The slot is chosen by the hash's low bits and keeps 28 more of its bits
  // and the key's size (up to 15) as a tag, and a short key's bytes, so
  // find_padded() decides a short key from the slot alone.
  struct Slot {
    uint64_t word = 0;            ///< ShortKeyWord() of a key of at most 8 bytes, else 0
    uint32_t tag = 0;             ///< Tag(hash, size)
    uint32_t index_plus_one = 0;  ///< 0: empty
  };
  /// Where key i's bytes are in bytes_.
  struct KeySpan {
    uint32_t offset = 0, size = 0;
  };
  static uint32_t Tag(uint64_t h, size_t size) {
    return (static_cast<uint32_t>(h >> 32) & ~uint32_t{15}) |
           static_cast<uint32_t>(size < 15 ? size : 15);
  }

  // Index of `key` in keys_/values_, or -1.
  long Find(std::string_view key, uint64_t h) const {
    if (slots_.empty()) return -1;
    const size_t mask = slots_.size() - 1;
    const uint32_t tag = Tag(h, key.size());
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.index_plus_one == 0) return -1;
      if (slot.tag == tag) {
        size_t index = slot.index_plus_one - 1;
        const KeySpan& span = spans_[index];
        if (span.size == key.size() && SameBytes(bytes_.data() + span.offset, key.data(), key.size())) {
          return static_cast<long>(index);
        }
      }
    }
  }

  void Insert(std::string_view key, uint64_t h, V value) {
    if ((keys_.size() + 1) * 2 > slots_.size()) Grow();
    keys_.emplace_back(key);
    spans_.push_back({static_cast<uint32_t>(bytes_.size()), static_cast<uint32_t>(key.size())});
    bytes_.append(key);
    values_.push_back(std::move(value));
    Place(h, static_cast<uint32_t>(keys_.size()));
  }

  void Place(uint64_t h, uint32_t index_plus_one) {
    const std::string& key = keys_[index_plus_one - 1];
    size_t mask = slots_.size() - 1;
    size_t i = h & mask;
    while (slots_[i].index_plus_one != 0) i = (i + 1) & mask;
    slots_[i] = Slot{key.size() <= 8 ? ShortKeyWord(key.data(), key.size()) : 0,
                     Tag(h, key.size()), index_plus_one};
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
  std::vector<KeySpan> spans_;  ///< parallel to keys_
  std::string bytes_;           ///< every key's bytes, one after another
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
