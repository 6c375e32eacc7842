/**
 * Tag synonyms form chains when a target was itself later made a synonym (a -> b, b -> c): every alias
 * must land on the final target. Exports can also hold a source with two targets, or a loop
 * (a -> b -> a); both are resolved the same way whatever the row order, and counted.
 */
import { compare } from "./assemble.js";

export interface CollapsedSynonyms {
  /** Source tag -> final target tag (never itself a source). */
  targetOf: Map<string, string>;
  /** Sources whose final target is not their direct one (they sat on a chain). */
  chained: number;
  /** Sources listed with more than one target: the first target in code-point order was kept. */
  conflictingSources: number;
  /** Loops broken: the first tag of each loop in code-point order became its target. */
  loops: number;
  /** Rows whose source equals their target. */
  selfLinks: number;
}

export function collapseSynonymChains(pairs: Iterable<readonly [source: string, target: string]>): CollapsedSynonyms {
  const direct = new Map<string, string>();
  let conflictingSources = 0;
  let selfLinks = 0;
  const conflicted = new Set<string>();
  for (const [source, target] of pairs) {
    if (source === target) {
      selfLinks++;
      continue;
    }
    const earlier = direct.get(source);
    if (earlier === undefined) direct.set(source, target);
    else if (earlier !== target) {
      if (!conflicted.has(source)) conflictingSources++;
      conflicted.add(source);
      if (compare(target, earlier) < 0) direct.set(source, target);
    }
  }

  // Break loops: walk from every source (in order, so the result does not depend on row order).
  let loops = 0;
  const done = new Set<string>();
  for (const start of [...direct.keys()].sort(compare)) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let tag: string | undefined = start;
    while (tag !== undefined && !done.has(tag) && !onPath.has(tag)) {
      path.push(tag);
      onPath.add(tag);
      tag = direct.get(tag);
    }
    if (tag !== undefined && onPath.has(tag)) {
      const loop = path.slice(path.indexOf(tag));
      direct.delete(loop.reduce((a, b) => (compare(a, b) <= 0 ? a : b)));
      loops++;
    }
    for (const t of path) done.add(t);
  }

  const targetOf = new Map<string, string>();
  const finalTarget = (tag: string): string => {
    const known = targetOf.get(tag);
    if (known !== undefined) return known;
    const next = direct.get(tag);
    if (next === undefined) return tag;
    const end = finalTarget(next);
    targetOf.set(tag, end);
    return end;
  };
  let chained = 0;
  for (const [source, next] of direct) if (finalTarget(source) !== next) chained++;
  return { targetOf, chained, conflictingSources, loops, selfLinks };
}
