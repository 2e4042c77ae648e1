// The fast path for one line of a .jsonl input.
//
// A news corpus in JSONL is millions of lines of the same simple shape:
// {"id": "...", "text": "...", "date": "...", ...} with string values and
// long texts full of escapes. ReadFastJsonlLine() reads that shape with a
// scanner that copies unescaped runs eight bytes at a time and builds no DOM.
// It answers only when its answer is the one RapidJSON's DOM would give
// (document.cc reads the fields exactly so): for anything else (numbers,
// nested values, escaped keys, surrogate escapes, syntax errors) it returns
// false and the caller parses the line with RapidJSON, which also words the
// error. So the fast path can change speed, never results.
#ifndef NEWSGRAPH_TEXT_JSONL_LINE_H_
#define NEWSGRAPH_TEXT_JSONL_LINE_H_

#include <string>
#include <string_view>

namespace newsgraph {

/// The members of one JSONL document a reader uses (first occurrence of each).
struct JsonlFields {
  bool has_text = false;  ///< "text" is a string
  std::string text;
  std::string id;    ///< a non-empty string "id", or an integer one in decimal; else ""
  std::string date;  ///< a string "date", else ""
};

/// Reads one line of a .jsonl input. Returns false with `error` set ("not
/// JSON: <why>", "not a JSON object") if the line is not a JSON object.
/// Tries ReadFastJsonlLine() first, then RapidJSON.
bool ReadJsonlLine(std::string_view line, JsonlFields& out, std::string& error);

/// The shortcut: reads `line` into `out` if it is a JSON object whose values
/// are strings, true, false or null, with no escape in a key and no \u
/// escape of a surrogate, giving what RapidJSON would. Returns false, with
/// `out` unspecified, for anything else.
bool ReadFastJsonlLine(std::string_view line, JsonlFields& out);

/// ReadJsonlLine() with RapidJSON alone (the reference the shortcut is
/// tested against).
bool ReadJsonlLineWithRapidJson(std::string_view line, JsonlFields& out, std::string& error);

}  // namespace newsgraph

#endif  // NEWSGRAPH_TEXT_JSONL_LINE_H_
