#include "graph/string_pool.h"

#include <cstring>
#include <utility>

namespace newsgraph {
namespace {

// Strings are packed into blocks of this size; a longer one gets a block
// of its own, so no block wastes more than kMaxShared bytes at its end.
constexpr size_t kBlockSize = 256 * 1024;
constexpr size_t kMaxShared = 4 * 1024;

}  // namespace

StringPool::StringPool() {
  views_.push_back(std::string_view());
  index_.Insert(HashString(std::string_view()), kEmpty);
}

StringPool::StringPool(StringPool&& other) noexcept { *this = std::move(other); }

StringPool& StringPool::operator=(StringPool&& other) noexcept {
  blocks_ = std::move(other.blocks_);
  free_ = std::exchange(other.free_, nullptr);
  free_left_ = std::exchange(other.free_left_, 0);
  views_ = std::move(other.views_);
  index_ = std::move(other.index_);
  other.blocks_.clear();
  other.views_.clear();
  other.index_.Clear();
  return *this;
}

StringId StringPool::Intern(std::string_view s) { return Intern(s, std::string_view()); }

StringId StringPool::Intern(std::string_view s, std::string_view whole) {
  const uint64_t hash = HashString(s);
  StringId id = index_.Find(hash, [&](StringId i) { return views_[i] == s; });
  if (id != kNone) return id;
  id = static_cast<StringId>(views_.size());
  // glibc's memmem is linear in both lengths (two-way search), where
  // string_view::find can take their product on repetitive text.
  const void* at = s.empty() || whole.empty()
                       ? nullptr
                       : ::memmem(whole.data(), whole.size(), s.data(), s.size());
  views_.push_back(at ? std::string_view(static_cast<const char*>(at), s.size()) : Store(s));
  index_.Insert(hash, id);
  return id;
}

StringId StringPool::Find(std::string_view s) const {
  return index_.Find(HashString(s), [&](StringId i) { return views_[i] == s; });
}

std::string_view StringPool::Store(std::string_view s) {
  // A block is not zeroed (as make_unique would): every byte of it is
  // written before it is read. It is owned before blocks_ may grow, so a
  // failed growth does not leak it.
  auto new_block = [&](size_t size) {
    std::unique_ptr<char[]> block(new char[size]);
    blocks_.push_back(std::move(block));
    return blocks_.back().get();
  };
  char* at;
  if (s.size() > kMaxShared) {
    at = new_block(s.size());
  } else {
    if (s.size() > free_left_) {
      free_ = new_block(kBlockSize);
      free_left_ = kBlockSize;
    }
    at = free_;
    free_ += s.size();
    free_left_ -= s.size();
  }
  if (!s.empty()) std::memcpy(at, s.data(), s.size());
  return std::string_view(at, s.size());
}

}  // namespace newsgraph
