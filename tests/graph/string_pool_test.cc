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

TEST(StringPoolTest, APartOfAStoredStringSharesItsBytes) {
  StringPool pool;
  const std::string_view sentence =
      pool.Get(pool.Intern("\"We stay,\" Nikol Pashinyan said on Tuesday."));
  const std::string quote = "We stay,";  // the caller's own copy
  const StringId q = pool.Intern(quote, sentence);
  EXPECT_EQ(pool.Get(q), "We stay,");
  EXPECT_EQ(pool.Get(q).data(), sentence.data() + 1);
  // Found again by its text, from anywhere.
  EXPECT_EQ(pool.Intern("We stay,"), q);
  EXPECT_EQ(pool.Find(quote), q);
  // A string the sentence does not contain is copied; a known one keeps its id.
  const StringId other = pool.Intern("Armenia", sentence);
  EXPECT_EQ(pool.Get(other), "Armenia");
  EXPECT_FALSE(pool.Get(other).data() >= sentence.data() &&
               pool.Get(other).data() < sentence.data() + sentence.size());
  EXPECT_EQ(pool.Intern("Nikol Pashinyan"), pool.Intern("Nikol Pashinyan", sentence));
  EXPECT_EQ(pool.Intern("", sentence), StringPool::kEmpty);
  // Repetitive text: found where it is, and only there.
  const std::string_view runs = pool.Get(pool.Intern(std::string(5000, 'a') + "b"));
  const StringId tail = pool.Intern(std::string(3000, 'a') + "b", runs);
  EXPECT_EQ(pool.Get(tail).data(), runs.data() + 2000);
  EXPECT_EQ(pool.Get(pool.Intern(std::string(3000, 'a') + "c", runs)),
            std::string(3000, 'a') + "c");
  // The shared bytes stay valid when the pool moves.
  StringPool moved = std::move(pool);
  EXPECT_EQ(moved.Get(q), "We stay,");
  EXPECT_EQ(moved.Find("We stay,"), q);
}

}  // namespace
}  // namespace newsgraph
