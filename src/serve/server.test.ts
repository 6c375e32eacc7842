/**
 * The HTTP service on 127.0.0.1 (ephemeral port): every route answers what the library answers
 * for the same call, errors carry the BestMatchError fields, writes need the token, and a reload
 * under load drops no request.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../engine-types.js";
import { readSample, sampleEngine, type SampleData } from "../testing/sample-data.js";
import { loadEngineBeside } from "./load.js";
import { createBestMatchServer, type BestMatchServer } from "./server.js";

const TOKEN = "test-token-0123";
let data: SampleData;
let library: Engine;
let server: BestMatchServer;
let base: string;
let snapshot: string;

beforeAll(async () => {
  data = await readSample();
  library = sampleEngine(data);
  snapshot = join(mkdtempSync(join(tmpdir(), "bestmatch-serve-")), "sample.snapshot");
  await library.save(snapshot);
  server = createBestMatchServer({ engine: await loadEngineBeside(snapshot), load: () => loadEngineBeside(snapshot), token: TOKEN, maxBodyBytes: 64 * 1024 });
  const address = await server.listen(0, "127.0.0.1");
  base = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await server?.close();
});

async function call(path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> {
  const res = await fetch(`${base}${path}`, body === undefined ? { headers } : { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body), headers: { "content-type": "application/json", ...headers } });
  const text = await res.text();
  return { status: res.status, json: res.headers.get("content-type")?.startsWith("application/json") ? JSON.parse(text) : text };
}

/** What the library's result looks like after a JSON round trip. */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));
const auth = { authorization: `Bearer ${TOKEN}` };

describe("bestmatch serve: routes answer the library's results", () => {
  it("when each read route is called then its JSON equals the library's result for the same call", async () => {
    const job = data.jobs[0].id;
    const withProposals = data.proposals[0].jobId;
    const freelancer = data.freelancers[3].id;
    const cases: Array<[string, unknown, unknown]> = [
      ["/rank/freelancers", { job, limit: 7 }, library.rankFreelancers(job, { limit: 7 })],
      ["/rank/freelancers", { job, limit: 5, offset: 2, filters: { hourlyRate: { max: 60 } }, boost: { rating: 3 } }, library.rankFreelancers(job, { limit: 5, offset: 2, filters: { hourlyRate: { max: 60 } }, boost: { rating: 3 } })],
      ["/rank/freelancers", { job: { id: "adhoc", title: "React and TypeScript dashboard", skills: ["React", "TypeScript"] }, limit: 3 }, library.rankFreelancers({ id: "adhoc", title: "React and TypeScript dashboard", skills: ["React", "TypeScript"] }, { limit: 3 })],
      ["/rank/proposals", { job: withProposals, limit: 10 }, library.rankProposals(withProposals, { limit: 10 })],
      ["/recommend/jobs", { freelancer, limit: 4 }, library.recommendJobs(freelancer, { limit: 4 })],
      ["/gap", { freelancer, job, limit: 3 }, library.gapAdvice(freelancer, job, { limit: 3 })],
      ["/draft", { brief: "React dashboard with charts for sales data, about $2000" }, library.draftJobPost("React dashboard with charts for sales data, about $2000")],
      ["/skills", { text: "Senior ReactJS dev, Node and Postgres" }, { skills: library.extractSkills("Senior ReactJS dev, Node and Postgres") }],
    ];
    for (const [path, body, expected] of cases) {
      const r = await call(path, body);
      expect(r.status, path).toBe(200);
      expect(r.json, path).toEqual(asJson(expected));
    }
    const ranked = (await call("/rank/freelancers", { job, limit: 7 })).json;
    expect(ranked.items).toHaveLength(7);
    expect((await call("/stats")).json).toEqual(library.stats());
  });

  it("when a call is wrong then the answer is 400 with the BestMatchError code and fields", async () => {
    const unknown = await call("/rank/freelancers", { job: "no-such-job" });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error).toMatchObject({ code: "UNKNOWN_RECORD", recordId: "no-such-job" });
    const badOption = await call("/rank/freelancers", { job: data.jobs[0].id, limit: -1 });
    expect(badOption).toMatchObject({ status: 400, json: { error: { code: "INVALID_OPTION", field: "limit", value: -1 } } });
    const badBoost = await call("/rank/freelancers", { job: data.jobs[0].id, boost: { bidFit: 2 } });
    expect(badBoost).toMatchObject({ status: 400, json: { error: { code: "INVALID_OPTION", field: "boost.bidFit" } } });
    expect((await call("/rank/freelancers", "{not json")).json.error.code).toBe("INVALID_REQUEST");
    expect((await call("/rank/freelancers", [1, 2])).json.error.code).toBe("INVALID_REQUEST");
    expect((await call("/recommend/jobs", { limit: 2 })).json.error).toMatchObject({ code: "INVALID_REQUEST", field: "freelancer" });
    expect(await call("/nope", {})).toMatchObject({ status: 404, json: { error: { code: "NOT_FOUND" } } });
    expect(await call("/rank/freelancers")).toMatchObject({ status: 404, json: { error: { code: "NOT_FOUND", expected: "POST" } } });
    const big = await call("/skills", { text: "x".repeat(70 * 1024) });
    expect(big).toMatchObject({ status: 413, json: { error: { code: "PAYLOAD_TOO_LARGE" } } });
  });
});

