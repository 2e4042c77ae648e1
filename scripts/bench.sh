#!/usr/bin/env bash
# End-to-end benchmark of newsgraph (README.md, "Performance", says what it measures).
#
# usage: scripts/bench.sh
# env:   BENCH_MAX=10m|100m|1g   largest corpus to run (default 100m)
#        BENCH_RUNS=3             runs per step on the 10 MB corpus (median)
#        BENCH_LARGE_RUNS=1       runs per step on the 100 MB and 1 GB corpora
#                                 (3 makes the growth a ratio of medians too)
#        BUILD_DIR=build-release  where the Release binary is built
#        BENCH_DIR=bench-out      corpora and outputs (git-ignored)
#        PEER_BYTES=1m            how much of the 10 MB corpus the compromise
#                                 peer reads (it runs at ~0.05 MB/s; 10m = minutes)
#        BENCH_MICRO=1            also run the Google Benchmark micro-benchmarks
#        BENCH_PGO=1              optimise the binary with a profile of a training
#                                 run on examples/ (GCC; 0: plain Release only)
#
# Prints a markdown table: median wall time, throughput (MB = 10^6 bytes of
# the .jsonl input), CPU time and peak RSS of each step, the growth from
# 10 MB to 100 MB (to 1 GB) in wall time and in user and system CPU time
# apart, the output identity check (-j1 = -j2 = the
# checksums in bench/reference.txt) and the newsgraph/peer ratio.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_MAX="${BENCH_MAX:-100m}"
RUNS="${BENCH_RUNS:-3}"
LARGE_RUNS="${BENCH_LARGE_RUNS:-1}"
BUILD_DIR="${BUILD_DIR:-$ROOT/build-release}"
BENCH_DIR="${BENCH_DIR:-$ROOT/bench-out}"
PEER_BYTES="${PEER_BYTES:-1m}"
BENCH_MICRO="${BENCH_MICRO:-1}"
BENCH_PGO="${BENCH_PGO:-1}"

die() { echo "bench: error: $*" >&2; exit 1; }
note() { echo "bench: $*" >&2; }

case "$BENCH_MAX" in
  10m) SIZES=(10m) ;;
  100m) SIZES=(10m 100m) ;;
  1g) SIZES=(10m 100m 1g) ;;
  *) die "BENCH_MAX must be 10m, 100m or 1g (got '$BENCH_MAX')" ;;
esac
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "BENCH_RUNS must be a positive number (got '$RUNS')"
[[ "$LARGE_RUNS" =~ ^[1-9][0-9]*$ ]] || die "BENCH_LARGE_RUNS must be a positive number (got '$LARGE_RUNS')"

bytes_of() {  # 10m -> 10485760
  python3 -c "import sys; s=sys.argv[1]; print(int(s[:-1]) * {'k':1<<10,'m':1<<20,'g':1<<30}[s[-1]])" "$1"
}

# --- tools (as scripts/setup.sh does: install only what is missing) ---------
need_pkg() {  # command package
  command -v "$1" >/dev/null 2>&1 && return 0
  note "installing $2"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get install -y --no-install-recommends "$2" >/dev/null || die "cannot install $2"
}
[ -x /usr/bin/time ] || need_pkg /usr/bin/time time
need_pkg cmake cmake
need_pkg ninja ninja-build
need_pkg python3 python3
need_pkg sha256sum coreutils
dpkg -s libbenchmark-dev >/dev/null 2>&1 || need_pkg /usr/include/benchmark/benchmark.h libbenchmark-dev

