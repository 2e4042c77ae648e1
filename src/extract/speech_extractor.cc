#include "extract/speech_extractor.h"

#include <algorithm>
#include <cstring>
#include <set>
#include <unordered_map>

namespace newsgraph {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n'; }
bool IsAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}

bool CanOpen(std::string_view t, uint32_t q, uint32_t pb, uint32_t pe) {
  if (q + 1 >= pe || IsSpace(t[q + 1])) return false;
  if (q == pb) return true;
  char p = t[q - 1];
  return IsSpace(p) || p == '(' || p == '[' || p == '{' || p == '-' || p == '/' || p == ':' ||
         p == ';' || p == ',' || p == '\'';
}

bool CanClose(std::string_view t, uint32_t q, uint32_t pb, uint32_t pe) {
  if (q == pb || IsSpace(t[q - 1])) return false;
  if (q + 1 >= pe) return true;
  char n = t[q + 1];
  return IsSpace(n) || n == '.' || n == ',' || n == ';' || n == ':' || n == '!' || n == '?' ||
         n == ')' || n == ']' || n == '-' || n == '\'';
}

struct Speaker {
  /// A view of the document (its text or its people) or of the lexicon,
  /// which outlive the extraction.
  std::string_view name;
  EntityType type = EntityType::kUnknown;
  int person = -1;
  double confidence = 0;
  bool ok() const { return !name.empty(); }
};

struct Item {
  uint32_t begin = 0, end = 0;  // folded content
  Speaker speaker;
  std::string_view rule;  // a literal
  int quote = -1;  // direct quote index, -1 for reported speech
};

class SpeechExtractor {
 public:
  SpeechExtractor(const DocAnalysis& doc, std::vector<Triple>& out)
      : d_(doc), lex_(*doc.lexicon), out_(out), quotes_(FindQuoteSpans(doc)),
        consumed_(quotes_.size(), false), group_speaker_(quotes_.size()),
        last_seen_(doc.people.size(), -1) {
    quote_end_max_.resize(quotes_.size());
    for (size_t q = 0; q < quotes_.size(); ++q) {
      if (q > 0 && quotes_[q].begin < quotes_[q - 1].begin) quotes_sorted_ = false;
      quote_end_max_[q] = std::max(quotes_[q].end, q > 0 ? quote_end_max_[q - 1] : 0u);
    }
    // The quotes of each sentence, in order, one array for all sentences:
    // counted, then placed (most sentences have none).
    std::vector<int> sentence_of(quotes_.size());
    quote_first_.assign(d_.sentences.size() + 1, 0);
    for (size_t q = 0; q < quotes_.size(); ++q) {
      int s = d_.SentenceAt(quotes_[q].begin);
      if (s < 0) s = d_.SentenceAt(quotes_[q].open);
      sentence_of[q] = s;
      if (s >= 0) ++quote_first_[static_cast<size_t>(s) + 1];
    }
    for (size_t si = 0; si < d_.sentences.size(); ++si) quote_first_[si + 1] += quote_first_[si];
    quote_by_sentence_.resize(quote_first_.back());
    std::vector<uint32_t> placed(quote_first_.begin(), quote_first_.end() - 1);
    for (size_t q = 0; q < quotes_.size(); ++q) {
      if (sentence_of[q] >= 0) quote_by_sentence_[placed[sentence_of[q]]++] = static_cast<int>(q);
    }
  }

  void Run() {
    for (uint32_t si = 0; si < d_.sentences.size(); ++si) {
      items_.clear();
      sentence_speaker_ = Speaker();
      for (uint32_t k = quote_first_[si]; k < quote_first_[si + 1]; ++k) {
        AttributeQuote(si, quote_by_sentence_[k]);
      }
      if (unsigned starts = ReportStarts(si)) Reported(si, starts);
      Emit(si);
      NoteMentions(si);
    }
  }

 private:
  // ---- function words (words.json "function_words") -----------------------
  // Words that may stand between a speaker and the reporting verb.
  bool IsVerbFiller(const Token& t) const {
    if (!t.word || t.capital) return false;
    if (lex_.Is(FunctionWord::kVerbFiller, t)) return true;
    return t.text.size() > 4 && t.text.substr(t.text.size() - 2) == "ly";
  }
  bool IsPreposition(const Token& t) const { return lex_.Is(FunctionWord::kPreposition, t); }
  // Tokens that open an adverbial after a reporting verb ("said on Friday").
  bool IsAdverbialStart(const Token& t) const { return lex_.Is(FunctionWord::kAdverbialStart, t); }
  // Words that open a new clause: after a quote they mean the quote's
  // attribution, if any, is elsewhere.
  bool IsSubordinator(const Token& t) const {
    return t.word && lex_.Is(FunctionWord::kSubordinator, t);
  }
  bool IsBareAdverb(const Token& t) const { return lex_.Is(FunctionWord::kBareAdverb, t); }
  bool IsSubjectPronoun(const Token& t) const {
    return t.word && lex_.Is(FunctionWord::kSubjectPronoun, t);
  }
  bool StartsClause(const Token& t) const {
    return t.word && !lex_.Is(FunctionWord::kNonClauseStart, t);
  }

  // ---- tokens and mentions ------------------------------------------------
  const Mention* MentionEndingAt(const SentenceInfo& s, size_t k) const {
    if (k == 0 || k > s.tokens.size()) return nullptr;
    int m = s.mention_at[k - 1];
    if (m < 0 || s.mentions[m].last != k) return nullptr;
    return &s.mentions[m];
  }

  // True if a quote holds `pos`, looking at the quotes in order up to the
  // first that begins after it. Quotes come in text order, so that is a
  // binary search over their starts and the furthest end before it.
  bool InsideQuote(uint32_t pos) const {
    if (!quotes_sorted_) {
      for (const QuoteSpan& q : quotes_) {
        if (pos >= q.begin && pos < q.end) return true;
        if (q.begin > pos) break;
      }
      return false;
    }
    auto after = std::upper_bound(quotes_.begin(), quotes_.end(), pos,
                                  [](uint32_t p, const QuoteSpan& q) { return p < q.begin; });
    if (after == quotes_.begin()) return false;
    return quote_end_max_[static_cast<size_t>(after - quotes_.begin()) - 1] > pos;
  }

  // First token index of a mention with its descriptors ("the Armenian
  // President Serzh Sargsyan" starts at "the").
  size_t DescriptorStart(const SentenceInfo& s, const Mention& m) const {
    size_t b = m.first;
    // True if a country or organisation starts at token k (the one just consumed).
    auto left_is_entity = [&](size_t k) {
      if (k + 1 < s.tokens.size() && (s.tokens[k].Is("the") || s.tokens[k].Is("The"))) ++k;
      return k < s.tokens.size() && s.mention_at[k] >= 0 &&
             s.mentions[s.mention_at[k]].kind == MentionKind::kEntity;
    };
    while (b > 0) {
      const Mention* left = MentionEndingAt(s, b);
      if (left && (left->kind == MentionKind::kTitle || left->kind == MentionKind::kDemonym ||
                   (left->kind == MentionKind::kEntity && m.person >= 0))) {
        b = left->first;
        continue;
      }
      if (s.tokens[b - 1].text == "'s" && b >= 2 && MentionEndingAt(s, b - 1)) {
        b = MentionEndingAt(s, b - 1)->first;
        continue;
      }
      if (s.tokens[b - 1].Is("the") || s.tokens[b - 1].Is("The")) {
        --b;
        continue;
      }
      // "President of [the] Tajikistan Emomali Rahmon": "of" inside a title.
      const Token& prep = s.tokens[b - 1];
      if ((prep.Is("of") || prep.Is("to") || prep.Is("at") || prep.Is("for")) && b >= 2) {
        const Mention* title = MentionEndingAt(s, b - 1);
        if (title && title->kind == MentionKind::kTitle && left_is_entity(b)) {
          b = title->first;
          continue;
        }
      }
      break;
    }
    return b;
  }

  bool AfterPreposition(const SentenceInfo& s, const Mention& m) const {
    size_t b = DescriptorStart(s, m);
    const auto& t = s.tokens;
    if (b > 0 && t[b - 1].word && IsPreposition(t[b - 1])) return true;
    // "in neighboring Azerbaijan": one adjective between.
    return b > 1 && t[b - 1].word && !t[b - 1].capital &&
           !lex_.Is(FunctionWord::kDeterminer, t[b - 1]) &&
           t[b - 2].word && IsPreposition(t[b - 2]) && !lex_.FindReportingVerb(t[b - 1]);
  }

  // ---- speaker resolution -------------------------------------------------
  Speaker PersonSpeaker(int p, double confidence) const {
    Speaker sp;
    sp.name = d_.people[p].name;
    sp.type = EntityType::kPerson;
    sp.person = p;
    sp.confidence = confidence;
    return sp;
  }

  Speaker ResolvePronoun(uint32_t si, std::string_view pronoun) const {
    if (pronoun == "they") {
      if (last_speaker_.ok() && last_speaker_.type != EntityType::kPerson &&
          static_cast<int>(si) - last_speaker_sentence_ <= 3) {
        Speaker sp = last_speaker_;
        sp.confidence = 0.6;
        return sp;
      }
      return Speaker();
    }
    bool recent_speaker = last_speaker_.ok() && last_speaker_.type == EntityType::kPerson &&
                          static_cast<int>(si) - last_speaker_sentence_ <= 3;
    if (recent_speaker) {
      Speaker sp = last_speaker_;
      sp.confidence = 0.8;
      return sp;
    }
    if (last_person_ >= 0 && static_cast<int>(si) - last_person_sentence_ <= 3) {
      return PersonSpeaker(last_person_, 0.7);
    }
    if (last_speaker_.ok() && last_speaker_.type == EntityType::kPerson) {
      Speaker sp = last_speaker_;
      sp.confidence = 0.6;
      return sp;
    }
    return Speaker();
  }

