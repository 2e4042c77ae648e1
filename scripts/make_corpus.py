#!/usr/bin/env python3
"""Makes a benchmark corpus of news-like JSONL documents from real text.

usage: scripts/make_corpus.py SIZE -o OUT.jsonl [--seed N]
           [--wikinews DIR] [--seeds DIR] [--schema DIR]

SIZE is a byte count with an optional k/m/g suffix (10m, 100m, 1g). The
documents ({"id", "text", "date"}, 3-8 KB each) are recombined at sentence
level from the Wikinews CSVs (url,date,title,text) and the seed articles:
short runs of consecutive sentences from different articles, so a pronoun
still usually follows its antecedent. Person names are varied per block of
documents (a surname gets a deterministic syllable suffix, a given name is
swapped from the pool of given names seen in the text), so a larger corpus
names more distinct people and states more distinct facts instead of
repeating the same ones. Countries and organisations the lexicon knows stay
as they are, so membership facts keep their objects. The output depends
only on the inputs, SIZE and --seed. Standard library only.
"""

import argparse
import csv
import glob
import hashlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

UPPER = "A-ZÀ-ÖØ-Þ"
LOWER = "a-zß-öø-ÿ"
WORD = f"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
NAME_RE = re.compile(rf"\b({WORD})\s+({WORD})\b")
CAP_RE = re.compile(rf"\b{WORD}\b")
SENTENCE_END_RE = re.compile(r"(?<=[.!?])([\"”’']?)\s+(?=[\"“‘A-Z])")
DOCS_PER_VARIANT = 16
SYLLABLES = ["ak", "ev", "ov", "in", "ar", "es", "ul", "om", "ik", "an",
             "ed", "or", "us", "el", "ir", "ot", "ab", "en", "is", "um"]
MONTHS_DAYS = """January February March April May June July August September
October November December Monday Tuesday Wednesday Thursday Friday Saturday
Sunday""".split()


def parse_size(text):
    m = re.fullmatch(r"(\d+(?:\.\d+)?)([kKmMgG]?)[bB]?", text)
    if not m:
        raise SystemExit(f"make_corpus: error: bad size '{text}' (use e.g. 10m, 1g)")
    scale = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}[m.group(2).lower()]
    return int(float(m.group(1)) * scale)


def stable_hash(text):
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little")


def stop_words(schema):
    """Capitalised words that are not person names: lexicon names, titles, ..."""
    stop = set(MONTHS_DAYS)
    lex = os.path.join(schema, "lexicon")

    def words_of(s):
        stop.update(w for w in re.split(r"[\s\-]+", s) if w)

    for fname, key in (("countries.json", "countries"), ("organizations.json", "organizations"),
                       ("places.json", "places")):
        with open(os.path.join(lex, fname), encoding="utf-8") as f:
            for item in json.load(f)[key]:
                words_of(item.get("name", ""))
                for alias in item.get("aliases", []) + item.get("demonyms", []):
                    words_of(alias)
    with open(os.path.join(lex, "titles.json"), encoding="utf-8") as f:
        titles = json.load(f)
    for t in titles["titles"] + titles["honorifics"]:
        for w in re.split(r"[\s\-]+", t):
            if w:
                stop.add(w[:1].upper() + w[1:])
    with open(os.path.join(lex, "words.json"), encoding="utf-8") as f:
        words = json.load(f)
    for key in ("organization_heads", "media_heads", "not_names", "abbreviations"):
        for w in words.get(key, []):
            words_of(w)
            stop.add(w[:1].upper() + w[1:])
    return stop


def split_sentences(paragraph):
    """Sentences of a paragraph, never cutting inside a quotation."""
    pieces, last = [], 0
    for m in SENTENCE_END_RE.finditer(paragraph):
        pieces.append(paragraph[last:m.start()] + m.group(1))
        last = m.end()
    pieces.append(paragraph[last:])
    out, pending = [], ""
    for p in pieces:
        pending = f"{pending} {p}" if pending else p
        straight = pending.count('"') % 2 == 0
        curly = pending.count("“") == pending.count("”")
        if straight and curly:
            out.append(pending.strip())
            pending = ""
    if pending:
        out.append(pending.strip())
    return [s for s in out if s]


