// Text output collected in a string and handed to a std::ostream in large
// pieces.
//
// An exporter writes a few dozen fields per node and edge; going through
// std::ostream for each (sentry, locale, virtual xsputn) cost more than
// the escaping itself on a graph of a million edges. Numbers are written
// with std::to_chars, so no locale can change them.
#ifndef NEWSGRAPH_EXPORTERS_OUTPUT_BUFFER_H_
#define NEWSGRAPH_EXPORTERS_OUTPUT_BUFFER_H_

#include <charconv>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>

namespace newsgraph {
namespace exporters {

class OutputBuffer {
 public:
  /// `out` must outlive the buffer. Whatever is still buffered is written
  /// by Flush() or the destructor; write errors show in `out`'s state.
  explicit OutputBuffer(std::ostream& out) : out_(out) { text_.reserve(kFlushAt + kFlushAt / 4); }
  ~OutputBuffer() { Flush(); }
  OutputBuffer(const OutputBuffer&) = delete;
  OutputBuffer& operator=(const OutputBuffer&) = delete;

  OutputBuffer& operator<<(std::string_view s) {
    text_.append(s);
    if (text_.size() >= kFlushAt) Flush();
    return *this;
  }
  OutputBuffer& operator<<(char c) {
    text_.push_back(c);
    return *this;
  }
  template <typename Int,
            std::enable_if_t<std::is_integral_v<Int> && !std::is_same_v<Int, char> &&
                                 !std::is_same_v<Int, bool>,
                             int> = 0>
  OutputBuffer& operator<<(Int value) {
    char digits[24];
    auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    return *this << std::string_view(digits, static_cast<size_t>(end - digits));
  }

  /// The pending text, for functions that append to a std::string.
  std::string& text() { return text_; }

  void Flush() {
    out_.write(text_.data(), static_cast<std::streamsize>(text_.size()));
    text_.clear();
  }

 private:
  static constexpr size_t kFlushAt = 64 * 1024;

  std::ostream& out_;
  std::string text_;
};

}  // namespace exporters
}  // namespace newsgraph

#endif  // NEWSGRAPH_EXPORTERS_OUTPUT_BUFFER_H_
