/**
 * Loads a snapshot beside a serving engine. A v3 snapshot maps its index (no re-indexing); a v1 or
 * (pre-release) v2 snapshot's records are indexed in chunks that yield to the event loop, so the old engine keeps
 * answering while the new one is built.
 */
import { createEngine } from "../engine.js";
import { engineFromSnapshot } from "../engine-load.js";
import type { Engine } from "../engine-types.js";
import { readSnapshot } from "../corpus/snapshot.js";

/** Records indexed between two yields: small enough that a waiting request is answered within milliseconds. */
const CHUNK = 64;

export async function loadEngineBeside(path: string): Promise<Engine> {
  const decoded = await readSnapshot(path);
  if (decoded.version === 3) {
    const engine = engineFromSnapshot(decoded, path);
    warmUp(engine, engine.ids("job")[0], engine.ids("freelancer")[0]);
    return engine;
  }
  const payload = decoded.payload;
  const engine = createEngine(payload.options);
  await engine.addFreelancersAsync(payload.freelancers, { chunkSize: CHUNK });
  await engine.addJobsAsync(payload.jobs, { chunkSize: CHUNK });
  engine.addReviews(payload.reviews);
  engine.addProposals(payload.proposals);
  warmUp(engine, payload.jobs[0]?.id, payload.freelancers[0]?.id);
  return engine;
}

/** One query per task builds the lazy structures (skill similarity, priors) before the switch, not on a user's request. */
function warmUp(engine: Engine, jobId: string | undefined, freelancerId: string | undefined): void {
  if (jobId !== undefined) engine.rankFreelancers(jobId, { limit: 1 });
  if (freelancerId !== undefined && jobId !== undefined) engine.recommendJobs(freelancerId, { limit: 1 });
}
