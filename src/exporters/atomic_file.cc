#include "exporters/atomic_file.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <streambuf>
#include <vector>

namespace newsgraph {

// Keeps a file being written from filling the page cache. Left alone, the
// kernel writes nothing back until Commit()'s fsync, which then waits for
// the whole file (7 ms for extract's 7 MB here, 4% of the run), and every
// page of the file stays cached. Advance() asks for the writeback of each
// finished mebibyte as the file grows, and once the file is kKeptBehind
// past a mebibyte, waits for it (normally long written) and drops the
// file's pages below it from the page cache. A large output then recycles
// a few mebibytes of page cache instead of claiming new memory for every
// page: fresh memory is what a VM whose host takes freed memory back
// charges most for (4-10 s per GB on first touch here, see README.md,
// "Performance"). The drop covers the whole prefix, so pages a writer
// rewrites or reads back below it (SQLite) go too once clean.
//
// The waiting call reports a failed writeback, and reports it only once per
// open file: the fsync in Commit() would then find nothing wrong, so
// Advance() returns the error for the caller to keep. The rest are hints.
class WriteBehind {
 public:
  /// `size`: how far the file has been written. Returns 0, or the errno of
  /// a writeback that failed.
  int Advance(int fd, size_t size) {
#if defined(__linux__)
    constexpr size_t kChunk = size_t{1} << 20;
    constexpr size_t kKeptBehind = size_t{8} << 20;
    if (size < started_ + kChunk) return 0;
    const size_t end = size & ~(kChunk - 1);
    ::sync_file_range(fd, static_cast<off_t>(started_), static_cast<off_t>(end - started_),
                      SYNC_FILE_RANGE_WRITE);
    started_ = end;
    if (started_ < dropped_ + kKeptBehind + kChunk) return 0;
    const size_t drop_end = started_ - kKeptBehind;
    if (::sync_file_range(fd, static_cast<off_t>(dropped_),
                          static_cast<off_t>(drop_end - dropped_),
                          SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE |
                              SYNC_FILE_RANGE_WAIT_AFTER) != 0 &&
        errno != EINVAL && errno != ESPIPE && errno != ENOSYS) {
      return errno;  // EINVAL, ESPIPE, ENOSYS: not supported here
    }
    ::posix_fadvise(fd, 0, static_cast<off_t>(drop_end), POSIX_FADV_DONTNEED);
    dropped_ = drop_end;
#else
    (void)fd;
    (void)size;
#endif
    return 0;
  }

 private:
  size_t started_ = 0;  ///< writeback asked for below here
  size_t dropped_ = 0;  ///< dropped from the page cache below here
};

// A write-only streambuf over a file descriptor that remembers the errno of
// the first failed write, so the error message can say why ("No space left
// on device") instead of just "failed".
class FdStreamBuf : public std::streambuf {
 public:
  explicit FdStreamBuf(int fd) : fd_(fd), buffer_(1 << 16) {
    setp(buffer_.data(), buffer_.data() + buffer_.size());
  }

  /// errno of the first failed write, 0 if none.
  int error() const { return error_; }

  /// WriteBehind for a file another writer fills (SQLite): as far as it is
  /// long. A failed writeback becomes error().
  void ReleaseWritten() {
    struct stat st;
    if (::fstat(fd_, &st) != 0) return;
    const int failed = write_behind_.Advance(fd_, static_cast<size_t>(st.st_size));
    if (failed != 0 && error_ == 0) error_ = failed;
  }

 protected:
  int_type overflow(int_type ch) override {
    if (!Drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(ch, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(ch);
      pbump(1);
    }
    return traits_type::not_eof(ch);
  }

  std::streamsize xsputn(const char* data, std::streamsize n) override {
    // Large blocks skip the buffer.
    if (n >= static_cast<std::streamsize>(buffer_.size())) {
      if (!Drain() || !WriteAll(data, static_cast<size_t>(n))) return 0;
      return n;
    }
    return std::streambuf::xsputn(data, n);
  }

  int sync() override { return Drain() ? 0 : -1; }

 private:
  bool Drain() {
    const size_t n = static_cast<size_t>(pptr() - pbase());
    const bool ok = WriteAll(pbase(), n);
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    return ok;
  }

  bool WriteAll(const char* data, size_t n) {
    if (error_ != 0) return false;
    while (n > 0) {
      ssize_t written = ::write(fd_, data, n);
      if (written < 0) {
        if (errno == EINTR) continue;
        error_ = errno;
        return false;
      }
      data += written;
      n -= static_cast<size_t>(written);
      size_ += static_cast<size_t>(written);
    }
    if (const int failed = write_behind_.Advance(fd_, size_)) {
      error_ = failed;
      return false;
    }
    return true;
  }

  int fd_;
  std::vector<char> buffer_;
  int error_ = 0;
  size_t size_ = 0;    ///< bytes written
  WriteBehind write_behind_;
};

namespace {

// The process umask without changing it (umask() would race other threads).
mode_t CurrentUmask() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("Umask:", 0) == 0) return static_cast<mode_t>(std::strtoul(line.c_str() + 6, nullptr, 8));
  }
  return 022;
}

