/** English stopwords (natural's list, as BM25 uses), for telling ordinary English from skill spellings. */
// Deep import on purpose: natural's index loads storage adapters that call dotenv.config().
import stopwordsModule from "natural/lib/natural/util/stopwords.js";

export const STOPWORDS: ReadonlySet<string> = new Set<string>((stopwordsModule as { words: string[] }).words);
