/** The HTML Best Match report: one self-contained page per run. */
export { renderReport, pageStart, pageEnd } from "./page.js";
export { renderSection, featureShares } from "./section.js";
export { renderBatchAudit } from "./audit.js";
export type { ReportMeta, ReportSection, ReportSubject } from "./types.js";