  // "the analyst", "the Kazakh political analyst", "The Russian Foreign Minister".
  Speaker ResolveDescription(uint32_t si, const Mention& title, const std::string& country) const {
    auto matches = [&](const std::string& role) {
      if (role == title.name) return true;
      size_t sp = title.name.find(' ');
      if (sp != std::string::npos) return false;
      size_t rs = role.rfind(' ');
      if (rs == std::string::npos) return false;
      std::string first = role.substr(0, role.find(' '));
      if (first == "vice" || first == "deputy" || first == "assistant" || first == "under" ||
          first == "former" || first == "acting") {
        return false;
      }
      return role.substr(rs + 1) == title.name;
    };
    int best = -1, best_seen = -1;
    const std::vector<int>* candidates = RoleCandidates(title.name);
    const size_t n = candidates ? candidates->size() : d_.people.size();
    for (size_t c = 0; c < n; ++c) {
      const size_t p = candidates ? static_cast<size_t>((*candidates)[c]) : c;
      const PersonInfo& info = d_.people[p];
      if (!country.empty() && info.country != country) continue;
      bool has = false;
      for (const std::string& r : info.roles) has = has || matches(r);
      if (!has) continue;
      int seen = last_seen_[p];
      if (seen < 0 && info.first_sentence <= si) seen = static_cast<int>(info.first_sentence);
      if (seen > static_cast<int>(si)) continue;
      if (seen > best_seen || (best < 0 && seen >= 0)) {
        best = static_cast<int>(p);
        best_seen = seen;
      }
    }
    if (best >= 0) return PersonSpeaker(best, 0.75);
    // A generic description ("the expert") of the person just quoted.
    if (last_speaker_.ok() && last_speaker_.type == EntityType::kPerson &&
        static_cast<int>(si) - last_speaker_sentence_ <= 4) {
      Speaker sp = last_speaker_;
      sp.confidence = 0.55;
      return sp;
    }
    return Speaker();
  }

  // In a document with many people, those who have a role that is `title`
  // or ends with it, in ascending order (every person ResolveDescription
  // could match, and more); nullptr for "every person".
  const std::vector<int>* RoleCandidates(std::string_view title) const {
    if (d_.people.size() <= 64) return nullptr;
    if (!role_index_built_) {
      role_index_built_ = true;
      for (size_t p = 0; p < d_.people.size(); ++p) {
        for (const std::string& role : d_.people[p].roles) {
          role_index_[role].push_back(static_cast<int>(p));
          size_t space = role.rfind(' ');
          if (space != std::string::npos) {
            role_index_[role.substr(space + 1)].push_back(static_cast<int>(p));
          }
        }
      }
      for (auto& entry : role_index_) {
        std::vector<int>& people = entry.second;
        people.erase(std::unique(people.begin(), people.end()), people.end());
      }
    }
    static const std::vector<int> kNobody;
    auto found = role_index_.find(std::string(title));
    return found == role_index_.end() ? &kNobody : &found->second;
  }

  // The body behind "the statement": "a statement by X", "X's statement".
  Speaker ResolveStatement(uint32_t si) const {
    for (int k = static_cast<int>(si); k >= 0 && k >= static_cast<int>(si) - 3; --k) {
      const SentenceInfo& s = d_.sentences[k];
      for (auto it = s.mentions.rbegin(); it != s.mentions.rend(); ++it) {
        if (it->kind != MentionKind::kStatement) continue;
        size_t j = it->last;
        // "X, in a statement delivered by ..., announced": the clause's subject.
        if (it->first >= 3 && s.tokens[it->first - 2].Is("in") &&
            s.tokens[it->first - 3].Is(',') &&
            (s.tokens[it->first - 1].Is("a") ||
             lex_.InList(SpeechList::kPossessives, s.tokens[it->first - 1]))) {
          Speaker sp = ClauseSubject(k, s.tokens.size());
          if (sp.ok()) {
            sp.confidence = 0.6;
            return sp;
          }
        }
        // "X issued a statement", "X released its report".
        size_t b0 = it->first;
        if (b0 >= 2 && (s.tokens[b0 - 1].Is("a") || s.tokens[b0 - 1].Is("the") ||
                        s.tokens[b0 - 1].Is("its") || s.tokens[b0 - 1].Is("their"))) {
          size_t verb = b0 - 2;
          if (s.tokens[verb].word && !s.tokens[verb].capital && verb >= 1) {
            if (const Mention* subj = MentionEndingAt(s, verb)) {
              if (subj->kind == MentionKind::kEntity || subj->person >= 0 ||
                  subj->type == EntityType::kOrganization) {
                Speaker sp = FromMention(k, *subj);
                sp.confidence = 0.6;
                return sp;
              }
            }
          }
        }
        if (j < s.tokens.size() && (s.tokens[j].Is("by") || s.tokens[j].Is("of") ||
                                    s.tokens[j].Is("from"))) {
          ++j;
          if (j < s.tokens.size() && s.tokens[j].Is("the")) ++j;
          if (Speaker gov = DemonymBody(s, j + 2); gov.ok()) {
            gov.confidence = 0.6;
            return gov;
          }
          if (j < s.tokens.size() && s.mention_at[j] >= 0) {
            const Mention& m = s.mentions[s.mention_at[j]];
            if (m.kind == MentionKind::kEntity || m.type == EntityType::kOrganization ||
                m.person >= 0) {
              Speaker sp = FromMention(k, m);
              sp.confidence = 0.6;
              return sp;
            }
          }
        }
        size_t b = it->first;
        if (b >= 2 && s.tokens[b - 1].text == "'s") b -= 1;
        const Mention* owner = MentionEndingAt(s, b);
        if (owner && (owner->kind == MentionKind::kEntity || owner->person >= 0)) {
          Speaker sp = FromMention(k, *owner);
          sp.confidence = 0.6;
          return sp;
        }
      }
    }
    return Speaker();
  }

  Speaker FromMention(uint32_t si, const Mention& m) const {
    Speaker sp;
    const SentenceInfo& s = d_.sentences[si];
    switch (m.kind) {
      case MentionKind::kName:
        if (m.person >= 0) return PersonSpeaker(m.person, 0.9);
        if (m.type == EntityType::kOrganization || m.type == EntityType::kMedia) {
          sp.name = m.name;
          // "the Syrian Democratic Forces": the demonym is part of the name.
          if (const Mention* dem = MentionEndingAt(s, m.first)) {
            if (dem->kind == MentionKind::kDemonym && m.type == EntityType::kOrganization) {
              sp.name = d_.TokenText(s, dem->first, m.last);
            }
          }
          sp.type = m.type;
          sp.confidence = 0.8;
          return sp;
        }
        if (m.last - m.first == 1 || m.type == EntityType::kPerson) {
          sp.name = m.name;
          sp.type = EntityType::kPerson;
          sp.confidence = 0.6;
        }
        return sp;
      case MentionKind::kEntity:
        sp.name = m.name;
        sp.type = m.type;
        sp.confidence = 0.85;
        return sp;
      case MentionKind::kPronoun:
        return ResolvePronoun(si, m.name);
      case MentionKind::kGroup:
        sp.name = m.name;
        sp.type = EntityType::kGroup;
        sp.confidence = 0.5;
        return sp;
      case MentionKind::kStatement:
        return ResolveStatement(si);
      case MentionKind::kTitle: {
        // Only a definite description names someone: "the analyst".
        size_t b = m.first;
        std::string country;
        if (const Mention* dem = MentionEndingAt(s, b)) {
          if (dem->kind == MentionKind::kDemonym) {
            country = dem->name;
            b = dem->first;
          }
        }
        // "Chelyabinsk's governor": a place's or body's office holder.
        bool owned = b >= 2 && s.tokens[b - 1].text == "'s" && MentionEndingAt(s, b - 1) &&
                     MentionEndingAt(s, b - 1)->kind != MentionKind::kPronoun &&
                     MentionEndingAt(s, b - 1)->person < 0;
        if (!owned && (b == 0 || !(s.tokens[b - 1].Is("the") || s.tokens[b - 1].Is("The")))) {
          return sp;
        }
        if (owned) {
          Speaker holder = ResolveDescription(si, m, country);
          // Only a person known to hold that office, not the last speaker.
          if (holder.ok() && holder.confidence < 0.7) return Speaker();
          return holder;
        }
        return ResolveDescription(si, m, country);
      }
      case MentionKind::kDemonym:
        return sp;
    }
    return sp;
  }

  // The speaker named in tokens [a, b): a person first, then a pronoun, a
  // description, an organisation, a statement, a group.
  Speaker SpeakerInRange(uint32_t si, size_t a, size_t b) const {
    const SentenceInfo& s = d_.sentences[si];
    const Mention* pick[7] = {nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr};
    for (const Mention& m : s.mentions) {
      if (m.first < a || m.last > b) continue;
      bool possessive = m.last < s.tokens.size() && s.tokens[m.last].text == "'s";
      if (possessive || (DescriptorStart(s, m) > a && AfterPreposition(s, m))) continue;
      int rank = -1;
      switch (m.kind) {
        case MentionKind::kName:
          rank = m.person >= 0 || m.type == EntityType::kPerson ? 0
                 : (m.type == EntityType::kOrganization || m.type == EntityType::kMedia) ? 3
                 : m.last - m.first == 1 ? 4 : -1;
          break;
        case MentionKind::kPronoun: rank = 1; break;
        case MentionKind::kTitle: rank = 2; break;
        case MentionKind::kEntity: rank = 3; break;
        case MentionKind::kStatement: rank = 5; break;
        case MentionKind::kGroup: rank = 6; break;
        case MentionKind::kDemonym: break;
      }
      // A titled name beats an untitled one: "said County Sheriff Bill Brown".
      bool titled = m.first > 0 && MentionEndingAt(s, m.first) &&
                    MentionEndingAt(s, m.first)->kind == MentionKind::kTitle;
      if (rank >= 0 && (!pick[rank] || (rank == 0 && titled))) pick[rank] = &m;
    }
    for (const Mention* m : pick) {
      if (!m) continue;
      Speaker sp = FromMention(si, *m);
      if (sp.ok()) return sp;
    }
    return Speaker();
  }

  // The subject opening sentence `si` when a verb follows it before token
  // `limit`: "The State Department gave ..." → the State Department.
  Speaker ClauseSubject(uint32_t si, size_t limit) const {
    const SentenceInfo& s = d_.sentences[si];
    const auto& t = s.tokens;
    for (size_t j = 0; j < limit; ++j) {
      if (t[j].Is(';') || t[j].Is(':')) return Speaker();
    }
    // "Late on Sunday, X announced": a short adverbial before the subject.
    size_t opener = 0;
    for (size_t j = 1; j < limit && j < 6; ++j) {
      if (s.mention_at[j] >= 0) break;
      if (t[j].Is(',')) {
        opener = j + 1;
        break;
      }
    }
    if (opener > 0 && s.mention_at[0] >= 0) opener = 0;
    for (const Mention& m : s.mentions) {
      if (m.last >= limit) break;
      size_t start = DescriptorStart(s, m);
      if (start != 0 && start != opener) continue;
      // A title or demonym describes the name after it: "President X", and
      // so does a country right before a title or name: "the US President X".
      if (m.kind == MentionKind::kTitle || m.kind == MentionKind::kDemonym) continue;
      if (m.kind == MentionKind::kEntity && m.last < limit && s.mention_at[m.last] >= 0) continue;
      if (m.kind == MentionKind::kGroup || m.kind == MentionKind::kStatement) return Speaker();
      size_t u = m.last;
      if (u < limit && t[u].Is('(')) {
        while (u < limit && !t[u].Is(')')) ++u;
        ++u;
      }
      // "One of these groups, the SDF, opposed": the comma closes the aside
      // the subject stands in.
      if (u + 1 < limit && t[u].Is(',') && start == opener && opener > 0 && t[u + 1].word &&
          !t[u + 1].capital && !IsPreposition(t[u + 1]) && s.mention_at[u + 1] < 0 &&
          !IsSubordinator(t[u + 1]) && !t[u + 1].Is("who") && !t[u + 1].Is("which")) {
        ++u;
      } else if (u < limit && t[u].Is(',')) {
        // "Brett McGurk, who was ..., also criticized": step over one apposition.
        size_t c = u + 1;
        while (c < limit && c < u + 30 && !t[c].Is(',') && !t[c].Is('"')) ++c;
        if (c >= limit || !t[c].Is(',')) return Speaker();
        u = c + 1;
      }
      while (u < limit && IsVerbFiller(t[u])) ++u;
      if (u >= limit || !t[u].word || t[u].capital || IsPreposition(t[u]) ||
          t[u].Is("and") || t[u].Is("or") || t[u].Is("'s") || s.mention_at[u] >= 0) {
        return Speaker();
      }
      // A pronoun only for someone just quoted: "She did not know ... and said".
      if (m.kind == MentionKind::kPronoun &&
          !(last_speaker_.ok() && static_cast<int>(si) - last_speaker_sentence_ <= 2)) {
        return Speaker();
      }
      Speaker sp = FromMention(si, m);
      if (sp.type == EntityType::kGroup) return Speaker();
      return sp;
    }
    return Speaker();
  }

