// Word lists the extractors read, loaded from schema/lexicon/*.json.
//
// Nothing in the extractors hard-codes a country, an organisation, a title or
// a reporting verb: they all come from here, so the lists can grow without
// touching code. Lookups take string_views and return pointers into the
// Lexicon, which must outlive every pointer it hands out. A loaded Lexicon is
// immutable and safe to share between threads.
#ifndef NEWSGRAPH_EXTRACT_LEXICON_H_
#define NEWSGRAPH_EXTRACT_LEXICON_H_

#include <deque>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/entity_trie.h"
#include "extract/string_map.h"
#include "extract/tokenizer.h"
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
  /// FindEntity(full_name) is a body of no one country (an international
  /// organisation, when the type is kOrganization). Set once loaded.
  bool international = false;
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

/// The named lists of speech_words.json the rules read (lower case).
enum class SpeechList : uint8_t {
  kAudienceNouns,
  kObjectPronouns,
  kExpressionVerbs,
  kExpressionNouns,
  kInfinitiveVerbs,
  kSourceNouns,
  kPublishingVerbs,
  kMemberAdjectives,
  kPendingWords,
  kWebSuffixes,
  kObjectOptionalVerbs,
  kStateBodies,
  kPossessives,
  kClauseOpeners,
  kCount,
};

/// Closed classes of function words (words.json "function_words"), matched
/// by exact spelling.
enum class FunctionWord : uint8_t {
  kVerbFiller,       ///< may stand between a speaker and the verb: "also", "had"
  kPreposition,      ///< "with", "to", "by"
  kAdverbialStart,   ///< opens an adverbial after a verb: "on", "yesterday"
  kSubordinator,     ///< opens a new clause: "while", "and", "because"
  kBareAdverb,       ///< a one-word adverbial: "yesterday", "again"
  kSubjectPronoun,   ///< "he", "she", "they", "we", "I", "you"
  kNonClauseStart,   ///< cannot open a reported clause: "to", "whether"
  kDeterminer,       ///< "a", "the", "its", "this"
  kCount,
};

/// The one-word lists a token can be on (Token::lexicon_flags bits). The
/// first group is keyed by lower-case form, the second by exact spelling;
/// then facts about the token's own bytes, the speech lists (lower case) and
/// the function-word classes (exact spelling).
enum LexiconWordFlag : uint64_t {
  kWordAnnotated = 1u << 0,  ///< Lexicon::Annotate() has run on the token
  kWordGroupNoun = 1u << 1,
  kWordStatementNoun = 1u << 2,
  kWordOrganizationAnaphor = 1u << 3,
  kWordHypothetical = 1u << 4,
  kWordClauseVerb = 1u << 5,
  kWordNamingWord = 1u << 6,
  kWordQuestionOpener = 1u << 7,
  kWordTitleStart = 1u << 8,  ///< some title starts with this word
  kWordHonorific = 1u << 9,
  kWordOrganizationHead = 1u << 10,
  kWordMediaHead = 1u << 11,
  kWordNotName = 1u << 12,
  kWordNonPersonHead = 1u << 13,
  kWordAsciiAlnum = 1u << 14,  ///< the token is ASCII letters and digits only
  kWordHasUpper = 1u << 15,    ///< the token has an ASCII upper-case letter
  kWordReportingVerb = 1u << 30,  ///< exact: FindReportingVerb() finds it
  kWordDemonym = uint64_t{1} << 40,  ///< exact: FindDemonym() finds it
  /// he, she, they, him, her, them in any case: the pronouns a mention
  /// can be (analysis.cc's MentionFinder).
  kWordPronoun = uint64_t{1} << 41,
  kWordAccording = uint64_t{1} << 42,  ///< exact: "according" or "According"
};
/// The flag bit of a speech list (lower-case keyed) and of a function-word
/// class (exact-keyed).
constexpr uint64_t SpeechListFlag(SpeechList list) {
  return uint64_t{1} << (16 + static_cast<unsigned>(list));
}
constexpr uint64_t FunctionWordFlag(FunctionWord cls) {
  return uint64_t{1} << (32 + static_cast<unsigned>(cls));
}
static_assert(16 + static_cast<unsigned>(SpeechList::kCount) <= 32, "speech list bits");
static_assert(32 + static_cast<unsigned>(FunctionWord::kCount) <= 40, "function word bits");