std::string Folder(const std::string& path) {
  size_t slash = path.find_last_of('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

// Deletes the "<target>.tmp.XXXXXX" files of writers that died before
// Commit(). A live writer holds flock(LOCK_EX) on its temporary file, so a
// file this process can lock is abandoned; it is unlinked only while locked
// and only if the name still points at the file that was locked. Best
// effort: every failure just leaves the file.
void RemoveStaleTemps(const std::string& target) {
  const std::string folder = Folder(target);
  const size_t slash = target.find_last_of('/');
  const std::string prefix =
      (slash == std::string::npos ? target : target.substr(slash + 1)) + ".tmp.";
  DIR* dir = ::opendir(folder.c_str());
  if (!dir) return;
  while (const dirent* entry = ::readdir(dir)) {
    const std::string name = entry->d_name;
    if (name.size() != prefix.size() + 6 || name.compare(0, prefix.size(), prefix) != 0) continue;
    const std::string path = folder + "/" + name;
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (fd < 0) continue;
    struct stat locked, now;
    if (::fstat(fd, &locked) == 0 && S_ISREG(locked.st_mode) && ::flock(fd, LOCK_EX | LOCK_NB) == 0 &&
        ::lstat(path.c_str(), &now) == 0 && now.st_dev == locked.st_dev &&
        now.st_ino == locked.st_ino) {
      ::unlink(path.c_str());
    }
    ::close(fd);
  }
  ::closedir(dir);
}

}  // namespace

AtomicFile::AtomicFile(std::string target) : target_(std::move(target)) {
  if (target_.empty()) throw std::runtime_error("cannot write '': empty file name");
  // A stale-temp sweep by another process may unlink our file between
  // mkstemp and flock; once we hold the lock, a file that still has a name
  // is ours for good.
  for (int attempt = 0; attempt < 8 && lock_fd_ < 0; ++attempt) {
    std::string pattern = target_ + ".tmp.XXXXXX";
    fd_ = ::mkstemp(pattern.data());
    if (fd_ < 0) Fail(std::strerror(errno));
    int lock = ::fcntl(fd_, F_DUPFD_CLOEXEC, 0);
    struct stat st;
    if (lock >= 0 && ::flock(lock, LOCK_EX) == 0 && ::fstat(lock, &st) == 0 && st.st_nlink > 0) {
      lock_fd_ = lock;
      temp_path_ = std::move(pattern);
      break;
    }
    if (lock >= 0) ::close(lock);
    ::close(fd_);
    fd_ = -1;
  }
  if (lock_fd_ < 0) Fail("cannot lock a temporary file");
  RemoveStaleTemps(target_);
  // mkstemp makes the file 0600; give the result the mode a plain open() would.
  ::fchmod(fd_, static_cast<mode_t>(0666 & ~CurrentUmask()));
  buffer_ = std::make_unique<FdStreamBuf>(fd_);
  stream_ = std::make_unique<std::ostream>(buffer_.get());
}

AtomicFile::~AtomicFile() {
  if (!committed_) RemoveTemp();
}

std::ostream& AtomicFile::stream() { return *stream_; }

void AtomicFile::ReleaseWritten() noexcept {
  if (fd_ >= 0) buffer_->ReleaseWritten();
}

void AtomicFile::Fail(const std::string& reason) const {
  throw std::runtime_error("cannot write '" + target_ + "': " + reason);
}

void AtomicFile::RemoveTemp() noexcept {
  if (fd_ >= 0) {
    ::close(fd_);
    fd_ = -1;
  }
  if (temp_path_.empty()) return;
  ::unlink(temp_path_.c_str());
  if (lock_fd_ >= 0) {
    ::close(lock_fd_);
    lock_fd_ = -1;
  }
  // What SQLite may have left if it was interrupted mid-build.
  ::unlink((temp_path_ + "-journal").c_str());
  ::unlink((temp_path_ + "-wal").c_str());
  ::unlink((temp_path_ + "-shm").c_str());
}

void AtomicFile::Commit() {
  if (committed_ || fd_ < 0) Fail("file already committed");
  stream_->flush();
  if (buffer_->error() != 0) Fail(std::strerror(buffer_->error()));
  if (!*stream_) Fail("write failed");
  if (::fsync(fd_) != 0) Fail(std::strerror(errno));
  int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) Fail(std::strerror(errno));
  if (::rename(temp_path_.c_str(), target_.c_str()) != 0) Fail(std::strerror(errno));
  committed_ = true;
  ::close(lock_fd_);
  lock_fd_ = -1;
  // Make the rename itself durable; a failure here loses nothing already
  // visible, so it is not an error.
  int dir = ::open(Folder(target_).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
}

void WriteAtomically(const std::string& path, const std::function<void(std::ostream&)>& write) {
  AtomicFile file(path);
  write(file.stream());
  file.Commit();
}

}  // namespace newsgraph
