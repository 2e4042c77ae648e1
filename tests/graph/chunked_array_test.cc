#include "graph/chunked_array.h"

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace newsgraph {
namespace {

constexpr size_t kChunk = ChunkedArray<int>::kChunk;

std::vector<int> Values(const ChunkedArray<int>& array) {
  std::vector<int> out;
  for (int v : array) out.push_back(v);
  return out;
}

std::vector<int> Range(int from, int to) {
  std::vector<int> out;
  for (int v = from; v < to; ++v) out.push_back(v);
  return out;
}

TEST(ChunkedArrayTest, KeepsOrderAcrossChunks) {
  ChunkedArray<int> array;
  EXPECT_TRUE(array.empty());
  EXPECT_EQ(array.begin(), array.end());
  const int n = static_cast<int>(2 * kChunk + 3);
  for (int v = 0; v < n; ++v) array.push_back(v);
  EXPECT_EQ(array.size(), static_cast<size_t>(n));
  EXPECT_EQ(Values(array), Range(0, n));
  EXPECT_EQ(array[kChunk - 1], static_cast<int>(kChunk - 1));
  EXPECT_EQ(array[kChunk], static_cast<int>(kChunk));
  EXPECT_EQ(array.front(), 0);
  array[kChunk] = -1;  // writes through operator[] and through an iterator
  *++array.begin() = -2;
  EXPECT_EQ(array[1], -2);
  EXPECT_EQ(array[kChunk], -1);
}

TEST(ChunkedArrayTest, ElementsNeverMove) {
  ChunkedArray<int> array;
  array.push_back(7);
  const int* first = &array[0];
  for (int v = 0; v < static_cast<int>(3 * kChunk); ++v) array.push_back(v);
  EXPECT_EQ(first, &array[0]);
  EXPECT_EQ(*first, 7);
}

TEST(ChunkedArrayTest, PopFrontRenumbersAndRefillsWhenEmpty) {
  ChunkedArray<int> array;
  const int n = static_cast<int>(kChunk + 10);
  for (int v = 0; v < n; ++v) array.push_back(v);
  for (size_t i = 0; i < kChunk + 1; ++i) array.pop_front();  // frees the first chunk
  EXPECT_EQ(array.size(), 9u);
  EXPECT_EQ(array[0], static_cast<int>(kChunk + 1));
  EXPECT_EQ(array.front(), static_cast<int>(kChunk + 1));
  EXPECT_EQ(Values(array), Range(static_cast<int>(kChunk + 1), n));
  array.push_back(n);  // still appends after the front was popped
  EXPECT_EQ(array[9], n);
  while (!array.empty()) array.pop_front();  // mid-chunk: starts over
  EXPECT_EQ(array.begin(), array.end());
  array.push_back(1);
  array.push_back(2);
  EXPECT_EQ(Values(array), (std::vector<int>{1, 2}));
}

TEST(ChunkedArrayTest, DestroysWhatItHolds) {
  // shared_ptr's use count shows each element destroyed exactly once
  // (and the sanitizer build would report a leak or a double free).
  auto token = std::make_shared<int>(1);
  {
    ChunkedArray<std::shared_ptr<int>> array;
    for (size_t i = 0; i < kChunk + 5; ++i) array.push_back(token);
    EXPECT_EQ(token.use_count(), static_cast<long>(kChunk + 6));
    array.pop_front();
    EXPECT_EQ(token.use_count(), static_cast<long>(kChunk + 5));
    ChunkedArray<std::shared_ptr<int>> moved = std::move(array);
    EXPECT_TRUE(array.empty());  // NOLINT(bugprone-use-after-move): documented state
    EXPECT_EQ(moved.size(), kChunk + 4);
    EXPECT_EQ(token.use_count(), static_cast<long>(kChunk + 5));
    moved = ChunkedArray<std::shared_ptr<int>>();
    EXPECT_EQ(token.use_count(), 1);
    moved.push_back(token);
  }
  EXPECT_EQ(token.use_count(), 1);
}

// Moving one in throws while `fail` is set.
struct Fragile {
  static inline bool fail = false;
  explicit Fragile(int v) : value(v) {}
  Fragile(Fragile&& other) : value(other.value) {
    if (fail) throw std::runtime_error("move");
  }
  int value;
};

TEST(ChunkedArrayTest, SurvivesAThrowingMoveAtAChunkStart) {
  ChunkedArray<Fragile> array;
  for (size_t i = 0; i < kChunk; ++i) array.push_back(Fragile(static_cast<int>(i)));
  Fragile::fail = true;
  EXPECT_THROW(array.push_back(Fragile(-1)), std::runtime_error);  // its chunk stays
  Fragile::fail = false;
  EXPECT_EQ(array.size(), kChunk);
  array.push_back(Fragile(-2));  // into the chunk the failed one allocated
  EXPECT_EQ(array.size(), kChunk + 1);
  EXPECT_EQ(array[kChunk].value, -2);
  EXPECT_EQ(array[kChunk - 1].value, static_cast<int>(kChunk - 1));
  // The sanitizer build reports a leak if the chunks are not all freed.
}

TEST(ChunkedArrayTest, MovesStrings) {
  ChunkedArray<std::string> array;
  std::string long_text(100, 'x');
  array.push_back(long_text);
  array.push_back(std::string("short"));
  const ChunkedArray<std::string>& view = array;
  std::vector<std::string> out(view.begin(), view.end());
  EXPECT_EQ(out, (std::vector<std::string>{long_text, "short"}));
  EXPECT_EQ(view.begin()->size(), 100u);
}

}  // namespace
}  // namespace newsgraph
