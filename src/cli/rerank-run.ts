/**
 * `rank` with re-ranking (--diversity, --exposure-cap, --cold-start, --reciprocal) or --audit: the
 * jobs are one batch (engine.startFreelancerBatch), ranked in file order on the main thread, since
 * the exposure cap carries counts from list to list. The HTML report marks moved items and ends with
 * the batch's exposure before and after. The audit file is JSON:
 *   { version: 1, batch: BatchAudit, lists: ListAudit[] }   (types in src/rank/rerank/audit.ts)
 */
import type { JobRecord } from "../model/records.js";
import { formatClosing, formatPreamble, formatResult, type ResultFormat } from "../io/result-format.js";
import { renderBatchAudit } from "../report/index.js";
import { sectionContext } from "../report/from-engine.js";
import type { ListAudit } from "../rank/rerank/audit.js";
import type { CliIO } from "./cli-io.js";
import { withOutput } from "./common.js";
import type { Indexed } from "./pipeline.js";
import type { RerankSettings } from "./rerank-spec.js";

export const AUDIT_FORMAT_VERSION = 1;

export interface RerankRun {
  jobs: JobRecord[];
  format: ResultFormat;
  top: number;
  out?: string;
  settings: RerankSettings;
  audit?: string;
}

export async function rankReranked(io: CliIO, { engine, progress }: Indexed, run: RerankRun): Promise<{ ranked: number; seconds: number }> {
  const started = Date.now();
  const batch = engine.startFreelancerBatch({ limit: run.top, ...run.settings });
  let text = formatPreamble(run.format);
  const lists: ListAudit[] = [];
  progress.start("ranking", run.jobs.length, "jobs");
  try {
    const html = run.format.format === "html";
    run.jobs.forEach((job, n) => {
      const list = batch.rank(job);
      text += formatResult(job.id, list, run.format, html ? { ...sectionContext(engine, "freelancers", job), audit: list.audit } : undefined);
      lists.push(list.audit);
      progress.update(n + 1);
    });
  } finally {
    progress.stop();
  }
  if (run.format.format === "html") text += renderBatchAudit(batch.audit());
  text += formatClosing(run.format);
  await withOutput(run.out, io, (out) => out.write(text));
  if (run.audit !== undefined) {
    const audit = { version: AUDIT_FORMAT_VERSION, batch: batch.audit(), lists };
    await withOutput(run.audit, io, (out) => out.write(`${JSON.stringify(audit, null, 2)}\n`));
  }
  return { ranked: run.jobs.length, seconds: (Date.now() - started) / 1000 };
}
