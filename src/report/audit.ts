/** The re-ranking audit in the report: which rule moved an item, and the batch's exposure before and after. */
import type { BatchAudit, ExposureFigures } from "../rank/rerank/audit.js";
import type { RerankRule } from "../rank/rerank/options.js";
import { esc } from "./escape.js";

const RULE_LABELS: Record<RerankRule, string> = { diversity: "diversity", coldStart: "cold-start slot", exposureCap: "exposure cap" };

export const ruleLabel = (rule: RerankRule): string => RULE_LABELS[rule];

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const cells = (f: ExposureFigures) =>
  [f.mostTopped ? `${esc(f.mostTopped.id)}: ${pct(f.mostTopped.share)} (${f.mostTopped.lists})` : "none", f.gini.toFixed(3), pct(f.newcomerShare)].map((c) => `<td>${c}</td>`).join("");

/** A closing section: exposure over the batch before and after re-ranking, and what each rule moved. */
export function renderBatchAudit(audit: BatchAudit): string {
  const rules = audit.rules.length ? audit.rules.map((r) => `${esc(ruleLabel(r))} (${audit.moved[r]} moves)`).join(", ") : "none (the model's lists)";
  const unmet = audit.capUnmet ? `<p class="count">The exposure cap could not be met in ${audit.capUnmet} list${audit.capUnmet === 1 ? "" : "s"}: nobody under the cap was left.</p>` : "";
  return `<section class="list" id="audit"><h2><span class="kind">Audit</span> Exposure over ${audit.lists} list${audit.lists === 1 ? "" : "s"}</h2><p class="count">Re-ranking rules: ${rules}</p>${unmet}<table class="audit"><tr><th></th><th>first in the most lists</th><th>Gini of top-${audit.top} appearances</th><th>newcomers in the top ${audit.top}</th></tr><tr><th>before</th>${cells(audit.before)}</tr><tr><th>after</th>${cells(audit.after)}</tr></table></section>\n`;
}
