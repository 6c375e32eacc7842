/**
 * One snapshot load in a fresh process, as a service restart or a new worker sees it: nothing else
 * on the heap (in the bench process the built engine is alive, and every major GC the load's
 * allocations trigger walks it). Prints {"loadMs", "firstQueryMs"} as JSON on stdout.
 *
 *   node --import tsx bench/lib/load-child.ts <snapshot> <job id>
 */
import { loadEngine } from "../../src/index.js";

const [file, job] = process.argv.slice(2);
let t = performance.now();
const engine = await loadEngine(file);
const loadMs = performance.now() - t;
t = performance.now();
engine.rankFreelancers(job, { limit: 20 });
const firstQueryMs = performance.now() - t;
process.stdout.write(`${JSON.stringify({ loadMs, firstQueryMs })}\n`);