/// What the exact-spelling lists say about one spelling of a word.
struct LexiconForm {
  std::string text;                      ///< the exact spelling
  uint64_t flags = 0;                    ///< exact-keyed LexiconWordFlag bits
  const ReportingVerb* verb = nullptr;   ///< FindReportingVerb(text)
  const LexiconEntity* demonym = nullptr;  ///< FindDemonym(text)
};

/// What the entity keys starting with one folded word allow: FindEntity()
/// turns most names away by their first word and size, before hashing them.
struct EntityFirstWord {
  size_t max_folded_size = 0;  ///< longest FoldForMatch() of a key
  size_t max_exact_size = 0;   ///< longest exact key
  bool exact = false;          ///< some exact (unfolded) key starts here
  bool folded = false;         ///< some folded key starts here
  /// Bit (size % 64) set for the size of every exact / folded key starting
  /// here: a window whose size has no bit cannot match, without hashing it.
  uint64_t exact_sizes = 0, folded_sizes = 0;
  bool MayBeExact(size_t size) const {
    return exact && size <= max_exact_size && (exact_sizes >> (size % 64) & 1);
  }
  bool MayBeFolded(size_t size) const {
    return size <= max_folded_size && (folded_sizes >> (size % 64) & 1);
  }
};

/// Everything the one-word lists say about one lower-case word.
///
/// Lexicon::Annotate() reads an entry for most tokens, in no order the cache
/// can guess: what a lower-case token needs comes first, and an entry fills
/// one cache line, so that is one line read, not two.
struct alignas(64) LexiconWord {
  /// What a token spelled exactly as the word (in lower case) is: `flags`
  /// and the bits of its own form, which is `lower_form` (or null).
  uint64_t lower_flags = 0;
  const LexiconForm* lower_form = nullptr;
  /// The word's id in the entity trie (EntityTrie::WordId), or kNone.
  uint32_t entity_word = EntityTrie::kNone;
  uint64_t flags = 0;              ///< lower-case-keyed bits
  std::vector<LexiconForm> forms;  ///< exact spellings on exact-keyed lists
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
  /// The longest window of `count` consecutive tokens (as Tokenize() cuts
  /// one text) starting at tokens[0] and ending on a word token that
  /// FindEntity() finds: returns its size in tokens and sets *found, or
  /// returns 0. Same answers as calling FindEntity() on each window's text,
  /// longest first, with one walk down the entity trie instead.
  size_t LongestEntityAt(const Token* tokens, size_t count, const LexiconEntity** found) const;
  /// Longest number of words an entity name has (bounds the lookup window).
  size_t max_entity_words() const { return max_entity_words_; }

  /// The reporting verb this exact word form is, or null.
  const ReportingVerb* FindReportingVerb(std::string_view word) const;