  // The source behind a document in [a, b): "data from the Gun Violence
  // Archive", "the reports by X", "the WHO's situation report".
  Speaker SourceInRange(uint32_t si, size_t a, size_t b) const {
    const SentenceInfo& s = d_.sentences[si];
    const auto& t = s.tokens;
    auto body = [&](const Mention& m) {
      return m.kind == MentionKind::kEntity || m.person >= 0 ||
             m.type == EntityType::kOrganization || m.type == EntityType::kMedia;
    };
    auto source_word = [&](const Token& w) {
      return w.word && !w.capital && (lex_.InList(SpeechList::kSourceNouns, w) ||
                                      lex_.InList(SpeechList::kPublishingVerbs, w));
    };
    for (size_t j = a; j + 1 < b; ++j) {
      bool sourced = false;  // "data from", "a survey published in 2017 by"
      for (size_t x = j; x > a && x + 3 >= j && !sourced; --x) sourced = source_word(t[x - 1]);
      if ((t[j].Is("by") || t[j].Is("from")) && sourced) {
        size_t x = j + 1;
        if (x < b && t[x].Is("the")) ++x;
        if (x < b && s.mention_at[x] >= 0) {
          const Mention& m = s.mentions[s.mention_at[x]];
          if (m.first == x && m.last <= b && body(m)) return FromMention(si, m);
        }
      }
      if (t[j].text == "'s" && j > a && j + 1 < b && source_word(t[j + 1])) {
        if (const Mention* owner = MentionEndingAt(s, j)) {
          if (body(*owner)) return FromMention(si, *owner);
        }
      }
    }
    return Speaker();
  }

  // "Mexican government" ending at token k: a demonym and a word for the
  // state ("government", "authorities"); not ok if none.
  Speaker DemonymBody(const SentenceInfo& s, size_t k) const {
    const auto& t = s.tokens;
    Speaker sp;
    if (k < 2 || k > t.size() || !t[k - 1].word || t[k - 1].capital ||
        !lex_.InList(SpeechList::kStateBodies, t[k - 1])) {
      return sp;
    }
    const Mention* dem = MentionEndingAt(s, k - 1);
    if (!dem || dem->kind != MentionKind::kDemonym || dem->first != k - 2) return sp;
    sp.name = d_.TokenText(s, k - 2, k);
    sp.type = EntityType::kOrganization;
    sp.confidence = 0.7;
    return sp;
  }

  // An acronym ("ALDI", "TVN24") or a web name ("Znak.com") ending at token
  // k; "" if none. Sets *start to its first token.
  std::string_view BareBodyNameEndingAt(const SentenceInfo& s, size_t k, size_t* start) const {
    const auto& t = s.tokens;
    if (k == 0 || !t[k - 1].word) return "";
    // Web name: Name . com [. au], written without spaces.
    size_t j = k - 1;
    while (j >= 2 && t[j - 1].Is('.') && t[j - 1].begin == t[j - 2].end &&
           t[j].begin == t[j - 1].end && t[j].word && !t[j].capital) {
      j -= 2;
    }
    if (j < k - 1 && t[j].word && t[j].capital &&
        lex_.InList(SpeechList::kWebSuffixes, t[k - 1])) {
      *start = j;
      return d_.TokenText(s, j, k);
    }
    const Token& w = t[k - 1];
    if (w.text.size() < 3 || w.text.size() > 8 || s.mention_at[k - 1] >= 0) return "";
    size_t upper = 0, digits = 0;
    for (char c : w.text) {
      if (c >= 'A' && c <= 'Z') ++upper;
      else if (c >= '0' && c <= '9') ++digits;
      else return "";
    }
    if (upper < 2 || lex_.IsNotName(w.text)) return "";
    if (k >= 2 && t[k - 2].word && t[k - 2].capital) return "";  // part of a longer name
    *start = k - 1;
    return w.text;
  }

  // The subject of the reporting verb at token v: "X said", "X, the ..., said".
  Speaker SpeakerBeforeVerb(uint32_t si, size_t v, size_t floor, size_t* np_start) const {
    const SentenceInfo& s = d_.sentences[si];
    const auto& t = s.tokens;
    co_speaker_ = Speaker();  // set below only for "A and B said"
    size_t k = v;
    while (k > floor && IsVerbFiller(t[k - 1])) --k;
    if (k <= floor) return Speaker();
    if ((t[k - 1].Is("and") || t[k - 1].Is("but")) && sentence_speaker_.ok()) {
      *np_start = k - 1;
      return sentence_speaker_;
    }
    // "The ministry gave its condolences and said ...": the first clause's subject.
    if ((t[k - 1].Is("and") || t[k - 1].Is("but")) && floor == 0) {
      Speaker sp = ClauseSubject(si, k - 1);
      if (sp.ok()) {
        *np_start = k - 1;
        return sp;
      }
    }
    // "X went on to say", "X continued to say": the subject of the verb phrase.
    if (t[k - 1].Is("to") && k >= 2) {
      size_t j = k - 1;
      while (j > floor && j + 4 > k && t[j - 1].word && !t[j - 1].capital &&
             !MentionEndingAt(s, j)) {
        --j;
      }
      if (j < k - 1 && MentionEndingAt(s, j)) k = j;
    }
    // "The WHO's website said": the owner speaks through its website.
    if (k >= 3 && t[k - 1].word && !t[k - 1].capital && t[k - 2].text == "'s" &&
        !MentionEndingAt(s, k)) {
      if (const Mention* owner = MentionEndingAt(s, k - 2)) {
        if (owner->kind == MentionKind::kEntity || owner->person >= 0 ||
            owner->type == EntityType::kOrganization) {
          *np_start = DescriptorStart(s, *owner);
          return FromMention(si, *owner);
        }
      }
    }
    // "the Mexican government said": a country's government.
    if (Speaker gov = DemonymBody(s, k); gov.ok()) {
      *np_start = k - 2;
      if (*np_start > 0 && (t[*np_start - 1].Is("the") || t[*np_start - 1].Is("The"))) {
        --*np_start;
      }
      return gov;
    }
    // "the Federal Security Service (FSB) said": skip the acronym.
    if (t[k - 1].Is(')')) {
      size_t j = k - 1;
      while (j > floor && j + 6 > k && !t[j - 1].Is('(')) --j;
      if (j > floor + 1 && t[j - 1].Is('(')) k = j - 1;
    }
    if (t[k - 1].Is(',')) {
      // An apposition closes before the verb: find the name it describes.
      for (int pass = 0; pass < 2; ++pass) {
        for (auto it = s.mentions.rbegin(); it != s.mentions.rend(); ++it) {
          const Mention& m = *it;
          if (m.last >= k || m.first < floor) continue;
          if (!t[m.last].Is(',')) continue;
          bool person = m.person >= 0 || m.type == EntityType::kPerson;
          bool body = m.kind == MentionKind::kEntity || m.type == EntityType::kOrganization ||
                      m.type == EntityType::kMedia;
          if ((pass == 0 && !person) || (pass == 1 && !body)) continue;
          if (AfterPreposition(s, m)) continue;
          size_t start = DescriptorStart(s, m);
          // The name must open its clause, not sit inside one ("with X,").
          if (start > floor && !t[start - 1].Is(',') && !(start == 0)) {
            bool clause_open = true;
            for (size_t j = floor; j < start; ++j) clause_open &= !t[j].word || t[j].capital;
            if (!clause_open) continue;
          }
          Speaker sp = FromMention(si, m);
          if (sp.ok()) {
            *np_start = start;
            return sp;
          }
        }
      }
      // "Coles, in its March 8 release, reported": an unknown name opening
      // the clause, with an aside saying where it spoke.
      if (!s.mentions.empty()) {
        const Mention& first = s.mentions.front();
        size_t a = first.last;
        if (first.first == floor && first.kind == MentionKind::kName && a + 3 < k &&
            t[a].Is(',') && t[a + 1].Is("in") && t[a + 2].word &&
            (t[a + 2].Is("a") || t[a + 2].Is("an") ||
             lex_.InList(SpeechList::kPossessives, t[a + 2]))) {
          Speaker sp = FromMention(si, first);
          if (sp.ok()) {
            *np_start = first.first;
            return sp;
          }
        }
      }
      // "Putin at the meeting with X, noted": the clause's first name.
      if (!s.mentions.empty()) {
        const Mention& first = s.mentions.front();
        if (first.first <= floor + 1 && first.last < k && (first.person >= 0 ||
                                                           first.kind == MentionKind::kEntity)) {
          *np_start = first.first;
          return FromMention(si, first);
        }
      }
      return Speaker();
    }
    const Mention* m = MentionEndingAt(s, k);
    if (!m) {
      // "ALDI announced", "TVN24 reported", "Znak.com claims": a body's name
      // the mention finder does not read.
      size_t start = k;
      std::string_view name = BareBodyNameEndingAt(s, k, &start);
      if (!name.empty() && (start == floor || t[start - 1].Is(',') || t[start - 1].Is(';'))) {
        *np_start = start;
        Speaker sp;
        sp.name = name;
        sp.type = EntityType::kOrganization;
        sp.confidence = 0.6;
        return sp;
      }
    }
    for (int hop = 0; m && hop < 2; ++hop) {
      if (AfterPreposition(s, *m)) {
        // "Alexander Lukashenko of Belarus noted": look before "of".
        size_t b = DescriptorStart(s, *m);
        m = b >= 1 ? MentionEndingAt(s, b - 1) : nullptr;
        continue;
      }
      if (m->kind == MentionKind::kDemonym) return Speaker();
      Speaker sp = FromMention(si, *m);
      *np_start = DescriptorStart(s, *m);
      // "A and B said": B is found first; A speaks too.
      co_speaker_ = Speaker();
      size_t start = *np_start;
      if (sp.ok() && start >= 2 && t[start - 1].Is("and")) {
        size_t j = start - 1;
        if (t[j - 1].Is(')')) {
          while (j > floor && !t[j - 1].Is('(')) --j;
          if (j > floor) --j;
        }
        if (const Mention* other = MentionEndingAt(s, j)) {
          if (other->kind == MentionKind::kEntity || other->person >= 0 ||
              other->type == EntityType::kOrganization) {
            co_speaker_ = FromMention(si, *other);
            *np_start = DescriptorStart(s, *other);
          }
        }
      }
      return sp;
    }
    return Speaker();
  }

