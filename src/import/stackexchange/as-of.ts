/**
 * The join evaluation must use between a job and freelancer snapshots: for a job posted at p, each
 * freelancer's state is their row with the greatest cut_date <= p. Rows are delta-encoded (a row only at
 * cuts where the user changed), so "the cut at p" is not a single cut_date but a per-freelancer lookup.
 */

export interface SnapshotKey {
  /** Freelancer id. */
  id: string;
  /** ISO date, Date or epoch ms of the cut. */
  cutDate: string | number | Date;
}

function ms(value: string | number | Date): number {
  return typeof value === "number" ? value : value instanceof Date ? value.getTime() : Date.parse(value);
}

/** Each freelancer's latest snapshot at or before `at`, ordered by id. Freelancers with none are left out. */
export function snapshotsAsOf<T extends SnapshotKey>(rows: readonly T[], at: string | number | Date): T[] {
  const limit = ms(at);
  const best = new Map<string, { row: T; cut: number }>();
  for (const row of rows) {
    const cut = ms(row.cutDate);
    if (!(cut <= limit)) continue;
    const seen = best.get(row.id);
    if (!seen || seen.cut < cut) best.set(row.id, { row, cut });
  }
  return [...best.keys()].sort().map((id) => (best.get(id) as { row: T }).row);
}