# --- build ------------------------------------------------------------------
# configure DIR PGO: a Release tree with NEWSGRAPH_PGO=PGO ("", generate, use).
configure() {
  cmake -S "$ROOT" -B "$1" -G Ninja -DCMAKE_BUILD_TYPE=Release -DNEWSGRAPH_BUILD_TESTS=OFF \
    -DNEWSGRAPH_BUILD_BENCHMARKS=ON -DNEWSGRAPH_PGO="$2" >/dev/null
}
note "building Release into $BUILD_DIR"
PLAIN="$BUILD_DIR"
if [ "$BENCH_PGO" = 1 ] && echo | c++ -dM -E -x c++ - 2>/dev/null | grep -q __GNUC__ &&
   ! echo | c++ -dM -E -x c++ - 2>/dev/null | grep -q __clang__; then
  # The plain build stays beside the profiled one for the "no PGO" row.
  PLAIN="$BUILD_DIR-plain"
  configure "$PLAIN" ""
  ninja -C "$PLAIN" newsgraph >/dev/null
  note "building with a profile of training runs (PGO) into $BUILD_DIR"
  rm -rf "$BUILD_DIR/pgo"
  configure "$BUILD_DIR" generate
  ninja -C "$BUILD_DIR" newsgraph >/dev/null
  # The training: every command on examples/, and extract and build on 2 MB
  # of news made as the benchmark's corpora are but with another --seed
  # (other documents; the seeds alone are too few words for the profile to
  # tell the common paths: it gained nothing, this gains 2-3%).
  train="$(mktemp -d)"
  python3 "$ROOT/scripts/make_corpus.py" 2m --seed 7 -o "$train/news.jsonl" >/dev/null 2>&1 ||
    die "cannot make the PGO training corpus (python3 scripts/make_corpus.py 2m --seed 7)"
  "$BUILD_DIR/newsgraph" extract "$ROOT/examples" -o "$train/x.jsonl"
  "$BUILD_DIR/newsgraph" extract -j 2 --explain "$ROOT/examples" -o "$train/x.jsonl"
  "$BUILD_DIR/newsgraph" build "$ROOT/examples" -o "$train/g.db" -o "$train/g.graphml" \
    -o "$train/g.dot" -o "$train/g.jsonl"
  "$BUILD_DIR/newsgraph" extract "$train/news.jsonl" -o "$train/x.jsonl"
  "$BUILD_DIR/newsgraph" build "$train/news.jsonl" -o "$train/g.db"
  rm -rf "$train"
  configure "$BUILD_DIR" use
else
  BENCH_PGO=0
  configure "$BUILD_DIR" ""
fi
ninja -C "$BUILD_DIR" newsgraph newsgraph_bench >/dev/null
NG="$BUILD_DIR/newsgraph"

# --- corpora ----------------------------------------------------------------
mkdir -p "$BENCH_DIR/corpus" "$BENCH_DIR/out"
for size in "${SIZES[@]}"; do
  corpus="$BENCH_DIR/corpus/$size.jsonl"
  if [ ! -s "$corpus" ] || [ "$ROOT/scripts/make_corpus.py" -nt "$corpus" ]; then
    note "making the $size corpus"
    python3 "$ROOT/scripts/make_corpus.py" "$size" -o "$corpus"
  fi
done

# --- timing -----------------------------------------------------------------
# run LABEL SIZE CMD...: one timed run; appends "label size wall rss_kb user
# sys" to OUT_FILE (RESULTS).
# GNU time gives the peak RSS; the wall time is taken around it by Python's
# clock, to the microsecond (time's own is in hundredths of a
# second, 4-7% of a 0.15-0.25 s run). Starting time itself adds about 1 ms.
RESULTS="$BENCH_DIR/results.txt"
# Three 10 MB runs of a step just before each of its runs on a larger corpus:
# the growth measured within one window of the shared machine's speed, which
# drifts by 5-30% over minutes (see README.md, "Performance").
PAIRED="$BENCH_DIR/paired.txt"
: >"$RESULTS"
: >"$PAIRED"
OUT_FILE="$RESULTS"
run() {
  local label="$1" size="$2"
  shift 2
  local tv="$BENCH_DIR/out/time.txt"
  python3 - "$tv" "$label" "$size" "$BENCH_DIR/out/stderr.txt" "$@" >>"$OUT_FILE" <<'EOF' ||
import os, re, resource, subprocess, sys, time
tv, label, size, err_path = sys.argv[1:5]
cmd = ["/usr/bin/time", "-v", "-o", tv] + sys.argv[5:]
with open(err_path, "wb") as err:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    code = subprocess.call(cmd, stdout=subprocess.DEVNULL, stderr=err)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
if code != 0:
    sys.exit(1)
text = open(tv).read()
def field(name):
    return re.search(re.escape(name) + r":\s*(.+)", text).group(1).strip()
# CPU times from getrusage, with microsecond resolution (time's are in
# hundredths); they include /usr/bin/time's own ~1 ms.
user = after.ru_utime - before.ru_utime
system = after.ru_stime - before.ru_stime
print(label, size, f"{wall:.4f}", field("Maximum resident set size (kbytes)"),
      f"{user:.3f}", f"{system:.3f}")
EOF
    { cat "$BENCH_DIR/out/stderr.txt" >&2; die "'$*' failed"; }
}

# paired LABEL SIZE COMMAND ARGS...: for a SIZE other than 10m, three runs of
# `newsgraph COMMAND <10 MB corpus> ARGS` into PAIRED, labelled "LABEL SIZE #n"
# (n: which run of SIZE they stand beside).
declare -A paired_count
paired() {
  local label="$1" size="$2" command="$3"
  shift 3
  [ "$size" = 10m ] && return 0
  local n=$((${paired_count["$label $size"]:-0} + 1))
  paired_count["$label $size"]=$n
  OUT_FILE="$PAIRED"
  for _ in 1 2 3; do
    run "$label $size #$n" 10m "$NG" "$command" "$BENCH_DIR/corpus/10m.jsonl" "$@"
  done
  OUT_FILE="$RESULTS"
}

