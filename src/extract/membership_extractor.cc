#include "extract/membership_extractor.h"

#include <algorithm>

namespace newsgraph {
namespace {

struct Member {
  const Mention* mention;
};

class MembershipReader {
 public:
  MembershipReader(const DocAnalysis& doc, std::vector<Triple>& out)
      : d_(doc), lex_(*doc.lexicon), out_(out), base_(out.size()) {}

  void Run() {
    for (uint32_t si = 0; si < d_.sentences.size(); ++si) {
      si_ = si;
      s_ = &d_.sentences[si];
      // Every rule but PersonMember needs an organisation (OrgAt() or an
      // international body's mention): most sentences have none.
      const bool org = MayNameOrganization();
      if (org) MemberOf();
      PersonMember();
      if (org) {
        PendingExit();
        Includes();
        MemberStatesList();
        Departures();
        Joined();
        Observer();
      }
      NoteOrganizations();
    }
  }

 private:
  const Span<Token>& T() const { return s_->tokens; }

  const Mention* At(size_t k) const {
    if (k >= T().size() || s_->mention_at[k] < 0) return nullptr;
    return &s_->mentions[s_->mention_at[k]];
  }

  static bool IsMemberEntity(const Mention* m) {
    return m && m->kind == MentionKind::kEntity &&
           (m->type == EntityType::kCountry || m->type == EntityType::kOrganization);
  }

  bool IsInternationalOrg(const Mention& m) const {
    if (m.kind != MentionKind::kEntity || m.type != EntityType::kOrganization) return false;
    if (m.entity) return m.entity->international;  // m.name is its full name
    const LexiconEntity* e = lex_.FindEntity(m.name);
    return e && e->country.empty();
  }

  // False if OrgAt() fails at every token of the sentence and no mention is
  // an international organisation.
  bool MayNameOrganization() const {
    for (const Mention& m : s_->mentions) {
      if (IsInternationalOrg(m)) return true;
    }
    return !context_org_.empty() && (s_->word_flags & kWordOrganizationAnaphor);
  }

  // An organisation at token k: a lexicon organisation, or "the
  // organization" referring back. Sets *end to the token after it.
  const std::string_view* OrgAt(size_t k, size_t* end) const {
    const auto& t = T();
    if (k < t.size() && (t[k].Is("the") || t[k].Is("The"))) ++k;
    if (k >= t.size()) return nullptr;
    if (const Mention* m = At(k); m && m->first == k && IsInternationalOrg(*m)) {
      *end = m->last;
      return &m->name;
    }
    if (t[k].word && lex_.IsOrganizationAnaphor(t[k]) && !context_org_.empty() &&
        k > 0 && (t[k - 1].Is("the") || t[k - 1].Is("The"))) {
      *end = k + 1;
      return &context_org_;
    }
    return nullptr;
  }

  // A list of countries/organisations starting at token k.
  std::vector<const Mention*> ListFrom(size_t k, size_t* end) const {
    const auto& t = T();
    std::vector<const Mention*> items;
    size_t n = t.size();
    while (k < n) {
      if (t[k].Is(',') || t[k].Is("and") || t[k].Is('&') || t[k].Is('-') || t[k].Is(':')) {
        ++k;
        continue;
      }
      if (t[k].Is('(')) {  // skip a parenthetical
        size_t j = k + 1;
        while (j < n && j < k + 20 && !t[j].Is(')')) ++j;
        if (j < n && t[j].Is(')')) {
          k = j + 1;
          continue;
        }
        break;
      }
      if (t[k].Is("as") && k + 2 < n && t[k + 1].Is("well") && t[k + 2].Is("as")) {
        k += 3;
        continue;
      }
      const Mention* m = At(k);
      if (IsMemberEntity(m) && m->first == k) {
        items.push_back(m);
        k = m->last;
        // "Armenia - which chairs the organisation currently - met": skip the aside.
        if (k + 1 < n && t[k].Is('-') && (t[k + 1].Is("which") || t[k + 1].Is("who"))) {
          size_t j = k + 2;
          while (j < n && !t[j].Is('-') && !t[j].Is(',')) ++j;
          k = j < n && t[j].Is('-') ? j + 1 : j;
        }
        continue;
      }
      break;
    }
    // A trailing separator is not part of the list.
    *end = k;
    return items;
  }

