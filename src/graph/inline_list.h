// A list that keeps its first element in place and the rest on the heap.
//
// The graph store has millions of short lists: a fact's sightings (86% of
// the 1.2M facts of the 1 GB benchmark corpus are read once) and an
// entity's surface forms (460k of its 692k entities have one, 197k quotes
// none, none more than 3). A std::vector puts even one element in a heap
// block of its own (32 bytes and a cache miss away from its owner) and
// doubles its capacity as it grows; this list keeps one element in place,
// moves to the heap from the second and grows by half. T is copied as
// bytes.
#ifndef NEWSGRAPH_GRAPH_INLINE_LIST_H_
#define NEWSGRAPH_GRAPH_INLINE_LIST_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <limits>
#include <new>
#include <stdexcept>
#include <type_traits>
#include <utility>

namespace newsgraph {

template <typename T>
class InlineList {
  static_assert(std::is_trivially_copyable_v<T>, "InlineList copies its elements as bytes");
  static_assert(alignof(T) <= __STDCPP_DEFAULT_NEW_ALIGNMENT__,
                "InlineList allocates with plain operator new");

 public:
  using value_type = T;
  using iterator = T*;
  using const_iterator = const T*;
  using const_reverse_iterator = std::reverse_iterator<const T*>;

  InlineList() = default;
  InlineList(const InlineList& other) { *this = other; }
  InlineList(InlineList&& other) noexcept { *this = std::move(other); }
  InlineList& operator=(const InlineList& other);
  InlineList& operator=(InlineList&& other) noexcept;
  ~InlineList() { Free(); }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T* data() { return on_heap_ ? store_.heap.data : &store_.one; }
  const T* data() const { return on_heap_ ? store_.heap.data : &store_.one; }
  T* begin() { return data(); }
  T* end() { return data() + size_; }
  const T* begin() const { return data(); }
  const T* end() const { return data() + size_; }
  const_reverse_iterator rbegin() const { return const_reverse_iterator(end()); }
  const_reverse_iterator rend() const { return const_reverse_iterator(begin()); }
  T& operator[](size_t i) { return data()[i]; }
  const T& operator[](size_t i) const { return data()[i]; }
  const T& front() const { return data()[0]; }
  const T& back() const { return data()[size_ - 1]; }

  void push_back(const T& value) { insert(end(), value); }
  /// Inserts `value` before `at`; returns where it now is.
  T* insert(const T* at, const T& value);
  /// Removes the element at `at`; returns where the next one now is.
  T* erase(const T* at);
  /// Room for `n` elements in all.
  void reserve(size_t n) {
    if (n > capacity()) Grow(n);
  }

 private:
  struct Heap {
    T* data;
    uint32_t capacity;
  };
  /// `heap` (empty) until the first element is constructed in `one`; a
  /// second element (or reserve()) moves the list to `heap`.
  union Store {
    Store() : heap{nullptr, 0} {}
    T one;
    Heap heap;
  };

  size_t capacity() const { return on_heap_ ? store_.heap.capacity : 1; }
  /// A block for `capacity` elements; throws std::length_error past 2^32 - 1
  /// (or past what a size_t can count in bytes).
  static T* Allocate(size_t capacity);
  /// Moves the elements to a heap block of `capacity` (>= size_).
  void Grow(size_t capacity);
  /// Empties the list and frees its block.
  void Free();

  Store store_;
  uint32_t size_ = 0;
  bool on_heap_ = false;
};

template <typename T>
InlineList<T>& InlineList<T>::operator=(const InlineList& other) {
  if (this == &other) return *this;
  if (other.size_ > capacity()) {
    // Allocated before anything is freed: if it throws, *this is unchanged.
    T* block = Allocate(other.size_);
    if (on_heap_) ::operator delete(store_.heap.data);
    store_.heap = {block, other.size_};
    on_heap_ = true;
  }
  if (on_heap_) {
    std::memcpy(static_cast<void*>(store_.heap.data), other.data(), other.size_ * sizeof(T));
  } else if (other.size_ == 1) {
    ::new (static_cast<void*>(&store_.one)) T(other.front());
  }
  size_ = other.size_;
  return *this;
}

template <typename T>
InlineList<T>& InlineList<T>::operator=(InlineList&& other) noexcept {
  if (this == &other) return *this;
  Free();
  store_ = other.store_;
  size_ = std::exchange(other.size_, 0);
  on_heap_ = std::exchange(other.on_heap_, false);
  other.store_.heap = {nullptr, 0};
  return *this;
}

template <typename T>
void InlineList<T>::Free() {
  if (on_heap_) ::operator delete(store_.heap.data);
  store_.heap = {nullptr, 0};
  size_ = 0;
  on_heap_ = false;
}

template <typename T>
T* InlineList<T>::Allocate(size_t capacity) {
  // The count is kept in 32 bits, and the bytes must fit in a size_t.
  if (capacity > std::min<size_t>(std::numeric_limits<uint32_t>::max(),
                                  std::numeric_limits<size_t>::max() / sizeof(T))) {
    throw std::length_error("a list of more than 2^32 - 1 elements");
  }
  return static_cast<T*>(::operator new(capacity * sizeof(T)));
}

template <typename T>
void InlineList<T>::Grow(size_t capacity) {
  T* block = Allocate(capacity);
  if (size_ > 0) std::memcpy(static_cast<void*>(block), data(), size_ * sizeof(T));
  if (on_heap_) ::operator delete(store_.heap.data);
  store_.heap = {block, static_cast<uint32_t>(capacity)};
  on_heap_ = true;
}

template <typename T>
T* InlineList<T>::insert(const T* at, const T& value) {
  const size_t i = static_cast<size_t>(at - data());
  const T copy = value;  // `value` may be one of ours, which Grow() frees
  if (!on_heap_ && size_ == 0) {
    ::new (static_cast<void*>(&store_.one)) T(copy);  // `one` begins its lifetime
    size_ = 1;
    return &store_.one;
  }
  if (size_ == capacity()) {
    // By half (in size_t: a list near 2^32 fails in Allocate() instead of
    // wrapping around).
    Grow(std::max<size_t>(2, size_t{size_} + size_ / 2));
  }
  T* elements = store_.heap.data;
  std::memmove(static_cast<void*>(elements + i + 1), elements + i, (size_ - i) * sizeof(T));
  elements[i] = copy;
  ++size_;
  return elements + i;
}

template <typename T>
T* InlineList<T>::erase(const T* at) {
  const size_t i = static_cast<size_t>(at - data());
  T* elements = data();
  std::memmove(static_cast<void*>(elements + i), elements + i + 1, (size_ - i - 1) * sizeof(T));
  --size_;
  return elements + i;
}

}  // namespace newsgraph

#endif  // NEWSGRAPH_GRAPH_INLINE_LIST_H_