  // ---- direct quotes ------------------------------------------------------
  // Token range of sentence `si` inside folded [from, to).
  std::pair<size_t, size_t> TokensBetween(uint32_t si, uint32_t from, uint32_t to) const {
    const auto& t = d_.sentences[si].tokens;
    size_t a = 0;
    while (a < t.size() && t[a].begin < from) ++a;
    size_t b = a;
    while (b < t.size() && t[b].end <= to) ++b;
    return {a, b};
  }

  uint32_t PrevQuoteCloseInSentence(uint32_t si, int q) const {
    uint32_t floor = d_.sentences[si].begin;
    for (int other = q - 1; other >= 0; --other) {
      if (quotes_[other].close < floor) break;
      return quotes_[other].close + 1;
    }
    return floor;
  }

  uint32_t NextQuoteOpen(uint32_t si, int q) const {
    uint32_t end = d_.sentences[si].end;
    if (q + 1 < static_cast<int>(quotes_.size()) && quotes_[q + 1].open < end) {
      return quotes_[q + 1].open;
    }
    return end;
  }

  // True if folded [b, e) holds at least `k` words (runs of IsAlnum bytes):
  // every caller only compares the count with a small number, so the scan
  // stops once it has seen enough.
  bool HasWords(uint32_t b, uint32_t e, size_t k) const {
    if (k == 0) return true;
    size_t n = 0;
    bool in = false;
    for (uint32_t i = b; i < e; ++i) {
      bool w = IsAlnum(d_.folded.text[i]);
      if (w && !in && ++n >= k) return true;
      in = w;
    }
    return false;
  }

  Speaker AfterQuote(int q, std::string_view* rule) const {
    const QuoteSpan& quote = quotes_[q];
    int se = d_.SentenceAt(quote.close);
    if (se < 0) se = d_.SentenceAt(quote.end > 0 ? quote.end - 1 : 0);
    if (se < 0) return Speaker();
    auto [a, b] = TokensBetween(se, quote.close + 1, NextQuoteOpen(se, q));
    const auto& t = d_.sentences[se].tokens;
    while (a < b && (t[a].Is(',') || t[a].Is('-'))) ++a;
    if (a >= b || IsSubordinator(t[a])) return Speaker();
    const ReportingVerb* verb = t[a].word ? lex_.FindReportingVerb(t[a]) : nullptr;
    if (verb && !verb->gerund && verb->kind == VerbKind::kSpeech) {
      size_t e = a + 1;
      while (e < b && !t[e].Is(',') && !t[e].Is('.') && !t[e].Is(';')) ++e;
      *rule = "quote-said-speaker";
      return SpeakerInRange(se, a + 1, e);
    }
    for (size_t v = a; v < b && v < a + 14; ++v) {
      if (t[v].Is('.') || t[v].Is(';') || t[v].Is('"')) break;
      if (!t[v].word || t[v].capital) continue;
      const ReportingVerb* rv = lex_.FindReportingVerb(t[v]);
      if (!rv || rv->gerund || rv->kind != VerbKind::kSpeech) continue;
      *rule = "quote-speaker-said";
      return SpeakerInRange(se, a, v);
    }
    return Speaker();
  }

  Speaker BeforeQuote(uint32_t si, int q, std::string_view* rule, bool* in_clause) const {
    const QuoteSpan& quote = quotes_[q];
    auto [a, b] = TokensBetween(si, PrevQuoteCloseInSentence(si, q), quote.open);
    const auto& t = d_.sentences[si].tokens;
    if (a >= b) return Speaker();
    // According to X, "..."
    for (size_t k = a; k + 2 < b; ++k) {
      if ((t[k].Is("According") || t[k].Is("according")) && t[k + 1].Is("to")) {
        size_t e = k + 2;
        while (e < b && !t[e].Is(',')) ++e;
        Speaker sp = SpeakerInRange(si, k + 2, e);
        if (sp.ok() && sp.type != EntityType::kGroup) {
          *rule = "according-to-quote";
          return sp;
        }
        *rule = "unresolved";
      }
    }
    for (size_t v = a; v < b; ++v) {
      if (!t[v].word || t[v].capital) continue;
      const ReportingVerb* rv = lex_.FindReportingVerb(t[v]);
      if (!rv || rv->after_quote_only) continue;
      size_t gap = b - v - 1;
      bool linked = false;
      if (rv->kind == VerbKind::kDescribe) {
        linked = (gap <= 8 && b >= 1 && t[b - 1].Is("as")) || (gap <= 12 && t[b - 1].Is(':')) ||
                 (rv->gerund && gap <= 1);  // "with X describing the "..."
      } else if (rv->kind == VerbKind::kCall) {
        linked = gap <= 10;
      } else {
        linked = gap <= 10;
      }
      if (!linked) continue;
      size_t np = 0;
      Speaker sp;
      if (IsPassive(t, v) && rv->lemma != "quote") {
        // "X was described as "..." by the police": the agent speaks.
        size_t by = v + 1;
        while (by < t.size() && by < v + 12 && !t[by].Is("by")) ++by;
        if (by + 1 < t.size() && t[by].Is("by")) {
          size_t e = by + 1;
          while (e < t.size() && !t[e].Is(',') && !t[e].Is('.')) ++e;
          sp = SpeakerInRange(si, by + 1, e);
        }
        if (!sp.ok()) {
          *rule = "unresolved";
          continue;
        }
      } else if (!rv->gerund && OnlyPunctuation(t, a, v)) {
        // '"A," said X, "B."': the verb opens the window, the speaker follows it.
        size_t e = v + 1;
        while (e < b && !t[e].Is(',') && !t[e].Is(':')) ++e;
        sp = SpeakerInRange(si, v + 1, e);
      } else if (rv->gerund && sentence_speaker_.ok()) {
        sp = sentence_speaker_;
      } else if (rv->gerund && SentenceSubject(si, v).ok()) {
        sp = SentenceSubject(si, v);
      } else if (const Mention* m = rv->gerund ? MentionEndingAt(d_.sentences[si], v) : nullptr;
                 m && DescriptorStart(d_.sentences[si], *m) > 0 &&
                 t[DescriptorStart(d_.sentences[si], *m) - 1].Is("with")) {
        sp = FromMention(si, *m);  // "with Zinichev describing the ..."
      } else {
        sp = SpeakerBeforeVerb(si, v, a, &np);
      }
      if (!sp.ok()) {
        *rule = "unresolved";
        continue;
      }
      for (size_t k = v + 1; k < b; ++k) *in_clause = *in_clause || t[k].Is("that");
      *rule = rv->kind == VerbKind::kDescribe ? "describe-as-quote"
              : rv->kind == VerbKind::kCall   ? "called-quote"
                                              : "speaker-said-quote";
      return sp;
    }
    if (!rule->empty()) return Speaker();
    // "X, also on Twitter, defended his decision, "...": a clause whose
    // subject is a person or a body introduces the quote after ',' or ':'.
    bool introduced = t[b - 1].Is(',') || t[b - 1].Is(':') ||
                      (t[b - 1].word && !t[b - 1].capital && HasWords(quote.begin, quote.end, 4));
    bool split = PrevQuoteCloseInSentence(si, q) > d_.sentences[si].begin;
    if (introduced && !split) {
      const SentenceInfo& s = d_.sentences[si];
      // The clause's main verb: its first lower-case word outside names,
      // asides, prepositional phrases and fillers.
      for (size_t v = a; v < b; ++v) {
        const Token& w = t[v];
        if (!w.word || w.capital || s.mention_at[v] >= 0 || IsVerbFiller(w)) continue;
        if (IsPreposition(w) || w.Is("the") || w.Is("a") || w.Is("an") || w.Is("'s")) {
          continue;
        }
        if (v > a && t[v - 1].word && IsPreposition(t[v - 1])) continue;
        if (IsPassive(t, v)) break;
        size_t np = 0;
        Speaker sp = SpeakerBeforeVerb(si, v, a, &np);
        if (!sp.ok() || sp.type == EntityType::kGroup) break;
        // "The mayor of London, Sadiq Khan, thanked "..."": a description
        // in front of the name is part of the subject.
        if (np != a && !(np > a + 1 && t[np - 1].Is(',') && OnlyDescription(s, a, np - 1))) break;
        if (sp.type != EntityType::kPerson && sp.type != EntityType::kOrganization &&
            sp.type != EntityType::kMedia) {
          break;
        }
        sp.confidence = std::min(sp.confidence, 0.6);
        *rule = "clause-subject-quote";
        return sp;
      }
    }
    return Speaker();
  }

  // "X gave its "deepest sympathies"", "X expressed "grave concern"": a
  // quoted object of an expression verb, said by the verb's subject.
  Speaker ExpressedQuote(uint32_t si, int q, std::string_view* rule) const {
    const auto& t = d_.sentences[si].tokens;
    auto [a, b] = TokensBetween(si, d_.sentences[si].begin, quotes_[q].open);
    (void)a;
    if (b < 2) return Speaker();
    size_t v = b - 1;
    if (t[v].word && lex_.InList(SpeechList::kPossessives, t[v])) --v;
    if (!t[v].word || t[v].capital || !lex_.InList(SpeechList::kExpressionVerbs, t[v]) ||
        IsPassive(t, v)) {
      return Speaker();
    }
    // The quote is the whole object ("its "deepest sympathies"."), not a
    // modifier ("his "Best Hero" award"); a name in capitals is no quote.
    size_t after = b;
    while (after < t.size() && t[after].begin <= quotes_[q].close) ++after;
    if (after < t.size() && t[after].word && !IsSubordinator(t[after]) && !t[after].Is("to") &&
        !t[after].Is("for")) {
      return Speaker();
    }
    auto [qa, qb] = TokensBetween(si, quotes_[q].begin, quotes_[q].end);
    bool lower = false;
    for (size_t k = qa; k < qb; ++k) lower |= t[k].word && !t[k].capital;
    if (!lower) return Speaker();
    size_t np = 0;
    Speaker sp = SpeakerBeforeVerb(si, v, 0, &np);
    if (!sp.ok() || sp.type == EntityType::kGroup) return Speaker();
    *rule = "expressed-quote";
    return sp;
  }