describe("bestmatch serve: GET /skills/suggest", () => {
  it("when the typed text is in ?q= then the answer is the library's suggestions, limit taken from the query string", async () => {
    for (const [query, text, options] of [["q=reac", "reac", {}], ["q=pyhton&limit=3", "pyhton", { limit: 3 }], ["q=js&limit=1", "js", { limit: 1 }], ["q=R%C3%A9act", "Réact", {}]] as const) {
      const r = await call(`/skills/suggest?${query}`);
      expect(r.status, query).toBe(200);
      expect(r.json, query).toEqual(asJson({ suggestions: library.suggestSkills(text, options) }));
    }
    const top = (await call("/skills/suggest?q=javscript&limit=1")).json.suggestions;
    expect(top).toEqual([expect.objectContaining({ skill: "JavaScript", match: "typo" })]);
  });

  it("when q is missing or an option is bad then 400 naming the field", async () => {
    expect(await call("/skills/suggest")).toMatchObject({ status: 400, json: { error: { code: "INVALID_REQUEST", field: "q" } } });
    expect(await call("/skills/suggest?q=re&limit=0")).toMatchObject({ status: 400, json: { error: { code: "INVALID_OPTION", field: "limit", value: 0 } } });
    expect(await call("/skills/suggest?q=re&limit=ten")).toMatchObject({ status: 400, json: { error: { code: "INVALID_OPTION", field: "limit", value: "ten" } } });
    expect(await call("/skills/suggest?q=re&lmit=3")).toMatchObject({ status: 400, json: { error: { code: "INVALID_OPTION", field: "lmit" } } });
    expect(await call("/skills/suggest", { q: "re" })).toMatchObject({ status: 404, json: { error: { code: "NOT_FOUND", expected: "GET" } } });
  });
});

