#include "extract/lexicon.h"

#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <mutex>
#include <sstream>
#include <stdexcept>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "extract/span.h"

namespace newsgraph {
namespace {

// Base letters of U+00C0..U+00FF and U+0100..U+017F, so "Erdoğan" and
// "Brudziński" match their unaccented spellings.
constexpr char kLatin1Base[] =
    "AAAAAAACEEEEIIIIDNOOOOO OUUUUYTsaaaaaaaceeeeiiiidnooooo ouuuuyty";
constexpr char kLatinExtABase[] =
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSs"
    "TtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
static_assert(sizeof(kLatin1Base) == 65, "64 letters");
static_assert(sizeof(kLatinExtABase) == 129, "128 letters");

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read lexicon '" + path + "'");
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Line and column of a byte offset, for JSON error messages.
std::string Where(const std::string& text, size_t offset) {
  size_t line = 1, col = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
  }
  return std::to_string(line) + ":" + std::to_string(col);
}

// A lexicon file parsed in place: the document's strings point into the
// file's text rather than copies of it, so the two are kept together.
class JsonFile {
 public:
  explicit JsonFile(const std::string& path) : text_(ReadFile(path)) {
    doc_.ParseInsitu(text_.data());
    if (doc_.HasParseError()) {
      throw std::runtime_error(path + ":" + Where(text_, doc_.GetErrorOffset()) + ": " +
                               rapidjson::GetParseError_En(doc_.GetParseError()));
    }
    if (!doc_.IsObject()) throw std::runtime_error(path + ": expected a JSON object");
  }
  JsonFile(const JsonFile&) = delete;
  JsonFile& operator=(const JsonFile&) = delete;

  const rapidjson::Document& doc() const { return doc_; }

 private:
  std::string text_;
  rapidjson::Document doc_;
};

const rapidjson::Value& Member(const rapidjson::Value& obj, const char* name,
                               const std::string& path) {
  auto it = obj.FindMember(name);
  if (it == obj.MemberEnd()) {
    throw std::runtime_error(path + ": missing \"" + name + "\"");
  }
  return it->value;
}

std::vector<std::string> Strings(const rapidjson::Value& obj, const char* name,
                                 const std::string& path, bool required = true) {
  std::vector<std::string> out;
  auto it = obj.FindMember(name);
  if (it == obj.MemberEnd()) {
    if (required) throw std::runtime_error(path + ": missing \"" + name + "\"");
    return out;
  }
  if (!it->value.IsArray()) throw std::runtime_error(path + ": \"" + name + "\" is not a list");
  for (const auto& v : it->value.GetArray()) {
    if (!v.IsString()) throw std::runtime_error(path + ": \"" + name + "\" holds a non-string");
    out.emplace_back(v.GetString(), v.GetStringLength());
  }
  return out;
}

std::string StringOr(const rapidjson::Value& obj, const char* name, std::string fallback) {
  auto it = obj.FindMember(name);
  if (it == obj.MemberEnd() || !it->value.IsString()) return fallback;
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

size_t CountWords(std::string_view s) {
  size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ' || c == '-';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

// CountWords(s) >= 2, reading only up to the second word.
bool HasTwoWords(std::string_view s) {
  bool in_word = false, seen_word = false;
  for (char c : s) {
    bool space = c == ' ' || c == '-';
    if (!space && !in_word) {
      if (seen_word) return true;
      seen_word = true;
    }
    in_word = !space;
  }
  return false;
}

// The JSON names of the SpeechList and FunctionWord values, in enum order.
constexpr const char* kSpeechListNames[] = {
    "audience_nouns",  "object_pronouns",  "expression_verbs", "expression_nouns",
    "infinitive_verbs", "source_nouns",    "publishing_verbs", "member_adjectives",
    "pending_words",   "web_suffixes",     "object_optional_verbs", "state_bodies",
    "possessives",     "clause_openers"};
static_assert(sizeof(kSpeechListNames) / sizeof(kSpeechListNames[0]) ==
                  static_cast<size_t>(SpeechList::kCount),
              "one name per speech list");
constexpr const char* kFunctionWordNames[] = {
    "verb_fillers", "prepositions",     "adverbial_starts",  "subordinators",
    "bare_adverbs", "subject_pronouns", "non_clause_starts", "determiners"};
static_assert(sizeof(kFunctionWordNames) / sizeof(kFunctionWordNames[0]) ==
                  static_cast<size_t>(FunctionWord::kCount),
              "one name per function-word class");

bool FileExists(const std::string& path) { return access(path.c_str(), R_OK) == 0; }

std::string ExecutableDir() {
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof(buf) - 1);
  if (n <= 0) return ".";
  std::string path(buf, static_cast<size_t>(n));
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? "." : path.substr(0, slash);
}

}  // namespace

namespace {

// What the character at text[i] (a byte >= 0x80) folds to: a base letter,
// ' ' (a separator: apostrophes, dashes, the no-break space, × and ÷), or
// 0 (kept as it is); *len is its size in bytes. The text is valid UTF-8 by
// the time it gets here; anything odd is one byte kept as it is.
char FoldNonAscii(std::string_view text, size_t i, size_t* len) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  uint32_t cp = 0;
  *len = 1;
  if ((c & 0xE0) == 0xC0 && i + 1 < text.size()) {
    cp = ((c & 0x1F) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3F);
    *len = 2;
  } else if ((c & 0xF0) == 0xE0 && i + 2 < text.size()) {
    cp = ((c & 0x0F) << 12) | ((static_cast<unsigned char>(text[i + 1]) & 0x3F) << 6) |
         (static_cast<unsigned char>(text[i + 2]) & 0x3F);
    *len = 3;
  } else if ((c & 0xF8) == 0xF0 && i + 3 < text.size()) {
    *len = 4;
  }
  if (cp >= 0xC0 && cp <= 0xFF) return kLatin1Base[cp - 0xC0];
  if (cp >= 0x100 && cp <= 0x17F) return kLatinExtABase[cp - 0x100];
  if (cp == 0x2019 || cp == 0x2018 || (cp >= 0x2010 && cp <= 0x2015) || cp == 0xA0) return ' ';
  return 0;
}

}  // namespace

