/**
 * The engine's skill vocabulary: the taxonomy's skills (indices 0..n-1) plus "custom" skills
 * minted for names the taxonomy does not know (a Stack Exchange tag, an in-house tool), so
 * that such skills still match exactly. Custom skills have no aliases and no taxonomy links;
 * learned similarity can still relate them.
 */
import type { Taxonomy } from "./taxonomy.js";
import { normalizeSkillKey } from "./taxonomy.js";
import type { MatchVia } from "../rank/results.js";

export interface ResolvedSkill {
  index: number;
  via: Exclude<MatchVia, "related">;
}

/** A skill name the taxonomy does not know: it matches only itself, exactly. */
export interface CustomSkillUse {
  name: string;
  /** How many times records named it (each listed occurrence counts). */
  uses: number;
  /** false for names seen only on query records (ranked, not indexed): those never match anything. */
  indexed: boolean;
}

const KNOWN_CACHE_LIMIT = 100_000;

export interface VocabularyMark {
  size: number;
  uses: number[];
}

export interface VocabularyState {
  names: string[];
  keys: Array<[string, number]>;
  uses: number[];
  unknown: Array<[string, { name: string; uses: number }]>;
}

export class SkillVocabulary {
  private readonly customByKey = new Map<string, number>();
  private readonly customNames: string[] = [];
  private readonly customUses: number[] = [];
  /** Unknown names on query-only records, by loose key. */
  private readonly unknownQueries = new Map<string, { name: string; uses: number }>();

  constructor(readonly taxonomy: Taxonomy) {}

  get size(): number {
    return this.taxonomy.size + this.customNames.length;
  }

  isCustom(index: number): boolean {
    return index >= this.taxonomy.size;
  }

  name(index: number): string {
    return this.isCustom(index) ? this.customNames[index - this.taxonomy.size] : this.taxonomy.skill(index).name;
  }

  /** A stable key for ordering skills independently of when they were first seen. */
  key(index: number): string {
    return this.isCustom(index) ? `~${this.customNames[index - this.taxonomy.size].toLowerCase()}` : this.taxonomy.skill(index).id;
  }

  /**
   * Resolves a listed skill name. Unknown names become custom skills (minted once) when
   * `mint` is true (indexing); a query-only record passes false and gets undefined instead.
   */
  resolve(name: string, mint = true): ResolvedSkill | undefined {
    const known = this.resolveKnown(name);
    if (known) return { index: known.index, via: known.via };
    const key = normalizeSkillKey(name);
    let index = this.customByKey.get(key);
    if (index === undefined) {
      if (!mint) {
        const seen = this.unknownQueries.get(key) ?? { name: name.trim(), uses: 0 };
        seen.uses++;
        this.unknownQueries.set(key, seen);
        return undefined;
      }
      index = this.size;
      this.customByKey.set(key, index);
      this.customNames.push(name.trim());
      this.customUses.push(0);
    }
    const k = index - this.taxonomy.size;
    this.customUses[k] = (this.customUses[k] ?? 0) + (mint ? 1 : 0);
    return { index, via: "exact" };
  }

  /** What `resolve` would make of a name, without minting, counting or remembering it (undefined: unknown). */
  lookup(name: string): ResolvedSkill | undefined {
    const known = this.resolveKnown(name);
    if (known) return { index: known.index, via: known.via };
    const index = this.customByKey.get(normalizeSkillKey(name));
    return index === undefined ? undefined : { index, via: "exact" };
  }

  /*
   * The taxonomy is immutable, so what it makes of a name never changes: remembered (unknown
   * names too), since profiles list the same few thousand names over and over and resolving
   * one (NFKC, loose keys, plural and version variants) was a tenth of building a profile's doc.
   */
  private readonly knownCache = new Map<string, ResolvedSkill | null>();

  private resolveKnown(name: string): ResolvedSkill | undefined {
    const cached = this.knownCache.get(name);
    if (cached !== undefined) return cached ?? undefined;
    const r = this.taxonomy.resolve(name);
    if (this.knownCache.size >= KNOWN_CACHE_LIMIT) this.knownCache.clear();
    this.knownCache.set(name, r ? Object.freeze({ index: r.index, via: r.via }) : null);
    return r ? { index: r.index, via: r.via } : undefined;
  }

  /** Taxonomy related links; custom skills have none. */
  related(index: number): readonly number[] {
    return this.isCustom(index) ? [] : this.taxonomy.related(index);
  }

  /** The state a failed batch is taken back to: how many skills, and the use counts of the custom ones. */
  mark(): VocabularyMark {
    return { size: this.size, uses: this.customUses.slice() };
  }

  /** Forgets custom skills minted since `mark` and restores the use counts (a failed batch taken back). */
  restore(mark: VocabularyMark): void {
    const keep = Math.max(0, mark.size - this.taxonomy.size);
    if (keep < this.customNames.length) {
      for (const [key, index] of this.customByKey) if (index >= mark.size) this.customByKey.delete(key);
      this.customNames.length = keep;
    }
    this.customUses.length = 0;
    for (const u of mark.uses) this.customUses.push(u);
  }

  /** Every custom name seen, each once: indexed ones in minting order, then query-only ones. */
  customSkillUses(): CustomSkillUse[] {
    const out: CustomSkillUse[] = this.customNames.map((name, k) => ({ name, uses: this.customUses[k] ?? 0, indexed: true }));
    for (const q of this.unknownQueries.values()) out.push({ name: q.name, uses: q.uses, indexed: false });
    return out;
  }

  /** Custom skills (minting order) with their uses, and unknown query names: what a snapshot stores. */
  state(): VocabularyState {
    return { names: [...this.customNames], keys: [...this.customByKey], uses: [...this.customUses], unknown: [...this.unknownQueries] };
  }

  restoreState(s: VocabularyState): void {
    s.names.forEach((name, k) => {
      this.customNames.push(name);
      this.customUses.push(s.uses[k] ?? 0);
    });
    for (const [key, index] of s.keys) this.customByKey.set(key, index);
    for (const [key, seen] of s.unknown) this.unknownQueries.set(key, { ...seen });
  }

  /** Custom skill names in minting order, for snapshots. */
  customSkillNames(): readonly string[] {
    return this.customNames;
  }
}
