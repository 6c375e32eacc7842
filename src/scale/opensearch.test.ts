/**
 * The OpenSearch/Elasticsearch stage one against the official client (@elastic/elasticsearch) and
 * its official mock: the bool query built from the engine's job query, and bestmatch's exact
 * re-ranking of the ids the cluster returns.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { elastic } from "./elastic-test-client.js";
import { createEngine } from "../engine.js";
import type { Engine } from "../engine-types.js";
import { readSample, sampleEngine, type SampleData } from "../testing/sample-data.js";
import { openSearchStageOne } from "./opensearch.js";

let data: SampleData;
beforeAll(async () => {
  data = await readSample();
});

/** A cluster that "finds" the freelancers sharing a skill with the query, best overlap first, with one id bestmatch does not know. */
function mockCluster(seen: Array<Record<string, any>>) {
  const mock = new elastic!.Mock();
  const skillsOf = new Map(data.freelancers.map((f) => [f.id, new Set((f.skills ?? []).map((s) => (typeof s === "string" ? s : s.name)))]));
  mock.add({ method: "POST", path: "/:index/_search" }, (params: any) => {
    seen.push({ path: params.path, body: params.body });
    const wanted: string[] = params.body.query.bool.should.filter((c: any) => c.term).map((c: any) => Object.values(c.term)[0] as any).map((t: any) => t.value);
    const hits = [...skillsOf]
      .map(([id, skills]) => ({ id, n: wanted.filter((w) => skills.has(w)).length }))
      .filter((h) => h.n > 0)
      .sort((a, b) => b.n - a.n || (a.id < b.id ? -1 : 1))
      .slice(0, params.body.size - 1);
    return { hits: { total: { value: hits.length, relation: "eq" }, hits: [{ _id: "not-in-bestmatch", _score: 9 }, ...hits.map((h) => ({ _id: h.id, _score: h.n }))] } };
  });
  return new elastic!.Client({ node: "http://localhost:9200", Connection: mock.getConnection() });
}

describe.skipIf(!elastic)("OpenSearch/Elasticsearch stage one", () => {
  it("when a job is ranked then the cluster gets a bool query over its skills and text, and bestmatch re-ranks the hits exactly", async () => {
    const seen: Array<Record<string, any>> = [];
    const stage = openSearchStageOne({ client: mockCluster(seen), freelancerIndex: "freelancers" });
    const engine = sampleEngine(data, { candidateSource: stage.candidateSource });
    const job = data.jobs[0];
    const result = await stage.rankFreelancers(engine, job.id, { limit: 10 });

    expect(seen).toHaveLength(1);
    expect(seen[0].path).toBe("/freelancers/_search");
    const bool = seen[0].body.query.bool;
    expect(bool.minimum_should_match).toBe(1);
    const terms = bool.should.filter((c: any) => c.term).map((c: any) => c.term.skills.value);
    // The engine's own query: canonical names, required skills first.
    const plain = sampleEngine(data);
    const item = plain.rankFreelancers(job.id, { limit: 1 }).items[0];
    for (const s of [...item.matchedSkills.map((m) => m.skill), ...item.missingSkills]) expect(terms).toContain(s);
    expect(bool.should.find((c: any) => c.multi_match).multi_match).toMatchObject({ fields: ["title^2", "overview"] });
    expect(bool.should.find((c: any) => c.multi_match).multi_match.query).toContain(job.title);
    expect(seen[0].body.size).toBe(1000);

    // Same ids given synchronously: identical items, contributions and reasons.
    const returned: string[] = (await mockCluster([]).search({ index: "freelancers", ...seen[0].body })).hits.hits.map((h: any) => h._id);
    const direct = sampleEngine(data, { candidateSource: () => returned });
    expect(result).toEqual(direct.rankFreelancers(job.id, { limit: 10 }));
    expect(result.items.length).toBe(10);
    expect(result.items.every((i) => returned.includes(i.id))).toBe(true);
  });

  it("when rankings run concurrently then each gets the ids of its own search", async () => {
    const stage = openSearchStageOne({ client: mockCluster([]), freelancerIndex: "freelancers" });
    const engine = sampleEngine(data, { candidateSource: stage.candidateSource });
    const jobs = data.jobs.slice(0, 6).map((j) => j.id);
    const together = await Promise.all(jobs.map((j) => stage.rankFreelancers(engine, j, { limit: 5 })));
    for (const [k, j] of jobs.entries()) expect(together[k]).toEqual(await stage.rankFreelancers(engine, j, { limit: 5 }));
  });

  it("when the engine is called directly then the source says how to use it; exhaustive skips the cluster", async () => {
    const seen: Array<Record<string, any>> = [];
    const stage = openSearchStageOne({ client: mockCluster(seen), freelancerIndex: "freelancers" });
    const engine = sampleEngine(data, { candidateSource: stage.candidateSource });
    expect(() => engine.rankFreelancers(data.jobs[0].id)).toThrow(expect.objectContaining({ code: "INVALID_OPTION", field: "candidateSource" }));
    const all = await stage.rankFreelancers(engine, data.jobs[0].id, { exhaustive: true, limit: 3 });
    expect(seen).toHaveLength(0);
    expect(all).toEqual(sampleEngine(data).rankFreelancers(data.jobs[0].id, { exhaustive: true, limit: 3 }));
  });

  it("when the flavor is opensearch then the query goes in `body` and hits are read from the wrapped answer", async () => {
    const calls: Array<Record<string, any>> = [];
    // @opensearch-project/opensearch's search(params) shape: { index, body } in, { body: { hits } } out.
    const client = { search: async (params: Record<string, any>) => (calls.push(params), { body: { hits: { hits: [{ _id: data.jobs[2].id }, { _id: data.jobs[5].id }] } } }) };
    const stage = openSearchStageOne({ client, jobIndex: "jobs", flavor: "opensearch", filter: [{ term: { "budget.type": "hourly" } }] });
    const engine: Engine = createEngine({ candidateSource: stage.candidateSource });
    engine.addFreelancers(data.freelancers);
    engine.addJobs(data.jobs);
    const result = await stage.recommendJobs(engine, data.freelancers[0].id);
    expect(calls[0]).toMatchObject({ index: "jobs", body: { query: { bool: { filter: [{ term: { "budget.type": "hourly" } }] } } } });
    expect(calls[0].body.query.bool.should.find((c: any) => c.multi_match).multi_match.fields).toEqual(["title^2", "description"]);
    expect(result.items.map((i) => i.id).sort()).toEqual([data.jobs[2].id, data.jobs[5].id].sort());
  });
});
