/**
 * Evaluates skill extraction and alias resolution of the default taxonomy on public data.
 * Tag coverage of the Upwork posts: scripts/upwork-coverage.test.ts.
 * Run: npx tsx scripts/eval-extraction.ts   (data from ../shared/data or $BESTMATCH_SHARED_DATA)
 *
 * Protocol
 * 1. SkillSpan TECH (Stack Overflow job ads; conll: token \t skill-tag \t knowledge-tag).
 *    Each sentence is rebuilt as its tokens joined by single spaces and run through the
 *    extractor. Gold spans are the BIO spans of both columns (Knowledge: mostly tools and
 *    technologies; Skill: mostly phrases).
 *    - A gold span is IN VOCABULARY when its whole text resolves in the taxonomy
 *      (Taxonomy.resolve: name, alias, spelling variant or plural). Only those count for
 *      recall; the out-of-vocabulary count is printed, since it measures the taxonomy,
 *      not the extractor.
 *    - Overlap: a prediction is correct when it overlaps any gold span (in vocabulary or
 *      not); an in-vocabulary gold span is recalled when some prediction overlaps it.
 *    - Exact: same, but the character span must be identical (recall additionally needs
 *      the predicted skill to be the one the gold span resolves to).
 *    SkillSpan leaves many tool mentions unannotated (e.g. "React" outside a requirement),
 *    so precision here is a lower bound.
 * 2. Green et al. skill NER test set (UK job ads; "token TAG"): same protocol over all its
 *    entity types. Mostly soft-skill phrases, few tools: expect low recall of little meaning.
 * 3. Stack Overflow approved tag synonyms (TagSynonyms.csv rows with an ApprovalDate):
 *    among pairs where both the source and the target tag resolve, the share that resolve
 *    to the same skill (agreement); and among pairs whose target resolves, the share whose
 *    source resolves to the same skill (alias coverage). Tags are written "c-sharp",
 *    "ruby-on-rails": hyphens are absorbed by the loose key.
 * 4. Upwork posts (../shared/data/upwork-jobs-software): the scrape has titles and the
 *    client's skill tags but no description, so the post's text with its tag lines stripped
 *    is its title. Truth: the tags that resolve (Taxonomy.resolve); posts without one are left
 *    out. Precision over distinct extracted skills, recall over resolvable tags, for three
 *    mention sets (MENTION_SETS), on two seeded halves of the posts (the set the engine uses
 *    was chosen on the dev half, see docs/evaluation.md). Top false positives and negatives.
 * SkillSpan and Green gold spans count as in vocabulary when they resolve by spelling
 * (Taxonomy.resolveSpelling: name, alias, spelling variant, plural, version), as extraction
 * sees skills; tag aliases and marketplace variants ("WordPress Plugin") are for listed names.
 * Each part is skipped with a message when its data is absent.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { buildDefaultTaxonomy } from "../src/skills/default-taxonomy/index.js";
import { Taxonomy } from "../src/skills/taxonomy.js";
import { createSkillExtractor, type SkillExtractor, type SkillMention } from "../src/skills/extract/index.js";
import { readUpworkPosts, scoreTitleExtraction, seededHalves, tagCoverage, tagHalves, type UpworkPost } from "./upwork-posts.js";
import { sharedDataPath } from "../src/testing/shared-data.js";

export interface GoldSpan {
  start: number;
  end: number;
  label: string;
}

export interface Sentence {
  text: string;
  gold: GoldSpan[];
}

/**
 * Parses CoNLL-like text: one token per line, columns split by `separator`, column 0 the
 * token and every other column a BIO tag layer; blank lines end sentences.
 */
export function parseConll(content: string, separator: RegExp): Sentence[] {
  const sentences: Sentence[] = [];
  let rows: string[][] = [];
  const flush = (): void => {
    if (rows.length) sentences.push(toSentence(rows));
    rows = [];
  };
  for (const line of content.split(/\r?\n/)) {
    if (line.trim() === "") flush();
    else rows.push(line.split(separator).map((c) => c.trim()).filter((c, i) => i === 0 || c !== ""));
  }
  flush();
  return sentences;
}

function toSentence(rows: string[][]): Sentence {
  const offsets: number[] = [];
  let text = "";
  for (const [token] of rows) {
    if (text) text += " ";
    offsets.push(text.length);
    text += token;
  }
  const gold: GoldSpan[] = [];
  const layers = Math.max(...rows.map((r) => r.length)) - 1;
  for (let layer = 1; layer <= layers; layer++) {
    let open: GoldSpan | undefined;
    rows.forEach((row, i) => {
      const tag = row[layer] ?? "O";
      const end = offsets[i] + row[0].length;
      if (tag.startsWith("I-") && open && open.label === tag.slice(2)) open.end = end;
      else {
        if (open) gold.push(open);
        open = tag.startsWith("B-") || tag.startsWith("I-") ? { start: offsets[i], end, label: tag.slice(2) } : undefined;
      }
    });
    if (open) gold.push(open);
  }
  return { text, gold };
}