  bool HypotheticalBetween(size_t a, size_t b) const {
    const auto& t = T();
    for (size_t k = a; k < b && k < t.size(); ++k) {
      if (t[k].word && lex_.IsHypothetical(t[k])) return true;
    }
    return false;
  }

  bool IsQuestion() const {
    const auto& t = T();
    return !t.empty() && (t.back().Is('?') || (t.size() >= 2 && t[t.size() - 2].Is('?')));
  }

  int YearAfter(size_t k, size_t limit) const {
    const auto& t = T();
    for (size_t j = k; j < t.size() && j < k + limit; ++j) {
      if (int y = AsYear(t[j])) {
        if (j > 0 && (t[j - 1].Is("in") || t[j - 1].Is("since") || t[j - 1].Is("In"))) return y;
      }
    }
    return 0;
  }

  void Emit(const Mention& member, Predicate predicate, std::string_view org, int year,
            const char* rule, double confidence, size_t first_token, size_t last_token) {
    if (member.name == org) return;
    Triple t;
    t.subject = member.name;
    t.subject_type = member.type;
    t.predicate = predicate;
    t.object = org;
    t.object_type = EntityType::kOrganization;
    t.year = year;
    t.confidence = confidence;
    t.evidence.sentence = si_;
    t.evidence.start = T()[first_token].begin;
    t.evidence.end = T()[std::min(last_token, T().size()) - 1].end;
    t.evidence.rule = rule;
    auto same = [&](const Triple& seen) {
      return seen.evidence.sentence == si_ && seen.subject == t.subject &&
             seen.predicate == t.predicate && seen.object == t.object && seen.year == t.year;
    };
    // Only this sentence's triples can match, and si_ only grows, so they are
    // the tail of out_ (plus what the caller passed in): not quadratic in
    // the document.
    for (size_t i = 0; i < base_; ++i) {
      if (same(out_[i])) return;
    }
    for (size_t i = out_.size(); i > base_ && out_[i - 1].evidence.sentence == si_; --i) {
      if (same(out_[i - 1])) return;
    }
    out_.push_back(std::move(t));
  }

  // "A is a member of O", "A, a member of O", "Russia and Armenia are members of O".
  void MemberOf() {
    const auto& t = T();
    for (size_t k = 0; k + 2 < t.size(); ++k) {
      const std::string_view w_lower = t[k].lower;
      const std::string_view w = w_lower;  // compares without strlen
      if (w != "member" && w != "members" && w != "member-state" && w != "member-states") continue;
      size_t j = k + 1;
      if (j < t.size() && (t[j].Is("state") || t[j].Is("states") || t[j].Is("country") ||
                           t[j].Is("countries"))) {
        ++j;
      }
      if (j >= t.size() || !t[j].Is("of")) continue;
      size_t org_end = 0;
      const std::string_view* org = OrgAt(j + 1, &org_end);
      if (!org) continue;
      // Walk back to the verb or comma that links the member.
      size_t b = k;
      while (b > 0 && t[b - 1].word && !t[b - 1].capital &&
             (t[b - 1].Is("a") || t[b - 1].Is("an") || t[b - 1].Is("the") ||
              t[b - 1].Is("full") || t[b - 1].Is("founding") || t[b - 1].Is("permanent") ||
              t[b - 1].Is("active") || t[b - 1].Is("longtime") || t[b - 1].Is("longer") ||
              t[b - 1].Is("still") || t[b - 1].Is("also") || t[b - 1].Is("already") ||
              t[b - 1].Is("no") || t[b - 1].Is("not") || t[b - 1].Is("now") ||
              t[b - 1].Is("currently"))) {
        --b;
      }
      bool no_longer = false;
      for (size_t x = b; x < k; ++x) no_longer |= t[x].Is("longer") || t[x].Is("no");
      size_t verb = b;
      bool linked = false;
      if (verb > 0 && (t[verb - 1].Is("is") || t[verb - 1].Is("was") || t[verb - 1].Is("are") ||
                       t[verb - 1].Is("were") || t[verb - 1].Is("remains") ||
                       t[verb - 1].Is("remain") || t[verb - 1].Is("became") ||
                       t[verb - 1].Is("been") || t[verb - 1].Is(','))) {
        linked = true;
        --verb;
        if (verb > 0 && (t[verb - 1].Is("has") || t[verb - 1].Is("have"))) --verb;
        if (verb > 0 && (t[verb - 1].Is("which") || t[verb - 1].Is("that"))) --verb;
        if (verb > 0 && t[verb - 1].Is(',')) --verb;
      }
      if (!linked || verb == 0) continue;
      // The member(s): the list ending right before the verb.
      std::vector<const Mention*> members;
      size_t m_end = verb;
      while (m_end > 0) {
        const Mention* m = nullptr;
        if (s_->mention_at[m_end - 1] >= 0) m = &s_->mentions[s_->mention_at[m_end - 1]];
        if (IsMemberEntity(m) && m->last == m_end) {
          members.push_back(m);
          m_end = m->first;
          while (m_end > 0 && (t[m_end - 1].Is(',') || t[m_end - 1].Is("and"))) --m_end;
          continue;
        }
        if (t[m_end - 1].Is(')')) {  // "(which is no longer ...)" parenthetical opener
          break;
        }
        break;
      }
      if (members.empty()) {
        // "Uzbekistan (which is no longer a member of the CSTO since 2012)"
        size_t p = verb;
        if (p > 0 && t[p - 1].Is('(') && p >= 2) {
          const Mention* m = At(p - 2);
          if (IsMemberEntity(m) && m->last == p - 1) members.push_back(m);
        }
      }
      if (members.empty()) continue;
      if (no_longer) {
        int year = YearAfter(org_end, 4);
        for (const Mention* m : members) {
          Emit(*m, Predicate::kLeftIn, *org, year, "no-longer-member", 0.85, m->first, org_end);
        }
        continue;
      }
      if (HypotheticalBetween(0, k) || IsQuestion()) continue;
      for (const Mention* m : members) {
        Emit(*m, Predicate::kMemberOf, *org, 0, "is-member-of", 0.9, m->first, org_end);
      }
    }
  }

