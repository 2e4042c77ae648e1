#include "graph/sighting_list.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <new>
#include <stdexcept>
#include <type_traits>
#include <utility>

namespace newsgraph {

static_assert(std::is_trivially_copyable_v<Sighting>, "sightings are copied as bytes");

SightingList::SightingList(const SightingList& other) { *this = other; }

SightingList::SightingList(SightingList&& other) noexcept { *this = std::move(other); }

SightingList& SightingList::operator=(const SightingList& other) {
  if (this == &other) return *this;
  Free();
  if (other.size_ > 1) {
    Grow(other.size_);
    std::memcpy(store_.heap.data, other.data(), other.size_ * sizeof(Sighting));
  } else if (other.size_ == 1) {
    store_.one = other.front();
  }
  size_ = other.size_;
  return *this;
}

SightingList& SightingList::operator=(SightingList&& other) noexcept {
  if (this == &other) return *this;
  Free();
  store_ = other.store_;
  size_ = std::exchange(other.size_, 0);
  on_heap_ = std::exchange(other.on_heap_, false);
  other.store_.heap = {nullptr, 0};
  return *this;
}

void SightingList::Free() {
  if (on_heap_) ::operator delete(store_.heap.data);
  store_.heap = {nullptr, 0};
  size_ = 0;
  on_heap_ = false;
}

void SightingList::Grow(size_t capacity) {
  if (capacity > std::numeric_limits<uint32_t>::max()) {
    throw std::length_error("too many sightings of one fact");
  }
  auto* block = static_cast<Sighting*>(::operator new(capacity * sizeof(Sighting)));
  if (size_ > 0) std::memcpy(block, mutable_data(), size_ * sizeof(Sighting));
  if (on_heap_) ::operator delete(store_.heap.data);
  store_.heap = {block, static_cast<uint32_t>(capacity)};
  on_heap_ = true;
}

void SightingList::reserve(size_t n) {
  if (n > capacity()) Grow(n);
}

void SightingList::push_back(const Sighting& s) {
  const Sighting copy = s;  // `s` may be one of ours, which Grow() frees
  if (size_ == capacity()) Grow(std::max<size_t>(2, size_ + size_ / 2));
  mutable_data()[size_++] = copy;
}

}  // namespace newsgraph
