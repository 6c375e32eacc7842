/**
 * flexsearch alone as a peer: a Document index over a freelancer's title, overview and skills,
 * queried with the job's words; results of the three fields merged (a document found in more
 * fields ranks first, then by flexsearch's own order). No BM25 rescoring, no features.
 */
import { Document } from "flexsearch";
import type { FreelancerRecord } from "../../src/model/records.js";
import type { PeerIndex } from "./peer-text.js";

export interface FreelancerFields {
  id: string;
  title: string;
  overview: string;
  skills: string;
}

export function freelancerFields(f: FreelancerRecord): FreelancerFields {
  const skills = (f.skills ?? []).map((s) => (typeof s === "string" ? s : s.name)).join(" ");
  return { id: f.id, title: f.title ?? "", overview: f.overview ?? "", skills };
}

export function flexsearchDocumentIndex(): PeerIndex & { addRecords(records: readonly FreelancerFields[]): void } {
  const index = new Document({ document: { id: "id", index: ["title", "overview", "skills"] }, tokenize: "forward" });
  const unsupported = () => {
    throw new Error("flexsearch peer takes records through addRecords");
  };
  return {
    name: "flexsearch",
    addRecords(records) {
      for (const r of records) index.add(r as unknown as Record<string, string>);
    },
    addAll: unsupported,
    replace: unsupported,
    search(text, limit) {
      const byField = index.search(text, { limit, suggest: true }) as Array<{ field: string; result: Array<string | number> }>;
      const hits = new Map<string, { fields: number; best: number }>();
      for (const { result } of byField) {
        result.forEach((id, rank) => {
          const h = hits.get(String(id));
          if (h) {
            h.fields++;
            h.best = Math.min(h.best, rank);
          } else hits.set(String(id), { fields: 1, best: rank });
        });
      }
      return [...hits]
        .sort((a, b) => b[1].fields - a[1].fields || a[1].best - b[1].best || (a[0] < b[0] ? -1 : 1))
        .slice(0, limit)
        .map(([id]) => id);
    },
  };
}
