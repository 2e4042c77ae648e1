// A view of consecutive elements of an array owned elsewhere: the tokens,
// mentions and mention index of one sentence, which live in one array per
// document (see analysis.h) so a sentence costs no allocations of its own.
//
// Constness carries over: through a const Span the elements are const, so
// a `const SentenceInfo&` gives read-only tokens as a `const std::vector`
// did. Indexing checks no bounds, except in sanitizer builds
// (NEWSGRAPH_CHECKED_SPANS): a read one past a sentence lands on the next
// sentence's token, inside the document's array, where AddressSanitizer
// cannot see it.
#ifndef NEWSGRAPH_EXTRACT_SPAN_H_
#define NEWSGRAPH_EXTRACT_SPAN_H_

#include <cstddef>
#include <iterator>

namespace newsgraph {

template <typename T>
class Span {
 public:
  Span() = default;
  Span(T* data, size_t size) : data_(data), size_(size) {}

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

  T& operator[](size_t i) {
    Check(i);
    return data_[i];
  }
  const T& operator[](size_t i) const {
    Check(i);
    return data_[i];
  }
  T& front() { return (*this)[0]; }
  const T& front() const { return (*this)[0]; }
  T& back() { return (*this)[size_ - 1]; }
  const T& back() const { return (*this)[size_ - 1]; }

  T* begin() { return data_; }
  T* end() { return data_ + size_; }
  const T* begin() const { return data_; }
  const T* end() const { return data_ + size_; }
  std::reverse_iterator<const T*> rbegin() const { return std::reverse_iterator<const T*>(end()); }
  std::reverse_iterator<const T*> rend() const { return std::reverse_iterator<const T*>(begin()); }

  T* data() { return data_; }
  const T* data() const { return data_; }

 private:
  void Check([[maybe_unused]] size_t i) const {
#ifdef NEWSGRAPH_CHECKED_SPANS
    if (i >= size_) __builtin_trap();
#endif
  }

  T* data_ = nullptr;
  size_t size_ = 0;
};

}  // namespace newsgraph

#endif  // NEWSGRAPH_EXTRACT_SPAN_H_
