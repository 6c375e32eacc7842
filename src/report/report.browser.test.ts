/**
 * The report of the sample data in a real headless Chromium (Debian's `chromium`, driven by
 * playwright-core): the page loads with no network request, shows the known ranking of a job,
 * and a screenshot is kept in test-artifacts/ (git-ignored) for people to look at.
 * Skips with a message where /usr/bin/chromium or playwright-core is missing.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "../cli/test-harness.js";
import { readSample, sampleEngine } from "../testing/sample-data.js";

const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const ARTIFACTS = resolve(ROOT, "test-artifacts");

// A variable specifier and loose types: the type check and a checkout without playwright-core
// (a node_modules from before it was added) must not need the package; the test then skips.
const PLAYWRIGHT = "playwright-core";
let playwright: any;
let why = "";
if (!existsSync(CHROMIUM)) why = `${CHROMIUM} is not installed (apt-get install -y chromium)`;
else {
  try {
    playwright = await import(PLAYWRIGHT);
  } catch (err) {
    why = `playwright-core cannot be loaded (${err instanceof Error ? err.message : String(err)}); run npm ci`;
  }
}
if (why) console.warn(`skipping the report's browser test: ${why}`);

describe.skipIf(!playwright)("HTML report in headless Chromium", () => {
  let browser: any;
  const html = join(ARTIFACTS, "report-sample.html");

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const S = "fixtures/sample";
    const r = await runCli(["rank", "--jobs", `${S}/jobs.csv`, "--freelancers", `${S}/freelancers.csv`, "--reviews", `${S}/reviews.csv`, "--top", "5", "--format", "html", "-w", "1", "-q", "-o", html]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    browser = await playwright.chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("when the sample report is opened then it loads offline, shows the library's ranking and is screenshotted", async () => {
    const data = await readSample();
    // The same inputs as the CLI run above: no proposals (their history would add track-record signals).
    const engine = sampleEngine({ ...data, proposals: [] });
    const job = data.jobs[0];
    const expected = engine.rankFreelancers(job, { limit: 5 }).items;

    const page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
    const url = pathToFileURL(html).href;
    const requests: string[] = [];
    page.on("request", (req: { url(): string }) => void requests.push(req.url()));
    await page.goto(url, { waitUntil: "load" });
    // The page itself is the only thing loaded: no script, font, image or stylesheet from anywhere.
    expect(requests).toEqual([url]);

    const section = page.locator(`section#freelancers-${job.id}`);
    await expect(section.locator("h2").innerText()).resolves.toBe(`Job ${job.id} ${job.title}`);
    const ids = await section.locator("li.item b.id").allInnerTexts();
    expect(ids).toEqual(expected.map((i) => i.id));
    const scores = await section.locator("li.item .score").allInnerTexts();
    expect(scores).toEqual(expected.map((i) => `score ${i.score.toFixed(3)}`));
    const firstReasons = await section.locator("li.item").first().locator("ul.reasons li").allInnerTexts();
    expect(firstReasons).toEqual(expected[0].reasons);

    // The colours carry meaning: matched green, related amber, missing red (computed, as painted).
    const colour = (sel: string) => page.locator(sel).first().evaluate((el: unknown) => (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(el).backgroundColor);
    await expect(colour(".chip.matched")).resolves.toBe("rgb(227, 244, 232)");
    await expect(colour(".chip.related")).resolves.toBe("rgb(253, 240, 210)");
    await expect(colour(".chip.missing")).resolves.toBe("rgb(251, 228, 226)");
    // Bars are drawn: the first item's segments have real width on screen.
    const widths = await section.locator("li.item").first().locator(".bar .seg[data-feature]").evaluateAll((rects: Array<{ getBoundingClientRect(): { width: number } }>) => rects.map((r) => r.getBoundingClientRect().width));
    expect(widths.length).toBe(expected[0].contributions.filter((c) => c.contribution > 0).length);
    expect(widths.every((w: number) => w > 0)).toBe(true);

    const shot = join(ARTIFACTS, "report-sample.png");
    await page.screenshot({ path: shot });
    expect(readFileSync(shot).subarray(1, 4).toString()).toBe("PNG");
    await page.close();
  });
});
