/**
 * Summarizes a V8 .cpuprofile: the top functions by self time, and inclusive ("total") time of
 * every function (each sample credits every distinct function on its stack once), so a phase
 * like skill extraction can be read off as one number.
 *
 *   npx tsx bench/lib/cpuprofile.ts file.cpuprofile [top=30]
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface FunctionTime {
  name: string;
  selfMs: number;
  totalMs: number;
}

const label = (n: ProfileNode): string => {
  const file = n.callFrame.url.replace(/^.*\/(src|bench|node_modules)\//, "$1/");
  return `${n.callFrame.functionName || "(anonymous)"} ${file}:${n.callFrame.lineNumber + 1}`;
};

export function summarize(profile: CpuProfile): { totalMs: number; functions: FunctionTime[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let totalMs = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    totalMs += ms;
    const leaf = byId.get(id) as ProfileNode;
    self.set(label(leaf), (self.get(label(leaf)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const l = label(byId.get(at) as ProfileNode);
      if (seen.has(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + ms);
    }
  });
  const functions = [...total].map(([name, t]) => ({ name, selfMs: self.get(name) ?? 0, totalMs: t }));
  return { totalMs, functions };
}

if (process.argv[1]?.endsWith("cpuprofile.ts")) {
  const [file, topArg] = process.argv.slice(2);
  const { totalMs, functions } = summarize(JSON.parse(readFileSync(file, "utf8")) as CpuProfile);
  const top = Number(topArg ?? 30);
  const pct = (ms: number): string => `${((100 * ms) / totalMs).toFixed(1).padStart(5)}%`;
  console.log(`total ${totalMs.toFixed(0)} ms\n\nby self time:`);
  for (const f of [...functions].sort((a, b) => b.selfMs - a.selfMs).slice(0, top)) console.log(`${pct(f.selfMs)} ${f.selfMs.toFixed(0).padStart(7)} ms  ${f.name}`);
  console.log(`\nby total time (inclusive):`);
  for (const f of [...functions].sort((a, b) => b.totalMs - a.totalMs).slice(0, top * 2)) console.log(`${pct(f.totalMs)} ${f.totalMs.toFixed(0).padStart(7)} ms  ${f.name}`);
}
