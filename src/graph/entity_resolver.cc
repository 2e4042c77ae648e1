#include "graph/entity_resolver.h"

#include "extract/lexicon.h"

namespace newsgraph {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n')) {
    s.remove_suffix(1);
  }
  return s;
}

bool StartsWithWord(std::string_view s, std::string_view word) {
  return s.size() > word.size() && s.substr(0, word.size()) == word && s[word.size()] == ' ';
}

// Drops "the " and a trailing possessive, which never change who is meant.
std::string_view StripDecoration(std::string_view s) {
  s = Trim(s);
  if (StartsWithWord(s, "the") || StartsWithWord(s, "The")) s = Trim(s.substr(4));
  for (std::string_view suffix : {"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99"}) {
    if (s.size() > suffix.size() + 1 && s.substr(s.size() - suffix.size()) == suffix) {
      s.remove_suffix(suffix.size());
      break;
    }
  }
  return Trim(s);
}

bool IsPlaceLike(EntityType type) {
  return type == EntityType::kCountry || type == EntityType::kOrganization ||
         type == EntityType::kPlace || type == EntityType::kMedia;
}

}  // namespace

ResolvedName ResolveName(std::string_view surface, EntityType type, const Lexicon* lexicon) {
  std::string_view s = type == EntityType::kQuote ? surface : StripDecoration(surface);
  if (lexicon && type != EntityType::kQuote && type != EntityType::kPerson) {
    if (const LexiconEntity* e = lexicon->FindEntity(s)) return {e->full_name, e->type, true};
    if (const LexiconEntity* e = lexicon->FindDemonym(s)) return {e->full_name, e->type, true};
  }
  return {std::string(s), type, false};
}

std::string EntityKey(std::string_view name, EntityType type, const Lexicon* lexicon) {
  std::string key;
  EntityKeyInto(name, type, lexicon, key);
  return key;
}

void EntityKeyInto(std::string_view name, EntityType type, const Lexicon* lexicon, std::string& key) {
  // Built in place: the prefix, then the folded words (each through its
  // variant table), with no intermediate strings.
  if (type == EntityType::kPerson) {
    key.assign("p:");
  } else if (type == EntityType::kQuote) {
    key.assign("q:");
  } else if (IsPlaceLike(type)) {
    key.assign("e:");
  } else {
    key.assign(ToString(type));
    key.push_back(':');
  }
  thread_local std::string folded;
  FoldForMatchInto(name, folded, std::string::npos);
  if (!lexicon || type == EntityType::kQuote) {
    key += folded;
    return;
  }
  key.reserve(key.size() + folded.size() + 8);
  const size_t base = key.size();
  size_t start = 0;
  while (start <= folded.size()) {
    size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    std::string_view word(folded.data() + start, end - start);
    word = type == EntityType::kPerson ? lexicon->NameVariant(word)
                                       : lexicon->SpellingVariant(word);
    // A word whose variant is empty leaves no space behind it.
    if (key.size() > base) key.push_back(' ');
    key.append(word);
    start = end + 1;
  }
}

size_t NameWords(std::string_view name) {
  size_t n = 0;
  bool in_word = false;
  for (char c : name) {
    bool space = c == ' ';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

std::string FoldedSurname(std::string_view name, const Lexicon* lexicon) {
  thread_local std::string folded;
  FoldForMatchInto(name, folded, std::string::npos);
  std::string_view last = folded;
  if (size_t space = last.rfind(' '); space != std::string_view::npos) last.remove_prefix(space + 1);
  return std::string(lexicon ? lexicon->NameVariant(last) : last);
}

}  // namespace newsgraph
