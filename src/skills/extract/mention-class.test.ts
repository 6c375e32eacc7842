import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { Taxonomy } from "../taxonomy.js";
import { buildDefaultTaxonomy } from "../default-taxonomy/index.js";
import { createSkillExtractor } from "./extractor.js";
import { classifyMentions } from "./mention-class.js";
import { skillTokens } from "./tokens.js";

const extract = createSkillExtractor(new Taxonomy(buildDefaultTaxonomy()));
const classes = (text: string): string[] => extract(text).map((m) => `${m.skill}:${m.mentionClass}`);

describe("negation scopes over its clause, lists included", () => {
  test.each([
    ["Not WordPress, please: no page builders like Elementor", ["WordPress:negated", "Website Builders:negated", "Elementor:negated"]],
    ["No PHP please. Not looking for WordPress.", ["PHP:negated", "WordPress:negated"]],
    ["no page builders like Elementor or Divi", ["Website Builders:negated", "Elementor:negated", "Divi:negated"]],
    ["No page builders like Elementor, Divi or WPBakery.", ["Website Builders:negated", "Elementor:negated", "Divi:negated", "WPBakery:negated"]],
    ["We want React, not Angular", ["React:required", "Angular:negated"]],
    ["Please avoid jQuery; modern React only", ["jQuery:negated", "React:required"]],
    ["Built without WordPress, using Next.js", ["WordPress:negated", "Next.js:required"]],
    ["We don't use PHP. Python and Django required.", ["PHP:negated", "Python:required", "Django:required"]],
    ["We do not want Wix or Squarespace", ["Wix:negated", "Squarespace:negated"]],
    ["Neither Wix nor Squarespace", ["Wix:negated", "Squarespace:negated"]],
    ["Not WordPress but Webflow", ["WordPress:negated", "Webflow:required"]],
    ["No WordPress - Laravel only", ["WordPress:negated", "Laravel:required"]],
    ["Experience with Terraform is not required", ["Terraform:negated"]],
    ["jQuery not needed.", ["jQuery:negated"]],
    ["React rather than Angular", ["React:required", "Angular:negated"]],
    ["I am not a WordPress developer", ["WordPress:negated"]],
    ["I have never used PHP", ["PHP:negated"]],
  ])("%s", (text, expected) => expect(classes(text)).toEqual(expected));
});

describe("negation that states a requirement or is no negation", () => {
  test.each([
    ["No agencies, Python and Django only", ["Python:required", "Django:required"]],
    ["If you don't know React, don't apply", ["React:required"]],
    ["Don't apply without Docker experience", ["Docker:required"]],
    ["Not only React but also Vue", ["React:required", "Vue.js:required"]],
    ["Upgrade to React 18 without breaking the Redux store", ["React:required", "Redux:required"]],
    ["No less than 5 years of Java", ["Java:required"]],
    ["Build a no-code app in Bubble", ["No-Code Development:required", "Bubble.io:required"]],
    ["Not WordPress, please. We use React.", ["WordPress:negated", "React:required"]],
  ])("%s", (text, expected) => expect(classes(text)).toEqual(expected));
});

describe("nice to have, before or after, inline or as a heading", () => {
  test.each([
    ["Docker is a plus", ["Docker:niceToHave"]],
    ["Docker experience would be a big plus.", ["Docker:niceToHave"]],
    ["Nice to have: Docker, Kubernetes", ["Docker:niceToHave", "Kubernetes:niceToHave"]],
    ["Kubernetes is nice to have", ["Kubernetes:niceToHave"]],
    ["Bonus points for AWS or GCP", ["Amazon Web Services:niceToHave", "Google Cloud Platform:niceToHave"]],
    ["React preferred, Node.js required", ["React:niceToHave", "Node.js:required"]],
    ["Node.js required, React preferred", ["Node.js:required", "React:niceToHave"]],
    ["Experience with Docker, Kubernetes or Terraform is a plus", ["Docker:niceToHave", "Kubernetes:niceToHave", "Terraform:niceToHave"]],
    ["We use Python, Docker is a plus", ["Python:required", "Docker:niceToHave"]],
    ["Preferably PostgreSQL", ["PostgreSQL:niceToHave"]],
    ["Figma (optional)", ["Figma:niceToHave"]],
    ["GraphQL knowledge is an advantage", ["GraphQL:niceToHave"]],
    ["Docker not required but a plus", ["Docker:niceToHave"]],
    ["Nice to have:\n- Docker\n- Kubernetes\n\nRequirements:\n- Golang", ["Docker:niceToHave", "Kubernetes:niceToHave", "Go:required"]],
    ["Bonus:\n- Redis\n- Kafka\nMust have:\n- Java", ["Redis:niceToHave", "Apache Kafka:niceToHave", "Java:required"]],
  ])("%s", (text, expected) => expect(classes(text)).toEqual(expected));
});

describe("aspirational: learning, not knowing", () => {
  test.each([
    ["Eager to learn React", ["React:aspirational"]],
    ["Junior dev, currently learning Rust and Go", ["Rust:aspirational", "Go:aspirational"]],
    ["I want to learn more about Kubernetes", ["Kubernetes:aspirational"]],
    ["Python developer, keen to learn Django", ["Python:required", "Django:aspirational"]],
    ["You will learn Terraform on the job", ["Terraform:aspirational"]],
    ["TypeScript (learning)", ["TypeScript:aspirational"]],
    ["Machine learning engineer with PyTorch", ["Machine Learning:required", "PyTorch:required"]],
    ["React has a steep learning curve", ["React:required"]],
  ])("%s", (text, expected) => expect(classes(text)).toEqual(expected));
});

describe("classifyMentions", () => {
  test("text without cues: every mention is required", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("React", "and", "Docker", ",", "Python", "we", "use", ".", "\n"), { maxLength: 20 }), (words) => {
        const text = words.join(" ");
        expect(extract(text).every((m) => m.mentionClass === "required")).toBe(true);
      }),
    );
  });

  test("one class per mention, whatever the text", () => {
    const word = fc.constantFrom("no", "not", "a plus", "nice to have:", "learning", "React", "Docker", ",", ".", "but", "\n", "preferred", "if");
    fc.assert(
      fc.property(fc.array(word, { maxLength: 25 }), (words) => {
        const text = words.join(" ");
        const tokens = skillTokens(text);
        const spans = extract(text).map((m) => {
          const first = tokens.findIndex((t) => t.start === m.start);
          const last = tokens.findIndex((t) => t.end === m.end);
          return { first, last };
        });
        const out = classifyMentions(text, tokens, spans);
        expect(out).toHaveLength(spans.length);
        for (const c of out) expect(["required", "niceToHave", "negated", "aspirational"]).toContain(c);
      }),
    );
  });
});
