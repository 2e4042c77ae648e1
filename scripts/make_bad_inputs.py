#!/usr/bin/env python3
"""Writes the bad-input corpus: files that try to break newsgraph.

usage: make_bad_inputs.py OUTDIR [--big] [--only NAME ...] [--list]

Every file is generated here, deterministically (a fixed random seed), so
no binary test data is committed. The two big files (a 100 MB one-line
document and a JSONL file with a 50 MB line) are written only with --big or
when named with --only. --list prints the names of all cases and exits.

The tests in tests/robustness/ run this at test time into their own temp
folder and assert what newsgraph does with each file.
"""
import argparse
import json
import os
import random
import sys

MB = 1 << 20

# A plain sentence the extractors read, so a repaired document still has a
# fact in it.
GOOD = 'Armenia is a member of the CSTO. "We stay," said Nikol Pashinyan.\n'
# Enough ordinary text around the bad bytes that the document reads as
# text to be repaired, not as binary data to be refused.
PROSE = (GOOD + "Officials met in Yerevan on Friday to discuss the budget for the year.\n") * 3


def random_bytes():
    rng = random.Random(20240223)
    return bytes(rng.getrandbits(8) for _ in range(64 * 1024))


def png_header():
    return (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10"
            b"\x08\x06\x00\x00\x00\x1f\xf3\xffa" + bytes(range(256)) * 4)


def elf_header():
    return (b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00\x3e\x00\x01\x00\x00\x00"
            + bytes(range(256)) * 4)


def nul_bytes():
    return b"Armenia is a member\x00 of the CSTO.\x00\x00 More text.\n"


def utf8_truncated():
    # A 3-byte sequence cut after 2 bytes, a 4-byte one cut after 1, and a
    # lead byte at the very end of the file.
    return PROSE.encode() + b"Le pr\xc3sident \xe2\x82 and \xf0 rest.\n\xe2"


def utf8_overlong():
    # "/" as 2, 3 and 4 bytes, and NUL as 2 bytes (all must be refused as UTF-8).
    return PROSE.encode() + b"Path \xc0\xaf and \xe0\x80\xaf and \xf0\x80\x80\xaf and \xc0\x80.\n"


def utf8_lone_continuation():
    return PROSE.encode() + b"Stray \x80 bytes \xbf\xbf and \x80\x80\x80 here.\n"


def utf8_surrogates():
    # U+D800 and U+DFFF encoded as UTF-8 (CESU style), and a surrogate pair.
    return PROSE.encode() + b"Bad \xed\xa0\x80 and \xed\xbf\xbf and \xed\xa0\xbd\xed\xb8\x80.\n"


def utf16le_bom():
    return b"\xff\xfe" + GOOD.encode("utf-16-le")


def utf16be_bom():
    return b"\xfe\xff" + GOOD.encode("utf-16-be")


def utf8_bom():
    return b"\xef\xbb\xbf" + GOOD.encode()


def crlf():
    return (GOOD + "\n" + GOOD).replace("\n", "\r\n").encode()


def cr_only():
    return (GOOD + "\n" + GOOD).replace("\n", "\r").encode()


def sentence_1mb():
    words = ["alpha", "beta", "gamma", "delta", "Epsilon", "zeta", "Armenia", "member"]
    rng = random.Random(7)
    out, size = [], 0
    while size < MB:
        w = rng.choice(words)
        out.append(w)
        size += len(w) + 1
    return (" ".join(out) + "\n").encode()


def quotes_10000():
    # Unbalanced and nested straight and curly quotation marks, with words
    # and reporting verbs between them so the quote rules keep trying.
    rng = random.Random(11)
    marks = ['"', "\u201c", "\u201d", "\u2018", "\u2019", "'", "\u00ab", "\u00bb"]
    parts = []
    for i in range(10000):
        parts.append(rng.choice(marks))
        if i % 7 == 0:
            parts.append(" said John Smith ")
        elif i % 5 == 0:
            parts.append("We ")
    return ("".join(parts) + "\n").encode()


def capitalised_run():
    names = ["Alpha", "Beta", "Gamma", "Delta", "Union", "Party", "Republic", "Smith"]
    out, size, i = [], 0, 0
    while size < 10000:
        w = names[i % len(names)]
        out.append(w)
        size += len(w) + 1
        i += 1
    return ("The " + " ".join(out) + " said it would stay.\n").encode()


