// Transparent huge pages for large builds.
//
// A build's graph is a heap of small objects reached at random. Past a few
// hundred MB nearly every access misses the TLB, and first touches of new
// 4 KiB pages add up: a 1 GB corpus's build took 428 K page faults. glibc can
// back its heap with transparent huge pages, but only through a tunable it
// reads at start-up (glibc.malloc.hugetlb=1, glibc 2.35 and later), so a
// large build restarts itself once with the tunable set.
//
// Measured with `newsgraph build X -o x.db` (README, "Performance"): 1 GB
// 62.3 → 56.4 s wall and 428 K → 21 K page faults; 300 MB 5-10% faster;
// 100 MB and 10 MB no faster (clearing 2 MiB pages costs system time) and a
// few MB larger, so smaller builds are left as they are.
//
// Fresh memory is what a large build pays for twice: the kernel clears
// each new page, and in a VM the host may have to back it first
// (clear_page_erms was ~7% of the 1 GB build). A large build grows its
// big arrays by doubling and frees the old ones; glibc hands memory above
// its mmap threshold back to the kernel at once and trims the heap's top,
// so every growth faulted in new pages. A large build keeps what it frees
// for the next allocation instead (mmap only above 32 MiB, no trimming):
// 1 GB build 41.2 → 40.6 s (3 alternating runs), 70 fewer huge pages
// faulted in.
#ifndef NEWSGRAPH_CLI_HUGE_PAGES_H_
#define NEWSGRAPH_CLI_HUGE_PAGES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph {

/// Inputs of at least this many bytes make a build worth restarting.
constexpr uint64_t kHugePagesFromBytes = uint64_t{256} << 20;

/// True if a build of `input_bytes` should restart with huge pages, given
/// the kernel's THP mode (the text of
/// /sys/kernel/mm/transparent_hugepage/enabled, e.g. "always [madvise] never")
/// and the GLIBC_TUNABLES environment variable (null if unset). Only the
/// "madvise" mode needs the tunable; a tunable already naming
/// glibc.malloc.hugetlb is the user's choice (or the restart's own).
bool WantsHugePages(uint64_t input_bytes, std::string_view thp_mode, const char* glibc_tunables);

/// Total size of the regular files among `inputs` (folders, stdin and
/// unreadable paths count 0).
uint64_t InputBytes(const std::vector<std::string>& inputs);

/// Sets up memory for a build of `input_bytes`: from kHugePagesFromBytes up,
/// glibc keeps the memory it frees, and the program re-executes itself with
/// `command_line` (argv, program name first) and huge pages if
/// WantsHugePages() says so. Returns only if it did not restart (nothing to
/// gain, under valgrind or a sanitizer, or exec failed).
void TuneMemoryForBuild(const std::vector<std::string>& command_line, uint64_t input_bytes);

}  // namespace newsgraph

#endif  // NEWSGRAPH_CLI_HUGE_PAGES_H_
