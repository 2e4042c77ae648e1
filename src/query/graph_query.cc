#include "query/graph_query.h"

#include <stdexcept>

namespace newsgraph {

int RunQueryCommand(const std::vector<std::string>&, std::ostream&) {
  throw std::runtime_error("query is not available yet");
}

}  // namespace newsgraph
