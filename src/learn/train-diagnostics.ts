/**
 * Which features carry signal in training queries, one feature at a time:
 *   - flatQueries: share of queries (with pairs) where the feature takes one value for every candidate,
 *     so it cannot order them at all;
 *   - pairAccuracy: over all (better, worse) pairs, the share where the better candidate has the higher
 *     value, ties counting 1/2 (0.5 = no signal; this is the AUC of the feature within queries);
 *   - tiedPairs: share of pairs the feature leaves tied;
 *   - meanBetter / meanWorse: mean value of candidates with a positive gain / of the others.
 */
import { TASK_FEATURES, type RankTask } from "../rank/model.js";
import { mean } from "./metrics.js";
import type { TrainingQuery } from "./train.js";

export interface FeatureDiagnostic {
  feature: string;
  flatQueries: number;
  pairAccuracy: number;
  tiedPairs: number;
  meanBetter: number;
  meanWorse: number;
}

export function featureDiagnostics(task: RankTask, queries: readonly TrainingQuery[]): FeatureDiagnostic[] {
  const withPairs = queries.filter((q) => q.some((e) => e.gain !== q[0].gain));
  return TASK_FEATURES[task].map((feature) => {
    const value = (e: TrainingQuery[number]) => e.features[feature] ?? 0;
    let pairs = 0;
    let correct = 0;
    let ties = 0;
    let flat = 0;
    const better: number[] = [];
    const worse: number[] = [];
    for (const q of withPairs) {
      if (q.every((e) => value(e) === value(q[0]))) flat++;
      for (const e of q) (e.gain > 0 ? better : worse).push(value(e));
      for (const a of q) {
        for (const b of q) {
          if (!(a.gain > b.gain)) continue;
          pairs++;
          if (value(a) > value(b)) correct++;
          else if (value(a) === value(b)) ties++;
        }
      }
    }
    return {
      feature,
      flatQueries: withPairs.length ? flat / withPairs.length : NaN,
      pairAccuracy: pairs ? (correct + ties / 2) / pairs : NaN,
      tiedPairs: pairs ? ties / pairs : NaN,
      meanBetter: mean(better),
      meanWorse: mean(worse),
    };
  });
}

export function describeFeatureDiagnostics(rows: readonly FeatureDiagnostic[]): string[] {
  const head = `  ${"feature".padEnd(20)} ${"flat q".padStart(7)} ${"pair acc".padStart(8)} ${"tied".padStart(6)} ${"mean+".padStart(6)} ${"mean-".padStart(6)}`;
  return [
    head,
    ...rows.map(
      (r) =>
        `  ${r.feature.padEnd(20)} ${r.flatQueries.toFixed(3).padStart(7)} ${r.pairAccuracy.toFixed(3).padStart(8)} ${r.tiedPairs.toFixed(3).padStart(6)} ${r.meanBetter.toFixed(3).padStart(6)} ${r.meanWorse.toFixed(3).padStart(6)}`,
    ),
  ];
}
