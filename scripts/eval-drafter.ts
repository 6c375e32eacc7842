/**
 * The job post drafter on real posts (../shared/data/upwork-jobs-software): each post's skill
 * tags are hidden, a draft is made from its title alone with every other post as the corpus
 * of past jobs (title, skills, budget, level), and the suggested REQUIRED skills are compared
 * with the client's real tags (mapped through the taxonomy). Budgets: the share of fixed-price
 * posts whose real amount falls inside the suggested range. Baselines run in the same pass.
 *
 *   npx tsx scripts/eval-drafter.ts [--sample N] [--seed S]
 *
 * Without --sample every post is drafted (about 5,000; a few minutes on one core).
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseString } from "fast-csv";
import { createEngine } from "../src/engine.js";
import type { Engine } from "../src/engine-types.js";
import type { EngineInsights, JobPostDraft } from "../src/insights/types.js";
import type { Budget, ExperienceLevel, JobRecord } from "../src/model/records.js";
import { defaultTaxonomy } from "../src/skills/default-taxonomy/public.js";
import { Taxonomy } from "../src/skills/taxonomy.js";
import { summarize } from "../src/insights/budget-stats.js";
import { sharedDataPath } from "../src/testing/shared-data.js";
import { mulberry32 } from "../src/util/prng.js";

interface Post {
  record: JobRecord;
  /** Raw tags without the "+N" overflow marker. */
  tags: string[];
  /** Tags resolved to taxonomy ids (deduplicated). */
  gold: string[];
}

const LEVELS: Record<string, ExperienceLevel> = { "entry level": "entry", intermediate: "intermediate", expert: "expert" };

/** "Fixed price" + "Est. budget:\n$18.00"; "Hourly: $15.00 - $35.00"; "Hourly" + "N/A". */
export function parseBudget(kind: string, budget: string): Budget | undefined {
  const money = (s: string) => Number(s.replace(/[$,\s]/g, ""));
  if (/^fixed/i.test(kind)) {
    const m = /\$\s*([\d,]+(?:\.\d+)?)/.exec(budget);
    return m && money(m[1]) > 0 ? { type: "fixed", amount: money(m[1]) } : undefined;
  }
  const m = /\$\s*([\d,]+(?:\.\d+)?)\s*-\s*\$\s*([\d,]+(?:\.\d+)?)/.exec(kind);
  if (m && money(m[1]) <= money(m[2])) return { type: "hourly", min: money(m[1]), max: money(m[2]) };
  return { type: "hourly" };
}

async function readRows(path: string): Promise<Array<Record<string, string>>> {
  const rows: Array<Record<string, string>> = [];
  await new Promise<void>((resolve, reject) =>
    parseString(readFileSync(path, "utf8"), { headers: true }).on("data", (r) => rows.push(r)).on("end", () => resolve()).on("error", reject),
  );
  return rows;
}

function loadPosts(rows: Array<Record<string, string>>, taxonomy: Taxonomy): { posts: Post[]; distinctRows: number; tagCount: number; resolved: number } {
  const distinct = [...new Map(rows.map((r) => [JSON.stringify(Object.values(r)), r])).values()];
  // Reposts with the same title (other budget or tags) would leak the answer: keep the first.
  const byTitle = new Map<string, Record<string, string>>();
  for (const r of distinct) {
    const key = r["Job Title"].trim().toLowerCase().replace(/\s+/g, " ");
    if (!byTitle.has(key)) byTitle.set(key, r);
  }
  let tagCount = 0;
  let resolved = 0;
  const posts = [...byTitle.values()].map((r, i): Post => {
    const tags = r.Skills.split(",").map((t) => t.trim()).filter((t) => t && !/^\+\d+$/.test(t));
    const gold = new Set<string>();
    for (const t of tags) {
      tagCount++;
      const hit = taxonomy.resolve(t);
      if (hit) {
        resolved++;
        gold.add(taxonomy.skill(hit.index).id);
      }
    }
    const record: JobRecord = { id: `p${i}`, title: r["Job Title"].trim(), skills: tags };
    const budget = parseBudget(r["Hourly/Fixed"], r.Budget);
    if (budget) record.budget = budget;
    const level = LEVELS[r.Level.trim().toLowerCase()];
    if (level) record.experienceLevel = level;
    return { record, tags, gold: [...gold] };
  });
  return { posts, distinctRows: distinct.length, tagCount, resolved };
}

