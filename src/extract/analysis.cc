#include "extract/analysis.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include "graph/entity_resolver.h"

namespace newsgraph {
namespace {

bool IsAllCaps(std::string_view s) {
  size_t letters = 0;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2;
}

bool IsAlphaName(std::string_view s) {
  for (char c : s) {
    if (c >= '0' && c <= '9') return false;
  }
  return true;
}

// Particles inside personal names: "Ursula von der Leyen", "Osama bin Laden".
bool IsNameParticle(std::string_view w) {
  static const char* const kParticles[] = {"de", "van", "von", "der", "den", "bin", "al",
                                           "da", "di", "du", "la", "le", "del", "dos", "ibn"};
  for (const char* p : kParticles) {
    if (w == p) return true;
  }
  return false;
}

// Lower-cased words of tokens [i, i+len) joined by single spaces, or "" if
// any is punctuation other than an inner hyphen: a view of the lower-case
// text when the text spaces them so, else a string kept in `phrases`.
std::string_view LowerPhrase(const Span<Token>& t, size_t i, size_t len,
                             std::deque<std::string>& phrases) {
  bool as_written = true;
  for (size_t k = i; k < i + len; ++k) {
    if (!t[k].word) return "";
    if (k > i) {
      as_written &= t[k].begin == t[k - 1].end + 1 && t[k].lower.data()[-1] == ' ';
    }
  }
  if (as_written) {
    return std::string_view(t[i].lower.data(), t[i + len - 1].end - t[i].begin);
  }
  std::string out;
  for (size_t k = i; k < i + len; ++k) {
    if (!out.empty()) out.push_back(' ');
    out.append(t[k].lower);
  }
  return phrases.emplace_back(std::move(out));
}

// Buffers a MentionFinder reuses from sentence to sentence of a document,
// so finding mentions allocates nothing once they have grown.
struct MentionScratch {
  std::vector<int> entity_len;                 ///< EntityAt memo; -1 = not asked yet
  std::vector<const LexiconEntity*> entity;    ///< its entities
  std::vector<Mention> mentions;               ///< the sentence's, before they are copied out
  std::string phrase;                          ///< TitleAt's lower-case phrase
};

// Finds the mentions of one sentence's tokens; they are left in the
// scratch's `mentions`, in token order.
// Marks the tokens each of `count` mentions covers with its index in
// `mention_at` (token index -> mention index, -1 elsewhere, left as it is).
void IndexMentions(const Mention* mentions, size_t count, int* mention_at) {
  for (size_t m = 0; m < count; ++m) {
    for (uint32_t k = mentions[m].first; k < mentions[m].last; ++k) {
      mention_at[k] = static_cast<int>(m);
    }
  }
}

class MentionFinder {
 public:
  MentionFinder(DocAnalysis& doc, Span<Token> tokens, MentionScratch& scratch)
      : lex_(*doc.lexicon), doc_(doc), phrases_(doc.phrases), t_(tokens), entity_len_(scratch.entity_len),
        entity_(scratch.entity), found_(scratch.mentions), phrase_(scratch.phrase) {
    // Grown, never shrunk: a sentence clears only its own part.
    if (entity_len_.size() < t_.size()) {
      entity_len_.resize(t_.size());
      entity_.resize(t_.size());
    }
    std::fill_n(entity_len_.data(), t_.size(), -1);
    found_.clear();
  }

  void Run() {
    const size_t n = t_.size();
    size_t i = 0;
    while (i < n) {
      size_t used = TryAt(i);
      i += used ? used : 1;
    }
  }

 private:
  void Add(size_t first, size_t last, MentionKind kind, EntityType type, std::string_view name,
           const LexiconEntity* entity = nullptr) {
    Mention m;
    m.entity = entity;
    m.first = static_cast<uint32_t>(first);
    m.last = static_cast<uint32_t>(last);
    m.kind = kind;
    m.type = type;
    m.name = name;
    found_.push_back(m);
  }

  // Longest lexicon entity starting at i; returns its length in tokens.
  // Memoised per token: name runs ask again about the tokens they stop at.
  size_t EntityAt(size_t i, const LexiconEntity** found) const {
    if (entity_len_[i] < 0) entity_len_[i] = static_cast<int>(FindEntityAt(i, &entity_[i]));
    if (entity_len_[i] > 0) *found = entity_[i];
    return static_cast<size_t>(entity_len_[i]);
  }

  size_t FindEntityAt(size_t i, const LexiconEntity** found) const {
    const Token& t = t_[i];
    if (!t.word || !(t.capital || (t.text[0] >= '0' && t.text[0] <= '9'))) return 0;
    const size_t max = std::min(lex_.max_entity_words() + 2, t_.size() - i);
    return lex_.LongestEntityAt(t_.data() + i, max, found);
  }

