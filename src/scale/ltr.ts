/**
 * Export of a bestmatch model to the Learning-to-Rank plugin of OpenSearch and Elasticsearch
 * (`_ltr`): a feature set (one mustache query template per feature) and a `_createmodel` body,
 * so a cluster can rescore with the trained weights itself (`sltr` in a rescore query).
 *
 * How faithful it is, feature by feature (also in docs/scale-out.md):
 * - "query" features are queries the cluster runs from the request's params (skills, keywords);
 *   they approximate bestmatch's IDF-weighted coverage and squashed BM25, so in-cluster scores
 *   are close to, not equal to, bestmatch's.
 * - "field" features read a number you store on each document, written from bestmatch's own
 *   feature value (query-independent: rating, recency, client quality...), so they are exact.
 * - "bestmatch-only" features (rate fit, level fit, availability, skill focus and depth...) need the
 *   query and the profile together in ways a template cannot express; their template matches no
 *   document, so they add 0 everywhere and the cluster ranks without them. `approximated` lists them.
 * Exact rankings stay with bestmatch re-ranking the cluster's candidates (see opensearch.ts).
 */
import { BestMatchError } from "../errors.js";
import { isTreesModel, type Model, type RankTask, TASK_FEATURES } from "../rank/model.js";
import { toXgboostDump } from "../learn/trees/xgboost.js";

export type LtrFeatureKind = "query" | "field" | "bestmatch-only";

export interface LtrFeature {
  name: string;
  params: string[];
  template_language: "mustache";
  template: Record<string, unknown> | string;
}

/** Document fields the templates read. */
export interface LtrFields {
  /** Keyword field of canonical skill names. Default "skills". */
  skills: string;
  /** Text fields for `keywords`. Default ["title^2", "overview"] (freelancers), ["title^2", "description"] (jobs), ["cover_letter"] (proposals). */
  text: string[];
  /** Prefix of the numeric fields holding bestmatch's query-independent feature values. Default "bestmatch.". */
  valuePrefix: string;
}

const QUERY_FEATURES = new Set(["requiredSkills", "niceToHaveSkills", "textRelevance", "coverLetterCoverage"]);
const FIELD_FEATURES = new Set(["rating", "reviewVolume", "recency", "jobSuccess", "clientQuality", "freshness", "competition", "personalization", "responseTime", "screeningAnswers"]);

export function ltrFeatureKind(feature: string): LtrFeatureKind {
  return QUERY_FEATURES.has(feature) ? "query" : FIELD_FEATURES.has(feature) ? "field" : "bestmatch-only";
}

const DEFAULT_TEXT: Record<RankTask, string[]> = { freelancers: ["title^2", "overview"], jobs: ["title^2", "description"], proposals: ["cover_letter"] };

function template(feature: string, fields: LtrFields): Pick<LtrFeature, "params" | "template"> {
  switch (ltrFeatureKind(feature)) {
    case "query":
      if (feature === "requiredSkills" || feature === "niceToHaveSkills") {
        const param = feature === "requiredSkills" ? "skills" : "nice_to_have";
        // An array parameter needs toJson, so this template is a string.
        return { params: [param], template: `{"terms":{${JSON.stringify(fields.skills)}:{{#toJson}}${param}{{/toJson}}}}` };
      }
      return { params: ["keywords"], template: { multi_match: { query: "{{keywords}}", fields: fields.text } } };
    case "field":
      return { params: [], template: { function_score: { query: { match_all: {} }, field_value_factor: { field: `${fields.valuePrefix}${feature}`, missing: 0.5 }, boost_mode: "replace" } } };
    case "bestmatch-only":
      return { params: [], template: { match_none: {} } };
  }
}

export function featureSetName(task: RankTask): string {
  return `bestmatch_${task}`;
}