  /// Looks up every token's lower-case form once in a table that merges
  /// all one-word lists, and stores the answers in the token (lexicon_flags,
  /// lexicon_form). The Token overloads below then cost a bit test; on a
  /// token not annotated they look the word up (same answers either way).
  /// Returns the OR of the tokens' flags.
  uint64_t Annotate(std::vector<Token>& tokens) const { return Annotate(tokens.data(), tokens.size()); }
  uint64_t Annotate(Token* tokens, size_t count) const;
  /// LexiconWordFlag bits of a token (annotated or not).
  uint64_t WordFlags(const Token& token) const {
    return (token.lexicon_flags & kWordAnnotated) ? token.lexicon_flags : Classify(token).flags;
  }
  /// FindReportingVerb(token.text) and FindDemonym(token.text).
  /// On an annotated token the flag answers "no" without reading the form.
  const ReportingVerb* FindReportingVerb(const Token& token) const {
    if ((token.lexicon_flags & (kWordAnnotated | kWordReportingVerb)) == kWordAnnotated) {
      return nullptr;
    }
    const LexiconForm* form = FormOf(token);
    return form ? form->verb : nullptr;
  }
  const LexiconEntity* FindDemonym(const Token& token) const {
    if ((token.lexicon_flags & (kWordAnnotated | kWordDemonym)) == kWordAnnotated) return nullptr;
    const LexiconForm* form = FormOf(token);
    return form ? form->demonym : nullptr;
  }
  /// The list tests of the same names, on token.lower (lower-case lists) or
  /// token.text (exact lists).
  bool IsGroupNoun(const Token& t) const { return WordFlags(t) & kWordGroupNoun; }
  bool IsStatementNoun(const Token& t) const { return WordFlags(t) & kWordStatementNoun; }
  bool IsOrganizationAnaphor(const Token& t) const {
    return WordFlags(t) & kWordOrganizationAnaphor;
  }
  bool IsHypothetical(const Token& t) const { return WordFlags(t) & kWordHypothetical; }
  bool IsClauseVerb(const Token& t) const { return WordFlags(t) & kWordClauseVerb; }
  bool IsNamingWord(const Token& t) const { return WordFlags(t) & kWordNamingWord; }
  bool IsQuestionOpener(const Token& t) const { return WordFlags(t) & kWordQuestionOpener; }
  bool MayStartTitle(const Token& t) const { return WordFlags(t) & kWordTitleStart; }
  bool IsHonorific(const Token& t) const { return WordFlags(t) & kWordHonorific; }
  bool IsOrganizationHead(const Token& t) const {
    return WordFlags(t) & kWordOrganizationHead;
  }
  bool IsMediaHead(const Token& t) const { return WordFlags(t) & kWordMediaHead; }
  bool IsNotName(const Token& t) const { return WordFlags(t) & kWordNotName; }
  bool IsNonPersonHead(const Token& t) const { return WordFlags(t) & kWordNonPersonHead; }
  /// InSpeechList(list, t.text): the exact spelling is on the list (whose
  /// words are lower case, so a token with an upper-case letter never is).
  bool InList(SpeechList list, const Token& t) const {
    uint64_t f = WordFlags(t);
    return (f & SpeechListFlag(list)) && !(f & kWordHasUpper);
  }
  /// InSpeechList(list, Lower(t.text)): the word in any case.
  bool InListAnyCase(SpeechList list, const Token& t) const {
    return WordFlags(t) & SpeechListFlag(list);
  }
  /// IsClauseVerb(t.text).
  bool IsClauseVerbExact(const Token& t) const {
    uint64_t f = WordFlags(t);
    return (f & kWordClauseVerb) && !(f & kWordHasUpper);
  }
  /// True if the token is spelled as a word of the class.
  bool Is(FunctionWord cls, const Token& t) const { return WordFlags(t) & FunctionWordFlag(cls); }
  /// A title or role, lower case, of up to max_title_words() words
  /// ("president", "foreign minister", "political analyst").
  bool IsTitle(std::string_view lower_phrase) const;
  /// What `lower_phrase` is to the title list: kTitle, or kTitleStart if
  /// only longer titles begin with it and its words, or kNoTitle. Lets a
  /// caller grow a phrase word by word and stop at the first kNoTitle.
  enum TitlePrefix { kNoTitle, kTitleStart, kTitle };
  TitlePrefix TitlePrefixOf(std::string_view lower_phrase) const;
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
  /// IsClutterLine() for a line in any case, lower-casing only the bytes
  /// the lists can match (a paragraph longer than every clutter line is
  /// clutter only by a prefix).
  bool IsClutterLineAnyCase(std::string_view line) const;
  /// Spelling variants folded for matching ("organisation" → "organization").
  std::string_view SpellingVariant(std::string_view lower_word) const;
  /// Given-name variants folded for matching ("aleksandr" → "alexander").
  std::string_view NameVariant(std::string_view lower_word) const;
  /// True if every name variant is one word (not empty, no space): the
  /// last word of a person's EntityKey() is then FoldedSurname() of the name.
  bool name_variants_are_words() const { return name_variants_are_words_; }
  /// True if `lower_word` is in the list `list` of speech_words.json
  /// ("audience_nouns", "expression_verbs"); false for an unknown list.
  bool InSpeechList(std::string_view list, std::string_view lower_word) const;

 private:
  Lexicon() = default;