  size_t TitleAt(size_t i) const {
    if (!t_[i].word || !lex_.MayStartTitle(t_[i])) return 0;  // skips building phrases
    size_t max = std::min(lex_.max_title_words(), t_.size() - i);
    // The longest len whose LowerPhrase(t_, i, len) is a title: grown word
    // by word (a phrase never reaches past punctuation) until no title
    // starts with it.
    phrase_.clear();
    size_t longest = 0;
    for (size_t k = i; k < i + max && t_[k].word; ++k) {
      if (!phrase_.empty()) phrase_.push_back(' ');
      phrase_.append(t_[k].lower);
      Lexicon::TitlePrefix prefix = lex_.TitlePrefixOf(phrase_);
      if (prefix == Lexicon::kNoTitle) break;
      if (prefix == Lexicon::kTitle) longest = k - i + 1;
    }
    return longest;
  }

  bool StartsSomething(size_t j) const {
    const LexiconEntity* e = nullptr;
    if (EntityAt(j, &e)) return true;
    if (lex_.FindDemonym(t_[j])) return true;
    return t_[j].capital && TitleAt(j) > 0;
  }

  // Tokens the mention at i would cover (0: none). Most tokens are
  // punctuation or lower-case words with nothing to start (no title, group
  // or statement word, no pronoun, no digit: an entity starts with a
  // capital or a digit): they are turned away here, inline, and the rest go
  // to TryMentionAt().
  size_t TryAt(size_t i) {
    const Token& t = t_[i];
    // One branch for the common case: the tests are combined without
    // short-circuits (every token has a first byte), as the answer is
    // hard to predict token by token.
    constexpr uint64_t kMayStart =
        kWordTitleStart | kWordGroupNoun | kWordStatementNoun | kWordPronoun;
    const char first = t.lower[0];
    const bool may_start = t.capital | ((lex_.WordFlags(t) & kMayStart) != 0) |
                           (static_cast<unsigned char>(first - '0') <= 9);
    if (!(t.word & may_start)) return 0;
    return TryMentionAt(i);
  }

  __attribute__((noinline)) size_t TryMentionAt(size_t i) {
    const Token& t = t_[i];
    const std::string_view lower = t.lower;
    if (lex_.WordFlags(t) & kWordPronoun) {  // he, she, they, him, her, them
      const std::string_view pronoun = lower == "him"    ? std::string_view("he")
                                       : lower == "her"  ? std::string_view("she")
                                       : lower == "them" ? std::string_view("they")
                                                         : lower;
      Add(i, i + 1, MentionKind::kPronoun, EntityType::kPerson, pronoun);
      return 1;
    }
    const LexiconEntity* entity = nullptr;
    if (size_t len = EntityAt(i, &entity)) {
      Add(i, i + len, MentionKind::kEntity, entity->type, entity->full_name, entity);
      return len;
    }
    if (size_t len = TitleAt(i)) {
      Add(i, i + len, MentionKind::kTitle, EntityType::kRole,
          LowerPhrase(t_, i, len, phrases_));
      return len;
    }
    bool sentence_start = i == 0 || (i == 1 && !t_[0].word);
    if (!t.capital || sentence_start) {
      if (lex_.IsGroupNoun(t)) {
        Add(i, i + 1, MentionKind::kGroup, EntityType::kGroup, lower);
        return 1;
      }
      if (lex_.IsStatementNoun(t)) {
        Add(i, i + 1, MentionKind::kStatement, EntityType::kUnknown, lower);
        return 1;
      }
      if (!t.capital) return 0;
    }
    if (const LexiconEntity* country = lex_.FindDemonym(t)) {
      Add(i, i + 1, MentionKind::kDemonym, EntityType::kCountry, country->name);
      return 1;
    }
    return NameRun(i);
  }

  bool NameWord(size_t j) const {
    const Token& t = t_[j];
    if (!t.word || t.text == "'s") return false;
    // Arabic-style particles written into the surname: "el-Sisi", "al-Assad".
    std::string_view w = t.text;
    if (w.size() > 4 && w[2] == '-' && (w.substr(0, 2) == "al" || w.substr(0, 2) == "el" ||
                                        w.substr(0, 2) == "ad" || w.substr(0, 2) == "as") &&
        StartsUpper(w.substr(3))) {
      return true;
    }
    return t.capital && !IsAllCaps(t.text) && !lex_.IsNotName(t);
  }

  // "Sudesh Amman", "Jordan Peterson": a one-word place or country right
  // after a given name, ending the name, is a surname.
  bool SurnameLikePlace(size_t j) const {
    const LexiconEntity* e = nullptr;
    if (EntityAt(j, &e) != 1) return false;
    if (e->type != EntityType::kPlace && e->type != EntityType::kCountry) return false;
    return j + 1 >= t_.size() || !t_[j + 1].capital;
  }