namespace {

// An ASCII letter or digit's fold (the letter in lower case), else 0.
constexpr std::array<char, 256> MakeAlnumFolds() {
  std::array<char, 256> f{};
  for (int c = '0'; c <= '9'; ++c) f[c] = static_cast<char>(c);
  for (int c = 'a'; c <= 'z'; ++c) f[c] = f[c - 'a' + 'A'] = static_cast<char>(c);
  return f;
}
constexpr std::array<char, 256> kAlnumFold = MakeAlnumFolds();

}  // namespace

bool FoldForMatchInto(std::string_view text, std::string& out, size_t limit) {
  // Written through a pointer: every name, key and quote of the graph is
  // folded, most of them plain ASCII. A fold
  // is never longer than its text (each character gives at most one, and
  // the space between words stands for a separator that gave none).
  const size_t n = text.size();
  out.resize(n);
  char* const begin = out.data();
  char* o = begin;
  bool pending_space = false;
  auto put = [&](char c) {
    if (c == ' ') {
      pending_space = o != begin;
      return;
    }
    if (pending_space) *o++ = ' ';
    pending_space = false;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    *o++ = c;
  };
  auto fold_of = [](char c) { return kAlnumFold[static_cast<unsigned char>(c)]; };
  size_t i = 0;
  while (i < n) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      char f = fold_of(text[i]);
      if (!f) {
        pending_space = o != begin;
        ++i;
        continue;
      }
      if (pending_space) *o++ = ' ';
      pending_space = false;
      // A run of ASCII letters and digits, lower-cased as it is copied.
      do {
        *o++ = f;
        ++i;
      } while (i < n && (f = fold_of(text[i])));
      if (static_cast<size_t>(o - begin) > limit) {
        out.resize(static_cast<size_t>(o - begin));
        return false;
      }
      continue;
    }
    size_t len = 0;
    if (const char folded = FoldNonAscii(text, i, &len)) {
      put(folded);
    } else {
      if (pending_space) *o++ = ' ';
      pending_space = false;
      std::memcpy(o, text.data() + i, len);
      o += len;
    }
    i += len;
    if (static_cast<size_t>(o - begin) > limit) {
      out.resize(static_cast<size_t>(o - begin));
      return false;
    }
  }
  out.resize(static_cast<size_t>(o - begin));
  return out.size() <= limit;
}

void LowerAscii(const char* in, size_t n, char* out) {
  // Branch-free so the compiler turns it into vector code.
  for (size_t i = 0; i < n; ++i) {
    auto c = static_cast<unsigned char>(in[i]);
    out[i] = static_cast<char>(c + ((static_cast<unsigned char>(c - 'A') < 26) << 5));
  }
}

std::string Lower(std::string_view s) {
  std::string out(s.size(), '\0');
  LowerAscii(s.data(), s.size(), out.data());
  return out;
}

std::string FoldForMatch(std::string_view text) {
  std::string out;
  FoldForMatchInto(text, out, std::string::npos);
  return out;
}

