// Writing an output file so that readers see the old file or the whole new
// one, never a half-written file.
//
// AtomicFile creates "<target>.tmp.XXXXXX" next to the target (same folder,
// so rename() is atomic), the caller writes to stream() or lets SQLite fill
// temp_path(), and Commit() flushes, checks every step (a full disk shows up
// at write, flush, fsync or close), fsyncs and renames over the target. If
// Commit() is never reached (an exception, an early return) the destructor
// deletes the temporary file and the target is untouched.
//
// A writer killed outright (kill -9, power loss) cannot delete its temporary
// file, but the target is still never broken. The writer holds an flock() on
// its temporary file until it is renamed or removed, so the next AtomicFile
// for the same target deletes every "<target>.tmp.XXXXXX" no live process
// holds (RemoveStaleTemps in atomic_file.cc): leftovers live only until the
// next write of that file.
//
// Only for paths: "-" (stdout) is the caller's business.
#ifndef NEWSGRAPH_EXPORTERS_ATOMIC_FILE_H_
#define NEWSGRAPH_EXPORTERS_ATOMIC_FILE_H_

#include <functional>
#include <memory>
#include <ostream>
#include <string>

namespace newsgraph {

class FdStreamBuf;

class AtomicFile {
 public:
  /// Creates the temporary file next to `target`. Throws std::runtime_error
  /// "cannot write '<target>': <reason>" if it cannot be created.
  explicit AtomicFile(std::string target);
  /// Deletes the temporary file unless Commit() succeeded. Never throws.
  ~AtomicFile();

  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  /// The stream that writes into the temporary file (binary, buffered).
  /// Owned by this object; valid until it is destroyed.
  std::ostream& stream();

  /// The temporary file's path, for writers that open files by name (SQLite).
  /// Such a writer must have closed the file before Commit().
  const std::string& temp_path() const { return temp_path_; }
  /// The path given to the constructor.
  const std::string& target() const { return target_; }

  /// For a writer filling temp_path() itself: has the kernel write back
  /// what the file holds so far and drops all but its last few MiB from
  /// the page cache, as stream() does as it goes (see WriteBehind in
  /// atomic_file.cc). Call now and then while the writer works.
  void ReleaseWritten() noexcept;

  /// Flushes, fsyncs and closes the temporary file, then renames it over the
  /// target. Throws std::runtime_error "cannot write '<target>': <reason>"
  /// on any failure (the temporary file is then removed by the destructor
  /// and an existing target is left as it was). Call at most once.
  void Commit();

 private:
  void Fail(const std::string& reason) const;
  void RemoveTemp() noexcept;

  std::string target_;
  std::string temp_path_;
  int fd_ = -1;
  int lock_fd_ = -1;  ///< dup of fd_ holding the flock until rename or removal
  std::unique_ptr<FdStreamBuf> buffer_;
  std::unique_ptr<std::ostream> stream_;
  bool committed_ = false;
};

/// Writes the file `path` through an AtomicFile: `write` fills its stream,
/// then Commit(). How `build -o` and `extract -o` write a text file.
void WriteAtomically(const std::string& path, const std::function<void(std::ostream&)>& write);

}  // namespace newsgraph

#endif  // NEWSGRAPH_EXPORTERS_ATOMIC_FILE_H_
