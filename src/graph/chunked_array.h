// An array that grows a large chunk at a time: the graph store's entities
// and facts.
//
// Like std::deque, it never moves an element once added (a vector of a
// million facts doubling would copy them all), and popping from the front
// frees memory as it goes (Finalize() moves every fact to a new array).
// Unlike std::deque, whose blocks are 512 bytes (8 facts), a chunk holds
// kChunk elements. A build allocates and frees the temporaries of each
// document's extraction around the graph's long-lived blocks; with 150,000
// small blocks placed in the holes those temporaries left, the free memory
// malloc hands out was scattered over the whole heap, and malloc itself
// took 3.4% of the 1 GB benchmark build against 0.7% of the 10 MB one
// (README.md, "Performance").
#ifndef NEWSGRAPH_GRAPH_CHUNKED_ARRAY_H_
#define NEWSGRAPH_GRAPH_CHUNKED_ARRAY_H_

#include <cstddef>
#include <iterator>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

namespace newsgraph {

template <typename T>
class ChunkedArray {
  static_assert(alignof(T) <= __STDCPP_DEFAULT_NEW_ALIGNMENT__,
                "ChunkedArray allocates with plain operator new");

 public:
  /// Elements per chunk: 256 KiB of 64-byte facts.
  static constexpr size_t kChunk = 4096;

  /// A forward iterator (what range-for and Boost.Graph's CSR constructor
  /// need); kConst makes it a const_iterator.
  template <bool kConst>
  class Iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    using pointer = std::conditional_t<kConst, const T*, T*>;
    using reference = std::conditional_t<kConst, const T&, T&>;

    Iterator() = default;
    reference operator*() const { return *at_; }
    pointer operator->() const { return at_; }
    Iterator& operator++() {
      ++index_;
      if (++at_ == chunk_end_ && index_ < array_->end_) Enter();
      return *this;
    }
    Iterator operator++(int) {
      Iterator before = *this;
      ++*this;
      return before;
    }
    friend bool operator==(const Iterator& a, const Iterator& b) { return a.index_ == b.index_; }
    friend bool operator!=(const Iterator& a, const Iterator& b) { return a.index_ != b.index_; }

   private:
    friend class ChunkedArray;
    using Array = std::conditional_t<kConst, const ChunkedArray, ChunkedArray>;
    Iterator(Array* array, size_t index) : array_(array), index_(index) {
      if (index_ < array_->end_) Enter();
    }
    /// Points at_ at index_, at the start of a chunk or anywhere in one.
    void Enter() {
      T* chunk = array_->chunks_[index_ / kChunk];
      at_ = chunk + index_ % kChunk;
      chunk_end_ = chunk + kChunk;
    }

    Array* array_ = nullptr;
    size_t index_ = 0;  ///< as ChunkedArray::begin_ counts
    pointer at_ = nullptr;
    pointer chunk_end_ = nullptr;
  };
  using iterator = Iterator<false>;
  using const_iterator = Iterator<true>;

  ChunkedArray() = default;
  /// A moved-from array is empty.
  ChunkedArray(ChunkedArray&& other) noexcept { *this = std::move(other); }
  ChunkedArray& operator=(ChunkedArray&& other) noexcept {
    if (this != &other) {
      clear();
      chunks_ = std::exchange(other.chunks_, {});
      begin_ = std::exchange(other.begin_, 0);
      end_ = std::exchange(other.end_, 0);
    }
    return *this;
  }
  ChunkedArray(const ChunkedArray&) = delete;
  ChunkedArray& operator=(const ChunkedArray&) = delete;
  ~ChunkedArray() { clear(); }

  size_t size() const { return end_ - begin_; }
  bool empty() const { return end_ == begin_; }
  T& operator[](size_t i) { return At(begin_ + i); }
  const T& operator[](size_t i) const { return At(begin_ + i); }
  T& front() { return At(begin_); }
  const T& front() const { return At(begin_); }

  iterator begin() { return iterator(this, begin_); }
  iterator end() { return iterator(this, end_); }
  const_iterator begin() const { return const_iterator(this, begin_); }
  const_iterator end() const { return const_iterator(this, end_); }

  void push_back(T value) {
    if (end_ == chunks_.size() * kChunk) {
      // Room in chunks_ first, so that a failure leaks no chunk.
      chunks_.reserve(chunks_.size() + 1);
      chunks_.push_back(static_cast<T*>(::operator new(kChunk * sizeof(T))));
    }
    ::new (static_cast<void*>(&At(end_))) T(std::move(value));
    ++end_;
  }

  /// Destroys the first element; its chunk is freed with the chunk's last one.
  void pop_front() {
    At(begin_).~T();
    ++begin_;
    if (begin_ == end_) {
      FreeAll();  // the next push_back starts a first chunk
    } else if (begin_ % kChunk == 0) {
      FreeChunk(begin_ / kChunk - 1);
    }
  }

  void clear() {
    while (!empty()) pop_front();
    FreeAll();  // a chunk push_back allocated for an element whose move threw
  }

 private:
  T& At(size_t index) const { return chunks_[index / kChunk][index % kChunk]; }
  void FreeChunk(size_t c) {
    ::operator delete(chunks_[c]);
    chunks_[c] = nullptr;
  }
  /// Frees every chunk left (the array holds no element) and starts over.
  void FreeAll() {
    for (T* chunk : chunks_) ::operator delete(chunk);
    chunks_.clear();
    begin_ = end_ = 0;
  }

  /// Element i lives at index begin_ + i: chunks_[index / kChunk], slot
  /// index % kChunk. Chunks before begin_'s are freed (null); every chunk
  /// from begin_'s on is allocated.
  std::vector<T*> chunks_;
  size_t begin_ = 0;
  size_t end_ = 0;
};

}  // namespace newsgraph

#endif  // NEWSGRAPH_GRAPH_CHUNKED_ARRAY_H_
