#include "graph/inline_list.h"

#include <cstdint>
#include <vector>

#include <gtest/gtest.h>

namespace newsgraph {
namespace {

struct Pair {
  uint32_t key = 0;
  uint32_t count = 0;
};

std::vector<uint32_t> Keys(const InlineList<Pair>& list) {
  std::vector<uint32_t> out;
  for (const Pair& p : list) out.push_back(p.key);
  return out;
}

TEST(InlineListTest, InsertsAnywhereInPlaceAndOnTheHeap) {
  InlineList<Pair> list;
  EXPECT_EQ(list.insert(list.end(), {5, 1})->key, 5u);  // in place
  EXPECT_EQ(list.insert(list.begin(), {2, 1})->key, 2u);  // moves to the heap
  list.insert(list.end(), {9, 1});
  list.insert(list.begin() + 2, {7, 1});
  list.insert(list.begin() + 1, {3, 1});
  EXPECT_EQ(Keys(list), (std::vector<uint32_t>{2, 3, 5, 7, 9}));
  for (uint32_t k = 10; k < 40; ++k) list.insert(list.begin(), {k, 0});  // grows
  EXPECT_EQ(list.size(), 35u);
  EXPECT_EQ(list.front().key, 39u);
  EXPECT_EQ(list.back().key, 9u);
}

TEST(InlineListTest, ErasesAndChangesInPlace) {
  InlineList<Pair> one;
  one.push_back({1, 1});
  one.begin()->count += 4;
  EXPECT_EQ(one[0].count, 5u);
  Pair* after = one.erase(one.begin());
  EXPECT_EQ(after, one.end());
  EXPECT_TRUE(one.empty());
  one.push_back({2, 1});  // usable again
  EXPECT_EQ(Keys(one), (std::vector<uint32_t>{2}));

  InlineList<Pair> many;
  for (uint32_t k = 0; k < 6; ++k) many.push_back({k, k});
  Pair* next = many.erase(many.begin() + 2);
  EXPECT_EQ(next->key, 3u);
  many.erase(many.end() - 1);
  many.erase(many.begin());
  EXPECT_EQ(Keys(many), (std::vector<uint32_t>{1, 3, 4}));
  many[1].count = 30;
  InlineList<Pair> copy(many);
  EXPECT_EQ(Keys(copy), (std::vector<uint32_t>{1, 3, 4}));
  EXPECT_EQ(copy[1].count, 30u);
  while (!many.empty()) many.erase(many.begin());
  EXPECT_EQ(many.begin(), many.end());
  EXPECT_EQ(copy.size(), 3u);  // the copy owns its elements
}

TEST(InlineListTest, InsertingOneOfItsOwnElements) {
  InlineList<Pair> list;
  list.push_back({7, 0});
  for (int i = 0; i < 10; ++i) list.insert(list.begin(), list.back());  // grows while reading its own
  ASSERT_EQ(list.size(), 11u);
  for (const Pair& p : list) EXPECT_EQ(p.key, 7u);
}

}  // namespace
}  // namespace newsgraph