std::unique_ptr<Lexicon> Lexicon::Load(const std::string& dir) {
  std::unique_ptr<Lexicon> lex(new Lexicon());

  auto add_entity = [&](const std::string& path, const std::string& name, EntityType type,
                        const std::string& country, const std::vector<std::string>& aliases) {
    size_t index = lex->entities_.size();
    std::string full = name;
    // Organisations go by their full names; media keep the name they are
    // known by ("BBC", "CNN").
    bool acronym = name.find(' ') == std::string::npos && type == EntityType::kOrganization;
    for (char c : name) acronym = acronym && !(c >= 'a' && c <= 'z');
    if (acronym) {
      for (const std::string& alias : aliases) {
        bool lower = false;
        for (char c : alias) lower = lower || (c >= 'a' && c <= 'z');
        if (CountWords(alias) >= 2 && lower) {
          full = alias;
          break;
        }
      }
    }
    lex->entities_.push_back({name, full, type, country});
    std::vector<std::string> forms = aliases;
    forms.push_back(name);
    for (const std::string& form : forms) {
      if (form.empty()) continue;
      lex->entity_exact_.emplace(form, index);
      bool folded_key = CountWords(form) >= 2 || type != EntityType::kCountry;
      std::string folded = FoldForMatch(form);
      if (folded_key) lex->entity_folded_.emplace(folded, index);
      // Index the key's folded first word (FindEntity's quick rejection).
      std::string_view first = std::string_view(folded).substr(0, folded.find(' '));
      FirstWord bounds;
      if (const FirstWord* have = lex->entity_first_words_.find(first)) bounds = *have;
      bounds.exact = true;
      bounds.max_exact_size = std::max(bounds.max_exact_size, form.size());
      bounds.exact_sizes |= uint64_t{1} << (form.size() % 64);
      if (folded_key) {
        bounds.folded = true;
        bounds.max_folded_size = std::max(bounds.max_folded_size, folded.size());
        bounds.folded_sizes |= uint64_t{1} << (folded.size() % 64);
      }
      lex->entity_first_words_.assign(first, bounds);
      lex->max_entity_words_ = std::max(lex->max_entity_words_, CountWords(form) + 1);
    }
    (void)path;
  };

  {
    std::string path = dir + "/countries.json";
    const JsonFile json(path);
    const rapidjson::Document& doc = json.doc();
    const auto& list = Member(doc, "countries", path);
    if (!list.IsArray()) throw std::runtime_error(path + ": \"countries\" is not a list");
    for (const auto& c : list.GetArray()) {
      std::string name = StringOr(c, "name", "");
      if (name.empty()) throw std::runtime_error(path + ": a country without a name");
      add_entity(path, name, EntityType::kCountry, name, Strings(c, "aliases", path, false));
      auto demonyms = Strings(c, "demonyms", path, false);
      for (const auto& d : demonyms) lex->demonyms_.emplace(d, lex->entities_.size() - 1);
      if (!demonyms.empty()) lex->demonym_of_.emplace(name, demonyms.front());
    }
  }
  {
    std::string path = dir + "/organizations.json";
    const JsonFile json(path);
    const rapidjson::Document& doc = json.doc();
    const auto& list = Member(doc, "organizations", path);
    if (!list.IsArray()) throw std::runtime_error(path + ": \"organizations\" is not a list");
    for (const auto& o : list.GetArray()) {
      std::string name = StringOr(o, "name", "");
      if (name.empty()) throw std::runtime_error(path + ": an organization without a name");
      auto type = ParseEntityType(StringOr(o, "type", "organization"));
      if (!type) throw std::runtime_error(path + ": " + name + ": unknown type");
      add_entity(path, name, *type, StringOr(o, "country", ""), Strings(o, "aliases", path, false));
    }
  }
  {
    std::string path = dir + "/places.json";
    const JsonFile json(path);
    const rapidjson::Document& doc = json.doc();
    const auto& list = Member(doc, "places", path);
    if (!list.IsArray()) throw std::runtime_error(path + ": \"places\" is not a list");
    for (const auto& p : list.GetArray()) {
      std::string name = StringOr(p, "name", "");
      if (name.empty()) throw std::runtime_error(path + ": a place without a name");
      add_entity(path, name, EntityType::kPlace, StringOr(p, "country", ""),
                 Strings(p, "aliases", path, false));
    }
  }
  {
    std::string path = dir + "/titles.json";
    const JsonFile json(path);
    const rapidjson::Document& doc = json.doc();
    for (auto& t : Strings(doc, "titles", path)) {
      lex->max_title_words_ = std::max(lex->max_title_words_, CountWords(t));
      std::string lower = Lower(t);
      std::string_view first = std::string_view(lower).substr(0, lower.find(' '));
      lex->title_first_words_.insert(first);
      lex->max_title_first_word_size_ = std::max(lex->max_title_first_word_size_, first.size());
      lex->titles_.insert(lower);
      for (size_t sp = lower.find(' '); sp != std::string::npos; sp = lower.find(' ', sp + 1)) {
        lex->title_prefixes_.emplace(std::string_view(lower).substr(0, sp), 0);
      }
      lex->title_prefixes_.assign(lower, 1);
    }
    for (auto& h : Strings(doc, "honorifics", path)) lex->honorifics_.insert(h);
  }
  {
    std::string path = dir + "/reporting_verbs.json";
    const JsonFile json(path);
    const rapidjson::Document& doc = json.doc();
    const auto& list = Member(doc, "verbs", path);
    if (!list.IsArray()) throw std::runtime_error(path + ": \"verbs\" is not a list");
    for (const auto& v : list.GetArray()) {
      ReportingVerb verb;
      verb.lemma = StringOr(v, "lemma", "");
      std::string kind = StringOr(v, "kind", "speech");
      if (kind == "speech") {
        verb.kind = VerbKind::kSpeech;
      } else if (kind == "describe") {
        verb.kind = VerbKind::kDescribe;
      } else if (kind == "call") {
        verb.kind = VerbKind::kCall;
      } else {
        throw std::runtime_error(path + ": " + verb.lemma + ": unknown kind '" + kind + "'");
      }
      auto flag = [&](const char* key) {
        auto it = v.FindMember(key);
        return it != v.MemberEnd() && it->value.IsBool() && it->value.GetBool();
      };
      verb.zero_that = flag("zero_that");
      verb.object_first = flag("object_first");
      verb.after_quote_only = flag("after_quote_only");
      for (auto& form : Strings(v, "present", path, false)) lex->verbs_.emplace(form, verb);
      ReportingVerb gerund = verb;
      gerund.gerund = true;
      for (auto& form : Strings(v, "gerund", path, false)) lex->verbs_.emplace(form, gerund);
      verb.past = true;
      for (auto& form : Strings(v, "past", path, false)) lex->verbs_.assign(form, verb);
    }
  }
  {
    // Word lists the speech rules read by name.
    std::string path = dir + "/speech_words.json";
    const JsonFile json(path);
    const rapidjson::Document& doc = json.doc();
    if (!doc.IsObject()) throw std::runtime_error(path + ": not an object");
    for (auto it = doc.MemberBegin(); it != doc.MemberEnd(); ++it) {
      std::string name(it->name.GetString(), it->name.GetStringLength());
      if (name.rfind("_", 0) == 0) continue;  // "_comment"
      StringSet& set = lex->speech_lists_[name];
      for (auto& w : Strings(doc, name.c_str(), path)) set.insert(Lower(w));
    }
  }
  {
    std::string path = dir + "/words.json";
    const JsonFile json(path);
    const rapidjson::Document& doc = json.doc();
    for (auto& w : Strings(doc, "organization_heads", path)) lex->org_heads_.insert(w);
    for (auto& w : Strings(doc, "media_heads", path)) lex->media_heads_.insert(w);
    for (auto& w : Strings(doc, "group_nouns", path)) lex->group_nouns_.insert(Lower(w));
    for (auto& w : Strings(doc, "statement_nouns", path)) lex->statement_nouns_.insert(Lower(w));
    for (auto& w : Strings(doc, "not_names", path)) lex->not_names_.insert(w);
    for (auto& w : Strings(doc, "abbreviations", path)) lex->abbreviations_.insert(w);
    for (auto& w : Strings(doc, "organization_anaphors", path)) lex->org_anaphors_.insert(Lower(w));
    for (auto& w : Strings(doc, "hypothetical_words", path)) lex->hypothetical_.insert(Lower(w));
    for (auto& w : Strings(doc, "clause_verbs", path)) lex->clause_verbs_.insert(Lower(w));
    for (auto& w : Strings(doc, "naming_words", path)) lex->naming_words_.insert(Lower(w));
    for (auto& w : Strings(doc, "non_person_heads", path)) lex->non_person_heads_.insert(w);
    for (auto& w : Strings(doc, "question_openers", path)) lex->question_openers_.insert(Lower(w));
    const auto& function_words = Member(doc, "function_words", path);
    if (!function_words.IsObject()) {
      throw std::runtime_error(path + ": \"function_words\" is not an object");
    }
    for (size_t i = 0; i < static_cast<size_t>(FunctionWord::kCount); ++i) {
      for (auto& w : Strings(function_words, kFunctionWordNames[i], path)) {
        lex->function_words_[i].insert(w);
      }
    }
    for (const char* key : {"spelling_variants", "name_variants"}) {
      const auto& map = Member(doc, key, path);
      if (!map.IsObject()) throw std::runtime_error(path + ": \"" + key + "\" is not an object");
      auto& target = std::string_view(key) == "spelling_variants" ? lex->spelling_
                                                                   : lex->name_variants_;
      for (const auto& m : map.GetObject()) {
        if (!m.value.IsString()) continue;
        target.emplace(Lower(m.name.GetString()), Lower(m.value.GetString()));
      }
    }
    for (const std::string& v : lex->name_variants_.values()) {
      if (v.empty() || v.find(' ') != std::string::npos) lex->name_variants_are_words_ = false;
    }
  }
  {
    std::string path = dir + "/clutter.json";
    const JsonFile json(path);
    const rapidjson::Document& doc = json.doc();
    for (auto& l : Strings(doc, "lines", path)) {
      lex->clutter_lines_.insert(Lower(l));
      lex->max_clutter_line_size_ = std::max(lex->max_clutter_line_size_, l.size());
    }
    for (auto& p : Strings(doc, "prefixes", path)) {
      if (p.empty()) continue;  // would make every line clutter
      lex->clutter_prefixes_.push_back(Lower(p));
      lex->max_clutter_prefix_size_ = std::max(lex->max_clutter_prefix_size_, p.size());
      auto first = static_cast<unsigned char>(lex->clutter_prefixes_.back()[0]);
      lex->clutter_prefixes_by_first_[first].push_back(
          static_cast<uint16_t>(lex->clutter_prefixes_.size() - 1));
    }
  }
  lex->BuildWordTable();
  for (LexiconEntity& e : lex->entities_) {
    const LexiconEntity* by_name = lex->FindEntity(e.full_name);
    e.international = by_name && by_name->country.empty();
  }
  return lex;
}

