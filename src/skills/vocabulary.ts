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

export class SkillVocabulary {
  private readonly customByKey = new Map<string, number>();
  private readonly customNames: string[] = [];

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
    const known = this.taxonomy.resolve(name);
    if (known) return { index: known.index, via: known.via };
    const key = normalizeSkillKey(name);
    let index = this.customByKey.get(key);
    if (index === undefined) {
      if (!mint) return undefined;
      index = this.size;
      this.customByKey.set(key, index);
      this.customNames.push(name.trim());
    }
    return { index, via: "exact" };
  }

  /** Taxonomy related links; custom skills have none. */
  related(index: number): readonly number[] {
    return this.isCustom(index) ? [] : this.taxonomy.related(index);
  }

  /** Forgets custom skills minted after the vocabulary had `size` skills (a failed batch taken back). */
  truncate(size: number): void {
    const keep = Math.max(0, size - this.taxonomy.size);
    if (keep >= this.customNames.length) return;
    for (const [key, index] of this.customByKey) if (index >= size) this.customByKey.delete(key);
    this.customNames.length = keep;
  }

  /** Custom skill names in minting order, for snapshots. */
  customSkillNames(): readonly string[] {
    return this.customNames;
  }
}