describe("bestmatch serve: writes", () => {
  it("when /records is called without the token then 401 and nothing changes", async () => {
    const before = (await call("/stats")).json;
    const r = await call("/records", { op: "add", kind: "freelancers", records: [{ id: "new-1", title: "Go developer" }] });
    expect(r).toMatchObject({ status: 401, json: { error: { code: "UNAUTHORIZED" } } });
    expect((await call("/records", { op: "add", kind: "freelancers", records: [] }, { authorization: "Bearer wrong-token-00" })).status).toBe(401);
    expect((await call("/stats")).json).toEqual(before);
  });

  it("when operations are posted with the token then they apply in order, each batch atomic", async () => {
    const added = await call("/records", { operations: [{ op: "add", kind: "freelancers", records: [{ id: "new-1", title: "Kotlin developer", skills: ["Kotlin"] }] }] }, auth);
    expect(added.status).toBe(200);
    expect(added.json.results).toEqual([{ op: "add", kind: "freelancers", added: 1 }]);
    expect(server.engine.get("freelancer", "new-1")?.title).toBe("Kotlin developer");
    const failing = await call(
      "/records",
      { operations: [{ op: "remove", kind: "freelancers", ids: ["new-1", "ghost"] }, { op: "add", kind: "freelancers", records: [{ id: "new-2", title: "ok" }, { id: "new-3", hourlyRate: -5, title: "bad" }] }] },
      auth,
    );
    expect(failing.status).toBe(400);
    expect(failing.json).toMatchObject({ applied: 1, results: [{ op: "remove", kind: "freelancers", removed: 1, notFound: 1 }], error: { code: "INVALID_RECORD", recordId: "new-3", field: "hourlyRate" } });
    expect(server.engine.has("freelancer", "new-1")).toBe(false);
    expect(server.engine.has("freelancer", "new-2")).toBe(false);
  });
});

describe("bestmatch serve: hot reload and metrics", () => {
  it("when reloads happen under load then every request is answered 200 and the generation moves on", async () => {
    const job = data.jobs[1].id;
    const expected = asJson(library.rankFreelancers(job, { limit: 5 }));
    const generation = server.generation;
    const statuses: number[] = [];
    let mismatches = 0;
    // A fixed number of requests in waves of 20, with two reloads (one over HTTP, one direct) in the middle.
    const waves = 10;
    const reloads: Array<Promise<unknown>> = [];
    for (let w = 0; w < waves; w++) {
      if (w === 2) reloads.push(call("/admin/reload", {}, auth).then((r) => expect(r.status).toBe(200)));
      // The second starts after the first ends (a reload asked for during one joins it instead).
      if (w === 6) reloads.push(reloads[0].then(() => server.reload()));
      const wave = await Promise.all(Array.from({ length: 20 }, () => call("/rank/freelancers", { job, limit: 5 })));
      for (const r of wave) {
        statuses.push(r.status);
        if (JSON.stringify(r.json) !== JSON.stringify(expected)) mismatches++;
      }
    }
    await Promise.all(reloads);
    expect(statuses).toHaveLength(200);
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(mismatches).toBe(0);
    expect(server.generation).toBeGreaterThanOrEqual(generation + 2);
    expect((await call("/health")).json).toMatchObject({ status: "ok", generation: server.generation });
  });

  it("when a request is in flight during a swap then it finishes on the old engine; the next one sees the new", async () => {
    const job = data.jobs[2].id;
    const before = asJson(library.rankFreelancers(job, { limit: 3 }));
    const top = before.items[0].id as string;
    // The next snapshot lacks the current best match, so the two engines answer differently.
    const next = sampleEngine(data);
    next.removeFreelancer(top);
    const local = createBestMatchServer({ engine: sampleEngine(data), load: async () => next });
    const { port } = await local.listen(0, "127.0.0.1");
    try {
      const { request } = await import("node:http");
      const req = request({ host: "127.0.0.1", port, path: "/rank/freelancers", method: "POST" });
      const answer = new Promise<string>((resolve, reject) => {
        req.on("response", (res) => {
          let text = "";
          res.on("data", (c: Buffer) => (text += c.toString()));
          res.on("end", () => resolve(text));
        });
        req.on("error", reject);
      });
      req.write('{"job":');
      // Wait until the server has the request (in flight beside this health check): its engine is fixed.
      const inFlight = async () => ((await (await fetch(`http://127.0.0.1:${port}/health`)).json()) as { inFlight: number }).inFlight;
      for (let i = 0; i < 200 && (await inFlight()) < 2; i++) await new Promise((r) => setTimeout(r, 10));
      await local.reload();
      req.end(`${JSON.stringify(job)},"limit":3}`);
      expect(JSON.parse(await answer)).toEqual(before);
      const after = await fetch(`http://127.0.0.1:${port}/rank/freelancers`, { method: "POST", body: JSON.stringify({ job, limit: 3 }) });
      expect(await after.json()).toEqual(asJson(next.rankFreelancers(job, { limit: 3 })));
      expect(local.generation).toBe(2);
      // Reloads asked for while one runs share it: one load, one new generation.
      const [a, b] = await Promise.all([local.reload(), local.reload()]);
      expect(a).toBe(b);
      expect(local.generation).toBe(3);
    } finally {
      await local.close();
    }
  });

  it("when /admin/reload comes without the token then it is refused", async () => {
    expect((await call("/admin/reload", {})).status).toBe(401);
  });

  it("when /metrics is read then it is Prometheus text with counts, a histogram and the index size", async () => {
    const r = await call("/metrics");
    expect(r.status).toBe(200);
    const text = r.json as string;
    expect(text).toMatch(/^bestmatch_http_requests_total\{route="\/rank\/freelancers",status="200"\} \d+$/m);
    expect(text).toMatch(/^bestmatch_http_requests_total\{route="unmatched",status="404"\} 1$/m);
    expect(text).toMatch(/^bestmatch_http_request_duration_seconds_bucket\{route="\/rank\/freelancers",le="\+Inf"\} \d+$/m);
    expect(text).toContain(`bestmatch_index_records{kind="freelancers"} ${library.stats().freelancers}`);
    expect(text).toMatch(/^bestmatch_reloads_total\{result="ok"\} [2-9]$/m);
    // Every sample line is `name{labels} value` or `name value`.
    for (const line of text.split("\n").filter((l) => l && !l.startsWith("#"))) expect(line).toMatch(/^[a-z_]+(\{[^}]*\})? [0-9.e+-]+$/);
  });
});