class PrCounter {
  tp = 0;
  predicted = 0;
  gold = 0;
  precisions: number[] = [];
  recalls: number[] = [];
  add(pred: readonly string[], gold: readonly string[]): void {
    const g = new Set(gold);
    const tp = new Set(pred.filter((p) => g.has(p))).size;
    this.tp += tp;
    this.predicted += pred.length;
    this.gold += gold.length;
    if (pred.length) this.precisions.push(tp / pred.length);
    this.recalls.push(tp / gold.length);
  }
  row(name: string, posts: number): string {
    const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
    const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
    return `| ${name} | ${(this.predicted / posts).toFixed(2)} | ${pct(this.tp / Math.max(1, this.predicted))} | ${pct(this.tp / this.gold)} | ${pct(mean(this.precisions))} | ${pct(mean(this.recalls))} | ${pct(this.precisions.length / posts)} |`;
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const arg = (name: string) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : undefined);
  const dir = sharedDataPath("upwork-jobs-software");
  if (!dir) {
    console.error("skipping: ../shared/data/upwork-jobs-software is absent");
    return;
  }
  const taxonomy = new Taxonomy(defaultTaxonomy);
  const rows = await readRows(join(dir, "upwork_jobs.csv"));
  const { posts, distinctRows, tagCount, resolved } = loadPosts(rows, taxonomy);
  const engine = createEngine() as Engine & EngineInsights;
  engine.addJobs(posts.map((p) => p.record));

  const sampleSize = arg("--sample");
  const rng = mulberry32(arg("--seed") ?? 1);
  let evaluated = posts;
  if (sampleSize !== undefined && sampleSize < posts.length) {
    const order = posts.map((p) => ({ p, k: rng() }));
    order.sort((a, b) => a.k - b.k);
    evaluated = order.slice(0, sampleSize).map((o) => o.p);
  }
  const withGold = evaluated.filter((p) => p.gold.length > 0);

  // Baseline: the most frequent taxonomy skills over all posts (k = 3, about the drafter's count).
  const freq = new Map<string, number>();
  for (const p of posts) for (const g of p.gold) freq.set(g, (freq.get(g) ?? 0) + 1);
  const topSkills = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
  const fixedAmounts = posts.flatMap((p) => (p.record.budget?.type === "fixed" && p.record.budget.amount !== undefined ? [p.record.budget.amount] : []));
  const globalRange = summarize(fixedAmounts)!;

