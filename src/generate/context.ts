/** Shared, read-only state of one generator run, plus the small formatting helpers every writer uses. */
import type { SkillModel } from "./skill-model.js";
import type { Rng } from "./prng.js";
import { WeightedSampler } from "./prng.js";
import { COUNTRIES } from "./vocabulary.js";

/** A CSV row keyed by column name; missing keys are written as empty cells ("absent"). */
export type Row = Record<string, string | undefined>;

export interface GenContext {
  seed: number;
  model: SkillModel;
  /** "Now" of the generated marketplace (epoch ms): fixed, so output never depends on the clock. */
  now: number;
}

/** 2025-06-01T00:00:00Z: every generated date lies before it. */
export const REFERENCE_TIME = Date.UTC(2025, 5, 1);
export const DAY_MS = 86_400_000;

export const countrySampler = new WeightedSampler(COUNTRIES.map((c) => c.weight));

/** ISO 8601 at second resolution: "2024-03-05T10:12:07Z". */
export function isoDate(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(".000Z", "Z");
}

/** A number rounded to `decimals`, without trailing zeros. */
export function num(n: number, decimals = 0): string {
  const f = 10 ** decimals;
  return String(Math.round(n * f) / f);
}

/** A value that is missing `pMissing` of the time, like optional fields on real profiles. */
export function maybe(rng: Rng, pMissing: number, value: string): string | undefined {
  return rng.chance(pMissing) ? undefined : value;
}

/** A skill's display name: usually canonical, sometimes an alias as people type it. */
export function skillDisplayName(model: SkillModel, skill: number, rng: Rng): string {
  const s = model.skills[skill];
  if (s.aliases && s.aliases.length > 0 && rng.chance(0.1)) {
    const alias = s.aliases[rng.int(s.aliases.length)];
    if (!alias.includes(";")) return alias;
  }
  return s.name;
}
