#include "text/jsonl_line.h"

#include <cstdint>
#include <cstring>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "text/byte_scan.h"

namespace newsgraph {
namespace {

class Scanner {
 public:
  explicit Scanner(std::string_view s) : p_(s.data()), end_(s.data() + s.size()) {}

  void SkipSpace() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\n' || *p_ == '\r')) ++p_;
  }
  bool AtEnd() const { return p_ == end_; }
  bool Take(char c) {
    if (p_ < end_ && *p_ == c) {
      ++p_;
      return true;
    }
    return false;
  }
  bool TakeWord(std::string_view w) {
    if (static_cast<size_t>(end_ - p_) < w.size() || std::memcmp(p_, w.data(), w.size()) != 0) {
      return false;
    }
    p_ += w.size();
    return true;
  }

  // A key after its opening '"': no escapes (those go to RapidJSON).
  bool Key(std::string_view* key) {
    const char* start = p_;
    while (p_ < end_ && *p_ != '"') {
      if (*p_ == '\\' || static_cast<unsigned char>(*p_) < 0x20) return false;
      ++p_;
    }
    if (p_ == end_) return false;
    *key = std::string_view(start, static_cast<size_t>(p_ - start));
    ++p_;
    return true;
  }

  // A string value after its opening '"', decoded into *out (or only
  // checked if out is null).
  bool String(std::string* out) {
    for (;;) {
      const char* run = p_;
      p_ += PlainRun(p_, end_);
      if (out) out->append(run, static_cast<size_t>(p_ - run));
      if (p_ == end_) return false;  // no closing quotation mark
      const char c = *p_++;
      if (c == '"') return true;
      if (c != '\\') return false;  // a raw control character
      if (p_ == end_) return false;
      const char e = *p_++;
      char plain = 0;
      switch (e) {
        case '"': plain = '"'; break;
        case '\\': plain = '\\'; break;
        case '/': plain = '/'; break;
        case 'b': plain = '\b'; break;
        case 'f': plain = '\f'; break;
        case 'n': plain = '\n'; break;
        case 'r': plain = '\r'; break;
        case 't': plain = '\t'; break;
        case 'u': {
          uint32_t cp = 0;
          for (int k = 0; k < 4; ++k) {
            if (p_ == end_) return false;
            char h = *p_++;
            uint32_t d = (h >= '0' && h <= '9')   ? static_cast<uint32_t>(h - '0')
                         : (h >= 'a' && h <= 'f') ? static_cast<uint32_t>(h - 'a' + 10)
                         : (h >= 'A' && h <= 'F') ? static_cast<uint32_t>(h - 'A' + 10)
                                                  : 16;
            if (d == 16) return false;
            cp = cp << 4 | d;
          }
          if (cp >= 0xD800 && cp <= 0xDFFF) return false;  // surrogates: RapidJSON's call
          if (out) AppendCodepoint(cp, *out);
          continue;
        }
        default:
          return false;
      }
      if (out) out->push_back(plain);
    }
  }

  // One of the values the fast path accepts besides strings.
  bool Literal() { return TakeWord("true") || TakeWord("false") || TakeWord("null"); }

  bool PeekIs(char c) const { return p_ < end_ && *p_ == c; }

 private:
  // Bytes from p that need no decoding: anything but '"', '\\' and
  // control characters.
  static size_t PlainRun(const char* p, const char* end) { return byte_scan::JsonPlainRun(p, end); }

  // RapidJSON's UTF-8 encoding of a \u escape (no surrogates reach here).
  static void AppendCodepoint(uint32_t cp, std::string& out) {
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }

  const char* p_;
  const char* end_;
};

}  // namespace

bool ReadFastJsonlLine(std::string_view line, JsonlFields& out) {
  out = JsonlFields();
  bool have_text = false, have_id = false, have_date = false;
  Scanner s(line);
  s.SkipSpace();
  if (!s.Take('{')) return false;
  s.SkipSpace();
  if (!s.Take('}')) {
    for (;;) {
      std::string_view key;
      if (!s.Take('"') || !s.Key(&key)) return false;
      s.SkipSpace();
      if (!s.Take(':')) return false;
      s.SkipSpace();
      // The first occurrence of a member counts (RapidJSON's FindMember).
      bool is_text = key == "text" && !have_text;
      bool is_id = key == "id" && !have_id;
      bool is_date = key == "date" && !have_date;
      if (s.Take('"')) {
        std::string* into = is_text ? &out.text : is_id ? &out.id : is_date ? &out.date : nullptr;
        if (is_text) out.text.reserve(line.size());  // decoding never lengthens it
        if (!s.String(into)) return false;
        have_text |= is_text;
        have_id |= is_id;
        have_date |= is_date;
      } else {
        // A later "text" would not count after a first one that is not a
        // string; nor would a later "id"/"date": only strings are read here.
        if (key == "text" || key == "id" || key == "date") return false;
        if (!s.Literal()) return false;  // numbers, objects, arrays: RapidJSON's
      }
      s.SkipSpace();
      if (s.Take(',')) {
        s.SkipSpace();
        continue;
      }
      if (s.Take('}')) break;
      return false;
    }
  }
  s.SkipSpace();
  out.has_text = have_text;
  return s.AtEnd();
}

bool ReadJsonlLineWithRapidJson(std::string_view line, JsonlFields& out, std::string& error) {
  out = JsonlFields();
  rapidjson::Document doc;
  doc.Parse(line.data(), line.size());
  if (doc.HasParseError()) {
    error = std::string("not JSON: ") + rapidjson::GetParseError_En(doc.GetParseError());
    return false;
  }
  if (!doc.IsObject()) {
    error = "not a JSON object";
    return false;
  }
  if (auto it = doc.FindMember("text"); it != doc.MemberEnd() && it->value.IsString()) {
    out.has_text = true;
    out.text.assign(it->value.GetString(), it->value.GetStringLength());
  }
  if (auto it = doc.FindMember("id"); it != doc.MemberEnd()) {
    if (it->value.IsString()) {
      out.id.assign(it->value.GetString(), it->value.GetStringLength());
    } else if (it->value.IsInt64()) {
      out.id = std::to_string(it->value.GetInt64());
    }
  }
  if (auto it = doc.FindMember("date"); it != doc.MemberEnd() && it->value.IsString()) {
    out.date.assign(it->value.GetString(), it->value.GetStringLength());
  }
  return true;
}

bool ReadJsonlLine(std::string_view line, JsonlFields& out, std::string& error) {
  return ReadFastJsonlLine(line, out) || ReadJsonlLineWithRapidJson(line, out, error);
}

}  // namespace newsgraph
