// natural ships types for its index only; these are the two deep modules the tokenizer uses.
declare module "natural/lib/natural/stemmers/porter_stemmer.js" {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}
declare module "natural/lib/natural/util/stopwords.js" {
  const stopwords: { words: string[] };
  export default stopwords;
}