  // True if tokens [a, b) only describe someone: "The mayor of London".
  bool OnlyDescription(const SentenceInfo& s, size_t a, size_t b) const {
    bool title = false;
    for (size_t j = a; j < b; ++j) {
      const Token& w = s.tokens[j];
      int m = s.mention_at[j];
      if (m >= 0) {
        MentionKind kind = s.mentions[m].kind;
        if (kind == MentionKind::kTitle) title = true;
        if (kind != MentionKind::kTitle && kind != MentionKind::kEntity &&
            kind != MentionKind::kDemonym) {
          return false;
        }
        continue;
      }
      if (!(w.Is("the") || w.Is("The") || w.Is("of") || w.text == "'s")) return false;
    }
    return title;
  }

  // True if nothing but punctuation follows quote q in sentence si.
  bool QuoteEndsSentence(uint32_t si, int q) const {
    const auto& t = d_.sentences[si].tokens;
    for (const Token& tok : t) {
      if (tok.begin > quotes_[q].close && tok.word) return false;
    }
    return true;
  }

  static bool OnlyPunctuation(const Span<Token>& t, size_t a, size_t b) {
    for (size_t k = a; k < b; ++k) {
      if (t[k].word) return false;
    }
    return true;
  }

  // A quotation that names something: "known as "the Iron Lady"", the slogan
  // "...", or a nickname given with call: "call him "the Tiger"".
  bool IsNaming(uint32_t si, int q) const {
    const QuoteSpan& quote = quotes_[q];
    const auto& t = d_.sentences[si].tokens;
    auto [a, b] = TokensBetween(si, d_.sentences[si].begin, quote.open);
    (void)a;
    if (b == 0) return false;
    if (t[b - 1].word && lex_.IsNamingWord(t[b - 1])) return true;
    // "known as", "referred to as": but "described the plan as" is speech.
    if (b >= 2 && t[b - 1].Is("as") && t[b - 2].word && lex_.IsNamingWord(t[b - 2])) {
      return true;
    }
    if (b >= 2 && t[b - 1].word && !t[b - 1].capital) {
      std::string_view obj = t[b - 1].text;
      bool pronoun = obj == "him" || obj == "her" || obj == "them" || obj == "itself" ||
                     obj == "himself" || obj == "herself";
      const ReportingVerb* rv = t[b - 2].word ? lex_.FindReportingVerb(t[b - 2]) : nullptr;
      if (pronoun && rv && rv->kind == VerbKind::kCall) {
        // A nickname is a name: its words are capitalised.
        auto qt = TokensBetween(si, quote.begin, quote.end);
        bool named = qt.first < qt.second;
        for (size_t k = qt.first; k < qt.second; ++k) {
          if (t[k].word && !t[k].capital && !t[k].Is("the") && !t[k].Is("of")) named = false;
        }
        return named;
      }
    }
    return false;
  }

  bool IsPassive(const Span<Token>& t, size_t v) const {
    size_t k = v;
    while (k > 0 && IsVerbFiller(t[k - 1]) && !t[k - 1].Is("was") && !t[k - 1].Is("is") &&
           !t[k - 1].Is("were")) {
      --k;
    }
    if (k == 0) return false;
    std::string_view w = t[k - 1].text;
    return w == "was" || w == "were" || w == "is" || w == "are" || w == "been" || w == "be" ||
           w == "being";
  }

  // The speaker of the first finite reporting verb before token v
  // ("X said ..., further saying, "..."").
  Speaker SentenceSubject(uint32_t si, size_t v) const {
    const auto& t = d_.sentences[si].tokens;
    for (size_t u = 0; u < v; ++u) {
      if (!t[u].word || t[u].capital) continue;
      const ReportingVerb* rv = lex_.FindReportingVerb(t[u]);
      if (!rv || rv->gerund || IsPassive(t, u)) continue;
      size_t np = 0;
      Speaker sp = SpeakerBeforeVerb(si, u, 0, &np);
      if (sp.ok()) return sp;
    }
    return Speaker();
  }

  // Short quotes inside a clause with nothing reporting them: "a "rather
  // serious" increase", nicknames, titles of works.
  bool IsScareQuote(uint32_t si, int q) const {
    const QuoteSpan& quote = quotes_[q];
    if (HasWords(quote.begin, quote.end, 5)) return false;
    const auto& t = d_.sentences[si].tokens;
    auto [a, b] = TokensBetween(si, d_.sentences[si].begin, quote.open);
    (void)a;
    bool word_before = b > 0 && t[b - 1].word && !t[b - 1].Is("that") && !t[b - 1].Is("as") &&
                       !lex_.FindReportingVerb(t[b - 1]);
    if (b > 0 && !t[b - 1].word && !t[b - 1].Is('(')) word_before = false;
    size_t after = 0;
    while (after < t.size() && t[after].begin <= quote.close) ++after;
    bool word_after = after < t.size() && t[after].word;
    return word_before && word_after;
  }

  void AttributeQuote(uint32_t si, int q) {
    const QuoteSpan& quote = quotes_[q];
    if (consumed_[q]) return;
    if (quote.end <= quote.begin) return;
    // Pieces after the first of a multi-paragraph quote join their first piece.
    if (quote.group >= 0 && q > 0 && quotes_[q - 1].group == quote.group) {
      for (Item& it : items_) {
        if (it.quote >= 0 && quotes_[it.quote].group == quote.group) {
          it.end = quote.end;
          consumed_[q] = true;
          return;
        }
      }
      if (group_speaker_[q - 1].ok()) {
        Item item{quote.begin, quote.end, group_speaker_[q - 1], "quote-continued", q};
        group_speaker_[q] = item.speaker;
        items_.push_back(item);
        return;
      }
    }
    std::string_view rule;
    bool in_clause = false;
    Speaker sp = AfterQuote(q, &rule);
    if (!sp.ok()) sp = BeforeQuote(si, q, &rule, &in_clause);
    if (IsNaming(si, q)) return;
    if (!sp.ok() && rule.empty()) sp = ExpressedQuote(si, q, &rule);
    bool scare = IsScareQuote(si, q);
    if (scare && rule != "describe-as-quote" && rule != "called-quote" &&
        rule != "expressed-quote") {
      return;
    }
    if (!sp.ok() && !rule.empty()) {
      // Attributed, but to someone we cannot name: leave it out, and do not
      // let the next quote float onto an earlier speaker.
      last_quote_speaker_ = Speaker();
      return;
    }
    if (!sp.ok()) {
      for (auto it = items_.rbegin(); it != items_.rend(); ++it) {
        if (it->quote < 0) continue;
        Item item{quote.begin, quote.end, it->speaker, "floating-quote", q};
        item.speaker.confidence = std::min(item.speaker.confidence, 0.6);
        group_speaker_[q] = item.speaker;
        items_.push_back(item);
        return;
      }
      // "X criticized the decision. "...": a quote opening its sentence after
      // a sentence, in the same paragraph, whose subject is a person.
      if (si > 0 && quote.open <= d_.sentences[si].begin + 1 && QuoteEndsSentence(si, q) &&
          d_.sentences[si - 1].paragraph == d_.sentences[si].paragraph &&
          quote_first_[si - 1] == quote_first_[si]) {
        const SentenceInfo& prev = d_.sentences[si - 1];
        Speaker subject = ClauseSubject(si - 1, prev.tokens.size());
        if (subject.ok() && subject.person >= 0 &&
            !(last_quote_speaker_.ok() && last_quote_sentence_ == static_cast<int>(si) - 1)) {
          subject.confidence = std::min(subject.confidence, 0.6);
          Item item{quote.begin, quote.end, subject, "previous-subject-quote", q};
          group_speaker_[q] = subject;
          items_.push_back(item);
          return;
        }
      }
      // A floating quote continues the speaker quoted just before.
      bool recent = last_quote_speaker_.ok() &&
                    static_cast<int>(si) - last_quote_sentence_ <= 2 &&
                    d_.sentences[si].paragraph <= last_quote_paragraph_ + 1 &&
                    HasWords(quote.begin, quote.end, 3);
      if (!recent) return;
      sp = last_quote_speaker_;
      sp.confidence = std::min(sp.confidence, 0.6);
      rule = "floating-quote";
    }
    Item item{quote.begin, quote.end, sp, rule, q};
    group_speaker_[q] = sp;
    items_.push_back(item);
    if (rule != "floating-quote") sentence_speaker_ = sp;
    (void)in_clause;
  }

  // ---- reported speech ----------------------------------------------------
  // What Reported()'s three readings can start from in sentence si: the
  // OR of kAccording ("according"), kExpression (an expression or
  // infinitive verb) and kVerb (a reporting verb). Most sentences have none.
  enum ReportStart : unsigned { kAccording = 1, kExpression = 2, kVerb = 4 };
  unsigned ReportStarts(uint32_t si) const {
    constexpr uint64_t kExpressionFlags = SpeechListFlag(SpeechList::kExpressionVerbs) |
                                          SpeechListFlag(SpeechList::kInfinitiveVerbs);
    const SentenceInfo& s = d_.sentences[si];
    unsigned starts = 0;
    if (s.word_flags & kExpressionFlags) starts |= kExpression;
    if (s.word_flags & kWordReportingVerb) starts |= kVerb;
    if (s.word_flags & kWordAccording) starts |= kAccording;
    return starts;
  }

  bool InsideItem(uint32_t pos) const {
    for (const Item& it : items_) {
      if (pos >= it.begin && pos < it.end) return true;
    }
    return false;
  }