void Lexicon::BuildWordTable() {
  auto add_lower = [&](const StringSet& set, uint64_t flag) {
    for (const std::string& key : set.keys()) words_.get_or_insert(key).flags |= flag;
  };
  add_lower(group_nouns_, kWordGroupNoun);
  add_lower(statement_nouns_, kWordStatementNoun);
  add_lower(org_anaphors_, kWordOrganizationAnaphor);
  add_lower(hypothetical_, kWordHypothetical);
  add_lower(clause_verbs_, kWordClauseVerb);
  add_lower(naming_words_, kWordNamingWord);
  add_lower(question_openers_, kWordQuestionOpener);
  add_lower(title_first_words_, kWordTitleStart);
  // Exact spellings, filed under their lower-case form.
  auto form_of = [&](const std::string& key) -> LexiconForm& {
    LexiconWord& word = words_.get_or_insert(Lower(key));
    for (LexiconForm& form : word.forms) {
      if (form.text == key) return form;
    }
    word.forms.push_back(LexiconForm{key, 0, nullptr, nullptr});
    return word.forms.back();
  };
  auto add_exact = [&](const StringSet& set, uint64_t flag) {
    for (const std::string& key : set.keys()) form_of(key).flags |= flag;
  };
  add_exact(honorifics_, kWordHonorific);
  add_exact(org_heads_, kWordOrganizationHead);
  add_exact(media_heads_, kWordMediaHead);
  add_exact(not_names_, kWordNotName);
  add_exact(non_person_heads_, kWordNonPersonHead);
  for (size_t i = 0; i < static_cast<size_t>(FunctionWord::kCount); ++i) {
    add_exact(function_words_[i], FunctionWordFlag(static_cast<FunctionWord>(i)));
  }
  for (size_t i = 0; i < static_cast<size_t>(SpeechList::kCount); ++i) {
    auto list = speech_lists_.find(kSpeechListNames[i]);
    if (list != speech_lists_.end()) add_lower(list->second, SpeechListFlag(static_cast<SpeechList>(i)));
  }
  for (const char* pronoun : {"he", "she", "they", "him", "her", "them"}) {
    words_.get_or_insert(pronoun).flags |= kWordPronoun;
  }
  for (const char* according : {"according", "According"}) form_of(according).flags |= kWordAccording;
  for (size_t i = 0; i < verbs_.size(); ++i) {
    LexiconForm& form = form_of(verbs_.keys()[i]);
    form.verb = &verbs_.values()[i];
    form.flags |= kWordReportingVerb;
  }
  for (size_t i = 0; i < demonyms_.size(); ++i) {
    LexiconForm& form = form_of(demonyms_.keys()[i]);
    form.demonym = &entities_[demonyms_.values()[i]];
    form.flags |= kWordDemonym;
  }
  // The entity trie: every exact key by its fold, every folded key as it is.
  for (const std::string& key : entity_exact_.keys()) {
    entity_trie_.node(entity_trie_.Insert(FoldForMatch(key))).exact = true;
  }
  for (size_t i = 0; i < entity_folded_.size(); ++i) {
    entity_trie_.node(entity_trie_.Insert(entity_folded_.keys()[i])).folded_entity =
        static_cast<uint32_t>(entity_folded_.values()[i]);
  }
  // Words of ASCII letters and digits are their own fold: a token's entry
  // gives its trie word without folding it (LongestEntityAt).
  for (size_t id = 0; id < entity_trie_.words().size(); ++id) {
    const std::string& word = entity_trie_.words()[id];
    bool plain = true;
    for (char c : word) plain = plain && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
    if (plain) words_.get_or_insert(word).entity_word = static_cast<uint32_t>(id);
  }
  // Forms are complete: a lower-case token's answer, ready (ClassifyLower).
  for (const std::string& key : words_.keys()) {
    LexiconWord& word = words_.get_or_insert(key);
    word.lower_flags = word.flags;
    for (const LexiconForm& form : word.forms) {
      if (form.text != key) continue;
      word.lower_flags |= form.flags;
      word.lower_form = &form;
    }
  }
  // The answers for one-byte punctuation tokens (Annotate's shortcut).
  for (int b = 0; b < 128; ++b) {
    char text[1] = {static_cast<char>(b)};
    Token t;
    t.text = t.lower = std::string_view(text, 1);
    punctuation_[b] = Classify(t);  // words_ is complete: no pointer moves after this
  }
}

