// Documents and the inputs they come from.
//
// An input is a .txt file, a folder (every .txt below it, in sorted order),
// "-" for standard input, or a .jsonl file holding one document a line:
// {"id": ..., "text": ..., "date": ...}. Documents are handed to a callback
// one at a time, so a corpus is never held in memory all at once.
#ifndef NEWSGRAPH_TEXT_DOCUMENT_H_
#define NEWSGRAPH_TEXT_DOCUMENT_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace newsgraph {

struct Document {
  std::string id;      ///< file name without folders, or the JSONL id
  std::string date;    ///< ISO date if the input gave one
  std::string source;  ///< where it was read from ("a/b.txt", "x.jsonl:12", "stdin")
  std::string text;    ///< valid UTF-8 with LF line ends (see utf8.h)
  size_t repaired = 0; ///< invalid UTF-8 sequences replaced by U+FFFD
};

/// What happened to the inputs of one run.
struct ReadStats {
  size_t documents = 0;  ///< handed to the callback
  size_t skipped = 0;    ///< refused (binary, unreadable, broken JSONL line)
  std::vector<std::string> skip_reasons;  ///< one line each, naming the source
};

/// Largest document accepted (bytes); larger ones are skipped with a warning.
constexpr size_t kMaxDocumentBytes = size_t{256} << 20;

/// Checks that every input exists and is readable before any work starts.
/// Throws std::runtime_error naming the first bad path.
void CheckInputs(const std::vector<std::string>& inputs);

/// Reads all inputs in order and calls `sink` with each document. A document
/// that cannot be read is skipped, counted and reported through `warn` (one
/// line naming the source); the batch goes on. Throws only if an input
/// disappears between CheckInputs and reading it. Exceptions thrown by
/// `sink` propagate.
ReadStats ReadInputs(const std::vector<std::string>& inputs,
                     const std::function<void(Document&&)>& sink,
                     const std::function<void(const std::string&)>& warn);

/// 64-bit FNV-1a of the text, as 16 hex digits (the document's identity for
/// incremental builds).
std::string ContentHash(const std::string& text);

}  // namespace newsgraph

#endif  // NEWSGRAPH_TEXT_DOCUMENT_H_