  // Content start after the verb at v, or npos when the verb reports nothing.
  size_t ContentAfterVerb(const SentenceInfo& s, size_t v, const ReportingVerb& rv) const {
    const auto& t = s.tokens;
    size_t n = t.size();
    size_t k = v + 1;
    if (rv.object_first) {
      for (size_t j = k; j < n && j < k + 10; ++j) {
        if (t[j].Is("that")) return j + 1;
        if (t[j].Is('"') || t[j].Is('.')) break;
      }
      // "told reporters the plan had failed": an audience, then a clause.
      size_t j = rv.zero_that ? AfterAudience(s, k) : std::string::npos;
      // "warned the economy could shrink", "promised each victim will be paid":
      // no addressee, a clause that opens like one.
      if (j == std::string::npos && rv.zero_that && k + 3 < n && t[k].word && !t[k].capital &&
          lex_.InList(SpeechList::kObjectOptionalVerbs, t[v]) &&
          lex_.InList(SpeechList::kClauseOpeners, t[k]) && HasClauseVerb(t, k)) {
        return k;
      }
      if (j == std::string::npos) return j;
      size_t audience_end = j;
      for (int hops = 0; hops < 2 && j < n && t[j].word; ++hops) {
        if (IsBareAdverb(t[j])) {
          ++j;
        } else if ((t[j].Is("on") || t[j].Is("in")) && j + 1 < n && t[j + 1].capital) {
          j += 2;
        }
      }
      // Right after the audience, the clause must open like one ("the",
      // "he", "Russia"), not go on with the noun phrase ("media network X").
      if (j < n && s.mention_at[j] >= 0 &&
          s.mentions[s.mention_at[j]].kind == MentionKind::kDemonym) {
        return std::string::npos;  // "told African American radio host ..."
      }
      if (j >= n) return std::string::npos;  // "X told the summit" and nothing after
      bool opens = j > audience_end || t[j].capital || t[j].number ||
                   IsSubjectPronoun(t[j]) || lex_.InList(SpeechList::kClauseOpeners, t[j]);
      if (j + 3 < n && opens && StartsClause(t[j]) &&
          (HasClauseVerb(t, j, 20) || (IsSubjectPronoun(t[j]) && t[j + 1].word &&
                                       !t[j + 1].capital && !IsPreposition(t[j + 1])))) {
        return j;
      }
      return std::string::npos;
    }
    // "suggested, at the opening of the summit, the CSTO members ..."
    if (k < n && t[k].Is(',')) {
      size_t j = k + 1;
      while (j < n && j < k + 12 && !t[j].Is(',')) ++j;
      if (j < n && t[j].Is(',') && j + 1 < n && !t[j + 1].Is('"')) k = j + 1;
      else return std::string::npos;
    }
    const size_t before_adverbials = k;
    bool adverbial_failed = false;
    for (int hops = 0; hops < 3 && k < n && t[k].word && IsAdverbialStart(t[k]); ++hops) {
      if (IsBareAdverb(t[k])) {
        ++k;
        continue;
      }
      // "on Monday", "in 2002", "on October 14", "on the 5th".
      size_t j = k + 1;
      if (j < n && (t[j].Is("the") || t[j].Is("last") || t[j].Is("this") || t[j].Is("next"))) ++j;
      size_t named = j;
      while (j < n && j < named + 4 && t[j].word && (t[j].capital || t[j].number)) ++j;
      if (j > named) {
        k = j;
        if (k < n && t[k].Is(',')) ++k;
        continue;
      }
      j = k + 1;
      while (j < n && j < k + 7 && !t[j].Is("that") && !t[j].Is(',') && !t[j].Is('"') &&
             !(s.mention_at[j] >= 0 && s.mentions[s.mention_at[j]].kind == MentionKind::kPronoun)) {
        ++j;
      }
      if (j < n && (t[j].Is("that") || t[j].Is('"') ||
                    (s.mention_at[j] >= 0 &&
                     s.mentions[s.mention_at[j]].kind == MentionKind::kPronoun))) {
        k = j;
        break;
      }
      // Not an adverbial after all ("said this would take a day"): read a
      // clause, unless a preposition or a subordinator opens it.
      k = before_adverbials;
      bool at_least = t[k].Is("at") && k + 1 < n && (t[k + 1].Is("least") || t[k + 1].Is("most"));
      if (!at_least && (IsPreposition(t[k]) || IsSubordinator(t[k]) || t[k].Is("following") ||
                        t[k].Is("via") || t[k].Is("through") || t[k].Is("ahead"))) {
        return std::string::npos;
      }
      adverbial_failed = true;
      break;
    }
    if (k < n && t[k].Is(':')) ++k;
    if (k < n && t[k].Is("that")) return k + 1;
    if (k < n && rv.zero_that && StartsClause(t[k]) && n - k >= 4 && HasClauseVerb(t, k)) return k;
    // "said they believe ...", "said he expects ...": a subject pronoun and its verb.
    if (k + 2 < n && rv.zero_that && IsSubjectPronoun(t[k]) && t[k + 1].word &&
        !t[k + 1].capital && !IsPreposition(t[k + 1]) && !t[k + 1].Is("and")) {
      return k;
    }
    (void)adverbial_failed;
    return std::string::npos;
  }

  // The token after the addressee of "told" at k: "him", "reporters",
  // "the local press", "TASS"; npos if none.
  size_t AfterAudience(const SentenceInfo& s, size_t k) const {
    const auto& t = s.tokens;
    size_t n = t.size();
    if (k >= n || !t[k].word) return std::string::npos;
    if (!t[k].capital && lex_.InList(SpeechList::kObjectPronouns, t[k])) return k + 1;
    if (s.mention_at[k] >= 0) {
      const Mention& m = s.mentions[s.mention_at[k]];
      if (m.first == k && (m.kind == MentionKind::kName || m.kind == MentionKind::kEntity ||
                           m.kind == MentionKind::kGroup)) {
        // "told CNN Philippines ...": the whole run of names.
        size_t j = m.last;
        while (j < n && s.mention_at[j] >= 0 &&
               s.mentions[s.mention_at[j]].kind == MentionKind::kEntity) {
          j = s.mentions[s.mention_at[j]].last;
        }
        return j;
      }
    }
    size_t j = k;
    if (t[j].Is("the") || t[j].Is("a") || t[j].Is("local") || t[j].Is("state") ||
        lex_.InList(SpeechList::kPossessives, t[j])) {
      ++j;
    }
    // "told the BBC": a named body after the article.
    if (j > k && j < n && s.mention_at[j] >= 0 && s.mentions[s.mention_at[j]].first == j) {
      const Mention& m = s.mentions[s.mention_at[j]];
      bool longer = m.last < n && t[m.last].word && t[m.last].capital;  // "the Jakarta Post"
      if (!longer && (m.kind == MentionKind::kEntity || m.type == EntityType::kMedia ||
                      m.type == EntityType::kOrganization)) {
        return m.last;
      }
    }
    for (int words = 0; words < 2 && j < n && t[j].word; ++words, ++j) {
      if (lex_.InListAnyCase(SpeechList::kAudienceNouns, t[j])) return j + 1;
    }
    return std::string::npos;
  }

  // A clause, not a noun phrase: it has an auxiliary, a modal or a past form.
  bool HasClauseVerb(const Span<Token>& t, size_t k, size_t window = 14) const {
    for (size_t j = k; j < t.size() && j < k + window; ++j) {
      if (t[j].Is(',') && j > k + 1) break;
      if (!t[j].word || t[j].capital) continue;
      std::string_view w = t[j].text;
      if (lex_.IsClauseVerbExact(t[j])) return true;
      bool past = w.size() > 4 && w.substr(w.size() - 2) == "ed";
      if (past && j > k && !t[j - 1].Is("the") && !t[j - 1].Is("a") && !t[j - 1].Is("an")) {
        return true;
      }
    }
    return false;
  }

  // True if tokens [k, n) are only adverbials ("on October 14", "at a meeting ...").
  bool OnlyAdverbials(const SentenceInfo& s, size_t k) const {
    const auto& t = s.tokens;
    size_t n = t.size();
    while (n > k && !t[n - 1].word) --n;
    if (k >= n) return true;
    if (n - k > 16 || !t[k].word || !IsAdverbialStart(t[k])) return false;
    for (size_t j = k; j < n; ++j) {
      if (t[j].Is("that") || t[j].Is('"')) return false;
      if (t[j].word && lex_.FindReportingVerb(t[j])) return false;
    }
    return true;
  }

  void AddReported(uint32_t si, size_t from_token, uint32_t end, const Speaker& sp,
                   const char* rule) {
    const SentenceInfo& s = d_.sentences[si];
    uint32_t begin = s.tokens[from_token].begin;
    // A direct quote that opens inside the clause and runs on belongs to it.
    // Quotes open in text order (a quote begins right after its opening
    // mark), so the first candidate is found by binary search (a long
    // document has many quotes and many clauses).
    size_t first = 0;
    if (quotes_sorted_) {
      first = static_cast<size_t>(
          std::partition_point(quotes_.begin(), quotes_.end(),
                               [&](const QuoteSpan& q) { return q.open < begin; }) -
          quotes_.begin());
    }
    for (size_t q = first; q < quotes_.size(); ++q) {
      if (quotes_sorted_ && quotes_[q].open >= end) break;
      if (quotes_[q].open >= begin && quotes_[q].open < end) {
        if (quotes_[q].open == begin && quotes_[q].close + 2 >= end) return;  // the quote itself
        end = std::max(end, quotes_[q].close);
        consumed_[q] = true;
        items_.erase(std::remove_if(items_.begin(), items_.end(),
                                    [&](const Item& it) { return it.quote == static_cast<int>(q); }),
                     items_.end());
      }
    }
    items_.push_back(Item{begin, end, sp, rule, -1});
  }

  bool QuoteRunsToEnd(uint32_t open, uint32_t sentence_end) const {
    for (const QuoteSpan& q : quotes_) {
      if (q.open == open) return q.close + 2 >= sentence_end;
    }
    return false;
  }

  // Where a relative reporting clause starts inside [k, n): ", which he said".
  size_t CutAtNestedReport(const SentenceInfo& s, size_t k) const {
    const auto& t = s.tokens;
    // A semicolon closes the reported clause: "X denies A; reports describe B".
    for (size_t j = k + 1; j + 1 < t.size(); ++j) {
      if (t[j].Is(';') && !InsideQuote(t[j].begin)) return j;
    }
    // "... despite Znak.com claiming ...", "..., but said ...", "..., while X indicated ..."
    for (size_t j = k + 3; j + 1 < t.size(); ++j) {
      if (!(t[j].Is("despite") || t[j].Is("while") || t[j].Is("whereas") ||
            t[j].Is("although") || (t[j].Is("but") && t[j - 1].Is(',')))) {
        continue;
      }
      for (size_t x = j + 1; x < t.size() && x < j + 12; ++x) {
        if (t[x].word && !t[x].capital && lex_.FindReportingVerb(t[x])) {
          return t[j - 1].Is(',') ? j - 1 : j;
        }
      }
    }
    for (size_t j = k + 2; j + 1 < t.size(); ++j) {
      if (!t[j].word || !lex_.FindReportingVerb(t[j])) continue;
      int m = s.mention_at[j - 1];
      if (m < 0 || s.mentions[m].kind != MentionKind::kPronoun) continue;
      size_t rel = s.mentions[m].first;
      if (rel >= 1 && (t[rel - 1].Is("which") || t[rel - 1].Is("who"))) --rel;
      if (rel >= 1 && t[rel - 1].Is(',')) --rel;
      if (rel > k + 2) return rel;
    }
    return t.size();
  }

