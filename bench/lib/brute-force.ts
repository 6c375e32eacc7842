/**
 * The simplest correct thing, as a speed reference: score every freelancer for a job with the
 * engine's own model and features, in one loop over typed-array columns, and keep the top k.
 * No retrieval stage, no index beyond the columns: what a full scan costs.
 *
 * Columns come from the engine's corpus (read-only; the engine does not expose feature columns,
 * so this reaches into its private `corpus`). Job-independent features (rating, review volume,
 * recency, job success) are computed once per freelancer by the engine's feature functions;
 * the rest are computed per job here with the same arithmetic, summed in the engine's feature
 * order, so the top k equals `rankFreelancers(job, { exhaustive: true })` (checked by a test).
 * Text relevance uses the engine's BM25 (TextIndex.score) per document.
 */
import type { Engine } from "../../src/index.js";
import type { LinearModel } from "../../src/rank/model.js";
import type { Corpus } from "../../src/corpus/corpus.js";
import type { FreelancerDoc, JobDoc } from "../../src/corpus/normalize.js";
import { prepareJobQuery } from "../../src/rank/job-query.js";
import { HOURS_NEEDED, levelFit } from "../../src/rank/features/fit.js";
import { jobSuccess, recency, reviewVolume, smoothedRating } from "../../src/rank/features/reputation.js";
import { NEUTRAL } from "../../src/rank/features/types.js";
import { squashBm25 } from "../../src/text/bm25.js";
import { EXPERIENCE_LEVELS } from "../../src/model/records.js";

export interface Scored {
  id: string;
  score: number;
}

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

export class BruteForceScorer {
  readonly size: number;
  private readonly docs: Int32Array;
  private readonly ids: string[];
  private readonly skillStart: Int32Array;
  private readonly skillIds: Int32Array;
  /** Claimed depth per listed skill, NaN when none; hasDepth = the freelancer claimed any depth. */
  private readonly depth: Float64Array;
  private readonly hasDepth: Uint8Array;
  /** Weighted job-independent contributions, one column each (summed in the engine's order). */
  private readonly rating: Float64Array;
  private readonly volume: Float64Array;
  private readonly recent: Float64Array;
  private readonly success: Float64Array;
  private readonly rate: Float64Array;
  /** Experience level index, 3 when missing. */
  private readonly level: Uint8Array;
  private readonly hours: Float64Array;

  constructor(private readonly corpus: Corpus) {
    const table = corpus.freelancers.table;
    const docs = [...table.docs()];
    const n = docs.length;
    this.size = n;
    this.docs = Int32Array.from(docs);
    this.ids = docs.map((d) => table.id(d));
    this.skillStart = new Int32Array(n + 1);
    const skills: number[] = [];
    const depth: number[] = [];
    const w = (corpus.options.models.freelancers as LinearModel).weights;
    this.rating = new Float64Array(n);
    this.volume = new Float64Array(n);
    this.recent = new Float64Array(n);
    this.success = new Float64Array(n);
    this.rate = new Float64Array(n);
    this.level = new Uint8Array(n);
    this.hours = new Float64Array(n);
    this.hasDepth = new Uint8Array(n);
    const now = corpus.now();
    docs.forEach((d, i) => {
      const f = table.get(d) as FreelancerDoc;
      const r = f.record;
      for (const s of f.skills.skills) {
        skills.push(s);
        depth.push(f.depth.get(s) ?? NaN);
      }
      this.skillStart[i + 1] = skills.length;
      this.hasDepth[i] = f.depth.size > 0 ? 1 : 0;
      this.rating[i] = (w.rating ?? 0) * smoothedRating(corpus.rating.get(d), corpus.reviewCount.get(d), corpus.options.ratingPrior).value;
      this.volume[i] = (w.reviewVolume ?? 0) * reviewVolume(corpus.reviewCount.get(d)).value;
      this.recent[i] = (w.recency ?? 0) * recency(corpus.lastActive.get(d), now, corpus.options.recencyHalfLifeDays).value;
      this.success[i] = (w.jobSuccess ?? 0) * jobSuccess(r.jobSuccess).value;
      this.rate[i] = r.hourlyRate ?? NaN;
      this.level[i] = r.experienceLevel === undefined ? 3 : EXPERIENCE_LEVELS.indexOf(r.experienceLevel);
      this.hours[i] = r.hoursPerWeek ?? NaN;
    });
    this.skillIds = Int32Array.from(skills);
    this.depth = Float64Array.from(depth);
  }

  static fromEngine(engine: Engine): BruteForceScorer {
    return new BruteForceScorer((engine as unknown as { corpus: Corpus }).corpus);
  }

