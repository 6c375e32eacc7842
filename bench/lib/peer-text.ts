/**
 * MiniSearch and Orama behind one small interface, as BM25 text baselines: the same documents and
 * queries go to each. Both use their defaults (OR queries, their own tokenizers and BM25 variants).
 */
import MiniSearch from "minisearch";
import { create, insertMultiple, remove, search, type AnyOrama } from "@orama/orama";

export interface PeerIndex {
  readonly name: string;
  addAll(docs: ReadonlyArray<{ id: string; text: string }>): void | Promise<void>;
  /** Replaces the text of a document (adds it when new). */
  replace(id: string, text: string): void | Promise<void>;
  /** Ids, best first. */
  search(text: string, limit: number): string[] | Promise<string[]>;
}

export function miniSearchIndex(): PeerIndex {
  const index = new MiniSearch<{ id: string; text: string }>({ fields: ["text"], storeFields: [] });
  return {
    name: "MiniSearch",
    addAll: (docs) => index.addAll(docs as Array<{ id: string; text: string }>),
    replace(id, text) {
      if (index.has(id)) index.replace({ id, text });
      else index.add({ id, text });
    },
    search: (text, limit) => index.search(text).slice(0, limit).map((r) => String(r.id)),
  };
}

export function oramaIndex(): PeerIndex {
  const db: AnyOrama = create({ schema: { text: "string" } as const }) as AnyOrama;
  const known = new Set<string>();
  return {
    name: "Orama",
    async addAll(docs) {
      await insertMultiple(db, docs.map((d) => ({ id: d.id, text: d.text })), 1000);
      for (const d of docs) known.add(d.id);
    },
    async replace(id, text) {
      if (known.has(id)) await remove(db, id);
      await insertMultiple(db, [{ id, text }]);
      known.add(id);
    },
    async search(text, limit) {
      // threshold 1: documents matching any query term, like MiniSearch's default OR.
      const result = await search(db, { term: text, properties: ["text"], limit, threshold: 1 });
      return result.hits.map((h) => String(h.id));
    },
  };
}
