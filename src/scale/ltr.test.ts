/** LTR plugin export: one template per feature, the linear definition reproduces bestmatch's order, and the client can send it. */
import { describe, expect, it } from "vitest";
import { elastic } from "./elastic-test-client.js";
import { createEngine } from "../engine.js";
import { defaultModels, RANK_TASKS, TASK_FEATURES } from "../rank/model.js";
import { SMALL_TAXONOMY } from "../testing/small-taxonomy.js";
import { toXgboostDump } from "../learn/trees/xgboost.js";
import { ltrExport, ltrFeatureKind, ltrFeatureSet, ltrLinearModel, ltrXgboostModel } from "./ltr.js";

/** What the plugin's mustache step does with our params, enough to check the templates are valid JSON queries. */
function render(template: unknown, params: Record<string, unknown>): unknown {
  let text = typeof template === "string" ? template : JSON.stringify(template);
  text = text.replace(/\{\{#toJson\}\}(\w+)\{\{\/toJson\}\}/g, (_, p) => JSON.stringify(params[p]));
  text = text.replace(/\{\{(\w+)\}\}/g, (_, p) => String(params[p]).replace(/"/g, '\\"'));
  return JSON.parse(text);
}

describe("LTR export", () => {
  it("when a feature set is built then it has one valid query template per feature of the task, in model order", () => {
    for (const task of RANK_TASKS) {
      const { featureset } = ltrFeatureSet(task);
      expect(featureset.features.map((f) => f.name)).toEqual([...TASK_FEATURES[task]]);
      for (const f of featureset.features) {
        const q = render(f.template, { skills: ["React", "Next.js"], nice_to_have: ["GraphQL"], keywords: 'dashboard "SaaS"' }) as Record<string, unknown>;
        expect(Object.keys(q)).toHaveLength(1);
        expect(f.params.every((p) => ["skills", "nice_to_have", "keywords"].includes(p))).toBe(true);
      }
    }
    const { featureset } = ltrFeatureSet("freelancers", { skills: "skill_names" });
    expect(render(featureset.features[0].template, { skills: ["React"] })).toEqual({ terms: { skill_names: ["React"] } });
  });

  it("when the default model is exported then model/linear holds its weights, and weights · values reproduce every score less the bias", () => {
    const e = createEngine({ taxonomy: SMALL_TAXONOMY });
    e.addFreelancers([
      { id: "a", title: "React developer", skills: ["React", "TypeScript"], hourlyRate: 50, rating: 4.8, reviewCount: 20 },
      { id: "b", title: "Next.js developer", skills: ["Next.js"], hourlyRate: 90 },
    ]);
    const model = { ...defaultModels.freelancers, bias: 0.25 };
    const { model: body } = ltrLinearModel(model, "freelancers", "m");
    expect(body.model.type).toBe("model/linear");
    expect(Object.keys(body.model.definition)).toEqual([...TASK_FEATURES.freelancers]);
    const biased = createEngine({ taxonomy: SMALL_TAXONOMY, model: { freelancers: model } });
    biased.addFreelancers([{ id: "a", title: "React developer", skills: ["React", "TypeScript"], hourlyRate: 50, rating: 4.8, reviewCount: 20 }, { id: "b", title: "Next.js developer", skills: ["Next.js"], hourlyRate: 90 }]);
    for (const item of biased.rankFreelancers({ id: "j", title: "Next.js app", skills: ["Next.js", "TypeScript"] }).items) {
      const linear = item.contributions.filter((c) => c.feature !== "bias").reduce((s, c) => s + body.model.definition[c.feature] * c.value, 0);
      expect(Math.abs(linear - (item.score - 0.25))).toBeLessThan(1e-9);
    }
  });

  it("when exported then the approximated features and the value fields to fill are named", () => {
    const x = ltrExport(defaultModels.freelancers, "freelancers");
    expect(x.approximated).toEqual(TASK_FEATURES.freelancers.filter((f) => ltrFeatureKind(f) === "bestmatch-only" && (defaultModels.freelancers.weights[f] ?? 0) !== 0));
    expect(x.approximated).toContain("rateFit");
    expect(x.valueFields).toContain("bestmatch.rating");
    expect(x.requests.map((r) => r.path)).toEqual(["/_ltr/_featureset/bestmatch_freelancers", "/_ltr/_featureset/bestmatch_freelancers/_createmodel"]);
  });

  it.skipIf(!elastic)("when the requests are sent with the official client then the cluster receives exactly the feature set and model bodies", async () => {
    const mock = new elastic!.Mock();
    const received: Array<{ path: string; body: unknown }> = [];
    mock.add({ method: "POST", path: ["/_ltr/_featureset/:name", "/_ltr/_featureset/:name/_createmodel"] }, (p: any) => (received.push({ path: p.path, body: p.body }), { acknowledged: true }));
    const client = new elastic!.Client({ node: "http://localhost:9200", Connection: mock.getConnection() });
    const x = ltrExport(defaultModels.jobs, "jobs");
    for (const r of x.requests) await client.transport.request({ method: r.method, path: r.path, body: r.body as Record<string, unknown> });
    expect(received).toEqual(x.requests.map((r) => ({ path: r.path, body: JSON.parse(JSON.stringify(r.body)) })));
  });

  it("when a tree dump is given then model/xgboost+json carries it as the definition string", () => {
    const dump = [{ nodeid: 0, split: "requiredSkills", split_condition: 0.5, yes: 1, no: 2, missing: 1, children: [{ nodeid: 1, leaf: 0.1 }, { nodeid: 2, leaf: 0.7 }] }];
    const { model } = ltrXgboostModel(dump, "trees");
    expect(model.name).toBe("trees");
    expect(model.model.type).toBe("model/xgboost+json");
    expect(JSON.parse(model.model.definition)).toEqual(dump);
    expect(() => ltrLinearModel({ version: 1 } as never, "jobs", "x")).toThrow(expect.objectContaining({ code: "INVALID_MODEL" }));
  });

  it("when the model is a trees model then ltrExport installs its XGBoost dump and lists the features its splits use", () => {
    const [a, b] = TASK_FEATURES.jobs;
    const trees = { type: "trees" as const, version: 1, base: 0, features: [a, b], trees: [{ nodes: [{ feature: b, threshold: 0.5, left: 1, right: 2, cover: 2 }, { leaf: -1, cover: 1 }, { leaf: 1, cover: 1 }] }] };
    const x = ltrExport(trees, "jobs");
    expect(x.createModel.model.model.type).toBe("model/xgboost+json");
    expect(JSON.parse(x.createModel.model.model.definition as string)).toEqual(toXgboostDump(trees));
    expect([...x.approximated, ...x.valueFields.map((f) => f.replace("bestmatch.", ""))]).not.toContain(a);
  });
});