/** Body of `POST _ltr/_featureset/<name>`: every feature of the task, in the model's order. */
export function ltrFeatureSet(task: RankTask, fields: Partial<LtrFields> = {}, name = featureSetName(task)): { featureset: { name: string; features: LtrFeature[] } } {
  const f: LtrFields = { skills: "skills", text: DEFAULT_TEXT[task], valuePrefix: "bestmatch.", ...fields };
  return { featureset: { name, features: TASK_FEATURES[task].map((feature) => ({ name: feature, template_language: "mustache", ...template(feature, f) })) } };
}

/**
 * Body of `POST _ltr/_featureset/<set>/_createmodel` for a linear model (`model/linear`: feature
 * name to weight). The bias is left out: the plugin's linear model has none, and a constant
 * shifts every score alike, so the order is the same.
 */
export function ltrLinearModel(model: Model, task: RankTask, name: string): { model: { name: string; model: { type: "model/linear"; definition: Record<string, number> } } } {
  if (!model || isTreesModel(model) || typeof model.weights !== "object" || model.weights === null) {
    throw new BestMatchError("INVALID_MODEL", "only linear models export to model/linear", { field: "weights", expected: "a linear model { version, bias, weights }" });
  }
  const definition: Record<string, number> = {};
  for (const feature of TASK_FEATURES[task]) definition[feature] = model.weights[feature] ?? 0;
  return { model: { name, model: { type: "model/linear", definition } } };
}

/**
 * Body of `_createmodel` for a tree model as an XGBoost JSON dump (`model/xgboost+json`). The dump
 * itself comes from the trees learner's exporter (src/learn/trees/xgboost.ts, `toXgboostDump`):
 * pass its output here.
 */
export function ltrXgboostModel(dump: readonly unknown[], name: string): { model: { name: string; model: { type: "model/xgboost+json"; definition: string } } } {
  if (!Array.isArray(dump)) throw new BestMatchError("INVALID_MODEL", "an XGBoost dump is an array of trees", { value: dump, expected: "the array toXgboostDump returns" });
  return { model: { name, model: { type: "model/xgboost+json", definition: JSON.stringify(dump) } } };
}

export interface LtrExport {
  featureSet: ReturnType<typeof ltrFeatureSet>;
  createModel: ReturnType<typeof ltrLinearModel> | ReturnType<typeof ltrXgboostModel>;
  /** Requests to send, in order. */
  requests: Array<{ method: "POST"; path: string; body: unknown }>;
  /** Features with weight that the cluster cannot compute (they add 0 there). */
  approximated: string[];
  /** The numeric document fields to fill with bestmatch's feature values. */
  valueFields: string[];
}

/** Everything to install a bestmatch model in a cluster's LTR plugin: linear as model/linear, trees as model/xgboost+json. */
export function ltrExport(model: Model, task: RankTask, options: { name?: string; fields?: Partial<LtrFields> } = {}): LtrExport {
  const set = featureSetName(task);
  const featureSet = ltrFeatureSet(task, options.fields, set);
  const name = options.name ?? `${set}_model`;
  const createModel = isTreesModel(model) ? ltrXgboostModel(toXgboostDump(model), name) : ltrLinearModel(model, task, name);
  // Features the model uses: a non-zero weight, or a split in some tree.
  const used = isTreesModel(model) ? new Set(model.trees.flatMap((t) => t.nodes.flatMap((n) => ("leaf" in n ? [] : [typeof n.feature === "number" ? model.features[n.feature] : n.feature])))) : undefined;
  const weighted = TASK_FEATURES[task].filter((f) => (used ? used.has(f) : !isTreesModel(model) && (model.weights[f] ?? 0) !== 0));
  const prefix = options.fields?.valuePrefix ?? "bestmatch.";
  return {
    featureSet,
    createModel,
    requests: [
      { method: "POST", path: `/_ltr/_featureset/${set}`, body: featureSet },
      { method: "POST", path: `/_ltr/_featureset/${set}/_createmodel`, body: createModel },
    ],
    approximated: weighted.filter((f) => ltrFeatureKind(f) === "bestmatch-only"),
    valueFields: weighted.filter((f) => ltrFeatureKind(f) === "field").map((f) => `${prefix}${f}`),
  };
}
