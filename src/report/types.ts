import type { RankTask } from "../rank/model.js";
import type { RankResult } from "../rank/results.js";
import type { ListAudit } from "../rank/rerank/audit.js";

/** Who a list is for: the job (rank, proposals) or the freelancer (recommend). */
export interface ReportSubject {
  id: string;
  title?: string;
  /** Required skills of a job, or a freelancer's skills, as shown under the heading. */
  skills?: readonly string[];
}

export interface ReportSection {
  task: RankTask;
  subject: ReportSubject;
  result: RankResult;
  /** A readable name for a ranked item (freelancer or job title), when one is known. */
  label?: (itemId: string) => string | undefined;
  /** The list came from a results file, which does not say how many candidates there were. */
  totalUnknown?: boolean;
  /** The list was re-ranked (rankFreelancersBatch): each moved item shows its rank before and the rules that moved it. */
  audit?: ListAudit;
}

export interface ReportMeta {
  /** Page title. Default "Best Match report". */
  title?: string;
  /** One line on where the rankings came from, e.g. the command or the input file. */
  source?: string;
}
