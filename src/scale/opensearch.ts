/**
 * OpenSearch / Elasticsearch as stage one: the cluster's index answers "which records could fit"
 * with a bool query over skills and text built from the engine's own job (or freelancer) query,
 * and bestmatch re-ranks those ids exactly (same features, contributions and reasons).
 *
 * The engine ranks synchronously and a search is a network call, so the adapter ranks in two
 * steps: it asks the engine for its candidate request (a ranking of zero items, which calls the
 * candidate source once and scores nothing), awaits the search, then ranks with the ids it got.
 * Both engine calls are synchronous, so concurrent rankings cannot see each other's ids.
 */
import { BestMatchError } from "../errors.js";
import type { Engine } from "../engine-types.js";
import type { FreelancerRecord, JobRecord } from "../model/records.js";
import type { CandidateRequest, CandidateSource, RankFreelancersOptions, RecommendJobsOptions } from "../options.js";
import type { RankResult } from "../rank/results.js";

/**
 * The one client method used: `search`. Satisfied by `@elastic/elasticsearch` (v8, v9) and by
 * `@opensearch-project/opensearch`, whose answers wrap the hits in `body`.
 */
export interface SearchClient {
  search(params: Record<string, unknown>): Promise<unknown>;
}

export interface IndexFields {
  /** Keyword field holding canonical skill names. Default "skills". */
  skills: string;
  /** Text fields for the query text, with optional ^boost. Default freelancers: ["title^2", "overview"]; jobs: ["title^2", "description"]. */
  text: string[];
}

export interface OpenSearchStageOneOptions {
  client: SearchClient;
  /** Index of freelancer documents (`_id` = freelancer id), for rankFreelancers. */
  freelancerIndex?: string;
  /** Index of job documents (`_id` = job id), for recommendJobs. */
  jobIndex?: string;
  /** "elasticsearch" sends the query at the top level (clients 8+); "opensearch" wraps it in `body`. Default "elasticsearch". */
  flavor?: "elasticsearch" | "opensearch";
  freelancerFields?: Partial<IndexFields>;
  jobFields?: Partial<IndexFields>;
  /** Boost of each matching skill against the text match. Default 2. */
  skillBoost?: number;
  /** Extra `filter` clauses (e.g. a country term), applied in the cluster. Default none. */
  filter?: Record<string, unknown>[];
}

export const DEFAULT_FIELDS: Record<CandidateRequest["task"], IndexFields> = {
  freelancers: { skills: "skills", text: ["title^2", "overview"] },
  jobs: { skills: "skills", text: ["title^2", "description"] },
};

/** The bool query for a candidate request: any wanted skill or the text, skills weighing more. */
export function buildCandidateQuery(request: CandidateRequest, fields: IndexFields, skillBoost = 2, filter: Record<string, unknown>[] = []): Record<string, unknown> {
  const should: Record<string, unknown>[] = request.skills.map((skill) => ({ term: { [fields.skills]: { value: skill, boost: skillBoost } } }));
  if (request.text.trim() !== "") should.push({ multi_match: { query: request.text, fields: fields.text, type: "best_fields" } });
  return {
    size: request.limit,
    _source: false,
    track_total_hits: false,
    query: { bool: { should, minimum_should_match: 1, ...(filter.length ? { filter } : {}) } },
  };
}

function hitIds(response: unknown): string[] {
  const r = response as { hits?: { hits?: Array<{ _id?: unknown }> }; body?: { hits?: { hits?: Array<{ _id?: unknown }> } } };
  const hits = r?.hits?.hits ?? r?.body?.hits?.hits;
  if (!Array.isArray(hits)) throw new BestMatchError("INVALID_INPUT", "search answer has no hits", { value: response, expected: "a search response with hits.hits[]._id" });
  return hits.map((h) => h._id).filter((id): id is string => typeof id === "string");
}

export interface OpenSearchStageOne {
  /** Pass to createEngine / loadEngine as `candidateSource`. Answers only inside the two methods below. */
  candidateSource: CandidateSource;
  rankFreelancers(engine: Engine, job: string | JobRecord, options?: RankFreelancersOptions): Promise<RankResult>;
  recommendJobs(engine: Engine, freelancer: string | FreelancerRecord, options?: RecommendJobsOptions): Promise<RankResult>;
  /** The query sent for a request (for logging or for running it yourself). */
  query(request: CandidateRequest): { index: string; body: Record<string, unknown> };
}

export function openSearchStageOne(options: OpenSearchStageOneOptions): OpenSearchStageOne {
  // Set only during one synchronous engine call: "capture" records the request, "ids" answers it.
  let step: { kind: "capture"; request?: CandidateRequest } | { kind: "ids"; ids: string[] } | undefined;

  const candidateSource: CandidateSource = (request) => {
    if (step?.kind === "capture") {
      step.request = request;
      return [];
    }
    if (step?.kind === "ids") return step.ids;
    throw new BestMatchError("INVALID_OPTION", "this candidateSource searches asynchronously: rank through stageOne.rankFreelancers(engine, ...) or stageOne.recommendJobs(engine, ...)", { field: "candidateSource" });
  };

  const query = (request: CandidateRequest) => {
    const index = request.task === "freelancers" ? options.freelancerIndex : options.jobIndex;
    if (index === undefined) throw new BestMatchError("INVALID_OPTION", `no index configured for ${request.task}`, { field: request.task === "freelancers" ? "freelancerIndex" : "jobIndex", expected: "an index name" });
    const fields = { ...DEFAULT_FIELDS[request.task], ...(request.task === "freelancers" ? options.freelancerFields : options.jobFields) };
    return { index, body: buildCandidateQuery(request, fields, options.skillBoost, options.filter) };
  };

  async function twoStep<O extends { exhaustive?: boolean }>(rank: (o: O) => RankResult, rankOptions: O): Promise<RankResult> {
    if (rankOptions.exhaustive) return rank(rankOptions); // no stage one at all
    step = { kind: "capture" };
    let request: CandidateRequest | undefined;
    try {
      rank({ ...rankOptions, limit: 0, offset: 0 });
      request = step.request;
    } finally {
      step = undefined;
    }
    if (!request) return rank(rankOptions);
    const { index, body } = query(request);
    const response = await options.client.search(options.flavor === "opensearch" ? { index, body } : { index, ...body });
    step = { kind: "ids", ids: hitIds(response) };
    try {
      return rank(rankOptions);
    } finally {
      step = undefined;
    }
  }

  return {
    candidateSource,
    query,
    rankFreelancers: (engine, job, o = {}) => twoStep((x) => engine.rankFreelancers(job, x), o),
    recommendJobs: (engine, freelancer, o = {}) => twoStep((x) => engine.recommendJobs(freelancer, x), o),
  };
}
