/** What the re-ranking rules know about one ranked candidate: its model score and a few attributes. */

export interface RerankCandidate {
  id: string;
  /** The model's score (the rules never change it). */
  score: number;
  /** Sorted skill indices. */
  skills: ArrayLike<number>;
  /** Lower-cased country, when known. */
  country?: string;
  /** Rate band (see rateBand), when the rate is known. */
  rateBand?: number;
  /** Reviews known for the freelancer. */
  reviews: number;
  /** The requiredSkills feature value for this job (1 when the job names no skills). */
  requiredSkills: number;
}

/** Rate bands double in width: under $20/h, 20-40, 40-80, 80-160, 160 and up. */
export function rateBand(hourlyRate: number | undefined): number | undefined {
  if (hourlyRate === undefined) return undefined;
  return hourlyRate < 20 ? 0 : Math.min(4, 1 + Math.floor(Math.log2(hourlyRate / 20)));
}

/** Jaccard similarity of two sorted index lists (0 when both are empty). */
export function jaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  const union = a.length + b.length - common;
  return union === 0 ? 0 : common / union;
}

/** Similarity of two candidates in [0, 1]: the mean of skill overlap, same country, same rate band (unknown = different). */
export function similarity(a: RerankCandidate, b: RerankCandidate): number {
  const country = a.country !== undefined && a.country === b.country ? 1 : 0;
  const band = a.rateBand !== undefined && a.rateBand === b.rateBand ? 1 : 0;
  return (jaccard(a.skills, b.skills) + country + band) / 3;
}