  size_t NameRun(size_t i) {
    if (!NameWord(i)) return 0;
    if (lex_.IsHonorific(t_[i])) {
      // "Mr. Smith" / "Dr Jones": the honorific is not part of the name.
      size_t j = i + 1;
      if (j < t_.size() && t_[j].Is('.')) ++j;
      return j - i;
    }
    size_t j = i + 1;
    size_t org_head = lex_.IsOrganizationHead(t_[i]) ? i + 1 : 0;
    while (j < t_.size()) {
      if (NameWord(j) && org_head == 0 && j == i + 1 && !lex_.IsHonorific(t_[i]) &&
          SurnameLikePlace(j)) {
        ++j;
        break;
      }
      if (NameWord(j) && !StartsSomething(j)) {
        if (lex_.IsOrganizationHead(t_[j])) org_head = j + 1;
        ++j;
        continue;
      }
      // "Ministry of Foreign Affairs", "Institute for Economic Policy".
      std::string_view w = t_[j].text;
      bool connector = (w == "of" || w == "for" || w == "on") && org_head > 0;
      if ((connector || IsNameParticle(w)) && j + 1 < t_.size() && NameWord(j + 1) &&
          !StartsSomething(j + 1)) {
        j += 2;
        continue;
      }
      break;
    }
    // "House Intelligence Committee Representative Adam Schiff": an
    // organisation name followed by two more capitalised words is two names.
    if (org_head > 0 && org_head < j && j - org_head >= 2) j = org_head;
    size_t len = j - i;
    bool sentence_start = i == 0 || (i == 1 && !t_[0].word);
    // Perhaps an ordinary word capitalised by the sentence start: kept only
    // if it turns out to be the surname of a person the document names.
    bool guess = len == 1 && sentence_start && j < t_.size() && t_[j].word && !t_[j].capital &&
                 !lex_.FindReportingVerb(t_[j]) && t_[j].text != "'s";
    EntityType type = EntityType::kUnknown;
    bool all_alpha = true;
    for (size_t k = i; k < j; ++k) all_alpha = all_alpha && IsAlphaName(t_[k].text);
    if (org_head > 0) {
      type = EntityType::kOrganization;
    } else if (lex_.IsMediaHead(t_[j - 1]) && len >= 2) {
      type = EntityType::kMedia;
    } else if (len >= 2 && len <= 4 && all_alpha && !lex_.IsNonPersonHead(t_[j - 1])) {
      type = EntityType::kPerson;
    }
    Add(i, j, MentionKind::kName, type, doc_.Text(t_[i].begin, t_[j - 1].end));
    found_.back().guess = guess;
    return len;
  }

  const Lexicon& lex_;
  const DocAnalysis& doc_;
  std::deque<std::string>& phrases_;
  const Span<Token> t_;
  std::vector<int>& entity_len_;  // the MentionScratch's buffers (see there)
  std::vector<const LexiconEntity*>& entity_;
  std::vector<Mention>& found_;
  std::string& phrase_;
};

// Answers "does the document write this word starting with a lower-case
// letter?". Most documents ask a few times or never, so the first questions
// scan the tokens (most are turned away by their size); a document that
// keeps asking, or is long, gets an index of its lower-case words, as 8-byte
// keys for words of up to 8 bytes and as views for longer ones, which keeps
// a huge document linear.
class LowerCaseWords {
 public:
  explicit LowerCaseWords(const DocAnalysis& doc) : doc_(doc) {}

  bool Contains(std::string_view lower) {
    if (lower.empty()) return false;
    const std::vector<Token>& tokens = doc_.all_tokens;
    if (scans_left_ > 0 && tokens.size() <= kScanLimit) {
      --scans_left_;
      const size_t n = lower.size();
      for (const Token& t : tokens) {
        if (t.lower.size() == n && t.word && !t.capital && SameBytes(t.lower.data(), lower.data(), n)) {
          return true;
        }
      }
      return false;
    }
    if (!indexed_) {
      for (const Token& t : tokens) {
        if (!t.word || t.capital) continue;
        if (t.lower.size() <= 8) {
          short_index_.insert(Key(t.lower, t.lower_padded));
        } else {
          long_index_.insert(t.lower);
        }
      }
      indexed_ = true;
    }
    return lower.size() <= 8 ? short_index_.count(Key(lower, false)) > 0
                             : long_index_.count(lower) > 0;
  }

 private:
  // The bytes of a word of 1 to 8 bytes as one number (words hold no NUL
  // byte, so words of different sizes differ too).
  static uint64_t Key(std::string_view w, bool padded) {
    return padded ? ShortKeyWordPadded(w.data(), w.size()) : ShortKeyWord(w.data(), w.size());
  }

