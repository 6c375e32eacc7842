/**
 * The options fixtures/sample was generated with. fixture.test.ts regenerates it with these
 * and the default taxonomy and compares bytes, so a change to the generator or the taxonomy
 * that alters the sample fails loudly; regenerate it then with:
 *   npx tsx scripts/generate.ts --freelancers 300 --jobs 40 --proposals-per-job 8 --seed 1 --out fixtures/sample
 */
export const SAMPLE_OPTIONS = { freelancers: 300, jobs: 40, proposalsPerJob: 8, seed: 1 } as const;
export const SAMPLE_DIR_FROM_ROOT = "fixtures/sample";
