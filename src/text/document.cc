#include "text/document.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <stdexcept>

#include "text/date.h"
#include "text/jsonl_line.h"
#include "text/utf8.h"

namespace newsgraph {
namespace fs = std::filesystem;

namespace {

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(),
                                                suffix.data(), suffix.size()) == 0;
}

std::string BaseName(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// Reads a whole file; returns false with `error` set (strerror) on failure.
bool Slurp(const std::string& path, std::string& out, std::string& error) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    error = std::strerror(errno);
    return false;
  }
  out.clear();
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    out.append(buf, n);
    if (out.size() > kMaxDocumentBytes) {
      std::fclose(f);
      error = "larger than " + std::to_string(kMaxDocumentBytes >> 20) + " MiB";
      return false;
    }
  }
  bool failed = std::ferror(f);
  if (failed) error = std::strerror(errno);
  std::fclose(f);
  return !failed;
}

// Asks the kernel to read a file ahead of a sequential reader, in large
// asynchronous requests. The default readahead (128 KiB at a time) leaves a
// reader of a large corpus on a high-latency disk waiting: on the
// benchmark's virtual disk it reads ~95 MB/s, against ~650 MB/s in 4 MiB
// requests. Advice only: any failure leaves reading as it was.
class ReadAhead {
 public:
  explicit ReadAhead(const std::string& path) : fd_(::open(path.c_str(), O_RDONLY | O_CLOEXEC)) {}
  ~ReadAhead() {
    if (fd_ >= 0) ::close(fd_);
  }
  ReadAhead(const ReadAhead&) = delete;
  ReadAhead& operator=(const ReadAhead&) = delete;

  /// The reader has consumed `bytes` more.
  void Consumed(size_t bytes) {
    read_ += bytes;
    if (fd_ < 0 || read_ + kWindow / 2 < advised_) return;
    ::posix_fadvise(fd_, static_cast<off_t>(advised_), kWindow, POSIX_FADV_WILLNEED);
    advised_ += kWindow;
  }

 private:
  static constexpr size_t kWindow = 16 << 20;
  int fd_;
  size_t read_ = 0;
  size_t advised_ = 0;
};

class Reader {
 public:
  Reader(const std::function<void(Document&&)>& sink,
         const std::function<void(const std::string&)>& warn)
      : sink_(sink), warn_(warn) {}

  void Skip(const std::string& source, const std::string& why) {
    ++stats_.skipped;
    std::string line = "skipped '" + source + "': " + why;
    stats_.skip_reasons.push_back(line);
    warn_(line);
  }

  // Sanitises and hands on one document.
  void Emit(std::string id, std::string date, std::string source, std::string_view bytes) {
    Hand(std::move(id), std::move(date), std::move(source), SanitizeText(bytes));
  }
  void Emit(std::string id, std::string date, std::string source, std::string&& bytes) {
    Hand(std::move(id), std::move(date), std::move(source), SanitizeOwned(std::move(bytes)));
  }

  void Hand(std::string id, std::string date, std::string source, SanitizeResult clean) {
    if (!clean.refused.empty()) {
      Skip(source, clean.refused);
      return;
    }
    if (clean.text.find_first_not_of(" \t\n") == std::string::npos) {
      Skip(source, clean.text.empty() ? "empty document" : "document holds only whitespace");
      return;
    }
    if (clean.repaired > 0) {
      warn_("'" + source + "': replaced " + std::to_string(clean.repaired) +
            " invalid UTF-8 sequence(s) with U+FFFD");
    }
    Document doc;
    doc.id = std::move(id);
    doc.source = std::move(source);
    doc.text = std::move(clean.text);
    // The input's own date wins; else the date line at the head of the text.
    doc.date = date.empty() ? FindDocumentDate(doc.text) : std::move(date);
    doc.repaired = clean.repaired;
    ++stats_.documents;
    sink_(std::move(doc));
  }

  void ReadTextFile(const std::string& path) {
    std::string bytes, error;
    if (!Slurp(path, bytes, error)) {
      Skip(path, error);
      return;
    }
    Emit(BaseName(path), "", path, std::move(bytes));
  }

  void ReadStream(std::istream& in, const std::string& name) {
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    Emit(name, "", name, std::move(bytes));
  }

  void ReadJsonl(std::istream& in, const std::string& path) {
    ReadAhead ahead(path);
    std::string line;
    JsonlFields fields;
    std::string error;
    size_t number = 0;
    ahead.Consumed(0);
    while (std::getline(in, line)) {
      ++number;
      ahead.Consumed(line.size() + 1);
      std::string where = path + ":" + std::to_string(number);
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      if (!ReadJsonlLine(line, fields, error)) {
        Skip(where, error);
        continue;
      }
      if (!fields.has_text) {
        Skip(where, "no \"text\" string");
        continue;
      }
      std::string id = !fields.id.empty() ? std::move(fields.id)
                                          : BaseName(path) + ":" + std::to_string(number);
      Emit(std::move(id), std::move(fields.date), where, std::move(fields.text));
    }
    if (in.bad()) Skip(path, "read error");
  }

  void ReadPath(const std::string& path) {
    if (path == "-") {
      ReadStream(std::cin, "stdin");
      return;
    }
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      std::vector<std::string> files;
      fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec),
          end;
      for (; !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file(ec) && EndsWith(it->path().string(), ".txt")) {
          files.push_back(it->path().string());
        }
      }
      if (ec) warn_("'" + path + "': " + ec.message() + " (some files may be missing)");
      if (files.empty()) Skip(path, "no .txt file in this folder");
      std::sort(files.begin(), files.end());
      for (const auto& f : files) ReadTextFile(f);
      return;
    }
    if (EndsWith(path, ".jsonl")) {
      // Read a mebibyte at a time: the stream's own 8 KiB buffer made a
      // read() call per 8 KiB, over a thousand for 10 MB.
      constexpr size_t kBufferSize = size_t{1} << 20;
      std::unique_ptr<char[]> buffer(new char[kBufferSize]);  // not zeroed: the stream fills it
      std::ifstream in;
      in.rdbuf()->pubsetbuf(buffer.get(), static_cast<std::streamsize>(kBufferSize));
      in.open(path, std::ios::binary);
      if (!in) {
        Skip(path, std::strerror(errno));
        return;
      }
      ReadJsonl(in, path);
      return;
    }
    ReadTextFile(path);
  }

  ReadStats stats() const { return stats_; }

 private:
  const std::function<void(Document&&)>& sink_;
  const std::function<void(const std::string&)>& warn_;
  ReadStats stats_;
};

}  // namespace

void CheckInputs(const std::vector<std::string>& inputs) {
  for (const std::string& path : inputs) {
    if (path == "-") continue;
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) {
      throw std::runtime_error("cannot read '" + path + "': " + std::strerror(errno));
    }
    if (S_ISDIR(st.st_mode)) continue;
    if (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode) && !S_ISCHR(st.st_mode)) {
      throw std::runtime_error("cannot read '" + path + "': not a file or folder");
    }
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) throw std::runtime_error("cannot read '" + path + "': " + std::strerror(errno));
    std::fclose(f);
  }
}

ReadStats ReadInputs(const std::vector<std::string>& inputs,
                     const std::function<void(Document&&)>& sink,
                     const std::function<void(const std::string&)>& warn) {
  Reader reader(sink, warn);
  for (const std::string& path : inputs) reader.ReadPath(path);
  return reader.stats();
}

std::string ContentHash(const std::string& text) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace newsgraph
