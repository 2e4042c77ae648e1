// Runs the newsgraph binary (or any shell command) and captures its output.
#ifndef NEWSGRAPH_TESTS_CLI_RUN_COMMAND_H_
#define NEWSGRAPH_TESTS_CLI_RUN_COMMAND_H_

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace newsgraph::cli_testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void WriteAll(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

/// A fresh temporary folder, removed when the object goes away.
class TempDir {
 public:
  TempDir() {
    char tmpl[] = "/tmp/newsgraph-test-XXXXXX";
    path_ = mkdtemp(tmpl);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  std::string operator/(const std::string& name) const { return path_ + "/" + name; }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

/// Runs `command` through /bin/sh; stdout and stderr are captured.
inline CommandResult RunShell(const std::string& command) {
  TempDir tmp;
  std::string full = command + " >" + (tmp / "out") + " 2>" + (tmp / "err");
  int status = std::system(full.c_str());
  CommandResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = ReadAll(tmp / "out");
  r.err = ReadAll(tmp / "err");
  return r;
}

/// The newsgraph binary under test, quoted for the shell.
inline std::string Binary() { return std::string("'") + NEWSGRAPH_BINARY + "'"; }
inline std::string SourceDir() { return NEWSGRAPH_SOURCE_DIR; }
inline std::string SharedDir() { return NEWSGRAPH_SHARED_DIR; }

/// The Debian interpreter that has NetworkX (the first python3 on PATH may not).
inline std::string Python() {
  return access("/usr/bin/python3", X_OK) == 0 ? "/usr/bin/python3" : "python3";
}

}  // namespace newsgraph::cli_testing

#endif  // NEWSGRAPH_TESTS_CLI_RUN_COMMAND_H_