  const DocAnalysis& doc_;
  int scans_left_ = 8;
  // Longer documents (a book) go to the index at once.
  static constexpr size_t kScanLimit = 16384;
  bool indexed_ = false;
  std::unordered_set<uint64_t> short_index_;
  std::unordered_set<std::string_view> long_index_;
};

// Keys of one document's people → person index. Reused from document to
// document: the keys' bytes sit in one buffer and the table holds indexes,
// so once grown it allocates nothing (std::unordered_map<std::string, int>
// allocated a node and a key per person).
class PersonKeys {
 public:
  void Clear() {
    bytes_.clear();
    keys_.clear();
    // A book-length document's table is not kept to be wiped for every
    // later document.
    if (slots_.size() > 4096) slots_.clear();
    std::fill(slots_.begin(), slots_.end(), 0);
  }
  /// The value under `key`; if there is none, `value` is stored under it.
  /// Returns the value and whether it was added.
  std::pair<int, bool> TryEmplace(std::string_view key, int value) {
    if ((keys_.size() + 1) * 2 > slots_.size()) Grow();
    const uint64_t h = HashBytes(key);
    const size_t mask = slots_.size() - 1;
    size_t i = h & mask;
    for (; slots_[i] != 0; i = (i + 1) & mask) {
      const Key& k = keys_[slots_[i] - 1];
      if (k.hash == h && k.size == key.size() &&
          SameBytes(bytes_.data() + k.offset, key.data(), key.size())) {
        return {k.value, false};
      }
    }
    keys_.push_back({h, static_cast<uint32_t>(bytes_.size()), static_cast<uint32_t>(key.size()), value});
    bytes_.append(key);
    slots_[i] = static_cast<uint32_t>(keys_.size());
    return {value, true};
  }
  /// The key added `index`-th (from 0).
  std::string_view KeyAt(size_t index) const {
    return std::string_view(bytes_.data() + keys_[index].offset, keys_[index].size);
  }

 private:
  struct Key {
    uint64_t hash;
    uint32_t offset, size;
    int value;
  };
  void Grow() {
    slots_.assign(std::max<size_t>(64, slots_.size() * 2), 0);
    const size_t mask = slots_.size() - 1;
    for (size_t k = 0; k < keys_.size(); ++k) {
      size_t i = keys_[k].hash & mask;
      while (slots_[i] != 0) i = (i + 1) & mask;
      slots_[i] = static_cast<uint32_t>(k + 1);
    }
  }

  std::string bytes_;
  std::vector<Key> keys_;
  std::vector<uint32_t> slots_;  ///< index + 1 into keys_; 0: empty
};

// Roles read next to person names (see RoleSighting).
class RoleFinder {
 public:
  RoleFinder(DocAnalysis& doc, uint32_t sentence)
      : doc_(doc), index_(sentence), s_(doc.sentences[sentence]), t_(s_.tokens) {}

  void Run() {
    for (size_t m = 0; m < s_.mentions.size(); ++m) {
      const Mention& name = s_.mentions[m];
      if (name.person < 0) continue;
      size_t before = roles_before_;
      LeftTitle(name);
      RightApposition(name);
      Copula(name);
      if (doc_.roles.size() == before) SentenceDescriptor(name);
      roles_before_ = doc_.roles.size();
    }
  }

 private:
  const Mention* MentionEndingAt(size_t k) const {  // mention whose last token is k-1
    if (k == 0 || k > t_.size()) return nullptr;
    int m = s_.mention_at[k - 1];
    if (m < 0 || s_.mentions[m].last != k) return nullptr;
    return &s_.mentions[m];
  }

  void Record(const Mention& person, const Mention& title, const Mention* of,
              const Mention* nationality) {
    RoleSighting r;
    r.person = person.person;
    r.role = std::string(doc_.TokenText(s_, title.first, title.last));
    if (title.first == 0 || (title.first == 1 && !t_[0].word)) {
      // Sentence-initial capital is not a formal title: "Political analyst X".
      bool rest_lower = true;
      for (uint32_t k = title.first + 1; k < title.last; ++k) rest_lower &= !t_[k].capital;
      if (rest_lower && title.last - title.first > 1 && r.role[0] >= 'A' && r.role[0] <= 'Z') {
        r.role[0] = static_cast<char>(r.role[0] - 'A' + 'a');
      }
    }
    if (of && (of->kind == MentionKind::kEntity || of->kind == MentionKind::kDemonym ||
               of->type == EntityType::kOrganization)) {
      r.of = of->name;
      r.of_type = of->kind == MentionKind::kDemonym ? EntityType::kCountry : of->type;
    } else if (of && of->person >= 0 && of->person != person.person) {
      r.of = doc_.people[of->person].name;
      r.of_type = EntityType::kPerson;
    }
    r.sentence = index_;
    r.begin = t_[std::min(title.first, person.first)].begin;
    r.end = t_[std::max(title.last, person.last) - 1].end;
    PersonInfo& p = doc_.people[person.person];
    p.roles.insert(Lower(r.role));
    if (nationality && (nationality->kind == MentionKind::kDemonym ||
                        nationality->type == EntityType::kCountry)) {
      if (p.country.empty()) p.country = nationality->name;
      if (r.of.empty()) {
        r.of = nationality->name;
        r.of_type = EntityType::kCountry;
      }
    }
    if (r.of_type == EntityType::kCountry && p.country.empty()) p.country = r.of;
    if (r.of_type == EntityType::kOrganization && p.org.empty()) p.org = r.of;
    // Sentences are read in order, so a sighting of this sentence can only
    // be at the end of the list.
    for (auto seen = doc_.roles.rbegin(); seen != doc_.roles.rend() && seen->sentence == r.sentence;
         ++seen) {
      if (seen->person == r.person && seen->role == r.role) return;
    }
    doc_.roles.push_back(std::move(r));
  }