HOSTILE = r"""John Smith, a member of the "Quote" \ <Union> & ]]> Co, said: "'); DROP TABLE entities; -- {evil} <b>bold</b> & ]]> end\ here."

"We -- the people -- reject \"this\" { } & <that> ]]>," said Jane Doe.

Robert'); DROP TABLE entities; -- Jones said: "A tab	inside, a \\ backslash and a ]]> end."

"Line one
line two," said Mary O'Brien.
"""


def hostile_names():
    return HOSTILE.encode()


def documents_jsonl():
    lines = [
        json.dumps({"id": "good-1", "text": GOOD, "date": "2024-02-23"}),
        '{"id": "broken", "text": "no end',
        json.dumps({"id": "no-text", "body": GOOD}),
        json.dumps({"id": "number-text", "text": 42}),
        json.dumps({"id": "null-text", "text": None}),
        json.dumps(["not", "an", "object"]),
        "\"just a string\"",
        json.dumps({"id": ["wrong", "type"], "text": GOOD + " Again.", "date": 2024}),
        "",
        "   ",
        json.dumps({"id": "hostile", "text": HOSTILE}),
        "\x00\x01\x02 binary garbage \xff",
        json.dumps({"id": "good-2", "text": "Belarus is a member of the CSTO.\n"}),
    ]
    return ("\n".join(lines) + "\n").encode("utf-8", "surrogateescape")


def write_one_line_100mb(path):
    # One line, no newline, sentences with facts every so often.
    chunk = ("Armenia is a member of the CSTO and the people said nothing much at all "
             "in the long afternoon of a very long line ")
    block = (chunk * (MB // len(chunk) + 1))[:MB].encode()
    with open(path, "wb") as f:
        for _ in range(100):
            f.write(block)


def write_big_line_50mb_jsonl(path):
    with open(path, "wb") as f:
        f.write(json.dumps({"id": "small-1", "text": GOOD}).encode() + b"\n")
        f.write(b'{"id": "huge", "text": "')
        piece = b"Armenia is a member of the CSTO. " * 1024
        for _ in range(50 * MB // len(piece)):
            f.write(piece)
        f.write(b'"}\n')
        f.write(json.dumps({"id": "small-2", "text": "Belarus is a member of the CSTO.\n"})
                .encode() + b"\n")


SMALL = {
    "empty.txt": lambda: b"",
    "whitespace.txt": lambda: b" \t\n\r\n   \n\t\n",
    "random_bytes.txt": random_bytes,
    "png_header.txt": png_header,
    "elf_header.txt": elf_header,
    "nul_bytes.txt": nul_bytes,
    "utf8_truncated.txt": utf8_truncated,
    "utf8_overlong.txt": utf8_overlong,
    "utf8_lone_continuation.txt": utf8_lone_continuation,
    "utf8_surrogates.txt": utf8_surrogates,
    "utf16le_bom.txt": utf16le_bom,
    "utf16be_bom.txt": utf16be_bom,
    "utf8_bom.txt": utf8_bom,
    "crlf.txt": crlf,
    "cr_only.txt": cr_only,
    "sentence_1mb.txt": sentence_1mb,
    "quotes_10000.txt": quotes_10000,
    "capitalised_run.txt": capitalised_run,
    "hostile_names.txt": hostile_names,
    "documents.jsonl": documents_jsonl,
}

BIG = {
    "one_line_100mb.txt": write_one_line_100mb,
    "big_line_50mb.jsonl": write_big_line_50mb_jsonl,
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", nargs="?")
    parser.add_argument("--big", action="store_true", help="also write the 100 MB and 50 MB files")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="write only these cases")
    parser.add_argument("--list", action="store_true", help="print every case name")
    args = parser.parse_args()
    if args.list:
        print("\n".join(list(SMALL) + list(BIG)))
        return 0
    if not args.outdir:
        parser.error("OUTDIR is required")
    names = args.only or (list(SMALL) + (list(BIG) if args.big else []))
    unknown = [n for n in names if n not in SMALL and n not in BIG]
    if unknown:
        parser.error("unknown case(s): " + ", ".join(unknown))
    os.makedirs(args.outdir, exist_ok=True)
    for name in names:
        path = os.path.join(args.outdir, name)
        if name in SMALL:
            with open(path, "wb") as f:
                f.write(SMALL[name]())
        else:
            BIG[name](path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