for size in "${SIZES[@]}"; do
  corpus="$BENCH_DIR/corpus/$size.jsonl"
  out="$BENCH_DIR/out"
  runs="$LARGE_RUNS"
  [ "$size" = 10m ] && runs="$RUNS"
  for ((r = 1; r <= runs; r++)); do
    note "$size run $r/$runs"
    paired "extract -j1" "$size" extract -o "$out/extract-paired.jsonl" -j 1
    run "extract -j1" "$size" "$NG" extract "$corpus" -o "$out/extract-$size-j1.jsonl" -j 1
    if [ "$BENCH_PGO" = 1 ] && [ "$size" = 10m ]; then
      run "extract -j1, no PGO" "$size" "$PLAIN/newsgraph" extract "$corpus" \
        -o "$out/extract-$size-plain.jsonl" -j 1
      run "build .db, no PGO" "$size" "$PLAIN/newsgraph" build "$corpus" -o "$out/graph-$size.db"
      rm -f "$out/graph-$size.db"
    fi
    run "extract -j2" "$size" "$NG" extract "$corpus" -o "$out/extract-$size-j2.jsonl" -j 2
    paired "build .db" "$size" build -o "$out/graph-paired.db"
    run "build .db" "$size" "$NG" build "$corpus" -o "$out/graph-$size.db"
    if [ "$size" = 10m ]; then
      run "build .graphml" "$size" "$NG" build "$corpus" -o "$out/graph-$size.graphml"
      run "build .dot" "$size" "$NG" build "$corpus" -o "$out/graph-$size.dot"
    fi
    rm -f "$out/graph-$size.db"
  done
done

# --- output identity ----------------------------------------------------------
sum_of() { sha256sum | cut -d' ' -f1; }
sum_corpus="$(sum_of <"$BENCH_DIR/corpus/10m.jsonl")"
sum_j1="$(sum_of <"$BENCH_DIR/out/extract-10m-j1.jsonl")"
sum_j2="$(sum_of <"$BENCH_DIR/out/extract-10m-j2.jsonl")"
sum_ex="$("$NG" extract "$ROOT/examples" | sum_of)"
ref_of() { awk -v k="$1" '$1 == k { print $2 }' "$ROOT/bench/reference.txt"; }
yes_no() { [ "$1" = "$2" ] && echo yes || echo NO; }
identity="-j1 = -j2: $(yes_no "$sum_j1" "$sum_j2")"
if [ "$BENCH_PGO" = 1 ]; then
  identity+="; PGO = no PGO: $(yes_no "$sum_j1" "$(sum_of <"$BENCH_DIR/out/extract-10m-plain.jsonl")")"
fi
if [ "$sum_corpus" = "$(ref_of corpus)" ]; then
  identity+="; 10 MB output = bench/reference.txt: $(yes_no "$sum_j1" "$(ref_of extract-10m)")"
else
  identity+="; 10 MB corpus differs from the one bench/reference.txt was made from (not compared)"
fi
identity+="; examples/ = bench/reference.txt: $(yes_no "$sum_ex" "$(ref_of examples)")"

# --- the compromise peer ------------------------------------------------------
PEER="$BUILD_DIR/peer"
peer_line=""
if command -v npm >/dev/null 2>&1 && command -v node >/dev/null 2>&1; then
  mkdir -p "$PEER"
  cp "$ROOT/bench/peer/package.json" "$PEER/package.json"
  if [ ! -d "$PEER/node_modules/compromise" ]; then
    note "npm install compromise into $PEER"
    npm install --prefix "$PEER" --no-audit --no-fund --loglevel=error >/dev/null ||
      note "npm install failed; skipping the peer"
  fi
  if [ -d "$PEER/node_modules/compromise" ]; then
    note "running the compromise peer on the first $PEER_BYTES of the 10 MB corpus"
    peer_line="$(NODE_PATH="$PEER/node_modules" PEER_PREFIX="$PEER" node "$ROOT/bench/peer/peer.js" \
      "$BENCH_DIR/corpus/10m.jsonl" "$(bytes_of "$PEER_BYTES")" 2>&1 >"$BENCH_DIR/out/peer.jsonl" |
      grep '^peer:' || true)"
  fi
else
  note "node/npm not found; skipping the peer"
fi

