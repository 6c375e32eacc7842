/** The dates of validated records (epoch ms), for the futureDates check before a batch is indexed. */
import type { DatedField } from "./corpus.js";

const DATE_FIELDS: Record<DatedField["kind"], readonly string[]> = {
  freelancer: ["lastActiveAt", "createdAt"],
  job: ["postedAt"],
  review: ["createdAt"],
  proposal: ["submittedAt"],
};

export function batchDates(batch: readonly object[], kind: DatedField["kind"]): DatedField[] {
  const out: DatedField[] = [];
  for (const r of batch as Array<Record<string, unknown>>) {
    for (const field of DATE_FIELDS[kind]) {
      const at = r[field];
      if (typeof at === "number") out.push({ kind, id: r.id as string, field, at });
    }
  }
  return out;
}
