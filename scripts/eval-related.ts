/**
 * Evaluates learned related skills: would a recruiter accept the top related skill of each skill?
 * Run: npx tsx scripts/eval-related.ts   (data from ../shared/data or $BESTMATCH_SHARED_DATA)
 *
 * Protocol
 * - Co-occurrence is learned from the client tag sets of the Upwork posts (tags resolved in the
 *   default taxonomy; each post one record), as the engine learns from indexed records.
 * - For every skill with a learned vector, its top related skill is taken twice: as the engine
 *   credits it (SkillSimilarity.neighbors, taxonomy links blended in) and from learned similarity
 *   alone, among skills the taxonomy does not link to it (where "Git (via Caching)" came from).
 * - Judges: (1) the taxonomy's own related links; (2) O*NET Technology Skills co-membership (both
 *   skills are examples of one commodity class, e.g. "Web platform development software");
 *   (3) ESCO co-membership (both resolve to ESCO concepts with a common broader concept, or ESCO
 *   relates them). A pair counts for a judge only when the judge knows both skills; precision is
 *   over those pairs.
 * - Before: learnedScope "any" (every pair with vectors may relate). After: the defaults. The
 *   evidence thresholds (minPairCount, minPpmi) are chosen on a seeded half of the skills (by
 *   O*NET+ESCO precision of the learned-only top pick, requiring coverage of at least half the
 *   skills) and reported on the other half.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { buildDefaultTaxonomy } from "../src/skills/default-taxonomy/index.js";
import { Taxonomy } from "../src/skills/taxonomy.js";
import { SkillVocabulary } from "../src/skills/vocabulary.js";
import { SkillSimilarity } from "../src/skills/skill-similarity.js";
import { DEFAULT_SIMILARITY } from "../src/engine-options.js";
import type { SimilarityOptions } from "../src/options.js";
import { sharedDataPath } from "../src/testing/shared-data.js";
import { parseCsv, readUpworkPosts, seededHalves, type UpworkPost } from "./upwork-posts.js";

/** Skill index -> group ids it belongs to, for one judge. */
export type Groups = Map<number, Set<string>>;

const addGroup = (groups: Groups, skill: number, group: string): void => {
  let set = groups.get(skill);
  if (!set) groups.set(skill, (set = new Set()));
  set.add(group);
};

/** O*NET "Technology Skills.txt": Example -> Commodity Code. */
export function onetGroups(tsv: string, taxonomy: Taxonomy): Groups {
  const groups: Groups = new Map();
  const [header, ...lines] = tsv.split(/\r?\n/);
  const cols = header.split("\t");
  const [example, code] = ["Example", "Commodity Code"].map((c) => cols.indexOf(c));
  for (const line of lines) {
    const row = line.split("\t");
    if (row.length <= Math.max(example, code)) continue;
    const r = taxonomy.resolve(row[example]);
    if (r) addGroup(groups, r.index, row[code]);
  }
  return groups;
}

/** ESCO: each concept whose preferred or alternative label resolves belongs to its broader concepts and to itself (for related-skill links). */
export function escoGroups(skillsCsv: string, broaderCsv: string, relationsCsv: string, taxonomy: Taxonomy): Groups {
  const groups: Groups = new Map();
  const byUri = new Map<string, number>();
  const [head, ...rows] = parseCsv(skillsCsv);
  const [uri, pref, alt] = ["conceptUri", "preferredLabel", "altLabels"].map((c) => head.indexOf(c));
  for (const row of rows) {
    for (const label of [row[pref], ...(row[alt] ?? "").split("\n")]) {
      const text = (label ?? "").trim();
      if (!text) continue;
      const r = taxonomy.resolve(text);
      if (r && !byUri.has(row[uri])) byUri.set(row[uri], r.index);
    }
  }
  const [bHead, ...bRows] = parseCsv(broaderCsv);
  const [bUri, bBroader] = ["conceptUri", "broaderUri"].map((c) => bHead.indexOf(c));
  for (const row of bRows) {
    const s = byUri.get(row[bUri]);
    if (s !== undefined) addGroup(groups, s, row[bBroader]);
  }
  const [rHead, ...rRows] = parseCsv(relationsCsv);
  const [from, to] = ["originalSkillUri", "relatedSkillUri"].map((c) => rHead.indexOf(c));
  for (const row of rRows) {
    const a = byUri.get(row[from]);
    const b = byUri.get(row[to]);
    if (a !== undefined && b !== undefined) {
      addGroup(groups, a, `rel:${row[from]}`);
      addGroup(groups, b, `rel:${row[from]}`);
    }
  }
  return groups;
}

const shareGroup = (g: Groups, a: number, b: number): boolean | undefined => {
  const x = g.get(a);
  const y = g.get(b);
  if (!x || !y) return undefined;
  for (const v of x) if (y.has(v)) return true;
  return false;
};

export interface Judged {
  /** Skills with a top related skill. */
  pairs: number;
  taxonomy: number;
  onet: { known: number; agree: number };
  esco: { known: number; agree: number };
  /** Accepted by any judge (taxonomy link, O*NET or ESCO co-membership) among pairs some judge knows. */
  any: { known: number; agree: number };
  examples: Array<[skill: string, related: string]>;
}