Lexicon::Classification Lexicon::ClassifyLower(const Token& token, std::string_view lower) const {
  Classification c;
  c.flags = kWordAnnotated;
  if (token.shaped) {
    if (token.ascii_alnum) c.flags |= kWordAsciiAlnum;
    if (token.has_upper) c.flags |= kWordHasUpper;
  } else {
    bool alnum = true;
    for (char ch : lower) alnum = alnum && ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'));
    if (alnum) c.flags |= kWordAsciiAlnum;
    // Lower() changes only ASCII capitals, so any difference is one.
    if (lower != token.text) c.flags |= kWordHasUpper;
  }
  AddWord(token.lower_padded && lower.data() == token.lower.data() ? words_.find_padded(lower)
                                                                   : words_.find(lower),
          token.text, c);
  return c;
}

inline void Lexicon::AddWord(const LexiconWord* word, std::string_view text, Classification& c) {
  if (!word) return;
  c.word = word;
  if (!(c.flags & kWordHasUpper)) {  // spelled as the word itself
    c.flags |= word->lower_flags;
    c.form = word->lower_form;
    return;
  }
  c.flags |= word->flags;
  c.form = ExactForm(*word, text);
  if (c.form) c.flags |= c.form->flags;
}

const LexiconForm* Lexicon::ExactForm(const LexiconWord& word, std::string_view text) {
  for (const LexiconForm& form : word.forms) {
    if (form.text.size() == text.size() && SameBytes(form.text.data(), text.data(), text.size())) {
      return &form;
    }
  }
  return nullptr;
}