  // The nationality or owner right before a title: "Armenian", "Russia's", "CSTO".
  const Mention* OwnerBefore(size_t k) const {
    if (k >= 2 && t_[k - 1].text == "'s") {
      const Mention* m = MentionEndingAt(k - 1);
      if (m && (m->kind == MentionKind::kEntity || m->person >= 0)) return m;
      return nullptr;
    }
    const Mention* m = MentionEndingAt(k);
    if (m && (m->kind == MentionKind::kDemonym || m->kind == MentionKind::kEntity)) return m;
    return nullptr;
  }

  // Skips a parenthetical "( ... )" that ends at token k-1; returns its start.
  size_t SkipParenBack(size_t k) const {
    if (k == 0 || !t_[k - 1].Is(')')) return k;
    size_t j = k - 1;
    size_t limit = j > 12 ? j - 12 : 0;
    while (j > limit && !t_[j - 1].Is('(')) --j;
    return (j > 0 && t_[j - 1].Is('(')) ? j - 1 : k;
  }

  // "Armenian President Serzh Sargsyan", "President of Belarus Alexander
  // Lukashenko", "Kazakh political analyst, Aidar Amrebaev".
  void LeftTitle(const Mention& name) {
    size_t k = name.first;
    if (k >= 1 && t_[k - 1].Is(',')) {
      const Mention* m = MentionEndingAt(k - 1);
      bool title_of = m && (m->kind == MentionKind::kEntity) && m->first >= 2 &&
                      (t_[m->first - 1].Is("of") ||
                       (t_[m->first - 1].Is("the") && m->first >= 3 && t_[m->first - 2].Is("of")));
      if (!m || (m->kind != MentionKind::kTitle && !title_of)) return;  // a list, not an apposition
      --k;
    }
    for (int chain = 0; chain < 3; ++chain) {
      k = SkipParenBack(k);
      const Mention* m = MentionEndingAt(k);
      if (!m) return;
      if (m->kind == MentionKind::kTitle) {
        Record(name, *m, OwnerBefore(m->first), OwnerBefore(m->first));
        k = m->first;
      } else if (m->kind == MentionKind::kEntity || m->type == EntityType::kOrganization) {
        // Title of [the] ENTITY Name
        size_t j = m->first;
        if (j >= 1 && t_[j - 1].Is("the")) --j;
        if (j < 2 || !t_[j - 1].Is("of")) return;
        const Mention* title = MentionEndingAt(j - 1);
        if (!title || title->kind != MentionKind::kTitle) return;
        Record(name, *title, m, OwnerBefore(title->first));
        k = title->first;
      } else {
        return;
      }
      // A chain "Chairman of X, Speaker of Y Name".
      if (k >= 1 && t_[k - 1].Is(',')) {
        --k;
      } else if (k >= 1 && t_[k - 1].Is("and")) {
        --k;
      } else {
        return;
      }
    }
  }

  // First organisation or country named in tokens [b, e) after "of"/"at".
  const Mention* OfIn(size_t b, size_t e) const {
    for (size_t k = b; k < e; ++k) {
      if (!(t_[k].Is("of") || t_[k].Is("at") || t_[k].Is("for"))) continue;
      for (size_t j = k + 1; j < e && j < k + 8; ++j) {
        if (t_[j].Is(',') || t_[j].Is('.')) break;
        int mi = s_.mention_at[j];
        if (mi < 0) continue;
        const Mention& m = s_.mentions[mi];
        if (m.last < e && t_[m.last].text == "'s") {
          j = m.last;
          continue;  // "at Russia's Financial University": the owner is not the employer
        }
        if (m.kind == MentionKind::kEntity || m.type == EntityType::kOrganization) return &m;
      }
    }
    return nullptr;
  }

  // "Peter Lund is a political analyst", "X was the foreign minister of Y".
  void Copula(const Mention& name) {
    size_t k = name.last;
    if (k + 2 >= t_.size() || !(t_[k].Is("is") || t_[k].Is("was"))) return;
    ++k;
    if (!(t_[k].Is("a") || t_[k].Is("an") || t_[k].Is("the"))) return;
    ++k;
    const Mention* nationality = nullptr;
    if (k < t_.size() && s_.mention_at[k] >= 0 &&
        s_.mentions[s_.mention_at[k]].kind == MentionKind::kDemonym) {
      nationality = &s_.mentions[s_.mention_at[k]];
      k = nationality->last;
    }
    if (k >= t_.size() || s_.mention_at[k] < 0) return;
    const Mention& title = s_.mentions[s_.mention_at[k]];
    if (title.kind != MentionKind::kTitle || title.first != k) return;
    size_t e = title.last;
    while (e < t_.size() && !t_[e].Is(',') && !t_[e].Is('.') && !t_[e].Is(';')) ++e;
    Record(name, title, OfIn(title.last, e), nationality);
  }

