// Asking a graph database: who said what, who belongs where, who holds what.
#ifndef NEWSGRAPH_QUERY_GRAPH_QUERY_H_
#define NEWSGRAPH_QUERY_GRAPH_QUERY_H_

#include <ostream>
#include <string>
#include <vector>

namespace newsgraph {

/// Runs `newsgraph query DB ...` and writes the answer to `out`. Returns the
/// exit code; throws UsageError-like std::invalid_argument for bad usage.
int RunQueryCommand(const std::vector<std::string>& args, std::ostream& out);

}  // namespace newsgraph

#endif  // NEWSGRAPH_QUERY_GRAPH_QUERY_H_
