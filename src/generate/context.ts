/** Shared, read-only state of one generator run, plus the small formatting helpers every writer uses. */
import type { SkillModel } from "./skill-model.js";
import type { Rng } from "./prng.js";
import type { OverviewWords } from "./long-overview.js";
import { WeightedSampler } from "./prng.js";
import { COUNTRIES } from "./vocabulary.js";

/** A CSV row keyed by column name; missing keys are written as empty cells ("absent"). */
export type Row = Record<string, string | undefined>;

export interface GenContext {
  seed: number;
  model: SkillModel;
  /** "Now" of the generated marketplace (epoch ms): fixed, so output never depends on the clock. */
  now: number;
  /** Long overviews of this many words instead of the short default ones (generator option `overviewWords`). */
  overviewWords?: OverviewWords;
}

/** 2025-06-01T00:00:00Z: every generated date lies before it. */
export const REFERENCE_TIME = Date.UTC(2025, 5, 1);
export const DAY_MS = 86_400_000;

export const countrySampler = new WeightedSampler(COUNTRIES.map((c) => c.weight));

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * ISO 8601 at second resolution: "2024-03-05T10:12:07Z". Hand-rolled (civil-from-days, after
 * Howard Hinnant) because Date#toISOString was a tenth of the run time at a million records.
 */
export function isoDate(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const days = Math.floor(seconds / 86_400);
  let rest = seconds - days * 86_400;
  const hh = Math.floor(rest / 3600);
  rest -= hh * 3600;
  const mm = Math.floor(rest / 60);
  const ss = rest - mm * 60;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${pad2(month)}-${pad2(day)}T${pad2(hh)}:${pad2(mm)}:${pad2(ss)}Z`;
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
