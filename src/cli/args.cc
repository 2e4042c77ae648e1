#include "cli/args.h"

namespace newsgraph {

Args::Args(const std::vector<std::string>& argv, const std::set<std::string>& with_value,
           const std::set<std::string>& switches,
           const std::map<std::string, std::string>& aliases) {
  bool flags_done = false;
  for (size_t i = 0; i < argv.size(); ++i) {
    std::string arg = argv[i];
    if (flags_done || arg == "-" || arg.empty() || arg[0] != '-') {
      positional_.push_back(arg);
      continue;
    }
    if (arg == "--") {
      flags_done = true;
      continue;
    }
    std::string value;
    bool inline_value = false;
    if (size_t eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string::npos) {
      value = arg.substr(eq + 1);
      arg = arg.substr(0, eq);
      inline_value = true;
    } else if (arg.size() > 2 && arg[1] != '-') {
      // A short option with its value attached: "-j2", "-oout.db".
      auto it = aliases.find(arg.substr(0, 2));
      if (it != aliases.end() && with_value.count(it->second)) {
        value = arg.substr(2);
        arg = arg.substr(0, 2);
        inline_value = true;
      }
    }
    if (auto it = aliases.find(arg); it != aliases.end()) arg = it->second;
    if (with_value.count(arg)) {
      if (!inline_value) {
        if (i + 1 >= argv.size()) throw UsageError("option '" + arg + "' needs a value");
        value = argv[++i];
      }
      values_[arg].push_back(value);
    } else if (switches.count(arg)) {
      if (inline_value) throw UsageError("option '" + arg + "' takes no value");
      values_[arg].push_back("");
    } else {
      throw UsageError("unknown option '" + argv[i] + "'");
    }
  }
}

std::string Args::Get(const std::string& flag, const std::string& fallback) const {
  auto it = values_.find(flag);
  return it == values_.end() ? fallback : it->second.back();
}

std::vector<std::string> Args::All(const std::string& flag) const {
  auto it = values_.find(flag);
  return it == values_.end() ? std::vector<std::string>() : it->second;
}

int Args::GetInt(const std::string& flag, int fallback, int min, int max) const {
  if (!Has(flag)) return fallback;
  const std::string v = Get(flag);
  size_t used = 0;
  long n = 0;
  try {
    n = std::stol(v, &used);
  } catch (...) {
    used = 0;
  }
  if (used != v.size() || v.empty() || n < min || n > max) {
    throw UsageError("option '" + flag + "' needs a whole number from " + std::to_string(min) +
                     " to " + std::to_string(max) + ", not '" + v + "'");
  }
  return static_cast<int>(n);
}

}  // namespace newsgraph