describe("bestmatch serve as a process", () => {
  it("when SIGHUP and then SIGTERM arrive then it reloads, finishes what is in flight and exits 0", async () => {
    const { spawnCli } = await import("../cli/test-harness.js");
    const child = spawnCli(["serve", "--index", snapshot, "--port", "0"]);
    let stderr = "";
    const port = await new Promise<number>((resolve, reject) => {
      child.stderr.on("data", (c: Buffer) => {
        stderr += c.toString();
        const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(stderr);
        if (m) resolve(Number(m[1]));
      });
      child.on("exit", () => reject(new Error(`serve exited early: ${stderr}`)));
    });
    const url = `http://127.0.0.1:${port}`;
    const job = data.jobs[0].id;
    expect((await fetch(`${url}/rank/freelancers`, { method: "POST", body: JSON.stringify({ job, limit: 3 }) })).status).toBe(200);
    child.kill("SIGHUP");
    for (let i = 0; i < 100 && !stderr.includes("reloaded: generation 2"); i++) await new Promise((r) => setTimeout(r, 100));
    expect(((await (await fetch(`${url}/health`)).json()) as { generation: number }).generation).toBe(2);
    // A request whose body is still arriving when SIGTERM comes: it must be answered, not cut.
    const { request } = await import("node:http");
    const req = request(`${url}/rank/freelancers`, { method: "POST", headers: { "content-type": "application/json" } });
    const answered = new Promise<number>((resolve, reject) => {
      req.on("response", (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      });
      req.on("error", reject);
    });
    req.write('{"job":');
    await new Promise<void>((resolve) => req.on("socket", (socket) => (socket.connecting ? socket.once("connect", () => resolve()) : resolve())));
    await new Promise((r) => setTimeout(r, 300));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    for (let i = 0; i < 100 && !stderr.includes("SIGTERM"); i++) await new Promise((r) => setTimeout(r, 20));
    req.end(`${JSON.stringify(job)},"limit":3}`);
    expect(await answered).toBe(200);
    expect(await exited).toBe(0);
    expect(stderr).toContain("SIGTERM: finishing requests in flight, then exiting");
  });
});
