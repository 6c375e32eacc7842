/**
 * Snapshot version 2, the pre-release layout of the section container (reviews and proposals as one
 * JSON list each, parsed whole at load): read for its records only, which the engine indexes again,
 * as it does a v1 snapshot's. Saving writes the current version.
 */
import type { FreelancerRecord, JobRecord, ProposalRecord, ReviewRecord } from "../model/records.js";
import type { EngineOptionsInput } from "../options.js";
import type { SectionReader } from "./sections.js";
import type { SnapshotPayload } from "./snapshot.js";

export function legacyV2Payload(r: SectionReader): SnapshotPayload {
  const table = <T>(side: string): T[] => {
    const ids = r.json<unknown>(`${side}.ids`);
    const live = r.u8(`${side}.live`);
    const view = r.u8(`${side}.records`);
    const blob = Buffer.from(view.buffer, view.byteOffset, view.byteLength);
    const offsets = r.f64(`${side}.records.offsets`);
    if (!Array.isArray(ids) || live.length !== ids.length || offsets.length !== ids.length + 1 || offsets[ids.length] !== blob.length) r.inconsistent(`${side}.records.offsets`, `does not match ${side}.ids`);
    const out: T[] = [];
    for (let d = 0; d < live.length; d++) {
      if (!live[d]) continue;
      try {
        out.push(JSON.parse(blob.toString("utf8", offsets[d], offsets[d + 1])) as T);
      } catch {
        r.inconsistent(`${side}.records`, `record ${d} is not JSON`);
      }
    }
    return out;
  };
  return {
    options: r.json<EngineOptionsInput>("options"),
    freelancers: table<FreelancerRecord>("freelancers"),
    jobs: table<JobRecord>("jobs"),
    reviews: r.json<ReviewRecord[]>("reviews"),
    proposals: r.json<ProposalRecord[]>("proposals"),
  };
}
