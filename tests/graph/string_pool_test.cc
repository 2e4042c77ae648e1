#include "graph/string_pool.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsgraph {
namespace {

TEST(StringPoolTest, InternsEachStringOnce) {
  StringPool pool;
  EXPECT_EQ(pool.Intern(""), StringPool::kEmpty);
  const StringId a = pool.Intern("Armenia");
  const StringId b = pool.Intern("armenia");
  EXPECT_NE(a, b);
  EXPECT_EQ(pool.Intern(std::string("Armen") + "ia"), a);
  EXPECT_EQ(pool.Get(a), "Armenia");
  EXPECT_EQ(pool.Get(b), "armenia");
  EXPECT_EQ(pool.size(), 3u);
  EXPECT_EQ(pool.Find("armenia"), b);
  EXPECT_EQ(pool.Find("Belarus"), StringPool::kNone);
  EXPECT_EQ(pool.size(), 3u);
}

TEST(StringPoolTest, KeepsBytesExactly) {
  StringPool pool;
  const std::string nul("a\0b", 3);
  const std::string utf8 = "Erdo\xC4\x9F" "an \xE2\x80\x9Cquoted\xE2\x80\x9D";
  const std::string long_text(10000, 'x');  // longer than a shared block entry
  const StringId n = pool.Intern(nul), u = pool.Intern(utf8), l = pool.Intern(long_text);
  EXPECT_NE(n, pool.Intern("a"));
  EXPECT_EQ(pool.Get(n), nul);
  EXPECT_EQ(pool.Get(u), utf8);
  EXPECT_EQ(pool.Get(l), long_text);
  EXPECT_EQ(pool.Intern(long_text), l);
}

TEST(StringPoolTest, ViewsStayValidAsThePoolGrowsAndMoves) {
  StringPool pool;
  const std::string_view first = pool.Get(pool.Intern("the first sentence"));
  std::vector<StringId> ids;
  for (int i = 0; i < 100000; ++i) ids.push_back(pool.Intern("sentence number " + std::to_string(i)));
  StringPool moved = std::move(pool);
  EXPECT_EQ(first, "the first sentence");
  for (int i = 0; i < 100000; i += 997) {
    EXPECT_EQ(moved.Get(ids[i]), "sentence number " + std::to_string(i));
    EXPECT_EQ(moved.Find("sentence number " + std::to_string(i)), ids[i]);
  }
  EXPECT_EQ(moved.size(), 100002u);
}

}  // namespace
}  // namespace newsgraph
