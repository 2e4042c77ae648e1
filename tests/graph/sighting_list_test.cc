#include "graph/sighting_list.h"

#include <utility>
#include <vector>

#include <gtest/gtest.h>

namespace newsgraph {
namespace {

Sighting Nth(uint32_t i) { return {i, i + 1, i + 2, i + 3, i + 4, i + 5}; }

// The list as sentence numbers, in order.
std::vector<uint32_t> Sentences(const SightingList& list) {
  std::vector<uint32_t> out;
  for (const Sighting& s : list) out.push_back(s.sentence);
  return out;
}

std::vector<uint32_t> Expected(uint32_t n) {
  std::vector<uint32_t> out;
  for (uint32_t i = 0; i < n; ++i) out.push_back(i + 1);
  return out;
}

TEST(SightingListTest, KeepsEverySightingInOrderAsItGrows) {
  for (uint32_t n : {0u, 1u, 2u, 3u, 4u, 5u, 17u, 1000u}) {
    SightingList list;
    for (uint32_t i = 0; i < n; ++i) list.push_back(Nth(i));
    ASSERT_EQ(list.size(), n);
    EXPECT_EQ(list.empty(), n == 0);
    EXPECT_EQ(Sentences(list), Expected(n)) << n;
    if (n == 0) continue;
    EXPECT_EQ(list.front().doc, 0u);
    EXPECT_EQ(list.back().doc, n - 1);
    EXPECT_EQ(list[n / 2].text, n / 2 + 5);
    EXPECT_EQ(list.rbegin()->doc, n - 1);
    EXPECT_EQ(static_cast<size_t>(list.rend() - list.rbegin()), n);
  }
}

TEST(SightingListTest, CopiesAndMovesAtEverySize) {
  for (uint32_t n : {0u, 1u, 2u, 7u}) {
    SightingList list;
    for (uint32_t i = 0; i < n; ++i) list.push_back(Nth(i));
    SightingList copy(list);
    EXPECT_EQ(Sentences(copy), Expected(n));
    copy.push_back(Nth(99));  // the copy owns its sightings
    EXPECT_EQ(Sentences(list), Expected(n));
    SightingList moved(std::move(copy));
    EXPECT_EQ(moved.size(), n + 1);
    EXPECT_TRUE(copy.empty());  // NOLINT(bugprone-use-after-move): moved-from is empty
    copy.push_back(Nth(5));     // and usable
    EXPECT_EQ(copy.size(), 1u);
    SightingList assigned;
    assigned.push_back(Nth(42));
    assigned.push_back(Nth(43));
    assigned = list;
    EXPECT_EQ(Sentences(assigned), Expected(n));
    assigned = std::move(moved);
    EXPECT_EQ(assigned.size(), n + 1);
    EXPECT_EQ(assigned.back().doc, 99u);
    const SightingList& same = assigned;
    assigned = same;  // self-assignment keeps it
    EXPECT_EQ(assigned.size(), n + 1);
  }
}

TEST(SightingListTest, ReserveKeepsTheSightings) {
  SightingList list;
  list.reserve(0);
  list.push_back(Nth(0));
  list.reserve(10);  // the one sighting moves to the block
  EXPECT_EQ(Sentences(list), Expected(1));
  for (uint32_t i = 1; i < 12; ++i) list.push_back(Nth(i));
  EXPECT_EQ(Sentences(list), Expected(12));
  SightingList empty;
  empty.reserve(3);
  EXPECT_TRUE(empty.empty());
  EXPECT_EQ(empty.begin(), empty.end());
}

// Copies between lists in place and on the heap, into blocks large enough
// and too small.
TEST(SightingListTest, CopiesBetweenInPlaceAndHeapLists) {
  SightingList one_on_heap;
  one_on_heap.reserve(4);
  one_on_heap.push_back(Nth(0));
  SightingList copy(one_on_heap);
  EXPECT_EQ(Sentences(copy), Expected(1));
  SightingList big;
  for (uint32_t i = 0; i < 9; ++i) big.push_back(Nth(i));
  big = one_on_heap;  // a block large enough: reused
  EXPECT_EQ(Sentences(big), Expected(1));
  big.push_back(Nth(1));
  EXPECT_EQ(Sentences(big), Expected(2));
  SightingList small;
  small.push_back(Nth(0));
  SightingList three;
  for (uint32_t i = 0; i < 3; ++i) three.push_back(Nth(i));
  small = three;  // in place, too small: moves to the heap
  EXPECT_EQ(Sentences(small), Expected(3));
  three = SightingList();
  EXPECT_TRUE(three.empty());
  big = three;
  EXPECT_TRUE(big.empty());
}

TEST(SightingListTest, PushingOneOfItsOwnSightingsAsItGrows) {
  SightingList list;
  list.push_back(Nth(7));
  for (int i = 0; i < 10; ++i) list.push_back(list.front());  // grows while reading its own
  ASSERT_EQ(list.size(), 11u);
  for (const Sighting& s : list) EXPECT_EQ(s.sentence, 8u);
}

}  // namespace
}  // namespace newsgraph