  // "Tusk, a founding Civic Platform member, ...": a person described as a
  // member of a named body.
  void PersonMember() {
    const auto& t = T();
    for (const Mention& p : s_->mentions) {
      if (p.person < 0 || p.kind != MentionKind::kName) continue;
      size_t k = p.last;
      if (k + 3 >= t.size() || !t[k].Is(',') || !(t[k + 1].Is("a") || t[k + 1].Is("an"))) {
        continue;
      }
      k += 2;
      while (k < t.size() && t[k].word && !t[k].capital &&
             lex_.InList(SpeechList::kMemberAdjectives, t[k])) {
        ++k;
      }
      const Mention* org = At(k);
      if (!org || org->first != k) continue;
      bool body = (org->kind == MentionKind::kEntity && org->type == EntityType::kOrganization) ||
                  // "a founding Civic Platform member": a name in this slot is a
                  // body even when it looks like a person's name.
                  (org->kind == MentionKind::kName && org->person != p.person &&
                   org->last - org->first >= 2 && org->type != EntityType::kMedia);
      size_t e = org->last;
      if (!body || e >= t.size() || !(t[e].Is("member") || t[e].Is("Member"))) continue;
      if (e + 1 < t.size() && !t[e + 1].Is(',') && !t[e + 1].Is('.')) continue;
      if (HypotheticalBetween(p.first, e) || IsQuestion()) continue;
      Mention member = p;
      member.name = d_.people[p.person].name;
      member.type = EntityType::kPerson;
      Emit(member, Predicate::kMemberOf, org->name, 0, "person-member", 0.8, p.first, e + 1);
    }
  }

  // "the pending exit of the United Kingdom from the European Union": a
  // member that has not left yet.
  void PendingExit() {
    const auto& t = T();
    for (size_t k = 0; k + 4 < t.size(); ++k) {
      if (!t[k].word || !lex_.InListAnyCase(SpeechList::kPendingWords, t[k])) continue;
      size_t j = k + 1;
      if (!(t[j].Is("exit") || t[j].Is("withdrawal") || t[j].Is("departure"))) continue;
      if (!t[j + 1].Is("of")) continue;
      j += 2;
      if (j < t.size() && t[j].Is("the")) ++j;
      const Mention* member = At(j);
      if (!IsMemberEntity(member) || member->first != j) continue;
      j = member->last;
      if (j >= t.size() || !t[j].Is("from")) continue;
      size_t org_end = 0;
      const std::string_view* org = OrgAt(j + 1, &org_end);
      if (!org || IsQuestion()) continue;
      Emit(*member, Predicate::kMemberOf, *org, 0, "pending-exit", 0.8, k, org_end);
    }
  }

