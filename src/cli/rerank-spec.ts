/**
 * The re-ranking settings as command-line text, shared by `rank` (one flag per rule) and
 * `evaluate --rerank` (one spec per evaluated variant):
 *   "diversity=0.7,window=10,cap=39,depth=1,newcomers=0.2,newcomerWindow=10,newcomerReviews=5,minSkills=0.7,pool=100,reciprocal=0.3"
 * Every key is optional; a key left out keeps the library default. Values are checked by the
 * library (resolveRerank, resolveReciprocal) so the CLI and the API accept exactly the same.
 */
import { InvalidArgumentError } from "commander";
import type { RankFreelancersBatchOptions } from "../rank/rank-freelancers-batch.js";
import { resolveRerank, type ExposureOptions } from "../rank/rerank/options.js";
import { resolveReciprocal } from "../rank/reciprocal.js";
import { BestMatchError } from "../errors.js";

export type RerankSettings = Pick<RankFreelancersBatchOptions, "rerank" | "reciprocal">;

const EXPOSURE_KEYS: Record<string, keyof ExposureOptions> = {
  cap: "maxTop",
  depth: "depth",
  newcomers: "newcomerShare",
  newcomerWindow: "newcomerWindow",
  newcomerReviews: "newcomerReviews",
  minSkills: "minRequiredSkills",
};
export const SPEC_KEYS = ["diversity", "window", "pool", "reciprocal", ...Object.keys(EXPOSURE_KEYS)];

/** Parses and validates a spec; throws commander's InvalidArgumentError (exit 2) naming the bad key. */
export function parseRerankSpec(spec: string): RerankSettings {
  const rerank: { pool?: number; diversity?: { lambda?: number; window?: number }; exposure?: Partial<ExposureOptions> } = {};
  let reciprocal: { weight: number } | undefined;
  for (const part of spec.split(",").map((p) => p.trim()).filter(Boolean)) {
    const [key, raw, extra] = part.split("=");
    const value = Number(raw);
    if (extra !== undefined || raw === undefined || raw.trim() === "" || !Number.isFinite(value)) throw new InvalidArgumentError(`"${part}" is not key=number (keys: ${SPEC_KEYS.join(", ")}).`);
    if (key === "diversity") rerank.diversity = { ...rerank.diversity, lambda: value };
    else if (key === "window") rerank.diversity = { ...rerank.diversity, window: value };
    else if (key === "pool") rerank.pool = value;
    else if (key === "reciprocal") reciprocal = { weight: value };
    else if (key in EXPOSURE_KEYS) rerank.exposure = { ...rerank.exposure, [EXPOSURE_KEYS[key]]: value };
    else throw new InvalidArgumentError(`unknown key "${key}" (keys: ${SPEC_KEYS.join(", ")}).`);
  }
  if (rerank.diversity && rerank.diversity.lambda === undefined) throw new InvalidArgumentError(`"window" needs "diversity=<lambda>".`);
  const settings: RerankSettings = { rerank, ...(reciprocal ? { reciprocal } : {}) };
  try {
    resolveRerank(settings.rerank);
    resolveReciprocal(settings.reciprocal);
  } catch (err) {
    if (err instanceof BestMatchError) throw new InvalidArgumentError(`${err.message}.`);
    throw err;
  }
  return settings;
}

/** commander collector for a repeatable --rerank. */
export function collectSpecs(value: string, previous: string[] = []): string[] {
  parseRerankSpec(value);
  return [...previous, value];
}