  void Reported(uint32_t si, unsigned starts) {
    const SentenceInfo& s = d_.sentences[si];
    const auto& t = s.tokens;
    const size_t n = t.size();
    uint32_t sentence_end = s.end;
    while (sentence_end > s.begin && (d_.folded.text[sentence_end - 1] == '.' ||
                                      IsSpace(d_.folded.text[sentence_end - 1]))) {
      --sentence_end;
    }
    // According to X, CLAUSE / CLAUSE, according to X.
    for (size_t k = 0; (starts & kAccording) && k + 2 < n; ++k) {
      if (!(t[k].Is("According") || t[k].Is("according")) || !t[k + 1].Is("to")) continue;
      if (InsideQuote(t[k].begin)) continue;
      size_t e = k + 2;
      while (e < n && !t[e].Is(',') && !t[e].Is('.')) ++e;
      Speaker sp = SpeakerInRange(si, k + 2, e);
      if (!sp.ok() || sp.type == EntityType::kGroup) sp = SourceInRange(si, k + 2, e);
      if (!sp.ok() || sp.type == EntityType::kGroup) continue;
      // "According to the El Paso mayor, Dee Margo, ...": the name in apposition.
      const Mention* described = MentionEndingAt(s, e);
      if (described && described->kind == MentionKind::kTitle && e + 2 < n && t[e].Is(',') &&
          s.mention_at[e + 1] >= 0) {
        const Mention& m = s.mentions[s.mention_at[e + 1]];
        if (m.first == e + 1 && m.person >= 0 && m.last < n && t[m.last].Is(',')) {
          sp = FromMention(si, m);
          e = m.last;
        }
      }
      // "According to X, the mayor of Y, ...": step over the apposition.
      if (e + 2 < n && t[e].Is(',')) {
        size_t x = e + 1;
        if (t[x].Is("the") || t[x].Is("a") || t[x].Is("an")) ++x;
        // "the U.S. Attorney for ...": a country before the title.
        while (x < n && s.mention_at[x] >= 0 &&
               (s.mentions[s.mention_at[x]].kind == MentionKind::kEntity ||
                s.mentions[s.mention_at[x]].kind == MentionKind::kDemonym)) {
          x = s.mentions[s.mention_at[x]].last;
        }
        if (x < n && s.mention_at[x] >= 0 && s.mentions[s.mention_at[x]].kind == MentionKind::kTitle) {
          size_t y = x;
          while (y < n && !t[y].Is(',')) ++y;
          // Up to the next comma, or to the end: then the clause is before.
          if (y + 4 < n || y + 2 >= n) e = y;
        }
      }
      bool clause_follows = e + 4 < n && t[e].Is(',') && !t[e + 1].Is('"');
      if (clause_follows) {
        AddReported(si, e + 1, sentence_end, sp, "according-to");
      } else if (k >= 3 && t[k - 1].Is(',') && !t[k - 2].Is('"')) {
        AddReported(si, 0, t[k - 1].begin, sp, "according-to-after");
      } else if (k >= 5 && t[k - 1].word && !t[k - 1].Is("and") && !t[k - 1].Is("but") &&
                 e + 1 >= n && e <= k + 10 && !InsideQuote(t[0].begin)) {
        // "Both firms have run since the 1970s according to USA Today."
        bool pronoun = false;
        for (size_t j = k + 2; j < e; ++j) {
          pronoun |= s.mention_at[j] >= 0 &&
                     s.mentions[s.mention_at[j]].kind == MentionKind::kPronoun;
        }
        size_t from = 0;
        for (size_t j = 0; j < k; ++j) {
          if (t[j].Is(';')) from = j + 1;
        }
        if (!pronoun && from + 4 < k) AddReported(si, from, t[k - 1].end, sp, "according-to-after");
      }
      NoteSpeaker(si, sp);
    }
    expression_verbs_.clear();
    if (starts & kExpression) ReportedExpressions(si, sentence_end);
    // A question asks whether something was said; it reports nothing.
    bool question = n > 1 && (t[n - 1].Is('?') || t[n - 2].Is('?')) && t[0].word &&
                    lex_.IsQuestionOpener(t[0]);
    for (size_t v = 0; (starts & kVerb) && v < n && !question; ++v) {
      if (!t[v].word || t[v].capital) continue;
      const ReportingVerb* rv = lex_.FindReportingVerb(t[v]);
      if (!rv || rv->kind != VerbKind::kSpeech || rv->after_quote_only) continue;
      if (InsideQuote(t[v].begin) || InsideItem(t[v].begin)) continue;
      if (std::find(expression_verbs_.begin(), expression_verbs_.end(), v) !=
          expression_verbs_.end()) {
        continue;
      }
      // "..., reported officials, ..." / "..., said Police Chief X.": the
      // speaker follows the verb.
      if (!rv->gerund && !rv->object_first && v >= 4 && t[v - 1].Is(',') && v + 1 < n &&
          s.mention_at[v + 1] >= 0 &&
          !t[v - 2].Is('"')) {
        size_t e = v + 1;
        while (e < n && !t[e].Is(',') && !t[e].Is('.') && !t[e].Is(';')) ++e;
        bool only_names = true;  // "said Police Chief Anna Berg", not "announced US troops ..."
        for (size_t j = v + 1; j < e; ++j) {
          only_names &= s.mention_at[j] >= 0 || t[j].Is("the") || t[j].Is("of") ||
                        t[j].text == "'s" || t[j].Is("a") || t[j].Is("an");
        }
        if (e <= v + 7 && only_names) {
          Speaker after = SpeakerInRange(si, v + 1, e);
          bool quoted = false;
          for (size_t j = 0; j < v; ++j) quoted |= t[j].Is('"');
          if (after.ok() && after.type != EntityType::kGroup && !quoted) {
            size_t from = 0;
            for (size_t j = 0; j + 1 < v; ++j) {
              if (t[j].Is(';')) from = j + 1;
            }
            NoteSpeaker(si, after);
            sentence_speaker_ = after;
            if (from + 3 < v - 1) AddReported(si, from, t[v - 2].end, after, "inverted-said");
          }
          continue;  // a group, or quotes around: no other reading of this verb
        }
      }
      size_t np = v;
      Speaker sp;
      if (rv->gerund) {
        // ", adding that ...": the speaker of this sentence's attribution.
        size_t k = v;
        if (k == 0 || !t[k - 1].Is(',') || !sentence_speaker_.ok()) continue;
        sp = sentence_speaker_;
      } else {
        sp = SpeakerBeforeVerb(si, v, 0, &np);
      }
      if (!sp.ok() || sp.type == EntityType::kGroup) continue;
      // A reporting verb right after a quote is that quote's attribution.
      bool coordinated = t[np].Is("and") || t[np].Is("but");
      if (np > 0 && !coordinated &&
          (t[np - 1].Is('"') || (t[np - 1].Is(',') && np >= 2 && t[np - 2].Is('"')))) {
        sentence_speaker_ = sp;
        continue;
      }
      NoteSpeaker(si, sp);
      sentence_speaker_ = sp;
      // "X said, "..."" / "X said: "..."": the verb introduces a direct quote.
      size_t after = v + 1;
      while (after < n && (t[after].Is(',') || t[after].Is(':'))) ++after;
      if (after < n && t[after].Is('"') && QuoteRunsToEnd(t[after].begin, sentence_end)) continue;
      size_t k = ContentAfterVerb(s, v, *rv);
      if (k != std::string::npos && k < n) {
        if (t[k].Is('"') && QuoteRunsToEnd(t[k].begin, sentence_end)) {
          continue;  // a direct quote: attributed with the quote itself
        }
        size_t cut = CutAtNestedReport(s, k);
        uint32_t end = cut < n ? t[cut - 1].end : sentence_end;
        const char* rule = rv->gerund ? "reported-adding" : "reported-speech";
        Speaker co = co_speaker_;
        AddReported(si, k, end, sp, rule);
        if (co.ok() && co.name != sp.name) AddReported(si, k, end, co, rule);
        continue;
      }
      // "..., X stressed, ..." and "..., X said on Friday."
      bool np_after_comma = np >= 2 && t[np - 1].Is(',') && !t[np - 2].Is('"') && !coordinated;
      if (!np_after_comma) continue;
      if (v + 1 < n && t[v + 1].Is(',') && n - v > 4) {
        size_t before_words = 0;
        for (size_t j = 0; j + 1 < np; ++j) before_words += t[j].word;
        size_t from = before_words <= 3 ? v + 2 : 0;
        AddReported(si, from, sentence_end, sp, "parenthetical");
      } else if (OnlyAdverbials(s, v + 1)) {
        AddReported(si, 0, t[np - 2].end, sp, "inverted");
      }
    }
  }

  // "X expressed concern that ...", "X urged the council to act": an
  // attitude noun or an addressee before the reported content.
  void ReportedExpressions(uint32_t si, uint32_t sentence_end) {
    const SentenceInfo& s = d_.sentences[si];
    const auto& t = s.tokens;
    const size_t n = t.size();
    for (size_t v = 1; v + 2 < n; ++v) {
      // The lists first: a bit test turns away almost every token before
      // the searches of the quotes and items.
      bool express = lex_.InList(SpeechList::kExpressionVerbs, t[v]);
      bool infinitive = lex_.InList(SpeechList::kInfinitiveVerbs, t[v]);
      if (!express && !infinitive) continue;
      if (!t[v].word || t[v].capital || InsideQuote(t[v].begin) || InsideItem(t[v].begin)) {
        continue;
      }
      if (IsPassive(t, v)) continue;
      size_t k = std::string::npos, end_token = n;
      const char* rule = nullptr;
      if (express) {
        // "expressed [deep] concern that": at most two words before the noun.
        for (size_t j = v + 1; j + 1 < n && j < v + 4; ++j) {
          if (!t[j].word || t[j].capital) break;
          if (lex_.InList(SpeechList::kExpressionNouns, t[j]) && t[j + 1].Is("that")) {
            k = j + 2;
            rule = "expressed-that";
            break;
          }
        }
      } else {
        // "urged the embassy to reconsider": an addressee, "to" and a verb.
        size_t j = v + 1;
        if (t[v].Is("called")) {
          if (!t[j].Is("on")) continue;  // "called the police to ..." is a phone call
          ++j;
        }
        size_t object = j;
        while (j < n && j < object + 7 && t[j].word && !t[j].Is("to") && !t[j].Is("that") &&
               !t[j].Is("be") && !lex_.FindReportingVerb(t[j])) {
          ++j;
        }
        // "urged the immunity be waived": a subjunctive clause.
        bool subjunctive = j > object && j + 1 < n && t[j].Is("be") && !t[v].Is("asked") &&
                           t[j + 1].word && !t[j + 1].capital;
        if (subjunctive || (j > object && j + 1 < n && t[j].Is("to") && t[j + 1].word &&
                            !t[j + 1].capital && !t[j + 1].Is("the") && !t[j + 1].Is("a"))) {
          k = object;
          rule = "urged-to";
          for (size_t e = j + 2; e < n; ++e) {
            if (t[e].Is(',') || t[e].Is(';') || t[e].Is("and") || t[e].Is("but") ||
                t[e].Is('"')) {
              end_token = e;
              break;
            }
          }
        }
      }
      if (k == std::string::npos || k >= n) continue;
      size_t np = v;
      Speaker sp;
      if (t[v].text.size() > 3 && t[v].text.substr(t[v].text.size() - 3) == "ing") {
        if (!t[v - 1].Is(',') || !sentence_speaker_.ok()) continue;
        sp = sentence_speaker_;
      } else {
        sp = SpeakerBeforeVerb(si, v, 0, &np);
      }
      if (!sp.ok() || sp.type == EntityType::kGroup) continue;
      size_t cut = end_token < n ? end_token : CutAtNestedReport(s, k);
      uint32_t end = cut < n ? t[cut - 1].end : sentence_end;
      NoteSpeaker(si, sp);
      sentence_speaker_ = sp;
      AddReported(si, k, end, sp, rule);
      expression_verbs_.push_back(v);
    }
  }