uint64_t Lexicon::Annotate(Token* tokens, size_t count) const {
  uint64_t all = 0;
  for (Token& t : Span<Token>(tokens, count)) {
    const size_t size = t.text.size();
    Classification c;
    if (!t.shaped) {
      c = Classify(t);
    } else if (!t.word && size == 1 && static_cast<unsigned char>(t.text[0]) < 0x80) {
      // Punctuation is one ASCII byte: its answers were worked out at load.
      c = punctuation_[static_cast<unsigned char>(t.text[0])];
    } else if (t.lower_padded && size - 1 < 8) {
      // Most words: ClassifyLower() with the short-key lookup inline.
      c.flags = kWordAnnotated | (t.ascii_alnum ? uint64_t{kWordAsciiAlnum} : 0) |
                (t.has_upper ? uint64_t{kWordHasUpper} : 0);
      AddWord(words_.find_short_padded(t.lower), t.text, c);
    } else {
      c = Classify(t);
    }
    t.lexicon_flags = c.flags;
    t.lexicon_form = c.form;
    t.entity_word = c.word ? c.word->entity_word : EntityTrie::kNone;
    all |= c.flags;
  }
  return all;
}

std::string Lexicon::SchemaDir() {
  static const std::string dir = [] {
    std::vector<std::string> candidates;
    if (const char* env = std::getenv("NEWSGRAPH_SCHEMA_DIR"); env && *env) {
      candidates.emplace_back(env);
    }
    std::string exe = ExecutableDir();
    candidates.push_back(exe + "/../share/newsgraph/schema");
    candidates.push_back(exe + "/schema");
    candidates.push_back(exe + "/../schema");
    candidates.push_back(NEWSGRAPH_SCHEMA_DIR);
    for (const auto& c : candidates) {
      if (FileExists(c + "/lexicon/countries.json")) return c;
    }
    return std::string(NEWSGRAPH_SCHEMA_DIR);
  }();
  return dir;
}