  // "O, which includes A, B and C", "O is made of ...", "O currently includes six member-states: ..."
  void Includes() {
    const auto& t = T();
    for (size_t k = 0; k < t.size(); ++k) {
      size_t org_end = 0;
      const std::string_view* org = OrgAt(k, &org_end);
      if (!org) continue;
      size_t j = org_end;
      if (j < t.size() && t[j].Is(',')) ++j;
      if (j < t.size() && (t[j].Is("which") || t[j].Is("that"))) ++j;
      for (int skip = 0; skip < 3 && j < t.size(); ++skip) {
        if (t[j].Is("currently") || t[j].Is("now") || t[j].Is("also") || t[j].Is("still") ||
            t[j].Is("today")) {
          ++j;
        }
      }
      if (j >= t.size()) continue;
      size_t list_start = 0;
      const std::string_view v_lower = t[j].lower;
      const std::string_view v = v_lower;  // compares without strlen
      if (v == "includes" || v == "included" || v == "include" || v == "including" ||
          v == "comprises" || v == "comprised" || v == "unites" || v == "gathers") {
        list_start = j + 1;
      } else if ((v == "consists" || v == "consisted") && j + 1 < t.size() && t[j + 1].Is("of")) {
        list_start = j + 2;
      } else if ((v == "is" || v == "was") && j + 2 < t.size() && t[j + 1].Is("made")) {
        list_start = j + 2;
        if (list_start < t.size() && t[list_start].Is("up")) ++list_start;
        if (list_start < t.size() && t[list_start].Is("of")) ++list_start;
        else continue;
      } else if (v == "brings" && j + 1 < t.size() && t[j + 1].Is("together")) {
        list_start = j + 2;
      } else {
        continue;
      }
      // "six member-states:" / "the countries" between verb and list.
      size_t x = list_start;
      for (int skip = 0; skip < 4 && x < t.size() && t[x].word && !At(x); ++skip) ++x;
      if (x != list_start && x < t.size() && (t[x].Is(':') || t[x].Is('-'))) list_start = x + 1;
      if (HypotheticalBetween(org_end, list_start)) continue;
      size_t end = 0;
      auto members = ListFrom(list_start, &end);
      for (const Mention* m : members) {
        Emit(*m, Predicate::kMemberOf, *org, 0, "org-includes-list", 0.9, k, end);
      }
    }
  }

  // "O's six member states - A, B", "O member countries A, B", "members of O: A, B".
  void MemberStatesList() {
    const auto& t = T();
    for (size_t k = 0; k < t.size(); ++k) {
      const std::string_view w_lower = t[k].lower;
      const std::string_view w = w_lower;  // compares without strlen
      bool member_word = w == "member" || w == "members" || w == "member-states" ||
                         w == "member-countries" || w == "member-state";
      if (!member_word) continue;
      size_t j = k + 1;
      if (j < t.size() && (t[j].Is("states") || t[j].Is("countries") || t[j].Is("nations"))) ++j;
      const std::string_view* org = nullptr;
      size_t org_end = 0;
      size_t list_start = j;
      // Owner before: "CSTO member countries", "the CSTO's six member states".
      size_t b = k;
      while (b > 0 && T()[b - 1].word && (AsYear(T()[b - 1]) == 0) && !At(b - 1) &&
             !T()[b - 1].capital && b + 3 > k) {
        --b;  // number words: "six", "five"
      }
      if (b > 0 && T()[b - 1].text == "'s") --b;
      if (b > 0) {
        const Mention* m = At(b - 1);
        if (m && m->last == b && IsInternationalOrg(*m)) {
          org = &m->name;
          org_end = b;
        }
      }
      // Owner after: "members of the CSTO:".
      if (!org && j < t.size() && t[j].Is("of")) {
        org = OrgAt(j + 1, &org_end);
        list_start = org_end;
      }
      if (!org) continue;
      if (list_start < t.size() && (t[list_start].Is('-') || t[list_start].Is(':') ||
                                    t[list_start].Is(','))) {
        ++list_start;
      } else if (list_start < t.size() && !At(list_start)) {
        continue;
      }
      size_t end = 0;
      auto members = ListFrom(list_start, &end);
      if (members.size() < 2 && !(members.size() == 1 && list_start > 0 &&
                                  (t[list_start - 1].Is(':') || t[list_start - 1].Is('-')))) {
        continue;
      }
      for (const Mention* m : members) {
        Emit(*m, Predicate::kMemberOf, *org, 0, "org-member-states-list", 0.85, k, end);
      }
    }
  }

