#include "graph/sighting_list.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <new>
#include <stdexcept>
#include <utility>

namespace newsgraph {

SightingList::SightingList(const SightingList& other) { *this = other; }

SightingList::SightingList(SightingList&& other) noexcept { *this = std::move(other); }

SightingList& SightingList::operator=(const SightingList& other) {
  if (this == &other) return *this;
  if (other.size_ > capacity()) {
    // Allocated before anything is freed: if it throws, *this is unchanged.
    Sighting* block = Allocate(other.size_);
    if (on_heap_) ::operator delete(store_.heap.data);
    store_.heap = {block, other.size_};
    on_heap_ = true;
  }
  if (on_heap_) {
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

Sighting* SightingList::Allocate(size_t capacity) {
  if (capacity > std::numeric_limits<uint32_t>::max()) {
    throw std::length_error("too many sightings of one fact");
  }
  return static_cast<Sighting*>(::operator new(capacity * sizeof(Sighting)));
}

void SightingList::Grow(size_t capacity) {
  Sighting* block = Allocate(capacity);
  if (size_ > 0) std::memcpy(block, data(), size_ * sizeof(Sighting));
  if (on_heap_) ::operator delete(store_.heap.data);
  store_.heap = {block, static_cast<uint32_t>(capacity)};
  on_heap_ = true;
}

void SightingList::reserve(size_t n) {
  if (n > capacity()) Grow(n);
}

void SightingList::push_back(const Sighting& s) {
  const Sighting copy = s;  // `s` may be one of ours, which Grow() frees
  if (!on_heap_ && size_ == 0) {
    store_.one = copy;  // makes `one` the union's active member
    size_ = 1;
    return;
  }
  if (size_ == capacity()) {
    // By half (in size_t: a list near 2^32 fails in Allocate() instead of
    // wrapping around).
    Grow(std::max<size_t>(2, size_t{size_} + size_ / 2));
  }
  store_.heap.data[size_++] = copy;
}

}  // namespace newsgraph