export interface SpanScores {
  predicted: number;
  gold: number;
  goldInVocabulary: number;
  overlap: { precision: number; recall: number; f1: number };
  exact: { precision: number; recall: number; f1: number };
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const prf = (p: number, r: number): { precision: number; recall: number; f1: number } => ({ precision: p, recall: r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) });

/** Scores an extractor on sentences by the protocol in the header comment. */
export function scoreSpans(sentences: readonly Sentence[], taxonomy: Taxonomy, extract: SkillExtractor): SpanScores {
  let predicted = 0, predOverlap = 0, predExact = 0, gold = 0, inVocab = 0, recOverlap = 0, recExact = 0;
  for (const { text, gold: spans } of sentences) {
    const mentions = extract(text);
    predicted += mentions.length;
    for (const m of mentions) {
      if (spans.some((g) => g.start < m.end && m.start < g.end)) predOverlap++;
      if (spans.some((g) => g.start === m.start && g.end === m.end)) predExact++;
    }
    gold += spans.length;
    for (const g of spans) {
      const target = taxonomy.resolveSpelling(text.slice(g.start, g.end));
      if (!target) continue;
      inVocab++;
      if (mentions.some((m) => g.start < m.end && m.start < g.end)) recOverlap++;
      if (mentions.some((m) => g.start === m.start && g.end === m.end && m.index === target.index)) recExact++;
    }
  }
  return {
    predicted,
    gold,
    goldInVocabulary: inVocab,
    overlap: prf(ratio(predOverlap, predicted), ratio(recOverlap, inVocab)),
    exact: prf(ratio(predExact, predicted), ratio(recExact, inVocab)),
  };
}

export interface SynonymScores {
  approved: number;
  bothResolve: number;
  agree: number;
  targetResolves: number;
  sourceCovered: number;
  disagreements: Array<[source: string, target: string, sourceSkill: string, targetSkill: string]>;
}

/** Minimal CSV row splitter for the Stack Exchange export (quoted fields, "" escapes). */
export function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let field = "", quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") out.push(field), (field = "");
    else field += ch;
  }
  out.push(field);
  return out;
}

