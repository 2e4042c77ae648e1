// A small command-line parser: flags with values, repeatable flags,
// positional arguments, "--" to end flags. Bad usage throws UsageError.
#ifndef NEWSGRAPH_CLI_ARGS_H_
#define NEWSGRAPH_CLI_ARGS_H_

#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace newsgraph {

/// Bad usage: the CLI prints it with a hint and exits 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Args {
 public:
  /// `with_value` lists flags that take a value ("-o", "--format"); every
  /// other flag must be in `switches`. Aliases map short to long names.
  Args(const std::vector<std::string>& argv, const std::set<std::string>& with_value,
       const std::set<std::string>& switches, const std::map<std::string, std::string>& aliases);

  bool Has(const std::string& flag) const { return values_.count(flag) > 0; }
  /// The last value of a flag, or `fallback`.
  std::string Get(const std::string& flag, const std::string& fallback = "") const;
  /// Every value of a repeatable flag.
  std::vector<std::string> All(const std::string& flag) const;
  /// An integer flag within [min, max]; throws UsageError otherwise.
  int GetInt(const std::string& flag, int fallback, int min, int max) const;
  const std::vector<std::string>& positional() const { return positional_; }

 private:
  std::map<std::string, std::vector<std::string>> values_;
  std::vector<std::string> positional_;
};

}  // namespace newsgraph

#endif  // NEWSGRAPH_CLI_ARGS_H_
