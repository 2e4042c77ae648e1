#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: the GoogleTest suite
# (unit, exporter-reader and end-to-end tests) through CTest.
# NEWSGRAPH_SANITIZE_RUN=0 skips the AddressSanitizer/UBSan pass.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
jobs=$(nproc 2>/dev/null || echo 2)

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEWSGRAPH_BUILD_TESTS=ON >/dev/null
cmake --build build -j "$jobs"
ctest --test-dir build --output-on-failure -j "$jobs"