  const drafter = new PrCounter();
  const titleOnly = new PrCounter();
  const frequent3 = new PrCounter();
  const frequentK = new PrCounter();
  let fixedPosts = 0;
  let typeRight = 0;
  let inRange = 0;
  let inMainRange = 0;
  let inGlobal = 0;
  let ranged = 0;
  const widths: number[] = [];
  // How far each median is from the real amount, in log terms (|ln(real / median)|): does
  // conditioning on similar jobs locate the budget better than the median of all posts?
  const drafterErrors: number[] = [];
  const globalErrors: number[] = [];
  const started = Date.now();
  for (const post of withGold) {
    const { record } = post;
    engine.removeJob(record.id);
    const draft: JobPostDraft = engine.draftJobPost(record.title!);
    engine.addJobs([record]);
    const pred = draft.requiredSkills.map((s) => s.id);
    drafter.add(pred, post.gold);
    const extracted = [...new Set(engine.extractSkills(record.title!).map((e) => taxonomy.skill(taxonomy.resolve(e.skill)!.index).id))];
    titleOnly.add(extracted, post.gold);
    frequent3.add(topSkills.slice(0, 3), post.gold);
    frequentK.add(topSkills.slice(0, Math.max(1, pred.length)), post.gold);
    // A fixed-price post without an amount has nothing to compare the suggestion with.
    if (record.budget?.type === "fixed" && record.budget.amount !== undefined) {
      fixedPosts++;
      const amount = record.budget.amount;
      if (amount >= globalRange.q1 && amount <= globalRange.q3) inGlobal++;
      if (draft.budget?.type === "fixed") typeRight++;
      // The fixed-price range: the main suggestion, or the alternative when hourly came first.
      const fixed = draft.budget?.type === "fixed" ? draft.budget : draft.budget?.alternative;
      if (fixed?.type === "fixed" && fixed.median !== undefined) {
        ranged++;
        widths.push(fixed.max / Math.max(1, fixed.min));
        if (amount > 0) {
          drafterErrors.push(Math.abs(Math.log(amount / Math.max(1, fixed.median))));
          globalErrors.push(Math.abs(Math.log(amount / Math.max(1, globalRange.median))));
        }
        if (amount >= fixed.min && amount <= fixed.max) {
          inRange++;
          if (draft.budget?.type === "fixed") inMainRange++;
        }
      }
    }
  }
  const seconds = (Date.now() - started) / 1000;
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
  const n = withGold.length;
  console.log(`rows ${rows.length.toLocaleString("en-US")}, distinct rows ${distinctRows.toLocaleString("en-US")}, distinct titles (posts) ${posts.length.toLocaleString("en-US")}`);
  console.log(`tags ${tagCount.toLocaleString("en-US")}, resolved to the default taxonomy ${resolved.toLocaleString("en-US")} (${pct(resolved, tagCount)}); posts with at least one resolved tag ${posts.filter((p) => p.gold.length).length.toLocaleString("en-US")}`);
  console.log(`drafted ${n.toLocaleString("en-US")} posts${sampleSize !== undefined ? ` (seeded sample of ${sampleSize}, seed ${arg("--seed") ?? 1})` : " (all)"} in ${seconds.toFixed(1)}s\n`);
  console.log("| method | skills suggested per post | precision (micro) | recall (micro) | precision (mean per post) | recall (mean per post) | posts with a suggestion |");
  console.log("|---|---|---|---|---|---|---|");
  console.log(drafter.row("drafter: required skills (title + similar jobs)", n));
  console.log(titleOnly.row("baseline: skills extracted from the title only", n));
  console.log(frequentK.row("baseline: most frequent skills, as many as the drafter suggests", n));
  console.log(frequent3.row("baseline: the 3 most frequent skills", n));
  console.log(`\nfixed-price posts: ${fixedPosts}; the draft's budget type was fixed for ${pct(typeRight, fixedPosts)}; a fixed-price range (main or alternative) was given for ${pct(ranged, fixedPosts)}`);
  console.log("| budget range | real fixed budget inside |");
  console.log("|---|---|");
  console.log(`| drafter: fixed-price range of similar jobs (interquartile, main or alternative) | ${pct(inRange, fixedPosts)} of fixed-price posts (${pct(inRange, ranged)} of those given a fixed range) |`);
  console.log(`| drafter: main suggestion only (type fixed and amount inside) | ${pct(inMainRange, fixedPosts)} |`);
  console.log(`| baseline: interquartile range of all fixed-price posts ($${globalRange.q1}-$${globalRange.q3}) | ${pct(inGlobal, fixedPosts)} |`);
  const w = summarize(widths);
  if (w) console.log(`\nmedian width of the drafter's range (max / min): ${w.median.toFixed(2)}x; the global range: ${(globalRange.q3 / globalRange.q1).toFixed(2)}x`);
  const de = summarize(drafterErrors);
  const ge = summarize(globalErrors);
  if (de && ge) {
    const closer = drafterErrors.filter((e, i) => e < globalErrors[i]).length;
    console.log(`median |ln(real / suggested median)| over ${de.count} posts: drafter ${de.median.toFixed(3)} (x${Math.exp(de.median).toFixed(2)}), median of all posts ($${globalRange.median}) ${ge.median.toFixed(3)} (x${Math.exp(ge.median).toFixed(2)}); drafter closer on ${pct(closer, de.count)}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
