#include "extract/triple.h"

#include <array>

namespace newsgraph {
namespace {

constexpr std::array<std::string_view, 9> kEntityTypeNames = {
    "person", "country", "organization", "place", "media",
    "group",  "role",    "quote",        "unknown"};
constexpr std::array<std::string_view, 7> kPredicateNames = {
    "member-of", "left-in", "joined-in", "observer-of", "said", "holds-role", "mentions"};

}  // namespace

std::string_view ToString(EntityType type) {
  return kEntityTypeNames[static_cast<size_t>(type)];
}

std::string_view ToString(Predicate predicate) {
  return kPredicateNames[static_cast<size_t>(predicate)];
}

std::optional<EntityType> ParseEntityType(std::string_view name) {
  for (size_t i = 0; i < kEntityTypeNames.size(); ++i) {
    if (kEntityTypeNames[i] == name) return static_cast<EntityType>(i);
  }
  return std::nullopt;
}

std::optional<Predicate> ParsePredicate(std::string_view name) {
  for (size_t i = 0; i < kPredicateNames.size(); ++i) {
    if (kPredicateNames[i] == name) return static_cast<Predicate>(i);
  }
  return std::nullopt;
}

}  // namespace newsgraph
