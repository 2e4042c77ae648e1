// Word lists the extractors read, loaded from schema/lexicon/*.json.
//
// Nothing in the extractors hard-codes a country, an organisation, a title or
// a reporting verb: they all come from here, so the lists can grow without
// touching code. Lookups take string_views and return pointers into the
// Lexicon, which must outlive every pointer it hands out. A loaded Lexicon is
// immutable and safe to share between threads.
#ifndef NEWSGRAPH_EXTRACT_LEXICON_H_
#define NEWSGRAPH_EXTRACT_LEXICON_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/string_map.h"
#include "extract/triple.h"

namespace newsgraph {

/// A named entity the lexicon knows (a country, an organisation, a body).
struct LexiconEntity {
  std::string name;  ///< the lexicon's key name ("CSTO", "Belarus")
  /// The fullest name: an acronym's expansion ("Collective Security Treaty
  /// Organization"), otherwise `name`. Used as the canonical name.
  std::string full_name;
  EntityType type = EntityType::kUnknown;
  std::string country;  ///< for bodies: the country they belong to, if any
};

/// How a reporting verb introduces what was said.
enum class VerbKind : uint8_t {
  kSpeech,    ///< X said (that) ..., "..." X said
  kDescribe,  ///< X described Y as "..."
  kCall,      ///< X called Y "..."
};

struct ReportingVerb {
  std::string lemma;
  VerbKind kind = VerbKind::kSpeech;
  bool past = false;       ///< "said", not "say"
  bool gerund = false;     ///< "saying", "adding"
  bool zero_that = false;  ///< takes a clause without "that": "said he would"
  bool object_first = false;  ///< "told the summit that ...", "reminded them that"
  bool after_quote_only = false;  ///< only attributes a quote: '"...," Graham continued'
};

class Lexicon {
 public:
  /// Loads every list from `dir` (schema/lexicon). Throws std::runtime_error
  /// naming the file (and line:column for a JSON syntax error).
  static std::unique_ptr<Lexicon> Load(const std::string& dir);

  /// The lexicon in $NEWSGRAPH_SCHEMA_DIR, else next to the binary
  /// (../share/newsgraph/schema or ./schema), else the source tree's schema/.
  /// Loaded once; throws like Load().
  static const Lexicon& Default();
  /// The schema directory Default() used (for graph.sql).
  static std::string SchemaDir();

  /// An entity by any of its names or aliases (case-sensitive first, then
  /// case-folded for names of two or more words). Null if unknown.
  const LexiconEntity* FindEntity(std::string_view surface) const;
  /// The country a demonym or adjective names ("Belarusian" → Belarus).
  const LexiconEntity* FindDemonym(std::string_view word) const;
  /// The demonym form of a country name ("Belarus" → "Belarusian"), or "".
  std::string_view DemonymOf(std::string_view country) const;
  /// Longest number of words an entity name has (bounds the lookup window).
  size_t max_entity_words() const { return max_entity_words_; }

