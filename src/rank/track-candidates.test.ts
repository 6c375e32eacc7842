import { describe, expect, it } from "vitest";
import { createEngine } from "../engine.js";
import { SMALL_TAXONOMY } from "../testing/small-taxonomy.js";

const DAY = 86_400_000;
const at = (day: number) => new Date(Date.UTC(2024, 0, 1) + day * DAY).toISOString();

/**
 * 40 React profiles that match the job's skill and text, and one Python profile with neither but
 * many recent proposals; a model that weighs recent activity and past work. With a candidate
 * budget of 8, skills and text alone cannot reach the Python profile.
 */
function market() {
  const e = createEngine({
    taxonomy: SMALL_TAXONOMY,
    candidates: 8,
    model: { freelancers: { version: 1, bias: 0, weights: { recentActivity: 0.6, pastWorkRelevance: 0.3, requiredSkills: 0.1 } } },
  });
  e.addFreelancers([
    ...Array.from({ length: 40 }, (_, i) => ({ id: `react${i}`, title: "React developer", overview: "React dashboards", skills: ["React"] })),
    { id: "busy", title: "Data engineer", overview: "pipelines", skills: ["Python"] },
  ]);
  e.addJobs([
    ...Array.from({ length: 12 }, (_, i) => ({ id: `old${i}`, title: "Dashboard in React", description: "charts and tables for a dashboard", skills: ["Python"], postedAt: at(100 + i) })),
    { id: "job", title: "React dashboard", description: "charts and tables for a React dashboard", skills: ["React"], postedAt: at(130) },
  ]);
  e.addProposals(Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, jobId: `old${i}`, freelancerId: "busy", coverLetter: "I build charts and tables for dashboards", submittedAt: at(101 + i) })));
  return e;
}

describe("stage one's track-record candidates", () => {
  it("bring a freelancer with a strong recent record but no skill or text match onto the two-stage page, as exhaustive scoring ranks them", () => {
    const e = market();
    const exhaustive = e.rankFreelancers("job", { limit: 5, exhaustive: true }).items.map((i) => i.id);
    expect(exhaustive[0]).toBe("busy");
    expect(e.rankFreelancers("job", { limit: 5 }).items.map((i) => i.id)).toEqual(exhaustive);
  });
});
