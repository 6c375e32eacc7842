/** Track records count only what was known when the job was posted, and never the job's own proposals. */
import { describe, expect, it } from "vitest";
import { createEngine } from "../index.js";

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);

function market() {
  const engine = createEngine({ model: { freelancers: { version: 1, bias: 0, weights: { activity: 1, recentActivity: 0.001, hireRate: 0.000001 } } } });
  engine.addFreelancers([
    { id: "busy", title: "React developer" },
    { id: "old", title: "React developer" },
    { id: "new", title: "React developer" },
  ]);
  const jobs = Array.from({ length: 6 }, (_, i) => ({ id: `j${i}`, title: "React app", skills: ["React"], postedAt: T0 + i * 100 * DAY }));
  engine.addJobs([...jobs, { id: "target", title: "React dashboard", skills: ["React"], postedAt: T0 + 350 * DAY }]);
  engine.addProposals([
    // busy: four proposals before the target, one hired; one after it (not known then); one to the target itself.
    ...[0, 1, 2, 3].map((i) => ({ id: `b${i}`, jobId: `j${i}`, freelancerId: "busy", submittedAt: T0 + i * 100 * DAY + DAY })),
    { id: "b-late", jobId: "j4", freelancerId: "busy", submittedAt: T0 + 400 * DAY + DAY },
    { id: "b-own", jobId: "target", freelancerId: "busy", submittedAt: T0 + 350 * DAY + DAY },
    // old: two proposals long before the target (outside the 90-day window).
    ...[0, 1].map((i) => ({ id: `o${i}`, jobId: `j${i}`, freelancerId: "old", submittedAt: T0 + i * 100 * DAY + 2 * DAY })),
  ]);
  engine.addReviews([{ id: "r1", freelancerId: "busy", jobId: "j2", rating: 5 }]);
  return engine;
}

const facts = (item: { contributions: Array<{ feature: string; value: number }> }, feature: string) => item.contributions.find((c) => c.feature === feature)!.value;

describe("track record as of the job", () => {
  it("counts proposals before the job's posting, not later ones and not the job's own", () => {
    const { items } = market().rankFreelancers("target", { exhaustive: true });
    expect(items.map((i) => i.id)).toEqual(["busy", "old", "new"]);
    const busy = items[0];
    // activity = ln(1 + 4) / ln(1 + 4): busy is the query's most active; old has 2, new 0.
    expect(facts(busy, "activity")).toBe(1);
    expect(facts(items[1], "activity")).toBeCloseTo(Math.log(3) / Math.log(5), 12);
    expect(facts(items[2], "activity")).toBe(0);
    // Recent (the 90 days before day 350): only busy's proposal to j3 (day 301); old's are older.
    expect(facts(items[1], "recentActivity")).toBe(0);
    // One hire in four: (1 + 4 x 0.2) / (4 + 4).
    expect(facts(busy, "hireRate")).toBeCloseTo(1.8 / 8, 12);
  });
});
