/** A small hand-written taxonomy for extraction and resolution tests (independent of the default data). */
import type { TaxonomyData, TaxonomySkill } from "../taxonomy-types.js";

const s = (id: string, name: string, category: string, aliases: string[] = [], extra: Partial<TaxonomySkill> = {}): TaxonomySkill => ({
  id, name, category, ...(aliases.length ? { aliases } : {}), ...extra,
});

export const TEST_TAXONOMY: TaxonomyData = {
  version: 1,
  name: "test",
  skills: [
    s("javascript", "JavaScript", "software/languages", ["JS", "ECMAScript"], { related: ["typescript"] }),
    s("typescript", "TypeScript", "software/languages", ["TS"]),
    s("react", "React", "software/web-frontend", ["ReactJS", "React.js"], { related: ["javascript"] }),
    s("react-native", "React Native", "software/mobile", ["RN"], { related: ["react"] }),
    s("node-js", "Node.js", "software/web-backend", ["Node"]),
    s("c", "C", "software/languages", ["ANSI C"], { ambiguous: true }),
    s("c-plus-plus", "C++", "software/languages", ["CPP"], { related: ["c"] }),
    s("c-sharp", "C#", "software/languages", ["C Sharp", "CSharp"]),
    s("dot-net", ".NET", "software/frameworks", ["dotnet", ".NET Core"]),
    s("asp-net", "ASP.NET", "software/frameworks", [], { related: ["dot-net", "c-sharp"] }),
    s("objective-c", "Objective-C", "software/languages", ["ObjC"]),
    s("go", "Go", "software/languages", ["Golang"], { ambiguous: true }),
    s("r", "R", "data/languages", ["R language", "RStudio"], { ambiguous: true }),
    s("swift", "Swift", "software/languages", [], { ambiguous: true }),
    s("rust", "Rust", "software/languages", ["Rust lang"], { ambiguous: true }),
    s("microsoft-excel", "Microsoft Excel", "office/spreadsheets", ["Excel", "MS Excel"], { ambiguous: true }),
    s("microsoft-word", "Microsoft Word", "office/documents", ["MS Word"]),
    s("python", "Python", "software/languages", ["Python3"]),
    s("docker", "Docker", "devops/containers"),
    s("kubernetes", "Kubernetes", "devops/containers", ["k8s"], { related: ["docker"] }),
    s("postgresql", "PostgreSQL", "data/databases", ["Postgres"]),
    s("ci-cd", "CI/CD", "devops/practices", ["Continuous Integration"]),
    s("machine-learning", "Machine Learning", "data/ml", ["ML"]),
    s("google-ads", "Google Ads", "marketing/ppc", ["AdWords", "Google AdWords"]),
    s("api", "API", "software/web-backend", ["REST API"]),
    s("information-technology", "IT", "it/general", ["Information Technology"]),
    s("d", "D", "software/languages", [], { ambiguous: true }),
    s("microsoft-teams", "Microsoft Teams", "office/communication", ["Teams", "MS Teams"], { ambiguous: true }),
    s("business-intelligence", "Business Intelligence", "data/analytics", ["BI"]),
    s("customer-service", "Customer Service", "business/support"),
  ],
};
