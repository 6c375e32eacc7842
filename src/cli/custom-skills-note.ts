/**
 * The once-per-run note about skill names the taxonomy does not know: indexed ones become
 * custom skills that match only themselves exactly; names on query jobs (rank) that nothing
 * indexed has can never match and count as missing. Nothing is silently exact-only.
 */
import type { Engine } from "../engine-types.js";
import type { JobRecord } from "../model/records.js";
import { normalizeSkillKey } from "../skills/taxonomy.js";

const SHOWN = 8;

const listed = (uses: ReadonlyArray<{ skill: string; uses: number }>): string => {
  const shown = uses.slice(0, SHOWN).map((u) => `${u.skill} (${u.uses})`);
  return uses.length > SHOWN ? `${shown.join(", ")} and ${uses.length - SHOWN} more` : shown.join(", ");
};

/**
 * The note's lines (empty when every name resolved). `queryJobs`: jobs ranked without being indexed.
 * Names resolve in the engine itself, so a loaded snapshot's taxonomy is the one asked.
 */
export function customSkillNotes(engine: Engine, queryJobs: readonly JobRecord[] = []): string[] {
  const lines: string[] = [];
  const custom = engine.warnings().filter((w) => w.code === "CUSTOM_SKILL");
  if (custom.length) {
    const total = custom.reduce((s, w) => s + w.uses, 0);
    lines.push(`note: ${custom.length} skill name${custom.length === 1 ? " is" : "s are"} not in the taxonomy (${total} use${total === 1 ? "" : "s"}); they match only exactly: ${listed(custom)}`);
  }
  if (queryJobs.length) {
    const unknown = new Map<string, { skill: string; uses: number }>();
    for (const job of queryJobs) {
      for (const name of [...(job.skills ?? []), ...(job.niceToHaveSkills ?? [])]) {
        const key = normalizeSkillKey(name);
        if (engine.resolveSkill(name)) continue;
        const u = unknown.get(key) ?? { skill: name.trim(), uses: 0 };
        u.uses++;
        unknown.set(key, u);
      }
    }
    const sorted = [...unknown.values()].sort((a, b) => b.uses - a.uses || (a.skill < b.skill ? -1 : 1));
    if (sorted.length) lines.push(`note: ${sorted.length} job skill name${sorted.length === 1 ? " is" : "s are"} in neither the taxonomy nor any profile; they count as missing for everyone: ${listed(sorted)}`);
  }
  return lines;
}
