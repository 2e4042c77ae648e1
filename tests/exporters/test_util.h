// Helpers shared by the exporter tests: temporary folders, running the real
// reader programs, reading files back. Header-only: the test build compiles
// only *_test.cc files.
#ifndef NEWSGRAPH_TESTS_EXPORTERS_TEST_UTIL_H_
#define NEWSGRAPH_TESTS_EXPORTERS_TEST_UTIL_H_

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace newsgraph {
namespace testing_util {

/// A fresh folder under $TMPDIR (or /tmp), removed with its files at scope end.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  /// path() + "/" + name
  std::string File(const std::string& name) const { return path_ + "/" + name; }
  /// Names of the entries in the folder, sorted.
  std::vector<std::string> List() const;

 private:
  std::string path_;
};

/// What a program printed and how it ended.
struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

/// Runs `argv` (argv[0] looked up in PATH unless it has a slash) with
/// stdin from /dev/null; captures stdout and stderr.
RunResult RunProgram(const std::vector<std::string>& argv);

/// True if `program` is in PATH (or is an executable path).
bool HaveProgram(const std::string& program);

/// Whole file contents; "" if it cannot be read.
std::string ReadFile(const std::string& path);
/// Writes `contents` to `path` (plain ofstream), for setting up old files.
void WriteFile(const std::string& path, const std::string& contents);
bool FileExists(const std::string& path);

/// Runs `child` in a forked process, for what the test process itself must
/// not do (lower its file size limit, filter its system calls), and returns
/// the text `child` returned, passed back through the file `message_file`
/// (written with the file size limit lifted again); "child failed" if the
/// child did not finish.
std::string InChild(const std::string& message_file, const std::function<std::string()>& child);
/// The message of the std::runtime_error `write` throws, or "no exception".
std::string ErrorOf(const std::function<void()>& write);
/// For a child of InChild(): a full disk after `bytes` (writes past it fail
/// with EFBIG instead of killing the process). A soft limit, which InChild()
/// lifts again to pass its message back.
void LimitFileSize(rlim_t bytes);

namespace internal {

inline std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace internal

inline TempDir::TempDir() {
  const char* base = std::getenv("TMPDIR");
  std::string pattern = std::string(base && *base ? base : "/tmp") + "/newsgraph_test.XXXXXX";
  if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
}

inline TempDir::~TempDir() {
  for (const std::string& name : List()) ::unlink(File(name).c_str());
  ::rmdir(path_.c_str());
}

inline std::vector<std::string> TempDir::List() const {
  std::vector<std::string> names;
  if (DIR* dir = ::opendir(path_.c_str())) {
    while (dirent* entry = ::readdir(dir)) {
      std::string name = entry->d_name;
      if (name != "." && name != "..") names.push_back(name);
    }
    ::closedir(dir);
  }
  std::sort(names.begin(), names.end());
  return names;
}

inline RunResult RunProgram(const std::vector<std::string>& argv) {
  RunResult result;
  char out_path[] = "/tmp/newsgraph_run_out.XXXXXX";
  char err_path[] = "/tmp/newsgraph_run_err.XXXXXX";
  int out_fd = ::mkstemp(out_path);
  int err_fd = ::mkstemp(err_path);
  pid_t pid = ::fork();
  if (pid == 0) {
    int null_fd = ::open("/dev/null", O_RDONLY);
    ::dup2(null_fd, 0);
    ::dup2(out_fd, 1);
    ::dup2(err_fd, 2);
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    ::execvp(args[0], args.data());
    ::_exit(127);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  ::close(out_fd);
  ::close(err_fd);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = internal::Slurp(out_path);
  result.err = internal::Slurp(err_path);
  ::unlink(out_path);
  ::unlink(err_path);
  return result;
}

inline bool HaveProgram(const std::string& program) {
  if (program.find('/') != std::string::npos) return ::access(program.c_str(), X_OK) == 0;
  const char* path = std::getenv("PATH");
  std::istringstream dirs(path ? path : "/usr/bin:/bin");
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    if (!dir.empty() && ::access((dir + "/" + program).c_str(), X_OK) == 0) return true;
  }
  return false;
}

inline std::string ReadFile(const std::string& path) { return internal::Slurp(path); }

inline void WriteFile(const std::string& path, const std::string& contents) {
  std::ofstream out(path, std::ios::binary);
  out << contents;
}

inline bool FileExists(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0;
}

inline std::string InChild(const std::string& message_file,
                           const std::function<std::string()>& child) {
  const pid_t pid = ::fork();
  if (pid < 0) return "child failed";
  if (pid == 0) {
    const std::string message = child();
    struct rlimit unlimited = {RLIM_INFINITY, RLIM_INFINITY};
    ::setrlimit(RLIMIT_FSIZE, &unlimited);
    WriteFile(message_file, message);
    ::_exit(0);
  }
  int status = 0;
  if (::waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    return "child failed";
  }
  return ReadFile(message_file);
}

inline void LimitFileSize(rlim_t bytes) {
  ::signal(SIGXFSZ, SIG_IGN);
  struct rlimit limit = {bytes, RLIM_INFINITY};
  ::setrlimit(RLIMIT_FSIZE, &limit);
}

inline std::string ErrorOf(const std::function<void()>& write) {
  try {
    write();
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "no exception";
}

}  // namespace testing_util
}  // namespace newsgraph

#endif  // NEWSGRAPH_TESTS_EXPORTERS_TEST_UTIL_H_
