/** "Did you mean": the closest valid name to a misspelt one, by edit distance. */

/** Levenshtein distance (insert, delete, substitute; case-insensitive), two rows of memory. */
export function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[y.length];
}

/**
 * The valid name nearest to `name`, when it is near enough to be a typo (at most a third of its
 * letters wrong, and at least one right); ties go to the earlier name.
 */
export function closest(name: string, valid: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const v of valid) {
    const d = editDistance(name, v);
    if (d < bestDistance) [best, bestDistance] = [v, d];
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.ceil(Math.max(name.length, best.length) / 3)) ? best : undefined;
}
