/** The HTML report: escaped, self-contained, every bar segment a contribution, and the JSONL path equal to the engine path. */
import { describe, expect, it } from "vitest";
import { createEngine } from "../engine.js";
import { formatResult } from "../io/result-format.js";
import { SMALL_TAXONOMY } from "../testing/small-taxonomy.js";
import { sectionContext } from "./from-engine.js";
import { detectTask, sectionsFromJsonl } from "./from-jsonl.js";
import { featureShares, renderReport, renderSection } from "./index.js";

const HOSTILE = `<script>alert(1)</script><img src=x onerror=alert(2)>"'\`&`;

function hostileEngine() {
  const e = createEngine({ taxonomy: SMALL_TAXONOMY });
  e.addFreelancers([
    { id: `f"><script>x</script>`, title: HOSTILE, skills: ["React", "TypeScript", HOSTILE], hourlyRate: 40 },
    { id: "plain", title: "Next.js developer", skills: ["Next.js", "GraphQL"], hourlyRate: 80 },
  ]);
  e.addJobs([{ id: `j<1>`, title: HOSTILE, description: `Next.js and TypeScript ${HOSTILE}`, skills: ["Next.js", "TypeScript", HOSTILE], budget: { type: "hourly", max: 50 } }]);
  return e;
}

function page() {
  const e = hostileEngine();
  const result = e.rankFreelancers("j<1>");
  const section = { task: "freelancers" as const, result, ...sectionContext(e, "freelancers", "j<1>") };
  // Two lists, so the contents table (ids, titles, names) is rendered and checked too.
  return { e, result, html: renderReport([section, { ...section, subject: { ...section.subject, id: `${HOSTILE}2` } }], { title: HOSTILE, source: HOSTILE }) };
}

describe("HTML report", () => {
  it("when records hold markup then every piece of it is escaped: no tag, attribute or script gets through", () => {
    const { html } = page();
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    // "onerror=" only survives as text: never inside a tag.
    expect(html).not.toMatch(/<[^>]*\sonerror=/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&quot;&#39;&#96;&amp;");
    // Every attribute value is quoted and holds no raw quote or angle bracket.
    for (const [, value] of html.matchAll(/\s[a-z-]+="([^"]*)"/g)) expect(value).not.toMatch(/[<>]/);
  });

  it("when rendered then the page fetches nothing: no script, no external URL, and a CSP that forbids loads", () => {
    const { html } = page();
    expect(html).not.toMatch(/\b(src|href)=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toMatch(/@import/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });

  it("when an item is drawn then its bar segments are exactly its positive contributions, biggest feature of the list first", () => {
    const { result, html } = page();
    const first = html.slice(0, html.indexOf("</section>", html.indexOf('<section class="list" id=')));
    const items = [...first.matchAll(/<li class="item" data-id="([^"]*)">(.*?)<\/li>(?=<li class="item"|<\/ol>)/g)];
    expect(items).toHaveLength(result.items.length);
    items.forEach(([, , body], k) => {
      const segments = [...body.matchAll(/data-feature="([^"]*)" data-contribution="([^"]*)"/g)].map(([, f, c]) => [f, Number(c)]);
      const order = featureShares(result.items).map((s) => s.feature);
      const expected = result.items[k].contributions.filter((c) => c.contribution > 0).sort((a, b) => order.indexOf(a.feature) - order.indexOf(b.feature));
      expect(segments).toEqual(expected.map((c) => [c.feature, c.contribution]));
    });
  });

  it("when skills match, relate or miss then they show green, amber with their source, and red", () => {
    const e = createEngine({ taxonomy: SMALL_TAXONOMY });
    e.addFreelancers([{ id: "r", title: "React dev", skills: ["React", "TypeScript"] }]);
    const job = { id: "j", title: "Next.js app", skills: ["Next.js", "TypeScript", "GraphQL"] };
    const result = e.rankFreelancers(job);
    const item = result.items[0];
    const html = renderSection({ task: "freelancers", result, ...sectionContext(e, "freelancers", job) });
    for (const m of item.matchedSkills) {
      if (m.via === "related") expect(html).toContain(`<span class="chip related" title="related: credit ${m.similarity.toFixed(2)} from ${m.from}">≈ ${m.skill} <small>via ${m.from}`);
      else expect(html).toContain(`<span class="chip matched" title="exact match">✓ ${m.skill}</span>`);
    }
    expect(item.matchedSkills.some((m) => m.via === "related")).toBe(true);
    for (const s of item.missingSkills) expect(html).toContain(`<span class="chip missing" title="required, not matched">✗ ${s}</span>`);
    for (const r of item.reasons) expect(html).toContain(`<li>${r}</li>`);
  });

  it("when the split chart is computed then shares sum to 1 and follow the summed contributions", () => {
    const { result } = page();
    const shares = featureShares(result.items);
    expect(shares.reduce((s, x) => s + x.share, 0)).toBeCloseTo(1, 12);
    const top = shares[0];
    const total = result.items.flatMap((i) => i.contributions).filter((c) => c.feature === top.feature && c.contribution > 0).reduce((s, c) => s + c.contribution, 0);
    expect(top.total).toBeCloseTo(total, 12);
  });

  it("when results are re-read from --format jsonl then the sections equal those rendered from the engine", () => {
    const e = hostileEngine();
    for (const task of ["freelancers", "jobs"] as const) {
      const subject = task === "jobs" ? "plain" : "j<1>";
      const result = task === "jobs" ? e.recommendJobs(subject) : e.rankFreelancers(subject);
      const jsonl = formatResult(subject, result, { format: "jsonl", task, explain: false });
      const [section] = sectionsFromJsonl(jsonl, "results.jsonl");
      expect(detectTask(JSON.parse(jsonl.split("\n")[0]))).toBe(task);
      expect(section.task).toBe(task);
      expect(section.result.items).toEqual(result.items);
    }
    expect(() => sectionsFromJsonl('{"jobId":"j"}\n{oops', "r.jsonl")).toThrow(expect.objectContaining({ code: "INVALID_INPUT", file: "r.jsonl", line: 1 }));
    expect(() => sectionsFromJsonl("\n{oops", "r.jsonl")).toThrow(expect.objectContaining({ code: "INVALID_INPUT", line: 2 }));
  });
});
