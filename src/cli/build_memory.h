// Memory settings for large builds.
//
// A build's heap only grows: the graph keeps what it stores until the
// process exits. What costs is fresh memory: the kernel clears each new
// page, and on a VM whose host takes freed memory back (free page
// reporting, as on the benchmark machine) the host must back it first,
// 6-7 ms per MB here against ~0.8 ms for memory a process freed a moment
// before (README.md, "Performance"). glibc hands memory above its mmap
// threshold back to the kernel as soon as it is freed and trims the
// heap's top, so a large build that grows its big arrays by doubling
// faulted in new pages at every growth. From kKeepFreedFromBytes of input
// glibc keeps what it frees for the next allocation instead (mmap only
// above 32 MiB, no trimming): 1 GB build 41.2 → 40.6 s (3 alternating
// runs), 70 fewer huge pages faulted in.
//
// Earlier rounds also restarted a large build with glibc's heap on
// transparent huge pages (glibc.malloc.hugetlb=1): 62.3 → 56.4 s when the
// 1 GB build's graph took 1.2 GB. With the graph at ~550 MB it gained
// nothing: 10 alternating pairs, 383.7 s with it and 382.5 s without, and
// 11 MB more at the peak; the restart is gone.
#ifndef NEWSGRAPH_CLI_BUILD_MEMORY_H_
#define NEWSGRAPH_CLI_BUILD_MEMORY_H_

#include <cstdint>
#include <string>
#include <vector>

namespace newsgraph {

/// Inputs of at least this many bytes make a build keep freed memory.
constexpr uint64_t kKeepFreedFromBytes = uint64_t{256} << 20;

/// Total size of the regular files among `inputs` (folders, stdin and
/// unreadable paths count 0).
uint64_t InputBytes(const std::vector<std::string>& inputs);

/// Sets glibc up for a build of `input_bytes`: from kKeepFreedFromBytes
/// up, it keeps the memory it frees (see above). A sanitizer's allocator
/// is its own, and is left alone.
void TuneMemoryForBuild(uint64_t input_bytes);

}  // namespace newsgraph

#endif  // NEWSGRAPH_CLI_BUILD_MEMORY_H_