# --- table --------------------------------------------------------------------
python3 - "$RESULTS" "$BENCH_DIR/corpus" "$identity" "$peer_line" "$(nproc)" "$PAIRED" <<'EOF'
import os, re, statistics, sys
results, corpus_dir, identity, peer_line, cores, paired_path = sys.argv[1:7]
rows = {}
order = []
for line in open(results):
    parts = line.split()
    label, size = " ".join(parts[:-5]), parts[-5]
    wall, rss = float(parts[-4]), int(parts[-3])
    user, system = float(parts[-2]), float(parts[-1])
    cpu = user + system
    key = (label, size)
    if key not in rows:
        rows[key] = []
        order.append(key)
    rows[key].append((wall, cpu, rss, user, system))
mb = {s: os.path.getsize(os.path.join(corpus_dir, s + ".jsonl")) / 1e6
      for s in {k[1] for k in order}}
med = {}
print(f"\n### newsgraph benchmark ({cores} cores; MB = 10^6 bytes of .jsonl input)\n")
print("| step | input | runs | wall s (median) | MB/s | CPU s | peak RSS MB |")
print("|---|---|---|---|---|---|---|")
for key in order:
    runs = rows[key]
    wall = statistics.median(r[0] for r in runs)
    cpu = statistics.median(r[1] for r in runs)
    rss = max(r[2] for r in runs) / 1024
    med[key] = (wall, cpu, rss, statistics.median(r[3] for r in runs),
                statistics.median(r[4] for r in runs))
    print(f"| {key[0]} | {mb[key[1]]:.1f} MB | {len(runs)} | {wall:.3f} | "
          f"{mb[key[1]] / wall:.1f} | {cpu:.2f} | {rss:.0f} |")
print()
j1, j2 = med.get(("extract -j1", "10m")), med.get(("extract -j2", "10m"))
if j1 and j2:
    print(f"- speed-up -j2 over -j1 (10 MB, wall): {j1[0] / j2[0]:.2f}x")
    # The larger corpora too: a 0.1 s run feels the shared second vCPU most.
    more = [(size, med[("extract -j1", size)][0] / med[("extract -j2", size)][0])
            for size in ("100m", "1g")
            if ("extract -j1", size) in med and ("extract -j2", size) in med]
    if more:
        print("  - " + ", ".join(f"{size}: {x:.2f}x" for size, x in more))
for label in ("extract -j1", "build .db"):
    base = med.get((label, "10m"))
    for size in ("100m", "1g"):
        other = med.get((label, size))
        if base and other:
            print(f"- {label}: {size} / 10m time {other[0] / base[0]:.1f}x for "
                  f"{mb[size] / mb['10m']:.0f}x input; peak RSS {base[2]:.0f} -> {other[2]:.0f} MB")
            # Where the time went: the program's own work is user time; the
            # kernel's (system time) includes clearing fresh pages, which a
            # VM's host may have to back first (README.md, "Performance").
            print(f"  - user CPU {other[3] / base[3]:.1f}x ({base[3]:.3f} -> {other[3]:.2f} s), "
                  f"system CPU {base[4]:.3f} -> {other[4]:.2f} s")
            # Each run against the median of the three 10 MB runs just before it.
            beside = {}
            for line in open(paired_path):
                parts = line.split()
                if " ".join(parts[:-7]) == label and parts[-7] == size:
                    beside.setdefault(parts[-6], []).append(float(parts[-4]))
            walls = [r[0] for r in rows[(label, size)]]
            ratios = [w / statistics.median(beside[f"#{i + 1}"])
                      for i, w in enumerate(walls) if f"#{i + 1}" in beside]
            if ratios:
                print(f"  - paired with 10 MB runs just before each: "
                      f"{statistics.median(ratios):.1f}x (median of "
                      f"{', '.join(f'{r:.1f}' for r in ratios)})")
print(f"- output identity: {identity}")
m = re.match(r"peer: (\d+) bytes (\d+) docs (\d+) quotes ([\d.]+) s", peer_line or "")
if m and j1:
    peer_mbs = int(m.group(1)) / 1e6 / float(m.group(4))
    ng_mbs = mb["10m"] / j1[0]
    print(f"- compromise peer: {int(m.group(1)) / 1e6:.2f} MB in {float(m.group(4)):.1f} s = "
          f"{peer_mbs:.3f} MB/s ({m.group(3)} quotes); newsgraph extract -j1 / peer = "
          f"{ng_mbs / peer_mbs:.0f}x")
else:
    print("- compromise peer: not run")
EOF

# --- micro-benchmarks ---------------------------------------------------------
if [ "$BENCH_MICRO" = 1 ]; then
  note "micro-benchmarks (bench/*_bench.cc) on the first MiB of the 10 MB corpus"
  echo
  echo '```'
  NEWSGRAPH_BENCH_CORPUS="$BENCH_DIR/corpus/10m.jsonl" "$BUILD_DIR/newsgraph_bench" \
    --benchmark_min_time=0.5 2>/dev/null | sed -n '/^Benchmark/,$p;/^---/d'
  echo '```'
fi