  // The list of members that ends right before token `end` (going back).
  std::vector<const Mention*> ListBefore(size_t end, size_t floor) const {
    const auto& t = T();
    std::vector<const Mention*> items;
    size_t k = end;
    while (k > floor) {
      if (t[k - 1].Is(',') || t[k - 1].Is("and") || t[k - 1].Is('&')) {
        --k;
        continue;
      }
      if (t[k - 1].Is(')')) {
        size_t j = k - 1;
        while (j > floor && !t[j - 1].Is('(')) --j;
        if (j > floor) {
          k = j - 1;
          continue;
        }
        break;
      }
      const Mention* m = nullptr;
      if (s_->mention_at[k - 1] >= 0) m = &s_->mentions[s_->mention_at[k - 1]];
      if (IsMemberEntity(m) && m->last == k) {
        items.push_back(m);
        k = m->first;
        continue;
      }
      break;
    }
    std::reverse(items.begin(), items.end());
    return items;
  }

  // "A left O (back) in 1999", "(both countries left O in 1999)", "A withdrew from O".
  void Departures() {
    const auto& t = T();
    for (size_t k = 1; k + 1 < t.size(); ++k) {
      const std::string_view w_lower = t[k].lower;
      const std::string_view w = w_lower;  // compares without strlen
      size_t org_at = 0;
      if (w == "left" || w == "quit" || w == "exited") {
        org_at = k + 1;
      } else if ((w == "withdrew" || w == "withdrawn") && t[k + 1].Is("from")) {
        org_at = k + 2;
      } else if (w == "pulled" && k + 2 < t.size() && t[k + 1].Is("out") && t[k + 2].Is("of")) {
        org_at = k + 3;
      } else {
        continue;
      }
      size_t org_end = 0;
      const std::string_view* org = OrgAt(org_at, &org_end);
      if (!org) continue;
      if (HypotheticalBetween(k > 4 ? k - 4 : 0, k)) continue;
      int year = YearAfter(org_end, 5);
      size_t subj_end = k;
      if (subj_end > 0 && (t[subj_end - 1].Is("has") || t[subj_end - 1].Is("had"))) --subj_end;
      std::vector<const Mention*> members;
      // "(both countries left ...)": the list right before the parenthesis.
      size_t p = subj_end;
      while (p > 0 && t[p - 1].word && !At(p - 1) && p + 4 > subj_end) --p;
      if (p > 0 && t[p - 1].Is('(') && p < subj_end) {
        const std::string_view head = t[p].lower;
        size_t count = head == "both" ? 2 : 0;
        auto before = ListBefore(p - 1, 0);
        if (count && before.size() > count) before.erase(before.begin(), before.end() - count);
        members = before;
      } else {
        members = ListBefore(subj_end, 0);
      }
      for (const Mention* m : members) {
        Emit(*m, Predicate::kLeftIn, *org, year, "left-org", 0.9, m->first, org_end);
      }
    }
  }

