/**
 * Ranking-quality metrics as pure functions over a ranked list of ids and relevance judgments.
 *
 * Judgments: a Map id -> graded relevance (0 = not relevant; e.g. hired = 2, interviewed = 1), or a
 * Set of relevant ids (each grade 1). An id is relevant when its grade is > 0. Ids that are not
 * judged are not relevant. A ranked id repeated later in the list is dropped (the ids after it move up).
 *
 * Positions are 1-based (i = 1 is the top). Every metric is 0 when nothing is relevant; evaluations
 * usually leave such queries out, and say how many they kept.
 *
 *   DCG@k   = sum_{i=1..k} gain(rel_i) / log2(i + 1)
 *             gain(rel) = 2^rel - 1 ("exponential", the default, as in Burges et al. 2005) or rel ("linear")
 *   NDCG@k  = DCG@k / IDCG@k, IDCG@k = DCG@k of the judgments sorted by grade, best first
 *   AP      = (1 / |R|) * sum over relevant ranked ids at position i of precision@i,   R = relevant ids
 *             (relevant ids never ranked contribute 0; MAP is the mean of AP over queries)
 *   RR      = 1 / (position of the first relevant id), 0 when none is ranked (MRR is the mean of RR)
 *   recall@k = |R ∩ top k| / |R|
 *   precision@k = |R ∩ top k| / k   (k, not the list length: a short list is not rewarded)
 */

export type Judgments = ReadonlyMap<string, number> | ReadonlySet<string>;
export type GainKind = "exponential" | "linear";

function grade(judgments: Judgments, id: string): number {
  if (judgments instanceof Set) return judgments.has(id) ? 1 : 0;
  return (judgments as ReadonlyMap<string, number>).get(id) ?? 0;
}

function grades(judgments: Judgments): number[] {
  if (judgments instanceof Set) return [...judgments].map(() => 1);
  return [...(judgments as ReadonlyMap<string, number>).values()].filter((g) => g > 0);
}

/** Ranked ids with repeats removed (first occurrence kept), cut to k when given. */
function distinctTop(ranked: readonly string[], k = Infinity): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const id of ranked) {
    if (out.length >= k) break;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(id);
  }
  return out;
}

function requireK(k: number): void {
  if (!(Number.isInteger(k) && k >= 1)) throw new RangeError(`k must be an integer >= 1 (got ${k})`);
}

function gainOf(rel: number, kind: GainKind): number {
  return kind === "exponential" ? 2 ** rel - 1 : rel;
}

/** DCG@k: graded gains discounted by log2(position + 1). */
export function dcgAtK(ranked: readonly string[], judgments: Judgments, k: number, kind: GainKind = "exponential"): number {
  requireK(k);
  let dcg = 0;
  distinctTop(ranked, k).forEach((id, i) => {
    const rel = grade(judgments, id);
    if (rel > 0) dcg += gainOf(rel, kind) / Math.log2(i + 2);
  });
  return dcg;
}

/** NDCG@k in [0, 1]; 1 when the top k holds the best-graded ids in grade order. */
export function ndcgAtK(ranked: readonly string[], judgments: Judgments, k: number, kind: GainKind = "exponential"): number {
  requireK(k);
  const ideal = grades(judgments)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, rel, i) => sum + gainOf(rel, kind) / Math.log2(i + 2), 0);
  return ideal === 0 ? 0 : dcgAtK(ranked, judgments, k, kind) / ideal;
}

/** Average precision over the whole ranked list (binary relevance: grade > 0). */
export function averagePrecision(ranked: readonly string[], judgments: Judgments): number {
  const relevant = grades(judgments).length;
  if (relevant === 0) return 0;
  let hits = 0;
  let sum = 0;
  distinctTop(ranked).forEach((id, i) => {
    if (grade(judgments, id) > 0) {
      hits++;
      sum += hits / (i + 1);
    }
  });
  return sum / relevant;
}

/** 1 / position of the first relevant id; 0 when no relevant id is ranked. */
export function reciprocalRank(ranked: readonly string[], judgments: Judgments): number {
  const top = distinctTop(ranked);
  const i = top.findIndex((id) => grade(judgments, id) > 0);
  return i < 0 ? 0 : 1 / (i + 1);
}

/** Share of the relevant ids found in the top k. */
export function recallAtK(ranked: readonly string[], judgments: Judgments, k: number): number {
  requireK(k);
  const relevant = grades(judgments).length;
  if (relevant === 0) return 0;
  return distinctTop(ranked, k).filter((id) => grade(judgments, id) > 0).length / relevant;
}

/** Share of the top k positions holding a relevant id (divides by k even when fewer are ranked). */
export function precisionAtK(ranked: readonly string[], judgments: Judgments, k: number): number {
  requireK(k);
  return distinctTop(ranked, k).filter((id) => grade(judgments, id) > 0).length / k;
}

/** Arithmetic mean; NaN for no values (so an empty evaluation never reads as a score of 0). */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? NaN : values.reduce((a, b) => a + b, 0) / values.length;
}
