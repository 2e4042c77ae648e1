// `newsgraph query DB WHAT ...`: the CLI face of query/graph_query.h.
#include <iostream>

#include "cli/args.h"
#include "cli/commands.h"
#include "extract/lexicon.h"
#include "query/graph_query.h"

namespace newsgraph {
namespace {

const char kQueryHelp[] = R"(usage: newsgraph query DB WHAT [ARGS] [options]

  said [--speaker NAME] [--about ENTITY]   who said what (about whom), where it was read
  members ORG [--current]                   members of an organisation; --current
                                            applies departures
  roles NAME                                roles a person holds, and where
  neighbours NAME                           every fact an entity takes part in

Names resolve through aliases ("CSTO" = "Collective Security Treaty
Organisation"; a surname finds the one person who carries it).

options:
      --json        one JSON array instead of an aligned table
      --limit N     at most N rows of 'said' (default: all)
      --full        do not shorten long cells in the table
  -h, --help        show this help
)";

}  // namespace

int RunQueryCommand(const std::vector<std::string>& argv, std::ostream& out) {
  Args args(argv, {"--speaker", "--about", "--limit"}, {"--json", "--current", "--full", "--help"},
            {{"-h", "--help"}});
  if (args.Has("--help")) {
    out << kQueryHelp;
    return 0;
  }
  const auto& pos = args.positional();
  if (pos.size() < 2) throw UsageError(std::string("query needs DB and WHAT\n") + kQueryHelp);
  const std::string& db = pos[0];
  const std::string& what = pos[1];
  auto need_name = [&](const char* what_name) {
    if (pos.size() != 3) throw UsageError(std::string("query ") + what_name + " needs one NAME");
    return pos[2];
  };
  CheckReadable(db);
  GraphQuery query(db, &Lexicon::Default());
  Table table;
  if (what == "said") {
    if (pos.size() != 2) throw UsageError("query said takes --speaker/--about, not a NAME");
    table = query.Said(args.Get("--speaker"), args.Get("--about"),
                       args.GetInt("--limit", 0, 0, 1 << 30));
  } else if (what == "members") {
    table = query.Members(need_name("members"), args.Has("--current"));
  } else if (what == "roles") {
    table = query.Roles(need_name("roles"));
  } else if (what == "neighbours" || what == "neighbors") {
    table = query.Neighbours(need_name("neighbours"));
  } else {
    throw UsageError("unknown query '" + what + "' (use said, members, roles or neighbours)");
  }
  if (args.Has("--json")) {
    WriteTableJson(table, out);
  } else {
    WriteTable(table, out, args.Has("--full") ? 0 : 90);
  }
  return 0;
}

}  // namespace newsgraph