const Lexicon& Lexicon::Default() {
  // Never destroyed: freeing its tens of thousands of strings would only
  // delay the exit.
  static std::once_flag once;
  static const Lexicon* lexicon = nullptr;
  std::call_once(once, [] { lexicon = Load(SchemaDir() + "/lexicon").release(); });
  return *lexicon;
}

const LexiconEntity* Lexicon::FindEntity(std::string_view surface) const {
  // No key, exact or folded, starts with another first word than the fold's.
  thread_local std::string folded;
  FoldForMatchInto(surface, folded, std::string::npos);
  const FirstWord* first =
      entity_first_words_.find(std::string_view(folded).substr(0, folded.find(' ')));
  if (!first) return nullptr;
  // An exact key equal to `surface` has its size (and its first word).
  if (first->MayBeExact(surface.size())) {
    if (const size_t* index = entity_exact_.find(surface)) return &entities_[*index];
  }
  if (!first->folded || !HasTwoWords(surface) || !first->MayBeFolded(folded.size())) {
    return nullptr;
  }
  const size_t* index = entity_folded_.find(folded);
  return index ? &entities_[*index] : nullptr;
}

uint32_t Lexicon::WalkFolded(uint32_t at, std::string_view text) const {
  thread_local std::string folded;
  FoldForMatchInto(text, folded, std::string::npos);
  for (size_t begin = 0; begin < folded.size();) {
    size_t end = folded.find(' ', begin);
    if (end == std::string::npos) end = folded.size();
    const uint32_t word = entity_trie_.WordId(std::string_view(folded).substr(begin, end - begin));
    if (word == EntityTrie::kNone) return EntityTrie::kNone;
    at = entity_trie_.Child(at, word);
    if (at == EntityTrie::kNone) return EntityTrie::kNone;
    begin = end + 1;
  }
  return at;
}

size_t Lexicon::LongestEntityAt(const Token* tokens, size_t count,
                                const LexiconEntity** found) const {
  // The fold of a window is the folds of its tokens joined by single
  // spaces: tokens never end inside a folded word (a word run ends at a
  // byte that folds to a separator), and the bytes between tokens are
  // spaces. So the window's path in the trie is its tokens' words in turn,
  // and the walk stops where no key goes on. At each word token the window
  // so far is tried as FindEntity() would: the exact key first (which has
  // the same fold, so it ends on this path), then the folded key.
  const char* const start = tokens[0].text.data();
  uint32_t at = EntityTrie::kRoot;
  size_t longest = 0;
  for (size_t k = 0; k < count; ++k) {
    const Token& t = tokens[k];
    if ((t.lexicon_flags & kWordAnnotated) && (t.lexicon_flags & kWordAsciiAlnum)) {
      // Its lower-case form is its fold: one word, indexed with the lexicon's words.
      const uint32_t word = t.entity_word;
      if (word == EntityTrie::kNone) break;
      at = entity_trie_.Child(at, word);
    } else {
      at = WalkFolded(at, t.text);
    }
    if (at == EntityTrie::kNone) break;
    if (!t.word) continue;  // windows end on words
    const EntityTrie::Node& node = entity_trie_.node(at);
    if (!node.exact && node.folded_entity == EntityTrie::kNone) continue;
    const std::string_view surface(start, static_cast<size_t>(t.text.data() + t.text.size() - start));
    if (node.exact) {
      if (const size_t* index = entity_exact_.find(surface)) {
        *found = &entities_[*index];
        longest = k + 1;
        continue;
      }
    }
    if (node.folded_entity != EntityTrie::kNone && HasTwoWords(surface)) {
      *found = &entities_[node.folded_entity];
      longest = k + 1;
    }
  }
  return longest;
}

const LexiconEntity* Lexicon::FindDemonym(std::string_view word) const {
  const size_t* index = demonyms_.find(word);
  return index ? &entities_[*index] : nullptr;
}