  /** The top `k` freelancers for an indexed job, score descending then id ascending. */
  top(jobId: string, k: number): Scored[] {
    const c = this.corpus;
    const job = c.jobs.table.get(c.jobs.table.doc(jobId) as number) as JobDoc;
    const q = prepareJobQuery(c, job);
    const w = (c.options.models.freelancers as LinearModel).weights;
    const bias = (c.options.models.freelancers as LinearModel).bias;
    const wanted = (list: typeof q.required) => {
      const index = Int32Array.from(list, (s) => s.index);
      const weight = Float64Array.from(list, (s) => s.weight);
      const rows = list.map((s) => (s.index < 0 ? undefined : q.related.row(s.index)));
      const sims = list.map((s) => Float64Array.from(q.neighbors(s.index), (nb) => nb.similarity));
      const total = weight.reduce((a, b) => a + b, 0);
      return { index, weight, rows, sims, total };
    };
    const req = wanted(q.required);
    const nice = wanted(q.niceToHave);
    const relevant = new Uint8Array(Math.max(c.vocabulary.size, ...[...q.relevant].map((s) => s + 1)));
    for (const s of q.relevant) if (s >= 0) relevant[s] = 1;
    const record = job.record;
    const budget = record.budget;
    const limit = budget?.type === "hourly" ? (budget.max ?? budget.min) : undefined;
    const levels = [...EXPERIENCE_LEVELS, undefined].map((l) => (w.levelFit ?? 0) * levelFit(l, record.experienceLevel).value);
    const needed = record.duration ? HOURS_NEEDED[record.duration] : 20;
    const text = c.freelancers.text;
    const ub = q.text.upperBound;

    const best: Scored[] = [];
    for (let i = 0; i < this.size; i++) {
      const from = this.skillStart[i];
      const to = this.skillStart[i + 1];
      const listed = to - from;
      let focus = 0;
      if (listed > 0 && q.hasSkills) {
        let count = 0;
        for (let k = from; k < to; k++) if (relevant[this.skillIds[k]] === 1) count++;
        focus = clamp01(count / listed);
      }
      let depthTotal = 0;
      let depthSum = 0;
      for (let s = 0; s < req.index.length; s++) {
        const at = this.find(from, to, req.index[s]);
        if (at >= 0 && !Number.isNaN(this.depth[at])) {
          depthTotal += req.weight[s];
          depthSum += req.weight[s] * this.depth[at];
        }
      }
      const depthValue = this.hasDepth[i] === 0 || depthTotal === 0 ? 0.5 : clamp01(depthSum / depthTotal);
      const rate = this.rate[i];
      const rateFit = Number.isNaN(rate) || limit === undefined ? NEUTRAL : rate <= limit ? 1 : clamp01((limit / rate) ** 2);
      const hours = this.hours[i];
      const availability = Number.isNaN(hours) ? NEUTRAL : clamp01(Math.min(1, hours / needed));
      let score = 0;
      score += (w.requiredSkills ?? 0) * this.coverage(req, from, to);
      score += (w.niceToHaveSkills ?? 0) * this.coverage(nice, from, to);
      score += (w.skillFocus ?? 0) * focus;
      score += (w.textRelevance ?? 0) * clamp01(squashBm25(text.score(q.text, this.docs[i]), ub));
      score += (w.skillDepth ?? 0) * depthValue;
      score += this.rating[i];
      score += this.volume[i];
      score += this.recent[i];
      score += this.success[i];
      score += (w.rateFit ?? 0) * rateFit;
      score += levels[this.level[i]];
      score += (w.availability ?? 0) * availability;
      score += bias;
      keepTop(best, { id: this.ids[i], score }, k);
    }
    return best;
  }

  /** Weighted share of wanted skills covered: 1 per held skill, else its most similar related skill's similarity. */
  private coverage(wanted: { index: Int32Array; weight: Float64Array; rows: Array<Int32Array | undefined>; sims: Float64Array[]; total: number }, from: number, to: number): number {
    if (wanted.index.length === 0) return 0;
    let got = 0;
    for (let s = 0; s < wanted.index.length; s++) {
      if (this.find(from, to, wanted.index[s]) >= 0) {
        got += wanted.weight[s];
        continue;
      }
      const row = wanted.rows[s];
      if (!row) continue;
      let rank = Infinity;
      for (let k = from; k < to; k++) {
        const id = this.skillIds[k];
        const r = id < row.length ? row[id] : -1;
        if (r >= 0 && r < rank) rank = r;
      }
      if (rank !== Infinity) got += wanted.weight[s] * wanted.sims[s][rank];
    }
    return wanted.total > 0 ? clamp01(got / wanted.total) : 0;
  }

  /** Position of `skill` in the freelancer's sorted skills [from, to), or -1. */
  private find(from: number, to: number, skill: number): number {
    let lo = from;
    let hi = to - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = this.skillIds[mid];
      if (v === skill) return mid;
      if (v < skill) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}

/** Keeps `best` as the top k by score descending, then id ascending (the engine's order). */
export function keepTop(best: Scored[], item: Scored, k: number): void {
  const before = (a: Scored, b: Scored) => a.score > b.score || (a.score === b.score && a.id < b.id);
  if (best.length === k && !before(item, best[k - 1])) return;
  let at = best.length;
  while (at > 0 && before(item, best[at - 1])) at--;
  best.splice(at, 0, item);
  if (best.length > k) best.pop();
}
