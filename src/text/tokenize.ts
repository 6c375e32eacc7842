/**
 * Text to terms for BM25: lowercase, split on anything but letters, digits and the
 * characters that make tech words (+ #), drop stopwords, Porter-stem (natural).
 * Stems are memoized: marketplace text repeats the same words endlessly.
 */
// Deep imports on purpose: natural's index also loads its storage adapters, which call
// dotenv.config() (reads .env from the cwd and prints to stdout, breaking CLI output).
import PorterStemmer from "natural/lib/natural/stemmers/porter_stemmer.js";
import stopwordsModule from "natural/lib/natural/util/stopwords.js";

const stopwords: string[] = (stopwordsModule as { words: string[] }).words;
const STOPWORDS = new Set<string>(stopwords);
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;
/** Longer "words" are not English (base64, hashes, a key held down): not stemmed, since the stemmer's regexes are quadratic in word length. */
const MAX_STEMMED_LENGTH = 40;

function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    // Words with symbols or digits (c++, c#, es6) are names, not English: keep them whole.
    s = word.length <= MAX_STEMMED_LENGTH && /^[a-z]+$/.test(word) ? PorterStemmer.stem(word) : word;
    if (stemCache.size < STEM_CACHE_LIMIT) stemCache.set(word, s);
  }
  return s;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}+#]*/gu;

/** Terms of a text, in order, repeats kept (term frequency matters). */
export function tokenize(text: string): string[] {
  return NON_ASCII.test(text) ? tokenizeUnicode(text) : tokenizeAscii(text);
}

const NON_ASCII = /[^\x00-\x7f]/;

/*
 * ASCII text (nearly all of it) is scanned by hand: a word is a run of [a-z0-9] then [a-z0-9+#]
 * after lowercasing, exactly what WORD finds there. Each distinct word is looked up once in an
 * open-addressing table keyed by its char codes, which holds its term (stemmed) or null
 * (stopword, lone letter): no lowercased copy of the text, no string per repeated word.
 */
const WORD_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_CLASS[c] = (c >= 48 && c <= 57) || (c >= 97 && c <= 122) ? 2 : c >= 65 && c <= 90 ? 3 : c === 43 || c === 35 ? 1 : 0;
const TABLE_BITS = 16;
let slots = new Int32Array(1 << TABLE_BITS).fill(-1);
let words: string[] = [];
let terms: Array<string | null> = [];
/** Past this many distinct words the table starts over, before the next text (like the stem cache, it only saves work). */
const WORD_TABLE_LIMIT = 1 << 19;

function tokenizeAscii(text: string): string[] {
  scanAscii(text, scan);
  const out: string[] = new Array(scan.length);
  for (let k = 0; k < scan.length; k++) out[k] = terms[scan.ids[k]] as string;
  return out;
}

/** Word ids found by one scan (reused: the ids are copied out or read before the next scan). */
export interface WordIds {
  ids: Int32Array;
  length: number;
}

const scan: WordIds = { ids: new Int32Array(256), length: 0 };
/** Bumped when the word table starts over: ids from before mean other words after. */
let epoch = 0;

/**
 * `tokenize` of an ASCII text as ids in the word table (stopwords and lone letters left out), for
 * an indexer that maps each id to its own term id once (TextIndex.addMany): no term string and no
 * hash-map lookup per token. False (and nothing written) for text with a non-ASCII character:
 * the caller tokenizes that. `wordTerm(id)` is the id's term; ids hold while `wordEpoch()` does.
 */
export function tokenizeWordIds(text: string, out: WordIds): boolean {
  if (NON_ASCII.test(text)) return false;
  scanAscii(text, out);
  return true;
}

export function wordTerm(id: number): string {
  return terms[id] as string;
}

export function wordEpoch(): number {
  return epoch;
}

/** How many word ids are handed out (ids are below it). */
export function wordCount(): number {
  return words.length;
}

function scanAscii(text: string, out: WordIds): void {
  // Start over only between texts, so every id of one scan names the same table.
  if (words.length >= WORD_TABLE_LIMIT) {
    slots = new Int32Array(1 << TABLE_BITS).fill(-1);
    words = [];
    terms = [];
    epoch++;
  }
  let ids = out.ids;
  let count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (WORD_CLASS[c] < 2) {
      i++;
      continue;
    }
    const start = i;
    let hash = 0;
    for (; i < n; i++) {
      let d = text.charCodeAt(i);
      const cls = WORD_CLASS[d];
      if (cls === 0) break;
      if (cls === 3) d += 32;
      hash = (Math.imul(hash, 31) + d) | 0;
    }
    const id = wordOf(text, start, i, hash);
    if (terms[id] === null) continue;
    if (count === ids.length) {
      const grown = new Int32Array(ids.length * 2);
      grown.set(ids);
      ids = out.ids = grown;
    }
    ids[count++] = id;
  }
  out.length = count;
}

/** The id of the word text[start, end) (lowercased) in the table, added with its term if new. */
function wordOf(text: string, start: number, end: number, hash: number): number {
  const mask = slots.length - 1;
  const length = end - start;
  for (let slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
    const id = slots[slot];
    if (id < 0) break;
    const w = words[id];
    if (w.length === length && sameLower(w, text, start)) return id;
  }
  const w = text.slice(start, end).toLowerCase();
  const term = w.length < 2 && !/\d/.test(w) ? null : STOPWORDS.has(w) ? null : stem(w);
  if (words.length * 2 >= slots.length) {
    // Rehashing keeps every id (words go back in order).
    const old = words;
    slots = new Int32Array(slots.length * 2).fill(-1);
    words = [];
    const oldTerms = terms;
    terms = [];
    old.forEach((o, k) => insert(o, hashOf(o), oldTerms[k]));
  }
  insert(w, hash, term);
  return words.length - 1;
}

function insert(w: string, hash: number, term: string | null): void {
  const mask = slots.length - 1;
  let slot = spread(hash) & mask;
  while (slots[slot] >= 0) slot = (slot + 1) & mask;
  slots[slot] = words.length;
  words.push(w);
  terms.push(term);
}

function hashOf(w: string): number {
  let h = 0;
  for (let k = 0; k < w.length; k++) h = (Math.imul(h, 31) + w.charCodeAt(k)) | 0;
  return h;
}

function sameLower(w: string, text: string, start: number): boolean {
  for (let k = 0; k < w.length; k++) {
    let c = text.charCodeAt(start + k);
    if (c >= 65 && c <= 90) c += 32;
    if (w.charCodeAt(k) !== c) return false;
  }
  return true;
}

/** Text with any non-ASCII character: the regex over the lowercased text (lowercasing can change lengths there). */
function tokenizeUnicode(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const w = m[0];
    if (w.length < 2 && !/\d/.test(w)) continue;
    if (STOPWORDS.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

/** Fibonacci hashing: the char-code hash of short words is a small number, and linear probing would cluster on it. */
function spread(hash: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> 11;
}
