// The subcommands main.cc dispatches to, and what they share.
#ifndef NEWSGRAPH_CLI_COMMANDS_H_
#define NEWSGRAPH_CLI_COMMANDS_H_

#include <ostream>
#include <string>
#include <vector>

namespace newsgraph {

/// `newsgraph query ...`; returns the exit code. Throws UsageError or
/// std::runtime_error like every command.
int RunQueryCommand(const std::vector<std::string>& args, std::ostream& out);

/// Throws std::runtime_error naming `path` unless it is a readable file.
void CheckReadable(const std::string& path);

}  // namespace newsgraph

#endif  // NEWSGRAPH_CLI_COMMANDS_H_
