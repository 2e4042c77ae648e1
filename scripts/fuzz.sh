#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, -fsanitize=fuzzer,address,undefined)
# and runs one of them, or all, for SECONDS each.
#
# usage: scripts/fuzz.sh TARGET|all SECONDS [extra libFuzzer flags...]
#   targets: text extract jsonl_reader dot graphml jsonl_export sqlite
#            (the "_fuzzer" suffix may be given too)
#
# Seed corpora are made at run time (nothing binary is committed) in
# $NEWSGRAPH_FUZZ_BUILD/corpus/TARGET: the seed articles in ../shared/seeds,
# articles from ../shared/corpus/wikinews/*.csv and the bad inputs of
# scripts/make_bad_inputs.py. What a run finds is kept there too. A crash
# is saved as $NEWSGRAPH_FUZZ_BUILD/artifacts/TARGET-crash-*; turn it into a
# test in tests/robustness/fuzz_regressions_test.cc.
# Exit status: 0 no crash, 1 a target crashed, timed out or leaked, 2 usage.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ $# -lt 2 || ! "$2" =~ ^[0-9]+$ ]]; then
  sed -n '5,7p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
target=${1%_fuzzer}
seconds=$2
shift 2

all=(text extract jsonl_reader jsonl_line dot graphml jsonl_export sqlite)
if [[ "$target" == all ]]; then
  targets=("${all[@]}")
elif [[ " ${all[*]} " == *" $target "* ]]; then
  targets=("$target")
else
  echo "fuzz.sh: error: unknown target '$1' (use one of: ${all[*]} all)" >&2
  exit 2
fi

build=${NEWSGRAPH_FUZZ_BUILD:-build-fuzz}
shared=${NEWSGRAPH_SHARED_DIR:-$(pwd)/../shared}
cxx=${NEWSGRAPH_FUZZ_CXX:-clang++}
command -v "$cxx" >/dev/null || { echo "fuzz.sh: error: $cxx not found (scripts/setup.sh installs clang)" >&2; exit 1; }

# Only the fuzz targets are built; scripts/test.sh points this at its
# sanitizer tree, which then also holds the test suite.
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$cxx" \
  -DNEWSGRAPH_BUILD_FUZZERS=ON >/dev/null
cmake --build "$build" --target fuzzers -j "$(nproc 2>/dev/null || echo 2)" >/dev/null

# Seeds: one folder of documents, one of JSONL files; made once per build tree.
seeds="$build/seeds"
if [[ ! -f "$seeds/.done" ]]; then
  rm -rf "$seeds"
  mkdir -p "$seeds/text" "$seeds/jsonl"
  [[ -d "$shared/seeds" ]] && cp "$shared"/seeds/*.txt "$seeds/text/" 2>/dev/null || true
  python3 scripts/make_bad_inputs.py "$seeds/bad"
  cp "$seeds"/bad/*.txt "$seeds/text/"
  rm -f "$seeds/text/sentence_1mb.txt"  # past -max_len anyway
  cp "$seeds/bad/documents.jsonl" "$seeds/jsonl/"
  python3 - "$shared/corpus/wikinews" "$seeds" <<'PY'
import csv, glob, json, os, sys
src, out = sys.argv[1], sys.argv[2]
csv.field_size_limit(1 << 30)
articles = []
for path in sorted(glob.glob(os.path.join(src, "*.csv"))):
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row.get("text"):
                articles.append(row)
articles = articles[::max(1, len(articles) // 150)][:150]  # a spread, not just January
for i, row in enumerate(articles):
    with open(os.path.join(out, "text", "wikinews_%03d.txt" % i), "w", encoding="utf-8") as f:
        f.write(row["text"][:12000])
for i in range(0, len(articles), 3):
    with open(os.path.join(out, "jsonl", "wikinews_%03d.jsonl" % i), "w", encoding="utf-8") as f:
        for j, row in enumerate(articles[i:i + 3]):
            f.write(json.dumps({"id": "wn%d" % (i + j), "date": row.get("date", ""),
                                "text": row["text"][:4000]}) + "\n")
PY
  touch "$seeds/.done"
fi

status=0
for t in "${targets[@]}"; do
  corpus="$build/corpus/$t"
  mkdir -p "$corpus" "$build/artifacts"
  case $t in
    text|extract) seed_dir="$seeds/text"; max_len=16384 ;;
    jsonl_reader|jsonl_line) seed_dir="$seeds/jsonl"; max_len=16384 ;;
    *) seed_dir=""; max_len="4096 -len_control=0" ;;  # FuzzedDataProvider bytes: random seeds do
  esac
  log="$build/artifacts/$t.log"
  echo "fuzz.sh: $t for ${seconds}s" >&2
  # -fork=0, one job: the numbers in the last line are this target's.
  if ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}" \
     UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}" \
     "$build/fuzz/${t}_fuzzer" "$corpus" $seed_dir -max_total_time="$seconds" \
       -max_len=$max_len -timeout=20 -rss_limit_mb=2560 -print_final_stats=1 \
       -artifact_prefix="$build/artifacts/$t-" "$@" >"$log" 2>&1; then
    line=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
    echo "fuzz.sh: $t ok: $line" >&2
  else
    status=1
    echo "fuzz.sh: error: $t failed; see $log" >&2
    grep -E 'ERROR|fuzz check failed|SUMMARY|Test unit written' "$log" | head -5 >&2 || true
  fi
done
exit $status
