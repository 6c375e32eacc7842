/* Test-only reference: tokenize.ts as it was before the hand-written ASCII scanner (issue 13), kept so a property test can check the fast path gives exactly its terms. */
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
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const w = m[0];
    if (w.length < 2 && !/\d/.test(w)) continue;
    if (STOPWORDS.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}
