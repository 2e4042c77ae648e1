#include "graph/id_index.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsgraph {
namespace {

// Keys live in a vector; the index maps a key to its position.
struct Keys {
  std::vector<std::string> keys;
  IdIndex index;

  uint32_t Find(const std::string& key, uint64_t hash) const {
    return index.Find(hash, [&](uint32_t id) { return keys[id] == key; });
  }
  uint32_t Add(const std::string& key, uint64_t hash) {
    keys.push_back(key);
    index.Insert(hash, static_cast<uint32_t>(keys.size() - 1));
    return static_cast<uint32_t>(keys.size() - 1);
  }
};

TEST(IdIndexTest, FindsEveryKeyAcrossGrowth) {
  Keys k;
  for (int i = 0; i < 50000; ++i) k.Add("key" + std::to_string(i), HashString("key" + std::to_string(i)));
  EXPECT_EQ(k.index.size(), 50000u);
  for (int i = 0; i < 50000; i += 7) {
    const std::string key = "key" + std::to_string(i);
    EXPECT_EQ(k.Find(key, HashString(key)), static_cast<uint32_t>(i));
  }
  EXPECT_EQ(k.Find("missing", HashString("missing")), IdIndex::kNone);
}

TEST(IdIndexTest, EqualHashesAreToldApartByTheKeys) {
  Keys k;
  const uint64_t same = 0x1234567890abcdefULL;
  const uint32_t a = k.Add("a", same), b = k.Add("b", same), c = k.Add("c", same);
  EXPECT_EQ(k.Find("a", same), a);
  EXPECT_EQ(k.Find("b", same), b);
  EXPECT_EQ(k.Find("c", same), c);
  EXPECT_EQ(k.Find("d", same), IdIndex::kNone);
}

TEST(IdIndexTest, RemapRenumbersAndDrops) {
  IdIndex index;
  for (uint32_t id = 0; id < 100; ++id) index.Insert(MixBits(id), id);
  // Keep the even ids, renumbered id / 2.
  index.Remap([](uint32_t id) { return id % 2 == 0 ? id / 2 : IdIndex::kNone; });
  EXPECT_EQ(index.size(), 50u);
  for (uint32_t id = 0; id < 100; ++id) {
    const uint32_t found = index.Find(MixBits(id), [&](uint32_t x) { return x == id / 2; });
    EXPECT_EQ(found, id % 2 == 0 ? id / 2 : IdIndex::kNone) << id;
  }
}

}  // namespace
}  // namespace newsgraph
