/** Stage two's end: score, order (score desc, then id), page, and explain. */
import { DEFAULT_RANK_LIMIT } from "../options.js";
import { BestMatchError } from "../errors.js";
import type { Model, RankTask } from "./model.js";
import type { RankResult, RankedItem } from "./results.js";
import { scoreFeatures, scoreOnly } from "./score.js";
import { explainBadges, explainReasons } from "./explain.js";
import type { FeatureResult } from "./features/types.js";
import { type CoverageResult, toMatchedSkills } from "./features/skills.js";

export interface Candidate {
  id: string;
  features: Map<string, FeatureResult>;
  coverage: CoverageResult;
  freelancerId?: string;
  /**
   * Recomputes the features with everything explanations need, for candidates scored without
   * it. Feature functions are pure, so the values (and the score) are the same.
   */
  detailed?: () => Pick<Candidate, "features" | "coverage">;
}

export interface Paging {
  limit?: number;
  offset?: number;
}

export function checkPaging(p: Paging): { limit: number; offset: number } {
  const limit = p.limit ?? DEFAULT_RANK_LIMIT;
  const offset = p.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 0) throw new BestMatchError("INVALID_OPTION", 'option "limit" is invalid', { field: "limit", value: limit, expected: "an integer >= 0" });
  if (!Number.isInteger(offset) || offset < 0) throw new BestMatchError("INVALID_OPTION", 'option "offset" is invalid', { field: "offset", value: offset, expected: "an integer >= 0" });
  return { limit, offset };
}

/** `total`: the length of the ranked list (candidates that passed the filters), also when only its head was scored (see prune.ts and RankResult.total). */
export function assemble(task: RankTask, model: Model, candidates: Candidate[], paging: Paging, skillName: (i: number) => string, total = candidates.length): RankResult {
  const { limit, offset } = checkPaging(paging);
  // Order by score alone; contributions (same loop, same result) only for the page returned.
  const scored = candidates.map((c) => ({ c, score: scoreOnly(model, c.features) }));
  scored.sort((a, b) => b.score - a.score || (a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0));
  const items = scored.slice(offset, offset + limit).map(({ c: scoredOnly }, i): RankedItem => {
    const c = scoredOnly.detailed ? { ...scoredOnly, ...scoredOnly.detailed() } : scoredOnly;
    const { score, contributions } = scoreFeatures(model, c.features);
    const facts = new Map([...c.features].map(([k, v]) => [k, v.facts]));
    const matchedSkills = toMatchedSkills(c.coverage, skillName);
    const missingSkills = c.coverage.missing.map(skillName);
    const input = { task, contributions, facts, matchedSkills, missingSkills };
    const item: RankedItem = {
      id: c.id,
      rank: offset + i + 1,
      score,
      contributions,
      matchedSkills,
      missingSkills,
      reasons: explainReasons(input).map((r) => r.text),
      badges: explainBadges(input),
    };
    if (c.freelancerId !== undefined) item.freelancerId = c.freelancerId;
    return item;
  });
  return { items, total };
}
