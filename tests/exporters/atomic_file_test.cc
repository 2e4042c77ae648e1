#include "exporters/atomic_file.h"

#include <fcntl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/stat.h>
#include <unistd.h>

#include <stdexcept>
#include <string>

#include <gtest/gtest.h>

#include "test_util.h"

namespace newsgraph {
namespace {

using testing_util::ErrorOf;
using testing_util::FileExists;
using testing_util::InChild;
using testing_util::LimitFileSize;
using testing_util::ReadFile;
using testing_util::TempDir;
using testing_util::WriteFile;

TEST(AtomicFileTest, CommitReplacesTargetAndLeavesNoTemp) {
  TempDir dir;
  const std::string target = dir.File("graph.dot");
  WriteFile(target, "old");
  {
    AtomicFile file(target);
    EXPECT_EQ(file.temp_path().rfind(target + ".tmp.", 0), 0u) << file.temp_path();
    file.stream() << "new contents\n";
    EXPECT_EQ(ReadFile(target), "old");
    file.Commit();
  }
  EXPECT_EQ(ReadFile(target), "new contents\n");
  EXPECT_EQ(dir.List(), std::vector<std::string>{"graph.dot"});
}

// Past a few mebibytes the writer drops written-back pages from the page
// cache as it goes: the file must still hold every byte, whether it came
// through the buffer (small writes) or around it (large blocks).
TEST(AtomicFileTest, LargeOutputKeepsEveryByte) {
  TempDir dir;
  const std::string target = dir.File("big.jsonl");
  std::string expected;
  {
    AtomicFile file(target);
    std::string block(200 * 1024, 'x');
    for (int i = 0; expected.size() < (size_t{24} << 20); ++i) {
      std::string line = "{\"line\": " + std::to_string(i) + "}\n";
      file.stream() << line;
      expected += line;
      if (i % 97 == 0) {
        block[static_cast<size_t>(i) % block.size()] = static_cast<char>('a' + i % 26);
        file.stream().write(block.data(), static_cast<std::streamsize>(block.size()));
        expected += block;
      }
    }
    file.Commit();
  }
  EXPECT_TRUE(ReadFile(target) == expected);
  EXPECT_EQ(dir.List(), std::vector<std::string>{"big.jsonl"});
}

constexpr char kNoSeccomp[] = "seccomp filters are not available here";

// In a forked child: makes every sync_file_range() that waits for the
// writeback fail with EIO, as a disk error would (the kernel reports such
// an error once per open file, so the fsync after it would not see it).
// False if this system does not let a process filter its system calls.
bool FailWaitedWriteback() {
  struct sock_filter filter[] = {
      BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
      BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_sync_file_range, 0, 3),
      BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[3])),
      BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, SYNC_FILE_RANGE_WAIT_AFTER, 0, 1),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EIO),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
  };
  struct sock_fprog program = {static_cast<unsigned short>(sizeof(filter) / sizeof(filter[0])),
                               filter};
  return ::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == 0 &&
         ::prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &program) == 0;
}

// A failed writeback seen on the way fails Commit() and keeps the old file,
// for a file written through stream() and for one another writer fills
// (SQLite), released with ReleaseWritten().
TEST(AtomicFileTest, FailedWritebackFailsCommit) {
  for (bool by_name : {false, true}) {
    TempDir dir;
    const std::string target = dir.File("graph.db");
    WriteFile(target, "old");
    const std::string message = InChild(dir.File("message"), [&] {
      if (!FailWaitedWriteback()) return std::string(kNoSeccomp);
      return ErrorOf([&] {
        AtomicFile file(target);
        const std::string block(1 << 20, 'x');
        const int fd = by_name ? ::open(file.temp_path().c_str(), O_WRONLY | O_CLOEXEC) : -1;
        for (int i = 0; i < 24; ++i) {
          if (!by_name) {
            file.stream() << block;
            continue;
          }
          if (::write(fd, block.data(), block.size()) < 0) throw std::runtime_error("test write");
          file.ReleaseWritten();
        }
        if (by_name) ::close(fd);
        file.Commit();
      });
    });
    if (message == kNoSeccomp) GTEST_SKIP() << kNoSeccomp;
    EXPECT_EQ(message, "cannot write '" + target + "': Input/output error")
        << (by_name ? "by name" : "stream");
    EXPECT_TRUE(ReadFile(target) == "old") << "the target was replaced";
    EXPECT_EQ(dir.List(), (std::vector<std::string>{"graph.db", "message"}));
  }
}