  struct Classification {
    uint64_t flags = 0;
    const LexiconForm* form = nullptr;
    const LexiconWord* word = nullptr;
  };
  /// The flags and exact-spelling entry of a token, by lookup (inline, below).
  Classification Classify(const Token& token) const;
  /// Classify() given the token's lower-case form.
  Classification ClassifyLower(const Token& token, std::string_view lower) const;
  /// Adds what `word` (the entry of a token spelled `text`, or null) says to
  /// `c`, whose flags already tell kWordHasUpper.
  static void AddWord(const LexiconWord* word, std::string_view text, Classification& c);
  /// The form of `word` spelled exactly `text`, or null.
  static const LexiconForm* ExactForm(const LexiconWord& word, std::string_view text);
  const LexiconForm* FormOf(const Token& token) const {
    return (token.lexicon_flags & kWordAnnotated) ? token.lexicon_form : Classify(token).form;
  }
  /// The node reached from `at` by the folded words of `text`, or kNone.
  uint32_t WalkFolded(uint32_t at, std::string_view text) const;
  /// IsClutterLine()'s prefix test.
  bool HasClutterPrefix(std::string_view lower_line) const;
  /// Fills words_ from the lists (after they are loaded).
  void BuildWordTable();
  using FirstWord = EntityFirstWord;

  std::vector<LexiconEntity> entities_;
  StringMap<size_t> entity_exact_;
  StringMap<size_t> entity_folded_;
  /// folded first word of every entity key (exact and folded) → bounds
  StringMap<FirstWord> entity_first_words_;
  /// Every key of both tables, by the words of its fold (LongestEntityAt).
  EntityTrie entity_trie_;
  StringMap<size_t> demonyms_;
  StringMap<std::string> demonym_of_;
  StringMap<ReportingVerb> verbs_;
  StringSet titles_;
  /// Every title and each of its word-boundary prefixes → 1 if it is a
  /// title itself, else 0.
  StringMap<uint8_t> title_prefixes_;
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
  std::map<std::string, StringSet, std::less<>> speech_lists_;
  StringSet function_words_[static_cast<size_t>(FunctionWord::kCount)];
  /// Lower-case word → what every one-word list says about it (Annotate).
  StringMap<LexiconWord> words_;
  Classification punctuation_[128];  ///< Classify() of each one-byte ASCII token
  std::vector<std::string> clutter_prefixes_;
  /// Indexes into clutter_prefixes_ by first byte, in list order.
  std::vector<uint16_t> clutter_prefixes_by_first_[256];
  size_t max_clutter_line_size_ = 0;    ///< longest key in clutter_lines_
  size_t max_clutter_prefix_size_ = 0;  ///< longest of clutter_prefixes_
  StringMap<std::string> spelling_;
  StringMap<std::string> name_variants_;
  bool name_variants_are_words_ = true;
  size_t max_entity_words_ = 1;
  size_t max_title_words_ = 1;
};

/// Lower-case ASCII copy (other bytes unchanged).
std::string Lower(std::string_view s);

// Inline: Annotate() runs it for every word of every document.
inline Lexicon::Classification Lexicon::Classify(const Token& token) const {
  // token.lower is Lower(token.text) for tokens from Analyze(); compute it
  // for hand-made tokens that lack it.
  if (token.lower.size() == token.text.size()) return ClassifyLower(token, token.lower);
  return ClassifyLower(token, Lower(token.text));
}
/// Lower() of in[0, n) into out[0, n) (which may be `in`).
void LowerAscii(const char* in, size_t n, char* out);

/// Case-folds ASCII and the common Latin-1/Latin Extended-A letters, strips
/// accents, folds punctuation to spaces and collapses runs of spaces.
std::string FoldForMatch(std::string_view text);

/// Sets `out` to FoldForMatch(text), stopping early (and returning false)
/// once `out` grows past `limit` bytes; true if the whole fold fit. Lets
/// hot lookups reuse one buffer and give up on text too long to match.
bool FoldForMatchInto(std::string_view text, std::string& out, size_t limit);

}  // namespace newsgraph

#endif  // NEWSGRAPH_EXTRACT_LEXICON_H_
