/** What every feature function returns. Values are in [0, 1]. */
export interface FeatureResult {
  value: number;
  /** An input was missing; `value` is the feature's documented default. */
  defaulted: boolean;
  /** Facts the reason text is rendered from (rating, count, rate, ...). Never used for scoring. */
  facts?: Record<string, number | string>;
}

export const defaulted = (value: number, facts?: FeatureResult["facts"]): FeatureResult => ({ value, defaulted: true, facts });
export const measured = (value: number, facts?: FeatureResult["facts"]): FeatureResult => ({
  value: Math.min(1, Math.max(0, value)),
  defaulted: false,
  facts,
});

/** Neutral value used when an input is missing: neither rewards nor punishes absence much. */
export const NEUTRAL = 0.5;
export const DAY_MS = 86_400_000;