TEST(AtomicFileTest, CommittedFileHasUmaskMode) {
  TempDir dir;
  const std::string target = dir.File("x.jsonl");
  mode_t old = ::umask(022);
  {
    AtomicFile file(target);
    file.Commit();
  }
  ::umask(old);
  struct stat st;
  ASSERT_EQ(::stat(target.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0644u);
}

TEST(AtomicFileTest, NoCommitLeavesNoFileAndNoTemp) {
  TempDir dir;
  {
    AtomicFile file(dir.File("out.graphml"));
    file.stream() << "partial";
    EXPECT_TRUE(FileExists(file.temp_path()));
  }
  EXPECT_TRUE(dir.List().empty());
}

TEST(AtomicFileTest, NoCommitKeepsOldFile) {
  TempDir dir;
  const std::string target = dir.File("out.graphml");
  WriteFile(target, "old");
  try {
    AtomicFile file(target);
    file.stream() << "half of a new file";
    throw std::runtime_error("exporter failed");
  } catch (const std::runtime_error&) {
  }
  EXPECT_EQ(ReadFile(target), "old");
  EXPECT_EQ(dir.List(), std::vector<std::string>{"out.graphml"});
}

TEST(AtomicFileTest, MissingFolderNamesTarget) {
  TempDir dir;
  const std::string target = dir.File("no/such/graph.db");
  try {
    AtomicFile file(target);
    FAIL() << "expected an exception";
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()), "cannot write '" + target + "': No such file or directory");
  }
}

TEST(AtomicFileTest, TargetIsFolderFailsAtCommit) {
  TempDir dir;
  const std::string target = dir.File("sub");
  ASSERT_EQ(::mkdir(target.c_str(), 0755), 0);
  try {
    AtomicFile file(target);
    file.stream() << "x";
    file.Commit();
    FAIL() << "expected an exception";
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()), "cannot write '" + target + "': Is a directory");
  }
  EXPECT_EQ(dir.List(), std::vector<std::string>{"sub"});
  ::rmdir(target.c_str());
}

TEST(AtomicFileTest, CommitTwiceThrows) {
  TempDir dir;
  AtomicFile file(dir.File("a"));
  file.Commit();
  EXPECT_THROW(file.Commit(), std::runtime_error);
}

// A full disk, made with a tiny RLIMIT_FSIZE in a forked child: the write
// fails with EFBIG and must surface as an exception naming the target, with
// the old file intact and no temporary file left.
TEST(AtomicFileTest, FullDiskThrowsAndKeepsOldFile) {
  TempDir dir;
  const std::string target = dir.File("graph.jsonl");
  WriteFile(target, "old");
  const std::string message = InChild(dir.File("message"), [&] {
    LimitFileSize(4096);
    return ErrorOf([&] {
      AtomicFile file(target);
      for (int i = 0; i < 10000; ++i) file.stream() << "a line of the graph that is long enough\n";
      file.Commit();
    });
  });
  EXPECT_EQ(message, "cannot write '" + target + "': File too large");
  EXPECT_EQ(ReadFile(target), "old");
  EXPECT_EQ(dir.List(), (std::vector<std::string>{"graph.jsonl", "message"}));
}

// The same with a small final flush: the error must show up at Commit().
TEST(AtomicFileTest, FullDiskOnFinalFlushThrows) {
  TempDir dir;
  const std::string target = dir.File("small.dot");
  const std::string message = InChild(dir.File("message"), [&] {
    LimitFileSize(10);
    return ErrorOf([&] {
      AtomicFile file(target);
      file.stream() << "digraph G { a -> b }\n";
      file.Commit();
    });
  });
  EXPECT_EQ(message, "cannot write '" + target + "': File too large");
  EXPECT_EQ(dir.List(), std::vector<std::string>{"message"});
}

}  // namespace
}  // namespace newsgraph
