import { expect, test } from "vitest";
import { buildDefaultTaxonomy } from "../default-taxonomy/index.js";
import { Taxonomy } from "../taxonomy.js";
import { createSkillExtractor } from "./extractor.js";

const extract = createSkillExtractor(new Taxonomy(buildDefaultTaxonomy()));

// Marketplace-style texts through the shipped taxonomy: what a job or profile yields.
test.each([
  [
    "Senior Go developer: Kubernetes, PostgreSQL and React.js; CI/CD with GitHub Actions.",
    ["Go=Go", "Kubernetes=Kubernetes", "PostgreSQL=PostgreSQL", "React=React.js", "CI/CD=CI/CD", "GitHub Actions=GitHub Actions"],
  ],
  [
    "Looking for a WordPress expert to fix our Shopify store and run Google Ads campaigns.",
    ["WordPress=WordPress", "Shopify=Shopify", "Google Ads=Google Ads"],
  ],
  [
    "Bookkeeping in QuickBooks, advanced Excel (pivot tables), and payroll.",
    ["Bookkeeping=Bookkeeping", "QuickBooks=QuickBooks", "Microsoft Excel=Excel", "Pivot Tables=pivot tables", "Payroll=payroll"],
  ],
  // everyday "go", "excel" and "R&D" are not skills
  ["Let's go! We need someone who can excel at customer service and R&D.", ["Customer Service=customer service"]],
  [
    "iOS app in Swift and Objective-C; Android in Kotlin; backend in C# / .NET Core and ASP.NET.",
    ["iOS Development=iOS", "Swift=Swift", "Objective-C=Objective-C", "Android=Android", "Kotlin=Kotlin",
      "Back-End Development=backend", "C#=C#", ".NET=.NET Core", "ASP.NET=ASP.NET"],
  ],
])("%j", (text, expected) => {
  expect(extract(text).map((m) => `${m.skill}=${m.alias}`)).toEqual(expected);
});
