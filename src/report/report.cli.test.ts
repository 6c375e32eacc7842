/** `bestmatch report` and `--format html` through the CLI, and `bestmatch ltr export`. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/test-harness.js";
import { TASK_FEATURES } from "../rank/model.js";

const S = "fixtures/sample";
const RANK = ["rank", "--jobs", `${S}/jobs.csv`, "--freelancers", `${S}/freelancers.csv`, "--reviews", `${S}/reviews.csv`, "--top", "3", "-w", "1", "-q"];
const sections = (html: string) => [...html.matchAll(/<section class="list" id="([^"]+)"/g)].map((m) => m[1]);
const itemIds = (html: string) => [...html.matchAll(/<li class="item" data-id="([^"]+)"/g)].map((m) => m[1]);

describe("bestmatch report", () => {
  it("when a jsonl results file is rendered then it lists what --format html lists, with titles from the CSVs", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bestmatch-report-"));
    const jsonl = join(dir, "m.jsonl");
    expect((await runCli([...RANK, "--format", "jsonl", "-o", jsonl])).code).toBe(0);
    const direct = await runCli([...RANK, "--format", "html"]);
    const out = join(dir, "r.html");
    const r = await runCli(["report", jsonl, "--jobs", `${S}/jobs.csv`, "--freelancers", `${S}/freelancers.csv`, "-o", out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("rendered 40 lists (120 items)");
    const html = readFileSync(out, "utf8");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
    expect(sections(html)).toEqual(sections(direct.stdout));
    expect(itemIds(html)).toEqual(itemIds(direct.stdout));
    const title = readFileSync(`${S}/jobs.csv`, "utf8").split("\n")[1].split(",")[1];
    expect(html).toContain(`<span class="kind">Job j1</span> ${title}</h2>`);
    expect(html).toContain("3 freelancers shown");
    // The contents table links every list, in order, with its best match.
    const links = [...html.matchAll(/<td><a href="#([^"]+)">/g)].map((m) => m[1]);
    expect(links).toEqual(sections(html));
    expect(direct.stdout).not.toContain('class="list toc"'); // streamed pages have no contents
  });

  it("when recommend and proposals write html then each list is a section of the right task", async () => {
    const rec = await runCli(["recommend", "--jobs", `${S}/jobs.csv`, "--freelancers", `${S}/freelancers.csv`, "--freelancer", "f1", "--top", "2", "--format", "html", "-w", "1", "-q"]);
    expect(rec.code).toBe(0);
    expect(sections(rec.stdout)).toEqual(["jobs-f1"]);
    expect(rec.stdout).toContain('<span class="kind">Freelancer f1</span>');
    const pro = await runCli(["proposals", "--jobs", `${S}/jobs.csv`, "--freelancers", `${S}/freelancers.csv`, "--proposals", `${S}/proposals.csv`, "--job", "j1", "--format", "html", "-w", "1", "-q"]);
    expect(pro.code).toBe(0);
    expect(sections(pro.stdout)).toEqual(["proposals-j1"]);
    expect(pro.stdout).toMatch(/<span class="from">from f\d+<\/span>/);
  });

  it("when the results file is not jsonl then exit 65 names the file and line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bestmatch-report-"));
    const bad = join(dir, "bad.jsonl");
    writeFileSync(bad, '{"jobId":"j1","freelancerId":"f1","rank":1,"score":0.5,"contributions":[]}\nnot json\n');
    const r = await runCli(["report", bad]);
    expect(r.code).toBe(65);
    expect(r.stderr).toContain(`${bad}:2`);
  });
});

describe("bestmatch ltr export", () => {
  it("when a model file is exported then the feature set lists the task's features and model/linear its weights", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bestmatch-ltr-"));
    const model = join(dir, "m.json");
    writeFileSync(model, JSON.stringify({ task: "proposals", version: 1, bias: 0.1, weights: { requiredSkills: 0.5, bidFit: 0.5 } }));
    const r = await runCli(["ltr", "export", "--task", "proposals", "--model", model, "-q"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.requests[0].body.featureset.features.map((f: { name: string }) => f.name)).toEqual([...TASK_FEATURES.proposals]);
    expect(out.requests[1].body.model.model).toMatchObject({ type: "model/linear", definition: { requiredSkills: 0.5, bidFit: 0.5, rating: 0 } });
    expect(out.approximated).toEqual(["bidFit"]);
  });

  it("when a trees model file is exported then the model is model/xgboost+json", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bestmatch-ltr-"));
    const model = join(dir, "t.json");
    const trees = { task: "jobs", type: "trees", version: 1, base: 0, features: ["requiredSkills", "skillAlignment"], trees: [{ nodes: [{ feature: "skillAlignment", threshold: 0.5, left: 1, right: 2, cover: 2 }, { leaf: -1, cover: 1 }, { leaf: 1, cover: 1 }] }] };
    writeFileSync(model, JSON.stringify(trees));
    const r = await runCli(["ltr", "export", "--task", "jobs", "--model", model]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).requests[1].body.model.model.type).toBe("model/xgboost+json");
    expect(r.stderr).toContain("wrote the feature set and model/xgboost+json for jobs");
  });
});
