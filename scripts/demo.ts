/**
 * `npm start`: a Best Match demo on the shipped sample data (fixtures/sample, made by the
 * generator). Loads the CSV files through the same readers as the CLI, indexes them, and
 * prints ranked freelancers with reasons for a few jobs, the proposals of one job, and job
 * recommendations for one freelancer.
 *
 * Try the following:
 *   npm start
 *   npm start -- fixtures/sample 5      # data folder, jobs to show
 */
import { createReadStream } from "node:fs";
import { join } from "node:path";
import { createEngine } from "../src/index.js";
import type { RankedItem } from "../src/index.js";
import { DATA_FILES, FREELANCER_COLUMNS, JOB_COLUMNS, PROPOSAL_COLUMNS, REVIEW_COLUMNS, type ColumnSpec } from "../src/io/columns.js";
import { readRecords } from "../src/io/read-records.js";
import { RejectionPolicy } from "../src/io/rejection.js";
import { validateFreelancer, validateJob, validateProposal, validateReview } from "../src/model/validate.js";

const dir = process.argv[2] ?? "fixtures/sample";
const jobsToShow = Number(process.argv[3] ?? 3);

async function read<T extends { id: string }>(file: string, specs: readonly ColumnSpec[], validate: (raw: unknown) => T): Promise<T[]> {
  const path = join(dir, file);
  const { records } = await readRecords({ input: createReadStream(path), file: path, specs, validate, policy: new RejectionPolicy("fail") });
  return records.map((r) => r.record);
}

function show(item: RankedItem, label = item.id): void {
  const badges = item.badges.length ? `  [${item.badges.join(", ")}]` : "";
  console.log(`  ${String(item.rank).padStart(2)}. ${label}  score ${item.score.toFixed(3)}${badges}`);
  for (const reason of item.reasons.slice(0, 4)) console.log(`        - ${reason}`);
}

const started = performance.now();
const engine = createEngine();
engine.addFreelancers(await read(DATA_FILES.freelancers, FREELANCER_COLUMNS, validateFreelancer));
const jobs = await read(DATA_FILES.jobs, JOB_COLUMNS, validateJob);
engine.addJobs(jobs);
engine.addReviews(await read(DATA_FILES.reviews, REVIEW_COLUMNS, validateReview));
const proposals = await read(DATA_FILES.proposals, PROPOSAL_COLUMNS, validateProposal);
engine.addProposals(proposals);
const stats = engine.stats();
console.log(`bestmatch demo: ${stats.freelancers} freelancers, ${stats.jobs} jobs, ${stats.reviews} reviews, ${stats.proposals} proposals from ${dir} (indexed in ${Math.round(performance.now() - started)} ms)\n`);

for (const job of jobs.slice(0, jobsToShow)) {
  console.log(`Best Match for job ${job.id}: "${job.title}" — needs ${(job.skills ?? []).join(", ") || "(skills from text)"}`);
  for (const item of engine.rankFreelancers(job.id, { limit: 5 }).items) show(item);
  console.log("");
}

const withProposals = jobs.find((j) => proposals.some((p) => p.jobId === j.id));
if (withProposals) {
  console.log(`Proposals for job ${withProposals.id}: "${withProposals.title}"`);
  for (const item of engine.rankProposals(withProposals.id, { limit: 5 }).items) show(item, `${item.id} from ${item.freelancerId}`);
  console.log("");
}

const someone = engine.rankFreelancers(jobs[0].id, { limit: 1 }).items[0];
if (someone) {
  console.log(`Jobs recommended for freelancer ${someone.id}`);
  for (const item of engine.recommendJobs(someone.id, { limit: 3 }).items) show(item);
}

// Insights: what would lift the fifth-best freelancer for the first job, and a job post from a brief.
const fifth = engine.rankFreelancers(jobs[0].id, { limit: 5 }).items[4];
if (fifth) {
  const gaps = engine.gapAdvice(fifth.id, jobs[0].id, { limit: 3 });
  console.log(`\nWhat would raise freelancer ${fifth.id} for job ${jobs[0].id} (now rank ${gaps.current.rank}, score ${gaps.current.score.toFixed(3)})`);
  for (const a of gaps.advice) console.log(`   - ${a.text}: score ${a.score.toFixed(3)}${a.rank ? `, rank ${a.rank}` : ""}`);
}
const brief = "need someone to build a React dashboard with charts for our sales data, around $2000";
const draft = engine.draftJobPost(brief);
console.log(`\nJob post drafted from "${brief}"`);
console.log(`   title: ${draft.title.value}`);
console.log(`   required: ${draft.requiredSkills.map((s) => s.name).join(", ") || "-"}; nice to have: ${draft.niceToHaveSkills.map((s) => s.name).join(", ") || "-"}`);
if (draft.budget) console.log(`   budget: ${draft.budget.source.detail}`);
for (const q of draft.screeningQuestions) console.log(`   screening: ${q.value}`);
