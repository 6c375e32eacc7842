/** A small taxonomy for fast engine tests, independent of the default data. */
import type { TaxonomyData } from "../skills/taxonomy-types.js";

const row = (id: string, name: string, category: string, aliases: string[] = [], related: string[] = []) => ({
  id,
  name,
  category,
  ...(aliases.length ? { aliases } : {}),
  ...(related.length ? { related } : {}),
});

export const SMALL_TAXONOMY: TaxonomyData = {
  version: 1,
  name: "small-test",
  skills: [
    row("javascript", "JavaScript", "software/languages", ["JS"], ["typescript"]),
    row("typescript", "TypeScript", "software/languages", ["TS"]),
    row("react", "React", "software/web-frontend", ["ReactJS", "React.js"], ["javascript", "next-js"]),
    row("next-js", "Next.js", "software/web-frontend", ["NextJS"], ["react"]),
    row("vue-js", "Vue.js", "software/web-frontend", ["Vue", "VueJS"], ["javascript"]),
    row("node-js", "Node.js", "software/web-backend", ["NodeJS"], ["javascript"]),
    row("graphql", "GraphQL", "software/web-backend", [], ["node-js"]),
    row("python", "Python", "software/languages", ["Python3"], ["django"]),
    row("django", "Django", "software/web-backend", [], ["python"]),
    row("postgresql", "PostgreSQL", "data/databases", ["Postgres"]),
    row("docker", "Docker", "it/devops", [], ["kubernetes"]),
    row("kubernetes", "Kubernetes", "it/devops", ["k8s"]),
    row("figma", "Figma", "design/ui", [], ["ui-design"]),
    row("ui-design", "UI Design", "design/ui", ["UI"]),
    row("seo", "Search Engine Optimization", "marketing/seo", ["SEO"], ["google-ads"]),
    row("google-ads", "Google Ads", "marketing/ppc", ["AdWords"]),
    row("copywriting", "Copywriting", "writing/copy", [], ["seo"]),
    row("microsoft-excel", "Microsoft Excel", "admin/office", ["MS Excel"]),
  ],
};

export const SMALL_SKILL_NAMES = SMALL_TAXONOMY.skills.map((s) => s.name);
