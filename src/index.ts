/** bestmatch: explainable Best Match ranking for talent marketplaces. Public API only. */
export { createEngine } from "./engine.js";
export { loadEngine, type SnapshotBytes } from "./engine-load.js";
export { BestMatchError, ERROR_CODES } from "./errors.js";
export type { ErrorCode, ErrorContext } from "./errors.js";
export type { Engine, EngineStats, EngineWarning, ExtractedSkill, FreelancerBatch, ResolvedSkillName } from "./engine-types.js";
export type { SkillSuggestion, SuggestSkillsOptions } from "./skills/suggest.js";
export { DEFAULT_ENGINE_OPTIONS, DEFAULT_RATING_PRIOR, DEFAULT_SIMILARITY } from "./engine-options.js";
export type {
  EngineOptions,
  EngineOptionsInput,
  FutureDatesPolicy,
  OversizedPolicy,
  RatingPrior,
  Bm25Params,
  SimilarityOptions,
  FreelancerFilters,
  JobFilters,
  Range,
  RankFreelancersOptions,
  RankProposalsOptions,
  RecommendJobsOptions,
  ReciprocalOptions,
  CandidateRequest,
  CandidateSource,
  Boost,
  AsyncAddOptions,
} from "./options.js";
export type { RecordKind } from "./engine-extras.js";
export { DEFAULT_RANK_LIMIT, DEFAULT_RECIPROCAL } from "./options.js";
export type { RankFreelancersBatchOptions, RankFreelancersBatchResult, BatchList } from "./rank/rank-freelancers-batch.js";
export { DEFAULT_RERANK, DEFAULT_DIVERSITY, DEFAULT_EXPOSURE, RERANK_RULES, AUDIT_TOP } from "./rank/rerank/options.js";
export type { RerankOptions, DiversityOptions, ExposureOptions, RerankRule } from "./rank/rerank/options.js";
export type { BatchAudit, ListAudit, AuditItem, ExposureFigures } from "./rank/rerank/audit.js";
export { defaultModels, validateModel, TASK_FEATURES, RANK_TASKS, MODEL_FORMAT_VERSION } from "./rank/model.js";
export type { Model, LinearModel, TreesModel, RankTask, FeatureName } from "./rank/model.js";
export type { Tree, TreeNode, SplitNode, LeafNode } from "./learn/trees/trees-model.js";
export { toXgboostDump, fromXgboostDump } from "./learn/trees/xgboost.js";
export type { XgbNode, XgbSplit, XgbLeaf, XgboostImportOptions } from "./learn/trees/xgboost.js";
export type { RankResult, RankedItem, Contribution, ContributionGroup, MatchedSkill, MatchVia, Badge } from "./rank/results.js";
export type { FreelancerRecord, JobRecord, ReviewRecord, ProposalRecord, Budget, ClientInfo, ExperienceLevel, JobDuration, SkillClaim, DateInput } from "./model/records.js";
export { EXPERIENCE_LEVELS, JOB_DURATIONS } from "./model/records.js";
export { RECORD_LIMITS, NUMBER_RANGES, DATE_RANGE } from "./model/limits.js";
export { validateFreelancer, validateJob, validateReview, validateProposal } from "./model/validate.js";
export type { ValidateOptions } from "./model/validate.js";
export type { TaxonomyData, TaxonomySkill } from "./skills/taxonomy-types.js";
export { validateTaxonomy, extendTaxonomy, Taxonomy } from "./skills/taxonomy.js";
export { mergeTaxonomies } from "./skills/merge-taxonomy.js";
export type { MergeReport } from "./skills/merge-taxonomy.js";
export { createSkillExtractor } from "./skills/extract/index.js";
export type { SkillExtractor, SkillMention } from "./skills/extract/index.js";
export { defaultTaxonomy } from "./skills/default-taxonomy/public.js";
export type {
  EngineInsights,
  GapAdviceOptions,
  GapAdviceKind,
  GapAdvice,
  GapAdviceResult,
  GapSource,
  JobGapsOptions,
  JobGapsResult,
  SkillSupply,
  Relaxation,
  DraftJobPostOptions,
  DraftSource,
  DraftSourceKind,
  Sourced,
  SuggestedSkill,
  DescriptionSection,
  BudgetSuggestion,
  BudgetRange,
  JobPostDraft,
} from "./insights/types.js";
export { createBestMatchServer, DEFAULT_MAX_BODY_BYTES } from "./serve/server.js";
export type { BestMatchServer, ServeOptions } from "./serve/server.js";
export { renderReport } from "./report/index.js";
export type { ReportMeta, ReportSection, ReportSubject } from "./report/index.js";
export { openSearchStageOne, buildCandidateQuery } from "./scale/opensearch.js";
export type { OpenSearchStageOne, OpenSearchStageOneOptions, SearchClient, IndexFields } from "./scale/opensearch.js";
export { ltrExport, ltrFeatureSet, ltrLinearModel, ltrXgboostModel, ltrFeatureKind } from "./scale/ltr.js";
export type { LtrExport, LtrFeature, LtrFields, LtrFeatureKind } from "./scale/ltr.js";
export { shardOf, inShard } from "./scale/shard.js";
export { rankInWorkers } from "./scale/worker-ranking.js";
export type { RankInWorkersOptions, RankSubject, PortableRankOptions } from "./scale/worker-ranking.js";
export { defaultWorkerCount, MIN_SUBJECTS_PER_WORKER } from "./scale/worker-count.js";
export type { Shard } from "./scale/shard.js";
