/** mulberry32: a small seeded PRNG in [0, 1), for anything that must be random yet reproducible. */
export function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `runs` seeded Fisher-Yates shuffles of `ids` (sorted first, so input order does not matter). */
export function seededShuffles(ids: readonly string[], runs: number, seed = 1): string[][] {
  const base = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return Array.from({ length: runs }, (_, run) => {
    const next = mulberry32(seed * 1_000_003 + run);
    const out = [...base];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  });
}
