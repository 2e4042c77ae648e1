// Who belongs to what: member-of, left-in, joined-in and observer-of.
//
// Patterns, each read over the tokens and mentions of one sentence:
//  - "A is a member of O", "A, a member of O," (not after a negation, a
//    modal, a question or a hypothetical: "would become a member").
//  - "O, which includes A, B and C", "O is made of A, B", "O comprises ...",
//    "O currently includes six member-states: A, B".
//  - "O's six member states - A, B", "O member countries A, B", "members
//    of O: A, B".
//  - "A left O (back) in 1999", "A withdrew from O in 2012", "A (which is
//    no longer a member of O since 2012)", "(both countries left O in 1999)".
//  - "In 1993, A, B and C joined O" / "A joined O in 1993".
//  - "A has observer status at O", "A, an observer of O".
// Lists take commas, "and", dashes, colons or nothing between items
// ("Kazakhstan Kyrgyzstan and Tajikistan") and skip parentheticals.
// "the organization", "the bloc" resolve to the organisation in context.
#ifndef NEWSGRAPH_EXTRACT_MEMBERSHIP_EXTRACTOR_H_
#define NEWSGRAPH_EXTRACT_MEMBERSHIP_EXTRACTOR_H_

#include <vector>

#include "extract/analysis.h"
#include "extract/triple.h"

namespace newsgraph {

/// Appends membership triples (folded offsets in the evidence) to `out`.
void ExtractMembership(const DocAnalysis& doc, std::vector<Triple>& out);

/// Appends holds-role triples from DocAnalysis::roles.
void ExtractRoles(const DocAnalysis& doc, std::vector<Triple>& out);

}  // namespace newsgraph

#endif  // NEWSGRAPH_EXTRACT_MEMBERSHIP_EXTRACTOR_H_
