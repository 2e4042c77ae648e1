#include "cli/huge_pages.h"

#include <malloc.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

namespace newsgraph {
namespace {

constexpr std::string_view kTunable = "glibc.malloc.hugetlb";

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;  // the sanitizer's allocator ignores glibc's tunables
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

std::string ThpMode() {
  std::ifstream in("/sys/kernel/mm/transparent_hugepage/enabled");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

bool WantsHugePages(uint64_t input_bytes, std::string_view thp_mode, const char* glibc_tunables) {
  if (input_bytes < kHugePagesFromBytes) return false;
  // "[always]": the heap gets huge pages without asking; "[never]": none.
  if (thp_mode.find("[madvise]") == std::string_view::npos) return false;
  return glibc_tunables == nullptr || std::string_view(glibc_tunables).find(kTunable) ==
                                          std::string_view::npos;
}

uint64_t InputBytes(const std::vector<std::string>& inputs) {
  uint64_t total = 0;
  for (const std::string& path : inputs) {
    struct stat st;
    if (path != "-" && ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode)) {
      total += static_cast<uint64_t>(st.st_size);
    }
  }
  return total;
}

void TuneMemoryForBuild(const std::vector<std::string>& command_line, uint64_t input_bytes) {
  // A sanitizer's allocator is its own: neither mallopt nor the tunable reach it.
  if (input_bytes < kHugePagesFromBytes || kSanitized) return;
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
  if (command_line.empty()) return;
  // Under valgrind the restarted program would run outside it.
  const char* preload = std::getenv("LD_PRELOAD");
  if (preload && std::strstr(preload, "vgpreload")) return;
  const char* env = std::getenv("GLIBC_TUNABLES");
  if (!WantsHugePages(input_bytes, ThpMode(), env)) return;
  const std::string old = env ? env : "";
  const char* tunables = env ? old.c_str() : nullptr;
  std::string value = std::string(kTunable) + "=1";
  if (!old.empty()) value = old + ":" + value;
  if (::setenv("GLIBC_TUNABLES", value.c_str(), 1) != 0) return;
  std::vector<char*> argv;
  for (const std::string& arg : command_line) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  std::cout.flush();
  std::cerr.flush();
  ::execv("/proc/self/exe", argv.data());
  // Still here: exec failed; carry on with ordinary pages.
  if (tunables) {
    ::setenv("GLIBC_TUNABLES", tunables, 1);
  } else {
    ::unsetenv("GLIBC_TUNABLES");
  }
}

}  // namespace newsgraph
