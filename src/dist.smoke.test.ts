/**
 * The package as users get it: the same assertions against the built ESM and CommonJS entry
 * points (npm test builds first). Guards the exports map, the CJS interop of dependencies and
 * the bundled default taxonomy.
 */
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

type Api = typeof import("./index.js");
const dist = resolve(process.cwd(), "dist");

const builds: Array<[string, () => Promise<Api>]> = [
  ["ESM", async () => (await import(pathToFileURL(resolve(dist, "index.js")).href)) as Api],
  ["CommonJS", async () => createRequire(import.meta.url)(resolve(dist, "index.cjs")) as Api],
];

describe.each(builds)("built %s package", (_, load) => {
  it("ranks, explains and reports errors with codes", async () => {
    const { createEngine, BestMatchError, defaultTaxonomy } = await load();
    expect(defaultTaxonomy.skills.length).toBeGreaterThanOrEqual(1500);
    const engine = createEngine();
    engine.addFreelancers([
      { id: "a", title: "Front-end developer", skills: ["ReactJS", "TypeScript"] },
      { id: "b", title: "Bookkeeper", skills: ["QuickBooks"] },
    ]);
    const r = engine.rankFreelancers({ id: "j", title: "React app", skills: ["React"] }, { exhaustive: true });
    expect(r.items.map((i) => i.id)).toEqual(["a", "b"]);
    expect(r.items[0].matchedSkills[0]).toMatchObject({ skill: "React", via: "alias" });
    let caught: unknown;
    try {
      engine.addJobs([{ id: "" } as never]);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(BestMatchError);
    expect((caught as InstanceType<typeof BestMatchError>).code).toBe("INVALID_RECORD");
  });

  it("rankInWorkers finds dist/worker.js and ranks there as the calling thread does", async () => {
    const { createEngine, rankInWorkers } = await load();
    const engine = createEngine();
    engine.addFreelancers([
      { id: "a", title: "Front-end developer", skills: ["ReactJS", "TypeScript"] },
      { id: "b", title: "Bookkeeper", skills: ["QuickBooks"] },
    ]);
    const jobs = [{ id: "j1", title: "React app", skills: ["React"] }, { id: "j2", title: "Books", skills: ["QuickBooks"] }];
    const inThread = await rankInWorkers(engine, jobs, { workers: 1, callerRanks: false, rank: { exhaustive: true } });
    expect(inThread).toEqual(jobs.map((j) => engine.rankFreelancers(j, { exhaustive: true })));
    expect(inThread.map((r) => r.items[0].id)).toEqual(["a", "b"]);
  }, 30_000);
});