  // "Nancy Pelosi, the Speaker of the House," / "X, associate professor at Y,".
  void RightApposition(const Mention& name) {
    size_t k = name.last;
    if (k >= t_.size() || !t_[k].Is(',')) return;
    ++k;
    if (k < t_.size() && (t_[k].Is("the") || t_[k].Is("a") || t_[k].Is("an"))) ++k;
    const Mention* nationality = nullptr;
    if (k < t_.size() && s_.mention_at[k] >= 0) {
      const Mention& m = s_.mentions[s_.mention_at[k]];
      if (m.kind == MentionKind::kDemonym) {
        nationality = &m;
        k = m.last;
      } else if (m.kind == MentionKind::kEntity && m.last < t_.size() &&
                 t_[m.last].text == "'s") {
        nationality = &m;  // "X, Norway's foreign minister,"
        k = m.last + 1;
      }
    }
    if (k >= t_.size() || s_.mention_at[k] < 0) return;
    const Mention& title = s_.mentions[s_.mention_at[k]];
    if (title.kind != MentionKind::kTitle || title.first != k) return;
    size_t e = title.last;
    while (e < t_.size() && !t_[e].Is(',') && !t_[e].Is('.') && !t_[e].Is(';')) {
      // "X, President of Belarus Alexander Lukashenko": the title is the next name's.
      if (s_.mention_at[e] >= 0 && s_.mentions[s_.mention_at[e]].person >= 0) return;
      ++e;
    }
    Record(name, title, OfIn(title.last, e), nationality);
  }

  // "Russian political analyst, co-chairman of ..., Sergey Zhavoronkov, noted":
  // comma-separated descriptors opening the sentence, then the name.
  void SentenceDescriptor(const Mention& name) {
    if (name.first == 0 || !t_[name.first - 1].Is(',')) {
      // "Director of the East-West Strategy analytical center Dmitry Orlov"
      size_t k = 0;
      if (k < t_.size() && t_[k].Is("the")) ++k;
      if (k >= name.first || s_.mention_at[k] < 0) return;
      const Mention& title = s_.mentions[s_.mention_at[k]];
      if (title.kind != MentionKind::kTitle || name.first - title.last > 8) return;
      if (title.last >= t_.size() || !(t_[title.last].Is("of") || t_[title.last].Is("at"))) return;
      for (size_t j = title.last; j < name.first; ++j) {
        if (t_[j].Is(',') || doc_.lexicon->FindReportingVerb(t_[j])) return;
      }
      Record(name, title, OfIn(title.last, name.first), nullptr);
      return;
    }
    size_t segment = 0;
    for (size_t k = 0; k < name.first; ++k) {
      if (t_[k].word && doc_.lexicon->FindReportingVerb(t_[k])) return;
    }
    const Mention* nationality = nullptr;
    while (segment < name.first) {
      size_t k = segment;
      if (t_[k].Is("the") || t_[k].Is("a") || t_[k].Is("an")) ++k;
      size_t end = k;
      while (end < name.first && !t_[end].Is(',')) ++end;
      if (k < end && s_.mention_at[k] >= 0) {
        const Mention* m = &s_.mentions[s_.mention_at[k]];
        if (m->kind == MentionKind::kDemonym && m->last < end && s_.mention_at[m->last] >= 0) {
          if (!nationality) nationality = m;
          m = &s_.mentions[s_.mention_at[m->last]];
        }
        if (m->kind == MentionKind::kTitle) Record(name, *m, OfIn(m->last, end), nationality);
      }
      segment = end + 1;
    }
  }

  DocAnalysis& doc_;
  uint32_t index_;
  SentenceInfo& s_;
  const Span<Token>& t_;
  size_t roles_before_ = 0;
};

}  // namespace

int DocAnalysis::SentenceAt(uint32_t pos) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), pos,
                             [](uint32_t p, const SentenceInfo& s) { return p < s.begin; });
  if (it == sentences.begin()) return -1;
  --it;
  return pos < it->end ? static_cast<int>(it - sentences.begin()) : -1;
}

namespace {

// FoldedSurname(word) of one word into `key`, without folding when it is
// plain ASCII letters and digits (its fold is then its lower-case form).
void WordSurnameKey(std::string_view word, const Lexicon* lexicon, std::string& key) {
  // Lowered as it is checked, in one pass.
  key.resize(word.size());
  char* out = key.data();
  bool plain = !word.empty();
  for (char c : word) {
    const bool upper = c >= 'A' && c <= 'Z';
    plain &= upper || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    *out++ = static_cast<char>(c + (upper << 5));
  }
  if (!plain) {
    key = FoldedSurname(word, lexicon);
    return;
  }
  if (lexicon) {
    const std::string_view variant = lexicon->NameVariant(key);
    if (variant.data() != key.data()) key.assign(variant);
  }
}

}  // namespace

