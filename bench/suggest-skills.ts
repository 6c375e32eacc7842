/**
 * engine.suggestSkills (search-as-you-type over skill names): the first call, which builds the
 * flexsearch indexes over the vocabulary, then per-keystroke latency for prefixes as typed, for
 * one-typo variants, and for text that matches nothing (the typo scan over every name).
 */
import { SIZE_SPECS, type Figure, type Suite } from "./lib/context.js";
import { timeQueries } from "./lib/measure.js";
import { spread, timeOnce } from "./lib/stats.js";

/** Every prefix of 2 to 8 letters of each name, as a user types it. */
function keystrokes(names: readonly string[]): string[] {
  return names.flatMap((n) => Array.from({ length: Math.min(8, n.length) - 1 }, (_, i) => n.slice(0, i + 2)));
}

/** The name (up to 10 letters) with two neighbours swapped in the middle: "Pyhton". */
function swapped(name: string): string {
  const s = name.slice(0, 10);
  const i = Math.floor(s.length / 2);
  return s.length < 4 ? s : s.slice(0, i - 1) + s[i] + s[i - 1] + s.slice(i + 1);
}

export const suggestSkillsSuite: Suite = {
  name: "suggest-skills",
  perSize: false,
  async run(ctx): Promise<Figure[]> {
    const spec = SIZE_SPECS["10k"];
    const built = await ctx.build(spec);
    const { engine } = built;
    const names = spread([...new Set(built.data.freelancers.flatMap((f) => (f.skills ?? []).map((s) => (typeof s === "string" ? s : s.name))))].sort(), ctx.options.quick ? 40 : 200);
    const first = timeOnce(() => engine.suggestSkills("a"));
    const typed = await timeQueries(keystrokes(names), (q) => engine.suggestSkills(q).length);
    const typos = await timeQueries(names.filter((n) => n.length >= 5).map(swapped), (q) => engine.suggestSkills(q).length);
    const nothing = await timeQueries(Array.from({ length: ctx.options.quick ? 10 : 40 }, (_, i) => `qzx${"vwkj"[i % 4]}${i}q`), (q) => engine.suggestSkills(q).length);
    if (nothing.results.some((n) => n !== 0)) throw new Error("suggest-skills: a nonsense text got suggestions");
    const at = (name: string, value: number, unit: string, note?: string): Figure => ({ suite: "suggest-skills", corpus: spec.name, name, value, unit, note });
    return [
      at("first call (builds the index)", first.ms, "ms", `${engine.stats().skills} skills, their names and aliases`),
      at("prefix p50", typed.p50, "ms", `${typed.count} keystrokes (2-8 letters of ${names.length} skill names), limit 10`),
      at("prefix p99", typed.p99, "ms"),
      at("typo p50", typos.p50, "ms", `${typos.count} names with two letters swapped`),
      at("typo p99", typos.p99, "ms"),
      at("no match p50", nothing.p50, "ms", `${nothing.count} texts matching nothing: the typo scan over every name`),
    ];
  },
};