std::string_view Lexicon::DemonymOf(std::string_view country) const {
  const std::string* demonym = demonym_of_.find(country);
  return demonym ? std::string_view(*demonym) : std::string_view();
}

const ReportingVerb* Lexicon::FindReportingVerb(std::string_view word) const {
  return verbs_.find(word);
}

bool Lexicon::IsTitle(std::string_view lower_phrase) const {
  return titles_.contains(lower_phrase);
}
Lexicon::TitlePrefix Lexicon::TitlePrefixOf(std::string_view lower_phrase) const {
  const uint8_t* title = title_prefixes_.find(lower_phrase);
  return !title ? kNoTitle : *title ? kTitle : kTitleStart;
}
bool Lexicon::MayStartTitle(std::string_view word) const {
  char buf[64];
  if (word.size() > max_title_first_word_size_ || word.size() > sizeof buf) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return title_first_words_.contains(std::string_view(buf, word.size()));
}
bool Lexicon::IsHonorific(std::string_view word) const { return honorifics_.contains(word); }
bool Lexicon::IsOrganizationHead(std::string_view word) const {
  return org_heads_.contains(word);
}
bool Lexicon::IsMediaHead(std::string_view word) const { return media_heads_.contains(word); }
bool Lexicon::IsGroupNoun(std::string_view lower_word) const {
  return group_nouns_.contains(lower_word);
}
bool Lexicon::IsStatementNoun(std::string_view lower_word) const {
  return statement_nouns_.contains(lower_word);
}
bool Lexicon::IsNotName(std::string_view word) const { return not_names_.contains(word); }
bool Lexicon::IsOrganizationAnaphor(std::string_view lower_word) const {
  return org_anaphors_.contains(lower_word);
}
bool Lexicon::IsHypothetical(std::string_view lower_word) const {
  return hypothetical_.contains(lower_word);
}
bool Lexicon::IsClauseVerb(std::string_view lower_word) const {
  return clause_verbs_.contains(lower_word);
}
bool Lexicon::IsNamingWord(std::string_view lower_word) const {
  return naming_words_.contains(lower_word);
}
bool Lexicon::IsQuestionOpener(std::string_view lower_word) const {
  return question_openers_.contains(lower_word);
}
bool Lexicon::IsNonPersonHead(std::string_view word) const {
  return non_person_heads_.contains(word);
}
bool Lexicon::IsAbbreviation(std::string_view word) const {
  return abbreviations_.contains(word);
}

bool Lexicon::IsClutterLine(std::string_view lower_line) const {
  if (clutter_lines_.contains(lower_line)) return true;
  return HasClutterPrefix(lower_line);
}

bool Lexicon::HasClutterPrefix(std::string_view lower_line) const {
  if (lower_line.empty()) return false;
  for (uint16_t k : clutter_prefixes_by_first_[static_cast<unsigned char>(lower_line[0])]) {
    const std::string& prefix = clutter_prefixes_[k];
    if (lower_line.substr(0, prefix.size()) == prefix) return true;
  }
  return false;
}

bool Lexicon::IsClutterLineAnyCase(std::string_view line) const {
  // Only the bytes a list can match are lowered, into a buffer on the stack
  // (on the heap for lists of absurdly long lines).
  std::string_view head = line.substr(0, line.size() <= max_clutter_line_size_
                                             ? line.size()
                                             : max_clutter_prefix_size_);
  char stack_buf[256];
  std::string heap_buf;
  char* buf = stack_buf;
  if (head.size() > sizeof stack_buf) {
    heap_buf.resize(head.size());
    buf = heap_buf.data();
  }
  LowerAscii(head.data(), head.size(), buf);
  std::string_view lower(buf, head.size());
  // Longer than every whole clutter line: only a prefix can match.
  if (line.size() <= max_clutter_line_size_ && clutter_lines_.contains(lower)) return true;
  return HasClutterPrefix(lower);
}

std::string_view Lexicon::SpellingVariant(std::string_view lower_word) const {
  const std::string* v = spelling_.find(lower_word);
  return v ? std::string_view(*v) : lower_word;
}

bool Lexicon::InSpeechList(std::string_view list, std::string_view lower_word) const {
  auto it = speech_lists_.find(list);
  return it != speech_lists_.end() && it->second.contains(lower_word);
}

std::string_view Lexicon::NameVariant(std::string_view lower_word) const {
  const std::string* v = name_variants_.find(lower_word);
  return v ? std::string_view(*v) : lower_word;
}

}  // namespace newsgraph