  // ---- bookkeeping --------------------------------------------------------
  void NoteSpeaker(uint32_t si, const Speaker& sp) {
    if (!sp.ok() || sp.type == EntityType::kGroup) return;
    last_speaker_ = sp;
    last_speaker_sentence_ = static_cast<int>(si);
    if (sp.person >= 0) last_seen_[sp.person] = static_cast<int>(si);
  }

  void NoteMentions(uint32_t si) {
    const SentenceInfo& s = d_.sentences[si];
    for (const Mention& m : s.mentions) {
      if (m.person < 0 || InsideQuote(s.tokens[m.first].begin)) continue;
      last_seen_[m.person] = static_cast<int>(si);
      last_person_ = m.person;
      last_person_sentence_ = static_cast<int>(si);
    }
  }

  void Emit(uint32_t si) {
    std::sort(items_.begin(), items_.end(),
              [](const Item& a, const Item& b) { return a.begin < b.begin; });
    for (const Item& it : items_) {
      uint32_t b = it.begin, e = it.end;
      const std::string& f = d_.folded.text;
      while (b < e && (IsSpace(f[b]))) ++b;
      while (e > b && (IsSpace(f[e - 1]) || f[e - 1] == ',' || f[e - 1] == ';' ||
                       (it.quote < 0 && f[e - 1] == '.'))) {
        --e;
      }
      // One word is a quote only when a verb calls something that word:
      // "called the deal "lousy"".
      bool one_word_ok = it.rule == "called-quote" || it.rule == "describe-as-quote";
      if (!HasWords(b, e, one_word_ok ? 1 : 2)) continue;
      Triple triple;
      triple.subject = it.speaker.name;
      triple.subject_type = it.speaker.type;
      triple.predicate = Predicate::kSaid;
      uint32_t ob = d_.folded.ToOriginal(b), oe = d_.folded.ToOriginal(e);
      triple.object = std::string(d_.original.substr(ob, oe - ob));
      triple.object_type = EntityType::kQuote;
      triple.confidence = it.speaker.confidence;
      triple.evidence.sentence = si;
      triple.evidence.start = b;
      triple.evidence.end = e;
      triple.evidence.rule = it.rule;
      triple.about = About(b, e, it.speaker.name);
      out_.push_back(std::move(triple));
      NoteSpeaker(si, it.speaker);
      if (it.rule.rfind("according-to", 0) == 0 && it.quote < 0) continue;
      last_quote_paragraph_ = d_.sentences[si].paragraph;
      if (it.quote >= 0) {
        last_quote_speaker_ = it.speaker;
        last_quote_sentence_ = std::max<int>(si, d_.SentenceAt(quotes_[it.quote].close));
      } else {
        last_quote_speaker_ = it.speaker;
        last_quote_sentence_ = static_cast<int>(si);
      }
    }
  }

  std::vector<EntityRef> About(uint32_t b, uint32_t e, std::string_view speaker) const {
    std::vector<EntityRef> about;
    int first = d_.SentenceAt(b);
    if (first < 0) return about;
    for (size_t si = first; si < d_.sentences.size() && d_.sentences[si].begin < e; ++si) {
      const SentenceInfo& s = d_.sentences[si];
      for (const Mention& m : s.mentions) {
        uint32_t pos = s.tokens[m.first].begin;
        if (pos < b || pos >= e) continue;
        std::string_view name;
        EntityType type = EntityType::kUnknown;
        if (m.kind == MentionKind::kEntity || m.kind == MentionKind::kDemonym) {
          name = m.name;
          type = m.kind == MentionKind::kDemonym ? EntityType::kCountry : m.type;
        } else if (m.person >= 0) {
          name = d_.people[m.person].name;
          type = EntityType::kPerson;
        } else if (m.type == EntityType::kOrganization) {
          name = m.name;
          type = m.type;
        }
        if (name.empty() || name == speaker) continue;
        bool seen = std::any_of(about.begin(), about.end(),
                                [&](const EntityRef& a) { return a.name == name; });
        if (!seen) about.push_back({std::string(name), type});
      }
    }
    return about;
  }

  const DocAnalysis& d_;
  const Lexicon& lex_;
  std::vector<Triple>& out_;
  std::vector<QuoteSpan> quotes_;
  bool quotes_sorted_ = true;          ///< begins (and so opening marks) never decrease
  mutable bool role_index_built_ = false;  ///< RoleCandidates()
  mutable std::unordered_map<std::string, std::vector<int>> role_index_;
  std::vector<uint32_t> quote_end_max_;  ///< furthest end of quotes_[0..q]
  std::vector<bool> consumed_;
  std::vector<Speaker> group_speaker_;
  /// The quotes of sentence si: quote_by_sentence_[quote_first_[si] ..
  /// quote_first_[si + 1]).
  std::vector<uint32_t> quote_first_;
  std::vector<int> quote_by_sentence_;
  std::vector<int> last_seen_;
  std::vector<Item> items_;
  std::vector<size_t> expression_verbs_;  // verbs ReportedExpressions() used
  Speaker sentence_speaker_;
  mutable Speaker co_speaker_;  // the first of two coordinated subjects
  Speaker last_speaker_;
  int last_speaker_sentence_ = -100;
  Speaker last_quote_speaker_;
  int last_quote_sentence_ = -100;
  uint32_t last_quote_paragraph_ = 0;
  int last_person_ = -1;
  int last_person_sentence_ = -100;
};

}  // namespace

std::vector<QuoteSpan> FindQuoteSpans(const DocAnalysis& doc) {
  const std::string& t = doc.folded.text;
  std::vector<uint32_t> content;
  for (uint32_t i = 0; i < doc.segmentation.paragraphs.size(); ++i) {
    if (!doc.segmentation.paragraphs[i].clutter) content.push_back(i);
  }
  std::vector<QuoteSpan> spans;
  bool inside = false;
  QuoteSpan cur;
  int next_group = 0;
  int continue_group = -1;
  int crossings = 0;
  int depth = 0;
  for (size_t ci = 0; ci < content.size(); ++ci) {
    const Paragraph& p = doc.segmentation.paragraphs[content[ci]];
    for (uint32_t q = p.begin; q < p.end; ++q) {
      const void* mark = std::memchr(t.data() + q, '"', p.end - q);
      if (!mark) break;
      q = static_cast<uint32_t>(static_cast<const char*>(mark) - t.data());
      QuoteSide side = doc.folded.QuoteSideAt(q);
      if (side == QuoteSide::kEither && q > p.begin && q + 1 < p.end && IsAlnum(t[q - 1]) &&
          IsAlnum(t[q + 1])) {
        continue;  // inside a word: not a quotation mark
      }
      bool open_ok = side == QuoteSide::kOpen ||
                     (side == QuoteSide::kEither && CanOpen(t, q, p.begin, p.end));
      bool close_ok = side == QuoteSide::kClose ||
                      (side == QuoteSide::kEither && CanClose(t, q, p.begin, p.end));
      if (inside) {
        // A straight mark that can only open, inside a quote: a nested quote.
        if (side == QuoteSide::kEither && open_ok && !close_ok) {
          ++depth;
          continue;
        }
        if (depth > 0 && close_ok && side != QuoteSide::kOpen) {
          --depth;
          continue;
        }
        if (close_ok || side == QuoteSide::kOpen) {
          cur.end = cur.close = q;
          cur.closed = close_ok;
          spans.push_back(cur);
          inside = false;
          crossings = 0;
          if (close_ok) continue;
        } else {
          continue;
        }
      }
      if (open_ok) {
        inside = true;
        depth = 0;
        cur = QuoteSpan();
        cur.open = q;
        cur.begin = q + 1;
        cur.group = (continue_group >= 0 && q == p.begin) ? continue_group : -1;
      }
      continue_group = -1;
    }
    continue_group = -1;
    if (!inside) continue;
    const Paragraph* next =
        ci + 1 < content.size() ? &doc.segmentation.paragraphs[content[ci + 1]] : nullptr;
    bool next_opens = next && t[next->begin] == '"' &&
                      doc.folded.QuoteSideAt(next->begin) != QuoteSide::kClose;
    bool next_closes_first = false;
    if (next && !next_opens && crossings == 0) {
      for (uint32_t q = next->begin; q < next->end; ++q) {
        if (t[q] != '"') continue;
        QuoteSide side = doc.folded.QuoteSideAt(q);
        next_closes_first = side == QuoteSide::kClose ||
                            (side == QuoteSide::kEither && CanClose(t, q, next->begin, next->end) &&
                             !CanOpen(t, q, next->begin, next->end));
        break;
      }
    }
    if (next_closes_first) {
      ++crossings;  // a paragraph broken inside a quote: read on
      continue;
    }
    cur.end = cur.close = p.end;
    cur.closed = false;
    if (next_opens) {
      if (cur.group < 0) cur.group = next_group++;
      continue_group = cur.group;
    }
    spans.push_back(cur);
    inside = false;
    crossings = 0;
  }
  if (inside) {
    cur.end = cur.close = static_cast<uint32_t>(t.size());
    cur.closed = false;
    spans.push_back(cur);
  }
  // Trim spaces just inside the marks.
  for (QuoteSpan& s : spans) {
    while (s.begin < s.end && IsSpace(t[s.begin])) ++s.begin;
    while (s.end > s.begin && IsSpace(t[s.end - 1])) --s.end;
  }
  return spans;
}

void ExtractSpeech(const DocAnalysis& doc, std::vector<Triple>& out) {
  SpeechExtractor(doc, out).Run();
}

}  // namespace newsgraph
