/** A quick synthetic CSV pair for tests that need a run long enough to interrupt. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";

const SKILLS = ["React", "TypeScript", "JavaScript", "Node.js", "Python", "Machine Learning", "pandas", "AWS", "Docker", "Kubernetes", "SEO", "Copywriting", "CSS", "Vue.js", "Swift"];

export function writeSyntheticInputs(dir: string, freelancers: number, jobs: number): { freelancers: string; jobs: string } {
  const pick = (i: number, k: number) => Array.from({ length: k }, (_, j) => SKILLS[(i * 7 + j * 3) % SKILLS.length]);
  const f = ["id,title,skills,hourly_rate,rating,review_count"];
  for (let i = 0; i < freelancers; i++) f.push(`f${i},${pick(i, 1)[0]} developer ${i % 13},${[...new Set(pick(i, 4))].join(";")},${20 + (i % 80)},${(3 + (i % 21) / 10).toFixed(1)},${i % 50}`);
  const j = ["id,title,description,skills,budget_type,budget_min,budget_max"];
  for (let i = 0; i < jobs; i++) j.push(`j${i},Need ${pick(i + 1, 1)[0]} help,"Project ${i} needs ${pick(i + 2, 2).join(" and ")}",${[...new Set(pick(i + 1, 2))].join(";")},hourly,${10 + (i % 30)},${60 + (i % 50)}`);
  const paths = { freelancers: join(dir, "freelancers.csv"), jobs: join(dir, "jobs.csv") };
  writeFileSync(paths.freelancers, `${f.join("\n")}\n`);
  writeFileSync(paths.jobs, `${j.join("\n")}\n`);
  return paths;
}