/** Learns from the posts' tag sets with `options`. */
export function learn(posts: readonly UpworkPost[], taxonomy: Taxonomy, options: SimilarityOptions): SkillSimilarity {
  const sim = new SkillSimilarity(new SkillVocabulary(taxonomy), options);
  for (const p of posts) {
    const set = new Set<number>();
    for (const t of p.tags) {
      const r = taxonomy.resolve(t);
      if (r) set.add(r.index);
    }
    if (set.size) sim.cooccurrence.add(Int32Array.from([...set].sort((a, b) => a - b)));
  }
  return sim;
}

/** The most similar skill to `s` by learned similarity alone (ties by index), if any may relate. */
export function topLearned(sim: SkillSimilarity, s: number, among: readonly number[]): number | undefined {
  let best: number | undefined;
  let value = -Infinity;
  for (const o of among) {
    const v = sim.learnedSimilarity(s, o);
    if (v !== undefined && v > value) (value = v), (best = o);
  }
  return best;
}

/** Top learned related skill of each of `skills`, judged. */
export function judgeTop(sim: SkillSimilarity, taxonomy: Taxonomy, skills: readonly number[], judges: { onet: Groups; esco: Groups }): Judged {
  const out: Judged = { pairs: 0, taxonomy: 0, onet: { known: 0, agree: 0 }, esco: { known: 0, agree: 0 }, any: { known: 0, agree: 0 }, examples: [] };
  const among = sim.learnedSkills();
  for (const s of skills) {
    const top = topLearned(sim, s, among);
    if (top === undefined) continue;
    out.pairs++;
    const linked = taxonomy.related(s).includes(top);
    if (linked) out.taxonomy++;
    const o = shareGroup(judges.onet, s, top);
    const e = shareGroup(judges.esco, s, top);
    if (o !== undefined) (out.onet.known++, o && out.onet.agree++);
    if (e !== undefined) (out.esco.known++, e && out.esco.agree++);
    out.any.known++;
    if (linked || o || e) out.any.agree++;
    if (out.examples.length < 14 && !linked) out.examples.push([taxonomy.skill(s).name, taxonomy.skill(top).name]);
  }
  return out;
}

const EVAL_MIN_COUNT = 5;

const pct = (a: number, b: number): string => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`);

export function describeJudged(label: string, j: Judged): string {
  return `${label}: ${j.pairs} skills with a top related skill; taxonomy link ${pct(j.taxonomy, j.pairs)}; O*NET ${pct(j.onet.agree, j.onet.known)} of ${j.onet.known}; ESCO ${pct(j.esco.agree, j.esco.known)} of ${j.esco.known}; any judge ${pct(j.any.agree, j.any.known)}`;
}

function main(): void {
  const upwork = sharedDataPath("upwork-jobs-software/upwork_jobs.csv");
  const onet = sharedDataPath("onet-technology-skills/Technology Skills.txt");
  const esco = sharedDataPath("esco");
  if (!upwork || !onet || !esco) {
    console.log("related-skill evaluation: skipped, upwork-jobs-software, onet-technology-skills or esco is absent from the shared data");
    return;
  }
  const taxonomy = new Taxonomy(buildDefaultTaxonomy());
  const posts = readUpworkPosts(upwork);
  const judges = {
    onet: onetGroups(readFileSync(onet, "utf8"), taxonomy),
    esco: escoGroups(readFileSync(join(esco, "skills_en.csv"), "utf8"), readFileSync(join(esco, "broaderRelationsSkillPillar.csv"), "utf8"), readFileSync(join(esco, "skillSkillRelations.csv"), "utf8"), taxonomy),
  };
  console.log(`posts ${posts.length}; judges know ${judges.onet.size} skills (O*NET), ${judges.esco.size} (ESCO)`);
  // minCount 5 (the engine default is 20) so that enough skills have vectors to judge.
  const base = { ...DEFAULT_SIMILARITY, minCount: EVAL_MIN_COUNT };
  const before = learn(posts, taxonomy, { ...base, learnedScope: "any", minPairCount: 0, minPpmi: 0 });
  const skills = before.learnedSkills();
  const { dev, held } = seededHalves(skills, 4);
  console.log(`skills with learned vectors (in ${EVAL_MIN_COUNT}+ posts): ${skills.length} (dev ${dev.length}, held-out ${held.length})`);

  console.log("\ndev half by thresholds: minPairCount, minPpmi, skills with a top pick, accepted by any judge");
  for (const minPairCount of [0, 2, 3, 5, 8]) {
    for (const minPpmi of [0, 0.5, 1, 1.5]) {
      const j = judgeTop(learn(posts, taxonomy, { ...base, minPairCount, minPpmi }), taxonomy, dev, judges);
      console.log(`  ${minPairCount}\t${minPpmi}\t${j.pairs}\t${pct(j.any.agree, j.any.known)}`);
    }
  }

  const after = learn(posts, taxonomy, base);
  console.log(`\nafter = defaults: learnedScope ${base.learnedScope}, minPairCount ${base.minPairCount}, minPpmi ${base.minPpmi}`);
  for (const [name, part] of [["held-out half", held], ["dev half", dev], ["all", skills]] as const) {
    console.log(`${name}:`);
    console.log(`  ${describeJudged("before", judgeTop(before, taxonomy, part, judges))}`);
    console.log(`  ${describeJudged("after ", judgeTop(after, taxonomy, part, judges))}`);
  }
  const ex = (j: Judged): string => j.examples.map(([a, b]) => `${a} (via ${b})`).join(", ");
  console.log(`\nunlinked top picks before: ${ex(judgeTop(before, taxonomy, skills, judges))}`);
  console.log(`unlinked top picks after: ${ex(judgeTop(after, taxonomy, skills, judges))}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
