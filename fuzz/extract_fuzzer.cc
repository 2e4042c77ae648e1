// Fuzzes the whole extraction of one document: SanitizeText then
// ExtractTriples. Checks every triple: names and quote text valid UTF-8 and
// non-empty, offsets inside the document (code points), start <= end.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "fuzz_util.h"
#include "text/utf8.h"

using namespace newsgraph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Lexicon& lexicon = Lexicon::Default();
  if (size > (1 << 16)) return 0;  // keep executions fast; the long-input tests cover size
  SanitizeResult clean = SanitizeText(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!clean.refused.empty()) return 0;
  Document doc;
  doc.id = "fuzz.txt";
  doc.source = "fuzz.txt";
  doc.text = std::move(clean.text);
  size_t codepoints = 0;
  for (unsigned char c : doc.text) codepoints += (c & 0xC0) != 0x80;

  for (const Triple& t : ExtractTriples(doc, lexicon)) {
    if (t.subject.empty()) fuzzing::Fail("empty subject");
    if (t.object.empty()) fuzzing::Fail("empty object");
    if (!fuzzing::IsValidUtf8(t.subject) || !fuzzing::IsValidUtf8(t.object) ||
        !fuzzing::IsValidUtf8(t.role) || !fuzzing::IsValidUtf8(t.evidence.text)) {
      fuzzing::Fail("triple text is not valid UTF-8", t.subject);
    }
    if (t.evidence.start > t.evidence.end) fuzzing::Fail("evidence start after end");
    if (t.evidence.end > codepoints) fuzzing::Fail("evidence past the end of the document");
    if (!(t.confidence >= 0 && t.confidence <= 1)) fuzzing::Fail("confidence outside [0, 1]");
    if (t.evidence.doc != doc.id) fuzzing::Fail("evidence names another document");
  }
  return 0;
}