  /// The reporting verb this exact word form is, or null.
  const ReportingVerb* FindReportingVerb(std::string_view word) const;
  /// A title or role, lower case, of up to max_title_words() words
  /// ("president", "foreign minister", "political analyst").
  bool IsTitle(std::string_view lower_phrase) const;
  /// False if no title starts with `word` (compared in ASCII lower case):
  /// lets callers skip building phrases that cannot be titles.
  bool MayStartTitle(std::string_view word) const;
  size_t max_title_words() const { return max_title_words_; }
  /// Honorifics that precede a name: "Mr", "Dr", "Sir".
  bool IsHonorific(std::string_view word) const;
  /// Head words that make a capitalised phrase an organisation ("Ministry").
  bool IsOrganizationHead(std::string_view word) const;
  /// Words that end a place-like organisation name ("Gazeta", "Times").
  bool IsMediaHead(std::string_view word) const;
  /// Nouns for unnamed speaking groups ("officials", "witnesses").
  bool IsGroupNoun(std::string_view lower_word) const;
  /// Nouns for documents that speak for their issuer ("statement").
  bool IsStatementNoun(std::string_view lower_word) const;
  /// Capitalised words that never start or form a name ("The", "Monday").
  bool IsNotName(std::string_view word) const;
  /// Nouns that refer back to the organisation in context ("the bloc").
  bool IsOrganizationAnaphor(std::string_view lower_word) const;
  /// Words that make a membership statement hypothetical, negated or future.
  bool IsHypothetical(std::string_view lower_word) const;
  /// Auxiliaries, modals and copulas: a clause has one ("he would", "it is").
  bool IsClauseVerb(std::string_view lower_word) const;
  /// Words after which a quotation names something rather than reports
  /// speech: "known as", "the slogan", "the song".
  bool IsNamingWord(std::string_view lower_word) const;
  /// Last words that make a capitalised name a thing, not a person ("Treaty").
  bool IsNonPersonHead(std::string_view word) const;
  /// Words that open a direct question ("Did", "Why").
  bool IsQuestionOpener(std::string_view lower_word) const;
  /// Abbreviations that do not end a sentence ("Mr", "U.S", "Jan").
  bool IsAbbreviation(std::string_view word_without_period) const;
  /// Whole lines (lower case, trimmed) or line prefixes that are web clutter.
  bool IsClutterLine(std::string_view lower_line) const;
  /// Spelling variants folded for matching ("organisation" → "organization").
  std::string_view SpellingVariant(std::string_view lower_word) const;
  /// Given-name variants folded for matching ("aleksandr" → "alexander").
  std::string_view NameVariant(std::string_view lower_word) const;

 private:
  Lexicon() = default;
  /// Lookup in entity_folded_ of FoldForMatch(surface); null if absent.
  const LexiconEntity* FindFolded(std::string_view surface) const;

  /// What the entity keys starting with one folded word allow: used to
  /// reject most capitalised words after folding only their first word.
  struct FirstWord {
    size_t max_folded_size = 0;  ///< longest FoldForMatch() of a key
    bool exact = false;          ///< some exact (unfolded) key starts here
    bool folded = false;         ///< some folded key starts here
  };

  std::vector<LexiconEntity> entities_;
  size_t max_first_word_size_ = 0;  ///< longest key in entity_first_words_
  StringMap<size_t> entity_exact_;
  StringMap<size_t> entity_folded_;
  /// folded first word of every entity key (exact and folded) → bounds
  StringMap<FirstWord> entity_first_words_;
  StringMap<size_t> demonyms_;
  StringMap<std::string> demonym_of_;
  StringMap<ReportingVerb> verbs_;
  StringSet titles_;
  StringSet title_first_words_;  ///< lower-case first word of every title
  size_t max_title_first_word_size_ = 0;
  StringSet honorifics_;
  StringSet org_heads_;
  StringSet media_heads_;
  StringSet group_nouns_;
  StringSet statement_nouns_;
  StringSet not_names_;
  StringSet abbreviations_;
  StringSet org_anaphors_;
  StringSet hypothetical_;
  StringSet clause_verbs_;
  StringSet naming_words_;
  StringSet non_person_heads_;
  StringSet question_openers_;
  StringSet clutter_lines_;
  std::vector<std::string> clutter_prefixes_;
  StringMap<std::string> spelling_;
  StringMap<std::string> name_variants_;
  size_t max_entity_words_ = 1;
  size_t max_title_words_ = 1;
};

/// Lower-case ASCII copy (other bytes unchanged).
std::string Lower(std::string_view s);

/// Case-folds ASCII and the common Latin-1/Latin Extended-A letters, strips
/// accents, folds punctuation to spaces and collapses runs of spaces.
std::string FoldForMatch(std::string_view text);

/// Sets `out` to FoldForMatch(text), stopping early (and returning false)
/// once `out` grows past `limit` bytes; true if the whole fold fit. Lets
/// hot lookups reuse one buffer and give up on text too long to match.
bool FoldForMatchInto(std::string_view text, std::string& out, size_t limit);

}  // namespace newsgraph

#endif  // NEWSGRAPH_EXTRACT_LEXICON_H_
