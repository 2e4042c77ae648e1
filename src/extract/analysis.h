// What every extractor reads: one document, folded, segmented, tokenized,
// with its entity mentions and the people it names.
//
// Built once per document by Analyze(); extractors take it by const
// reference. It borrows the Lexicon (which must outlive it) and owns
// everything else. Offsets are folded byte offsets (see text/fold.h) until
// extractor.cc converts them to code points of the original text.
#ifndef NEWSGRAPH_EXTRACT_ANALYSIS_H_
#define NEWSGRAPH_EXTRACT_ANALYSIS_H_

#include <cstdint>
#include <deque>
#include <set>
#include <unordered_map>
#include <string>
#include <string_view>
#include <vector>

#include "extract/lexicon.h"
#include "extract/span.h"
#include "extract/tokenizer.h"
#include "extract/triple.h"
#include "text/fold.h"
#include "text/segmenter.h"

namespace newsgraph {

enum class MentionKind : uint8_t {
  kEntity,     ///< a lexicon entity: country, organisation, place, media
  kDemonym,    ///< "Belarusian": names a country as an adjective
  kName,       ///< a capitalised name the lexicon does not know
  kTitle,      ///< a title or role phrase ("Foreign Minister", "analyst")
  kPronoun,    ///< he, she, they
  kGroup,      ///< officials, witnesses, police ...
  kStatement,  ///< the statement, the report ...
};

struct Mention {
  uint32_t first = 0, last = 0;  ///< token range [first, last)
  MentionKind kind = MentionKind::kName;
  EntityType type = EntityType::kUnknown;
  /// Canonical name, surface name, or lower-case title: a view into the
  /// Lexicon or the DocAnalysis that holds the mention.
  std::string_view name;
  const LexiconEntity* entity = nullptr;  ///< for kEntity: the lexicon's entry
  int person = -1;   ///< index into DocAnalysis::people for person names
  bool guess = false;  ///< a capitalised sentence start, kept only if it names a person
};

/// One sentence: its tokens, mentions and mention index are views into the
/// document's arrays (DocAnalysis owns them).
struct SentenceInfo {
  uint32_t begin = 0, end = 0;  ///< folded offsets
  uint32_t paragraph = 0;
  /// The OR of its tokens' lexicon flags (kWordAccording among them): what
  /// rules test before reading the tokens.
  uint64_t word_flags = 0;
  Span<Token> tokens;
  Span<Mention> mentions;  ///< in token order, non-overlapping
  Span<int> mention_at;    ///< token index → mention index or -1
};

/// A person the document names, with what it says about them.
struct PersonInfo {
  std::string name;               ///< the fullest form in the document
  std::set<std::string> roles;    ///< lower-case titles
  std::string country;            ///< nationality or country of office
  std::string org;                ///< organisation of office
  uint32_t first_sentence = 0;
};

/// A role read from a title or apposition next to a person's name.
struct RoleSighting {
  int person = -1;
  std::string role;        ///< as written, title case kept ("Foreign Minister")
  std::string of;          ///< country or organisation, canonical; may be empty
  EntityType of_type = EntityType::kUnknown;
  uint32_t sentence = 0;
  uint32_t begin = 0, end = 0;  ///< folded offsets of the phrase
};

struct DocAnalysis {
  DocAnalysis() = default;
  // The sentences view the arrays below: moving keeps their buffers, a copy
  // would not.
  DocAnalysis(DocAnalysis&&) = default;
  DocAnalysis& operator=(DocAnalysis&&) = default;
  DocAnalysis(const DocAnalysis&) = delete;
  DocAnalysis& operator=(const DocAnalysis&) = delete;

  const Lexicon* lexicon = nullptr;
  std::string_view original;  ///< the document text (borrowed)
  FoldedText folded;
  std::string lower;  ///< Lower(folded.text) and 8 NUL bytes: what Token::lower views
  Segmentation segmentation;
  std::vector<SentenceInfo> sentences;
  /// Every sentence's tokens, mentions and mention index, one after another.
  std::vector<Token> all_tokens;
  std::vector<Mention> all_mentions;
  /// Only the first all_tokens.size() entries are this document's (the
  /// buffer is reused, and keeps the size of the longest document).
  std::vector<int> all_mention_at;
  std::vector<PersonInfo> people;
  /// The folded surname of every person with a multi-word name, sorted by
  /// surname, then person (PersonBySurname); the surnames' bytes are in
  /// `surname_bytes`. Flat, so a reused analysis allocates nothing here.
  struct Surname {
    uint32_t offset = 0, size = 0;
    int person = -1;
  };
  std::vector<Surname> by_surname;
  std::string surname_bytes;
  std::string_view SurnameText(const Surname& s) const {
    return std::string_view(surname_bytes.data() + s.offset, s.size);
  }
  /// Bit HashBytes(surname) % 64 of every surname: most words are turned
  /// away by it before a search.
  uint64_t surname_filter = 0;
  std::vector<RoleSighting> roles;
  /// Mention names that are not a view of the text as it is (a title
  /// phrase whose words the text spaces otherwise); a deque, so they stay put.
  std::deque<std::string> phrases;

  std::string_view Text(uint32_t begin, uint32_t end) const {
    return std::string_view(folded.text).substr(begin, end - begin);
  }
  std::string_view TokenText(const SentenceInfo& s, uint32_t first, uint32_t last) const {
    return Text(s.tokens[first].begin, s.tokens[last - 1].end);
  }
  /// Index of the sentence holding folded offset `pos`, or -1.
  int SentenceAt(uint32_t pos) const;
  /// The person a one-word name refers to at `sentence`: the one with that
  /// surname (or given name) mentioned last before it, else first after; -1.
  int PersonBySurname(std::string_view word, uint32_t sentence) const;
};

/// Builds the analysis. `text` must be valid UTF-8 and outlive the result.
DocAnalysis Analyze(std::string_view text, const Lexicon& lexicon);
/// The same into `doc`, replacing what it held and reusing its buffers: a
/// caller analysing one document after another allocates little.
void Analyze(std::string_view text, const Lexicon& lexicon, DocAnalysis& doc);


}  // namespace newsgraph

#endif  // NEWSGRAPH_EXTRACT_ANALYSIS_H_
