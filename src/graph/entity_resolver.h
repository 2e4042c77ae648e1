// Names → canonical entities.
//
// Two surface forms are the same entity when they share a key. The key is the
// lexicon's canonical name when the lexicon knows the form (so "Collective
// Security Treaty Organisation" and "ODKB" both key as "CSTO"); otherwise the
// name case-folded, accents and punctuation dropped, a leading "the" and a
// possessive "'s" removed, British spellings and transliteration variants of
// given names folded ("Aleksandr" → "alexander", "Organisation" →
// "organization"). Countries, organisations, places and media share one key
// space (a name means one thing); people have their own.
#ifndef NEWSGRAPH_GRAPH_ENTITY_RESOLVER_H_
#define NEWSGRAPH_GRAPH_ENTITY_RESOLVER_H_

#include <string>
#include <string_view>

#include "extract/triple.h"

namespace newsgraph {

class Lexicon;

/// The display name and type a surface form resolves to. `lexicon` may be null.
struct ResolvedName {
  std::string name;
  EntityType type;
  bool from_lexicon = false;
};
ResolvedName ResolveName(std::string_view surface, EntityType type, const Lexicon* lexicon);

/// The matching key of an already resolved name.
std::string EntityKey(std::string_view name, EntityType type, const Lexicon* lexicon);
/// The same into `key` (replacing what it held): a caller keying many names
/// reuses one buffer.
void EntityKeyInto(std::string_view name, EntityType type, const Lexicon* lexicon, std::string& key);

/// Number of words in a name ("Alexander Lukashenko" → 2).
size_t NameWords(std::string_view name);
/// The last word of a name, folded ("Alexander Lukashenko" → "lukashenko").
std::string FoldedSurname(std::string_view name, const Lexicon* lexicon);

}  // namespace newsgraph

#endif  // NEWSGRAPH_GRAPH_ENTITY_RESOLVER_H_