  // "In 1993, A, B and C joined the organization" / "A joined O in 1993".
  void Joined() {
    const auto& t = T();
    for (size_t k = 1; k < t.size(); ++k) {
      const std::string_view w_lower = t[k].lower;
      const std::string_view w = w_lower;  // compares without strlen
      size_t org_at = 0;
      if (w == "joined") {
        org_at = k + 1;
      } else if ((w == "acceded" || w == "admitted") && k + 1 < t.size() && t[k + 1].Is("to")) {
        org_at = k + 2;
      } else {
        continue;
      }
      size_t org_end = 0;
      const std::string_view* org = OrgAt(org_at, &org_end);
      if (!org) continue;
      if (HypotheticalBetween(k > 4 ? k - 4 : 0, k) || IsQuestion()) continue;
      size_t floor = 0;
      int year = 0;
      if (t.size() > 3 && t[0].Is("In") && AsYear(t[1]) && t[2].Is(',')) {
        year = AsYear(t[1]);
        floor = 3;
      }
      if (!year) year = YearAfter(org_end, 5);
      size_t subj_end = k;
      if (subj_end > 0 && (t[subj_end - 1].Is("has") || t[subj_end - 1].Is("had"))) --subj_end;
      for (const Mention* m : ListBefore(subj_end, floor)) {
        Emit(*m, Predicate::kJoinedIn, *org, year, "joined-org", 0.85, m->first, org_end);
      }
    }
  }

  // "A has observer status at O", "A, an observer of O".
  void Observer() {
    const auto& t = T();
    for (size_t k = 1; k + 2 < t.size(); ++k) {
      if (!t[k].Is("observer")) continue;
      size_t j = k + 1;
      if (j < t.size() && (t[j].Is("status") || t[j].Is("state"))) ++j;
      if (j >= t.size() || !(t[j].Is("at") || t[j].Is("in") || t[j].Is("of") || t[j].Is("to") ||
                             t[j].Is("with"))) {
        continue;
      }
      size_t org_end = 0;
      const std::string_view* org = OrgAt(j + 1, &org_end);
      if (!org) continue;
      size_t b = k;
      while (b > 0 && (t[b - 1].Is("an") || t[b - 1].Is("a") || t[b - 1].Is("the"))) --b;
      if (b == 0) continue;
      const std::string_view verb_lower = t[b - 1].lower;
      const std::string_view verb = verb_lower;  // compares without strlen
      bool linked = verb == "has" || verb == "have" || verb == "holds" || verb == "hold" ||
                    verb == "is" || verb == "are" || verb == "was" || verb == "received" ||
                    verb == "obtained" || verb == "granted" || verb == "gained" || verb == ",";
      if (!linked || HypotheticalBetween(b > 5 ? b - 5 : 0, k)) continue;
      size_t subj_end = b - 1;
      if (verb == "granted" && subj_end > 0 && (t[subj_end - 1].Is("was") ||
                                                t[subj_end - 1].Is("were"))) {
        --subj_end;
      }
      for (const Mention* m : ListBefore(subj_end, 0)) {
        Emit(*m, Predicate::kObserverOf, *org, YearAfter(org_end, 4), "observer-of", 0.8,
             m->first, org_end);
      }
    }
  }

  void NoteOrganizations() {
    for (const Mention& m : s_->mentions) {
      if (IsInternationalOrg(m)) context_org_ = m.name;
    }
  }

  const DocAnalysis& d_;
  const Lexicon& lex_;
  std::vector<Triple>& out_;
  size_t base_ = 0;  ///< out_.size() before this reader added anything
  uint32_t si_ = 0;
  const SentenceInfo* s_ = nullptr;
  std::string_view context_org_;  // a lexicon name or a view of the text
};

}  // namespace

void ExtractMembership(const DocAnalysis& doc, std::vector<Triple>& out) {
  MembershipReader(doc, out).Run();
}

void ExtractRoles(const DocAnalysis& doc, std::vector<Triple>& out) {
  for (const RoleSighting& r : doc.roles) {
    Triple t;
    t.subject = doc.people[r.person].name;
    t.subject_type = EntityType::kPerson;
    t.predicate = Predicate::kHoldsRole;
    t.role = r.role;
    if (!r.of.empty()) {
      t.object = r.of;
      t.object_type = r.of_type;
    } else {
      t.object = Lower(r.role);
      t.object_type = EntityType::kRole;
    }
    t.confidence = r.of.empty() ? 0.7 : 0.85;
    t.evidence.sentence = r.sentence;
    t.evidence.start = r.begin;
    t.evidence.end = r.end;
    t.evidence.rule = "title-or-apposition";
    out.push_back(std::move(t));
  }
}

}  // namespace newsgraph
