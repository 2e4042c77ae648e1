#!/usr/bin/env bash
# Installs what is missing, builds newsgraph, and turns the example articles
# into a graph: out/graph.{db,graphml,dot,svg}, then prints who said what.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
# Same configuration as scripts/test.sh, so the two never rebuild each other's tree.
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEWSGRAPH_BUILD_TESTS=ON >/dev/null
cmake --build build --target newsgraph >/dev/null

mkdir -p out
build/newsgraph build examples/ -o out/graph.db -o out/graph.graphml -o out/graph.dot
# The whole graph, and a readable diagram of the alliance and its members.
dot -Tsvg out/graph.dot -o out/graph.svg
build/newsgraph build examples/ --focus CSTO --depth 1 --predicates member-of,left-in,joined-in \
  -o out/csto.dot
dot -Tsvg out/csto.dot -o out/csto.svg

echo "Wrote out/graph.db, out/graph.graphml, out/graph.dot, out/graph.svg, out/csto.svg"
echo
echo "Who said what (first 15 statements):"
sqlite3 -header -column out/graph.db \
  "SELECT speaker, substr(quote, 1, 70) AS quote, document FROM said LIMIT 15;"
echo
echo "Current members of the CSTO:"
sqlite3 -header -column out/graph.db \
  "SELECT member, since FROM current_members WHERE organization LIKE 'Collective Security%';"