def read_articles(wikinews, seeds):
    csv.field_size_limit(1 << 30)
    articles = []
    for path in sorted(glob.glob(os.path.join(wikinews, "*.csv"))):
        with open(path, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                articles.append((row.get("title", ""), row.get("date", ""), row.get("text", "")))
    for path in sorted(glob.glob(os.path.join(seeds, "*.txt"))):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        title = text.strip().split("\n", 1)[0]
        articles.append((title, "", text))
    if not articles:
        raise SystemExit(f"make_corpus: error: no articles in '{wikinews}' or '{seeds}'")
    return articles


class Template:
    """A sentence run with its name slots: literal pieces and (kind, word) slots."""
    __slots__ = ("parts",)

    def __init__(self, text, surnames, given):
        parts, last = [], 0
        for m in CAP_RE.finditer(text):
            w = m.group(0)
            kind = "s" if w in surnames else ("g" if w in given else None)
            if kind is None:
                continue
            parts.append(text[last:m.start()])
            parts.append((kind, w))
            last = m.end()
        parts.append(text[last:])
        self.parts = parts


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("size")
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--wikinews", default=os.path.join(ROOT, "..", "shared", "corpus", "wikinews"))
    ap.add_argument("--seeds", default=os.path.join(ROOT, "..", "shared", "seeds"))
    ap.add_argument("--schema", default=os.path.join(ROOT, "schema"))
    args = ap.parse_args()
    target = parse_size(args.size)

    stop = stop_words(args.schema)
    articles = read_articles(args.wikinews, args.seeds)

    # People: two capitalised words, neither a lexicon word, title or month.
    # A pair seen once is too often a heading or a phrase ("Domestic Violence").
    pairs = {}
    for _, _, text in articles:
        for m in NAME_RE.finditer(text):
            a, b = m.group(1), m.group(2)
            if a in stop or b in stop:
                continue
            pairs[(a, b)] = pairs.get((a, b), 0) + 1
    surnames = {b for (a, b), n in pairs.items() if n >= 2}
    given = {a for (a, b), n in pairs.items() if n >= 2}
    given -= surnames
    given_pool = sorted(given)

    # Sentences per article, grouped by paragraph; runs of 1-4 sentences.
    sources = []  # per article: (title, date, list of run templates)
    for title, date, text in articles:
        runs = []
        for para in re.split(r"\n\s*\n", text):
            para = " ".join(para.split())
            if len(para) < 40:
                continue
            sents = split_sentences(para)
            i = 0
            while i < len(sents):
                n = 1 + (stable_hash(f"{title}|{i}") % 3)
                runs.append(Template(" ".join(sents[i:i + n]), surnames, given))
                i += n
        if runs:
            sources.append((Template(title, surnames, given), date, runs))

    rng = random.Random(args.seed)
    cache = {}

    def name(kind, word, variant):
        if variant == 0:
            return word
        key = (kind, word, variant)
        hit = cache.get(key)
        if hit is not None:
            return hit
        h = stable_hash(word)
        if kind == "g":
            out = given_pool[(h + variant * 7919) % len(given_pool)]
        else:
            # Bijective base-20 suffix of the variant: distinct per variant.
            suffix, v = [], variant
            while v > 0:
                v -= 1
                suffix.append(SYLLABLES[(v % 20 + h) % 20])
                v //= 20
            out = word + "".join(suffix)
        cache[key] = out
        return out

    def render(template, variant):
        return "".join(p if isinstance(p, str) else name(p[0], p[1], variant)
                       for p in template.parts)

    written, doc = 0, 0
    tmp = args.output + ".tmp"
    with open(tmp, "w", encoding="utf-8") as out:
        while written < target:
            variant = doc // DOCS_PER_VARIANT
            if doc % DOCS_PER_VARIANT == 0:
                cache.clear()
            want = rng.randint(3000, 8000)
            title_t, date, _ = sources[rng.randrange(len(sources))]
            paragraphs, size = [render(title_t, variant)], 0
            while size < want:
                para = []
                for _ in range(rng.randint(1, 3)):
                    _, _, runs = sources[rng.randrange(len(sources))]
                    start = rng.randrange(len(runs))
                    for r in runs[start:start + rng.randint(1, 2)]:
                        para.append(render(r, variant))
                text = " ".join(para)
                paragraphs.append(text)
                size += len(text.encode()) + 2
            line = json.dumps({"id": f"bench-{doc:08d}", "text": "\n\n".join(paragraphs) + "\n",
                               "date": date}, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode())
            doc += 1
    os.replace(tmp, args.output)
    print(f"make_corpus: {doc} documents, {written} bytes, {len(surnames)} surnames, "
          f"{doc // DOCS_PER_VARIANT + 1} name variants -> {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
