/**
 * The Upwork job search-result scrape in ../shared/data/upwork-jobs-software: rows
 * deduplicated, each a post with its title and the client's skill tags. The scrape has no
 * description, so "the post's text with its tag lines stripped" is its title.
 *
 * Used for two measurements:
 * - tag coverage: the share of tag occurrences that resolve in a taxonomy (name or alias);
 * - extraction: skills extracted from the title against the client's resolvable tags.
 * Both are reported on two seeded halves (of distinct tags / of posts), so that a
 * vocabulary or threshold chosen on one half can be checked on the other.
 */
import { readFileSync } from "node:fs";
import { mulberry32 } from "../src/util/prng.js";
import type { Taxonomy } from "../src/skills/taxonomy.js";

export interface UpworkPost {
  title: string;
  tags: string[];
}

/** Distinct posts (title and tags) of the scrape; the "+N" overflow marker is not a tag. */
export function parseUpworkPosts(csv: string): UpworkPost[] {
  const [header, ...rows] = parseCsv(csv);
  const [title, skills] = ["Job Title", "Skills"].map((c) => header.indexOf(c));
  const seen = new Set<string>();
  const posts: UpworkPost[] = [];
  for (const row of rows) {
    const tags = (row[skills] ?? "").split(",").map((t) => t.trim()).filter((t) => t !== "" && !/^\+\d+$/.test(t));
    const post = { title: (row[title] ?? "").trim(), tags };
    const key = JSON.stringify(post);
    if (seen.has(key)) continue;
    seen.add(key);
    posts.push(post);
  }
  return posts;
}

/** RFC 4180 rows: quoted fields may hold commas, "" and line breaks (the scrape's "Hourly: $10 -\n$30"). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(field), (field = "");
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      if (row.length > 1 || row[0] !== "") rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length) rows.push([...row, field]);
  return rows;
}

export function readUpworkPosts(path: string): UpworkPost[] {
  return parseUpworkPosts(readFileSync(path, "utf8"));
}

/** Seeded split of items into two halves ("dev" to develop on, "held" to report on). */
export function seededHalves<T>(items: readonly T[], seed = 12): { dev: T[]; held: T[] } {
  const rand = mulberry32(seed);
  const dev: T[] = [];
  const held: T[] = [];
  for (const item of items) (rand() < 0.5 ? dev : held).push(item);
  return { dev, held };
}

export interface TagCoverage {
  occurrences: number;
  resolved: number;
  distinct: number;
  distinctResolved: number;
  /** Unresolved tags, most frequent first. */
  unresolved: Array<[tag: string, count: number]>;
}

/** Coverage of tag occurrences (optionally only of the tags `only` holds). */
export function tagCoverage(posts: readonly UpworkPost[], taxonomy: Taxonomy, only?: ReadonlySet<string>): TagCoverage {
  const counts = new Map<string, number>();
  for (const p of posts) for (const t of p.tags) if (!only || only.has(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const out: TagCoverage = { occurrences: 0, resolved: 0, distinct: counts.size, distinctResolved: 0, unresolved: [] };
  for (const [tag, n] of counts) {
    out.occurrences += n;
    if (taxonomy.resolve(tag)) {
      out.resolved += n;
      out.distinctResolved++;
    } else out.unresolved.push([tag, n]);
  }
  out.unresolved.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return out;
}

/** Distinct tags in first-seen order, split in two seeded halves. */
export function tagHalves(posts: readonly UpworkPost[], seed = 12): { dev: Set<string>; held: Set<string> } {
  const distinct = [...new Set(posts.flatMap((p) => p.tags))].sort();
  const { dev, held } = seededHalves(distinct, seed);
  return { dev: new Set(dev), held: new Set(held) };
}

export interface ExtractionScores {
  posts: number;
  predicted: number;
  correct: number;
  gold: number;
  recalled: number;
  precision: number;
  recall: number;
  falsePositives: Array<[skill: string, count: number]>;
  falseNegatives: Array<[skill: string, count: number]>;
}

/**
 * Skills extracted from each title (distinct, by taxonomy index) against the post's tags that
 * resolve: precision over extracted skills, recall over resolvable tags. `extract` returns
 * the taxonomy indices it counts as the post's skills.
 */
export function scoreTitleExtraction(posts: readonly UpworkPost[], taxonomy: Taxonomy, extract: (text: string) => Iterable<number>): ExtractionScores {
  let predicted = 0, correct = 0, gold = 0, recalled = 0;
  const fp = new Map<string, number>();
  const fn = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
  for (const p of posts) {
    const truth = new Set<number>();
    for (const t of p.tags) {
      const r = taxonomy.resolve(t);
      if (r) truth.add(r.index);
    }
    const found = new Set(extract(p.title));
    predicted += found.size;
    gold += truth.size;
    for (const s of found) {
      if (truth.has(s)) correct++;
      else bump(fp, taxonomy.skill(s).name);
    }
    for (const s of truth) {
      if (found.has(s)) recalled++;
      else bump(fn, taxonomy.skill(s).name);
    }
  }
  const top = (m: Map<string, number>): Array<[string, number]> => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 15);
  const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  return { posts: posts.length, predicted, correct, gold, recalled, precision: ratio(correct, predicted), recall: ratio(recalled, gold), falsePositives: top(fp), falseNegatives: top(fn) };
}
