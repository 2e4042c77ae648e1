#!/usr/bin/env node
// Benchmark peer: who said what, with the `compromise` NLP library.
//
// usage: node peer.js CORPUS.jsonl [MAX_BYTES]
// Reads {"id","text"} documents, finds quotations and attributes each to the
// person (or organisation) compromise finds in the same sentence, else the
// last person named before it. Prints one JSON line per quote to stdout and
// "peer: BYTES bytes DOCS docs QUOTES quotes SECONDS s" to stderr.
// Lives in bench/ and is installed under the build folder by scripts/bench.sh;
// newsgraph itself never depends on it.
'use strict';
const fs = require('fs');
const readline = require('readline');
const path = require('path');

let nlp;
try {
  nlp = require('compromise');
} catch (e) {
  // bench.sh installs into <build>/peer and sets NODE_PATH; fall back to it.
  nlp = require(path.join(process.env.PEER_PREFIX || '.', 'node_modules', 'compromise'));
}

const SPEECH = /\b(said|says|told|added|stated|explained|announced|claimed|warned|according to)\b/i;
const QUOTE = /["\u201C]([^"\u201D]{3,})["\u201D]/g;

function speakerOf(sentenceDoc) {
  const people = sentenceDoc.people().out('array');
  if (people.length) return people[people.length - 1];
  const orgs = sentenceDoc.organizations().out('array');
  if (orgs.length) return orgs[orgs.length - 1];
  return null;
}

async function main() {
  const file = process.argv[2];
  const maxBytes = Number(process.argv[3] || Infinity);
  if (!file) {
    console.error('usage: node peer.js CORPUS.jsonl [MAX_BYTES]');
    process.exit(2);
  }
  const start = process.hrtime.bigint();
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  let bytes = 0, docs = 0, quotes = 0;
  const out = [];
  for await (const line of rl) {
    if (!line.trim()) continue;
    if (bytes >= maxBytes) break;
    const doc = JSON.parse(line);
    bytes += Buffer.byteLength(doc.text, 'utf8');
    docs++;
    let lastPerson = null;
    // One parse per document; each sentence is a view into it.
    nlp(doc.text).sentences().forEach((sdoc) => {
      const s = sdoc.text();
      const who = speakerOf(sdoc);
      const hasQuote = QUOTE.test(s);
      QUOTE.lastIndex = 0;
      if (hasQuote && (who || lastPerson) && SPEECH.test(s)) {
        let m;
        while ((m = QUOTE.exec(s)) !== null) {
          out.push(JSON.stringify({ doc: doc.id, speaker: who || lastPerson, quote: m[1] }));
          quotes++;
        }
      }
      if (who) lastPerson = who;
    });
    if (out.length > 10000) { process.stdout.write(out.join('\n') + '\n'); out.length = 0; }
  }
  if (out.length) process.stdout.write(out.join('\n') + '\n');
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.error(`peer: ${bytes} bytes ${docs} docs ${quotes} quotes ${seconds.toFixed(3)} s`);
}

main().catch((e) => { console.error(e); process.exit(1); });