export function scoreSynonyms(csv: string, taxonomy: Taxonomy): SynonymScores {
  const [header, ...lines] = csv.split(/\r?\n/).filter((l) => l.trim() !== "");
  const cols = parseCsvLine(header);
  const [src, dst, approval] = ["SourceTagName", "TargetTagName", "ApprovalDate"].map((c) => cols.indexOf(c));
  const s: SynonymScores = { approved: 0, bothResolve: 0, agree: 0, targetResolves: 0, sourceCovered: 0, disagreements: [] };
  for (const line of lines) {
    const row = parseCsvLine(line);
    if (!row[approval]) continue;
    s.approved++;
    const a = taxonomy.resolve(row[src]);
    const b = taxonomy.resolve(row[dst]);
    if (b) s.targetResolves++;
    if (b && a?.index === b.index) s.sourceCovered++;
    if (!a || !b) continue;
    s.bothResolve++;
    if (a.index === b.index) s.agree++;
    else s.disagreements.push([row[src], row[dst], taxonomy.skill(a.index).name, taxonomy.skill(b.index).name]);
  }
  return s;
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

function printSpanScores(title: string, sentences: readonly Sentence[], s: SpanScores): void {
  console.log(`\n${title}: ${sentences.length} sentences, ${s.gold} gold spans, ${s.goldInVocabulary} in vocabulary (${s.gold - s.goldInVocabulary} out of vocabulary), ${s.predicted} predicted`);
  for (const kind of ["overlap", "exact"] as const) {
    const m = s[kind];
    console.log(`  ${kind.padEnd(7)} precision ${pct(m.precision)}  recall ${pct(m.recall)}  F1 ${pct(m.f1)}`);
  }
}

/**
 * Which extracted mentions count as the post's skills. "wanted": what a job without listed
 * skills is ranked on (required and nice-to-have, negated dropped: normalize.ts); "required":
 * its required skills only (generic skills and nice-to-have dropped).
 */
export const MENTION_SETS = {
  all: (_m: SkillMention, _t: Taxonomy) => true,
  wanted: (m: SkillMention) => m.mentionClass !== "negated",
  required: (m: SkillMention, t: Taxonomy) => m.mentionClass === "required" && !t.isGeneric(m.index),
} as const;

function printUpwork(posts: readonly UpworkPost[], taxonomy: Taxonomy, extract: SkillExtractor): void {
  const halves = tagHalves(posts);
  const share = (only?: ReadonlySet<string>) => {
    const c = tagCoverage(posts, taxonomy, only);
    return `${pct(ratio(c.resolved, c.occurrences))} of ${c.occurrences} occurrences (${c.distinctResolved}/${c.distinct} distinct)`;
  };
  console.log(`\nUpwork tag coverage (tags resolving to a skill): all ${share()}; dev half of the distinct tags ${share(halves.dev)}; held-out half ${share(halves.held)}`);
  // Only posts with at least one resolvable tag: the rest have no truth to compare with.
  const judged = posts.filter((p) => p.tags.some((t) => taxonomy.resolve(t)));
  const { dev, held } = seededHalves(judged, 7);
  console.log(`\nUpwork posts (title vs the client's tags that resolve): ${judged.length} posts with a resolvable tag (dev ${dev.length}, held-out ${held.length})`);
  for (const [name, keep] of Object.entries(MENTION_SETS)) {
    const run = (part: readonly UpworkPost[]) => scoreTitleExtraction(part, taxonomy, (text) => extract(text).filter((m) => keep(m, taxonomy)).map((m) => m.index));
    const line = (label: string, r: ReturnType<typeof run>) => `${label} precision ${pct(r.precision)} recall ${pct(r.recall)} (${r.correct}/${r.predicted} predicted, ${r.recalled}/${r.gold} tags)`;
    console.log(`  mentions "${name}": ${line("dev", run(dev))}; ${line("held-out", run(held))}`);
  }
  const all = scoreTitleExtraction(judged, taxonomy, (text) => extract(text).filter((m) => MENTION_SETS.wanted(m)).map((m) => m.index));
  console.log(`  top false positives ("wanted"): ${all.falsePositives.map(([s, n]) => `${s} ${n}`).join(", ")}`);
  console.log(`  top false negatives ("wanted"): ${all.falseNegatives.map(([s, n]) => `${s} ${n}`).join(", ")}`);
}

function main(): void {
  const taxonomy = new Taxonomy(buildDefaultTaxonomy());
  const extract = createSkillExtractor(taxonomy);
  console.log(`taxonomy: ${taxonomy.name}, ${taxonomy.size} skills`);

  const skillspan = sharedDataPath("skillspan/conll");
  if (!skillspan) console.log("\nSkillSpan: skipped, skillspan/conll is absent from the shared data");
  else {
    const files = readdirSync(skillspan).filter((f) => /^skillspan_tech_.*\.conll$/.test(f)).sort();
    const all: Sentence[] = [];
    for (const f of files) {
      const sentences = parseConll(readFileSync(join(skillspan, f), "utf8"), /\t/);
      all.push(...sentences);
      printSpanScores(`SkillSpan ${f}`, sentences, scoreSpans(sentences, taxonomy, extract));
    }
    printSpanScores("SkillSpan TECH, all splits", all, scoreSpans(all, taxonomy, extract));
    const knowledgeOnly = all.map((s) => ({ ...s, gold: s.gold.filter((g) => g.label === "Knowledge") }));
    printSpanScores("SkillSpan TECH, Knowledge spans only", knowledgeOnly, scoreSpans(knowledgeOnly, taxonomy, extract));
  }

  const green = sharedDataPath("skill-ner-green/testset.txt");
  if (!green) console.log("\nGreen et al.: skipped, skill-ner-green/testset.txt is absent");
  else {
    const sentences = parseConll(readFileSync(green, "utf8"), / /);
    printSpanScores("Green et al. test set (all entity types)", sentences, scoreSpans(sentences, taxonomy, extract));
  }

  const upwork = sharedDataPath("upwork-jobs-software/upwork_jobs.csv");
  if (!upwork) console.log("\nUpwork posts: skipped, upwork-jobs-software/upwork_jobs.csv is absent");
  else printUpwork(readUpworkPosts(upwork), taxonomy, extract);

  const synonyms = sharedDataPath("stackoverflow-tags/TagSynonyms.csv");
  if (!synonyms) console.log("\nStack Overflow tag synonyms: skipped, stackoverflow-tags/TagSynonyms.csv is absent");
  else {
    const s = scoreSynonyms(readFileSync(synonyms, "utf8"), taxonomy);
    console.log(`\nStack Overflow approved tag synonyms: ${s.approved}`);
    console.log(`  both tags resolve: ${s.bothResolve}; same skill: ${s.agree} (${pct(ratio(s.agree, s.bothResolve))})`);
    console.log(`  target resolves: ${s.targetResolves}; source resolves to the same skill: ${s.sourceCovered} (${pct(ratio(s.sourceCovered, s.targetResolves))})`);
    for (const [a, b, x, y] of s.disagreements.slice(0, 20)) console.log(`  differs: ${a} -> ${x}  vs  ${b} -> ${y}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
