#!/usr/bin/env python3
"""Quote detection and speaker accuracy, the way the unseen-news benchmark counts.

usage: quote_eval.py GOLD.jsonl SYSTEM.jsonl [--texts=DIR] [--verbose]

A gold `said` fact is found when one extracted `said` triple of the same
document covers at least 30% of its words; an extracted triple is right when
at least 30% of its words lie in some gold quote. Speaker accuracy is the
share of found quotes whose best-covering triple names the gold speaker
(after the gold alias table). --texts=DIR (the documents) keeps only gold
quotes that stand inside quotation marks: direct quotes. Python standard library only.
"""
import collections, json, re, sys, unicodedata

WORD = re.compile(r"[^\W_]+", re.UNICODE)

def norm(name):
    s = unicodedata.normalize("NFKD", str(name).casefold().replace("\u2019", "'"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^\w\s]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s[4:] if s.startswith("the ") else s

def words(text):
    return collections.Counter(w.casefold() for w in WORD.findall(str(text)))

def covered(part, whole):
    return sum((part & whole).values()) / max(1, sum(whole.values()))

def overlaps(r, g):
    if "start" not in g or "start" not in r:
        return True
    return r["start"] < g["end"] and g["start"] < r["end"]

def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    gold_rows = [json.loads(l) for l in open(args[0], encoding="utf-8") if l.strip()]
    sys_rows = [json.loads(l) for l in open(args[1], encoding="utf-8") if l.strip()]
    canon = {}
    for c, al in gold_rows[0]["aliases"].items():
        for a in [c] + al:
            canon[norm(a)] = norm(c)
    C = lambda n: canon.get(norm(n), norm(n))
    golds = [g for g in gold_rows[1:] if g.get("type") == "said" and not g.get("negative")]
    texts = next((a.split("=", 1)[1] for a in argv if a.startswith("--texts=")), None)
    if texts:
        # Keep gold quotes that stand inside quotation marks in the text.
        marks = '"\u201c\u201d\u00ab\u00bb'
        def direct(g):
            try:
                t = open(f"{texts}/{g['doc']}", encoding="utf-8").read()
            except OSError:
                return True
            before = t[max(0, g["start"] - 2):g["start"]]
            after = t[g["end"]:g["end"] + 3]
            return any(c in marks for c in before) and any(c in marks for c in after)
        golds = [g for g in golds if direct(g)]
    docs = {g["doc"] for g in gold_rows[1:] if "doc" in g}
    system = [r for r in sys_rows if r.get("predicate") == "said" and r.get("doc") in docs]
    for g in golds:
        g["_w"] = words(g["quote"])
    found = speaker_ok = required = found_required = 0
    misses = []
    for g in golds:
        best, best_cov = None, 0.0
        for r in system:
            if r["doc"] != g["doc"] or not overlaps(r, g):
                continue
            cov = covered(words(r["object"]), g["_w"])
            if cov > best_cov:
                best, best_cov = r, cov
        hit = best_cov >= 0.3
        if not g.get("optional"):
            required += 1
            found_required += hit
        if hit:
            found += 1
            if C(best["subject"]) == C(g["subject"]):
                speaker_ok += 1
            else:
                misses.append(("SPEAKER", g["doc"], g["subject"], best["subject"], g["quote"][:60]))
        elif not g.get("optional"):
            misses.append(("MISSED", g["doc"], g["subject"], "", g["quote"][:60]))
    right = 0
    for r in system:
        rw = words(r["object"])
        if any(g["doc"] == r["doc"] and overlaps(r, g) and covered(g["_w"], rw) >= 0.3
               for g in golds):
            right += 1
        else:
            misses.append(("SPURIOUS", r["doc"], "", r["subject"], r["object"][:60]))
    p = right / max(1, len(system))
    rc = found_required / max(1, required)
    f = 2 * p * rc / max(1e-9, p + rc)
    if "--verbose" in argv:
        for m in misses:
            print(*m, sep="\t")
    print(f"quote detection P={p:.3f} R={rc:.3f} F1={f:.3f}  "
          f"(system {len(system)}, gold required {required})")
    print(f"speaker accuracy on found quotes {speaker_ok / max(1, found):.3f} ({speaker_ok}/{found})")

if __name__ == "__main__":
    main(sys.argv[1:])