int DocAnalysis::PersonBySurname(std::string_view word, uint32_t sentence) const {
  if (by_surname.empty()) return -1;
  thread_local std::string key;
  WordSurnameKey(word, lexicon, key);
  if (!(surname_filter >> (HashBytes(key) % 64) & 1)) return -1;
  auto first = std::lower_bound(
      by_surname.begin(), by_surname.end(), std::string_view(key),
      [this](const Surname& e, std::string_view k) { return SurnameText(e) < k; });
  int best_before = -1, best_after = -1;
  for (auto it = first; it != by_surname.end() && SurnameText(*it) == key; ++it) {
    const int p = it->person;
    if (people[p].first_sentence <= sentence) {
      if (best_before < 0 || people[p].first_sentence >= people[best_before].first_sentence) {
        best_before = static_cast<int>(p);
      }
    } else if (best_after < 0) {
      best_after = static_cast<int>(p);
    }
  }
  return best_before >= 0 ? best_before : best_after;
}

DocAnalysis Analyze(std::string_view text, const Lexicon& lexicon) {
  DocAnalysis doc;
  Analyze(text, lexicon, doc);
  return doc;
}

void Analyze(std::string_view text, const Lexicon& lexicon, DocAnalysis& doc) {
  doc.lexicon = &lexicon;
  doc.original = text;
  FoldInto(text, doc.folded);
  const size_t size = doc.folded.text.size();
  doc.lower.resize(size + 8);
  LowerAscii(doc.folded.text.data(), size, doc.lower.data());
  std::memset(doc.lower.data() + size, 0, 8);  // padding for Token::lower_padded lookups
  SegmentInto(doc.folded.text, lexicon, doc.segmentation);
  const size_t n_sentences = doc.segmentation.sentences.size();
  doc.sentences.assign(n_sentences, SentenceInfo());
  doc.all_tokens.clear();
  doc.all_mentions.clear();
  doc.people.clear();
  doc.by_surname.clear();
  doc.surname_bytes.clear();
  doc.surname_filter = 0;
  doc.roles.clear();
  doc.phrases.clear();
  // Where each sentence's part of the document's arrays starts; the spans
  // are made once the arrays are complete (appending moves them).
  struct Offsets {
    size_t tokens, mentions;
  };
  thread_local std::vector<Offsets> offsets;
  offsets.resize(n_sentences + 1);
  doc.all_tokens.reserve(size / 5 + 4 * n_sentences + 4);
  doc.all_mentions.reserve(size / 24 + 4);
  doc.all_mention_at.reserve(doc.all_tokens.capacity());
  thread_local MentionScratch scratch;
  for (size_t si = 0; si < n_sentences; ++si) {
    const Sentence& s = doc.segmentation.sentences[si];
    SentenceInfo& info = doc.sentences[si];
    info.begin = s.begin;
    info.end = s.end;
    info.paragraph = s.paragraph;
    const size_t first_token = doc.all_tokens.size();
    offsets[si] = {first_token, doc.all_mentions.size()};
    TokenizeInto(doc.all_tokens, doc.folded.text, doc.lower, s.begin, s.end);
    const size_t n = doc.all_tokens.size() - first_token;
    info.word_flags = lexicon.Annotate(doc.all_tokens.data() + first_token, n);
    MentionFinder(doc, Span<Token>(doc.all_tokens.data() + first_token, n), scratch).Run();
    // The mention index: token → mention of this sentence, or -1. Its
    // size is the most tokens any document had: it is grown, zero-filled,
    // only past that, and each sentence overwrites its own part.
    if (doc.all_mention_at.size() < doc.all_tokens.size()) {
      doc.all_mention_at.resize(std::max(doc.all_tokens.size(), 2 * doc.all_mention_at.size()));
    }
    std::fill_n(doc.all_mention_at.data() + first_token, n, -1);
    IndexMentions(scratch.mentions.data(), scratch.mentions.size(),
                  doc.all_mention_at.data() + first_token);
    for (Mention& mention : scratch.mentions) doc.all_mentions.push_back(std::move(mention));
  }
  offsets[n_sentences] = {doc.all_tokens.size(), doc.all_mentions.size()};
  for (size_t si = 0; si < n_sentences; ++si) {
    SentenceInfo& info = doc.sentences[si];
    const size_t tokens = offsets[si + 1].tokens - offsets[si].tokens;
    info.tokens = Span<Token>(doc.all_tokens.data() + offsets[si].tokens, tokens);
    info.mention_at = Span<int>(doc.all_mention_at.data() + offsets[si].tokens, tokens);
    info.mentions = Span<Mention>(doc.all_mentions.data() + offsets[si].mentions,
                                  offsets[si + 1].mentions - offsets[si].mentions);
  }

  // People: every multi-word person name, keyed so spelling variants meet.
  thread_local PersonKeys by_key;
  thread_local std::string key;
  by_key.Clear();
  // The person a name keys to, added on first sight (first in sentence si).
  auto person_for = [&](std::string_view name, uint32_t si) {
    EntityKeyInto(name, EntityType::kPerson, &lexicon, key);
    auto [person, added] = by_key.TryEmplace(key, static_cast<int>(doc.people.size()));
    if (added) {
      PersonInfo p;
      p.name = name;
      p.first_sentence = si;
      doc.people.push_back(std::move(p));
    }
    return person;
  };
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    for (Mention& m : doc.sentences[si].mentions) {
      if (m.kind != MentionKind::kName || m.type != EntityType::kPerson) continue;
      // "Santa Barbara County Sheriff Bill Brown": a name before a title is a place.
      const SentenceInfo& s = doc.sentences[si];
      if (m.last < s.tokens.size() && s.mention_at[m.last] >= 0 &&
          s.mentions[s.mention_at[m.last]].kind == MentionKind::kTitle &&
          s.mentions[s.mention_at[m.last]].first == m.last && s.tokens[m.last].capital) {
        m.type = EntityType::kUnknown;
        continue;
      }
      m.person = person_for(m.name, si);
      // The longest spelling names the person.
      if (m.name.size() > doc.people[m.person].name.size()) doc.people[m.person].name = m.name;
    }
  }
  for (size_t p = 0; p < doc.people.size(); ++p) {
    if (NameWords(doc.people[p].name) < 2) continue;
    // Person p was added with the p-th key, which every spelling of the
    // name shares; its last word is the folded surname (see
    // name_variants_are_words()), so the name need not be folded again.
    std::string_view surname;
    std::string folded;
    if (lexicon.name_variants_are_words()) {
      const std::string_view key = by_key.KeyAt(p);  // "p:" and the words
      const size_t space = key.rfind(' ');
      surname = key.substr(space == std::string_view::npos ? 2 : space + 1);
    } else {
      folded = FoldedSurname(doc.people[p].name, &lexicon);
      surname = folded;
    }
    doc.by_surname.push_back({static_cast<uint32_t>(doc.surname_bytes.size()),
                              static_cast<uint32_t>(surname.size()), static_cast<int>(p)});
    doc.surname_bytes.append(surname);
    doc.surname_filter |= uint64_t{1} << (HashBytes(surname) % 64);
  }
  std::sort(doc.by_surname.begin(), doc.by_surname.end(),
            [&doc](const DocAnalysis::Surname& a, const DocAnalysis::Surname& b) {
              const std::string_view x = doc.SurnameText(a), y = doc.SurnameText(b);
              return x != y ? x < y : a.person < b.person;
            });
  // One-word names, sentence by sentence, mention by mention (each step
  // reads only its own sentence's mentions, and the people it adds are
  // not among the surnames, so one pass gives what a pass per step would):
  LowerCaseWords lower_words(doc);
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    SentenceInfo& s = doc.sentences[si];
    for (Mention& m : s.mentions) {
      if (m.kind != MentionKind::kName || m.person >= 0 || m.last - m.first != 1) continue;
      // The person with that surname, if the document has one.
      if (int p = doc.PersonBySurname(m.name, si); p >= 0) {
        m.person = p;
        m.type = EntityType::kPerson;
        continue;
      }
      // "President Johnson", "Police Chief Smith": a one-word name right
      // after a title is a person even when the document never gives the
      // full name (the graph store later decides which full name, if any,
      // it stands for).
      if (m.guess) continue;
      if (m.type != EntityType::kPerson && m.type != EntityType::kUnknown) continue;
      if (m.first == 0 || s.mention_at[m.first - 1] < 0) continue;
      const Mention& title = s.mentions[s.mention_at[m.first - 1]];
      if (title.kind != MentionKind::kTitle || title.last != m.first) continue;
      const Token& word = s.tokens[m.first];
      // "fellow Democrats", "official Twitter": a title in lower case before a
      // capitalised word is a description, not "Title Name"; "King Jr", "J".
      if (!s.tokens[title.first].capital || word.text.size() < 3) continue;
      if (lexicon.IsNotName(word) || lexicon.IsNonPersonHead(word) || lexicon.IsOrganizationHead(word) ||
          lexicon.IsGroupNoun(word)) {
        continue;  // "Member States"
      }
      // "Prime Minister Theresa May": a name cut short is not a person of its own.
      if (m.last < s.tokens.size() && s.tokens[m.last].word && s.tokens[m.last].capital) continue;
      // "Member States" beside "member states": a word the document also
      // writes in lower case is a common noun, not a name.
      if (lower_words.Contains(word.lower)) continue;
      m.person = person_for(m.name, si);
      m.type = EntityType::kPerson;
    }
  }
  // Sentence-initial guesses that named nobody were ordinary words.
  for (SentenceInfo& s : doc.sentences) {
    Span<Mention>& ms = s.mentions;
    Mention* kept = std::remove_if(ms.begin(), ms.end(),
                                   [](const Mention& m) { return m.guess && m.person < 0; });
    if (kept == ms.end()) continue;  // the index still holds
    ms = Span<Mention>(ms.data(), static_cast<size_t>(kept - ms.begin()));
    std::fill(s.mention_at.begin(), s.mention_at.end(), -1);
    IndexMentions(ms.data(), ms.size(), s.mention_at.data());
  }
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) RoleFinder(doc, si).Run();
}

}  // namespace newsgraph
