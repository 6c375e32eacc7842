/**
 * One list of the report: heading, how the scores split across features, then each ranked item
 * with its score bar (one segment per positive contribution), skills and reasons. Pure: the same
 * section always gives the same bytes, whichever thread rendered it.
 */
import type { Contribution, RankedItem } from "../rank/results.js";
import { anchor, esc } from "./escape.js";
import { featureColor, featureLabel, textOn } from "./palette.js";
import type { ReportSection } from "./types.js";
import { ruleLabel } from "./audit.js";

const NOUN = { freelancers: ["Job", "freelancers"], proposals: ["Job", "proposals"], jobs: ["Freelancer", "jobs"] } as const;
const fmt = (x: number, digits = 3) => x.toFixed(digits);

/** Segments narrower than this share of the bar carry no text label (the tooltip still names them). */
const LABEL_MIN_PERCENT = 7;

/**
 * Score bar: the full track stands for `scale` score. Segments are exactly the positive
 * contributions, in the order of the list's split chart (biggest feature first), so every bar
 * reads left to right like the legend above it; wide segments are labelled in place.
 */
function scoreBar(item: RankedItem, scale: number, order: ReadonlyMap<string, number>): string {
  const rank = (f: string) => order.get(f) ?? order.size;
  const segments = item.contributions
    .filter((c) => c.contribution > 0)
    .sort((a, b) => rank(a.feature) - rank(b.feature))
    .map((c) => {
      const percent = (c.contribution / scale) * 100;
      const color = featureColor(c.feature);
      const text = percent >= LABEL_MIN_PERCENT ? esc(featureLabel(c.feature)) : "";
      return `<span class="seg" style="width:${fmt(percent, 3)}%;background:${color};color:${textOn(color)}" data-feature="${esc(c.feature)}" data-contribution="${c.contribution}" title="${esc(segmentTitle(c))}">${text}</span>`;
    })
    .join("");
  const negative = item.contributions.filter((c) => c.contribution < 0);
  const minus = negative.length ? `<span class="neg" title="${esc(negative.map(segmentTitle).join("; "))}">− ${fmt(-negative.reduce((s, c) => s + c.contribution, 0))}</span>` : "";
  return `<div class="barline"><div class="bar" role="img" aria-label="score ${fmt(item.score)} split by feature">${segments}</div>${minus}</div>`;
}

function segmentTitle(c: Contribution): string {
  const how = c.weight === null ? `value ${fmt(c.value, 2)}, tree model` : `value ${fmt(c.value, 2)} × weight ${fmt(c.weight)}`;
  return `${featureLabel(c.feature)}: ${fmt(c.contribution)} (${how})${c.defaulted ? ", input missing: default value" : ""}`;
}

function skillChips(item: RankedItem): string {
  const chips = item.matchedSkills.map((m) =>
    m.via === "related"
      ? `<span class="chip related" title="related: credit ${fmt(m.similarity, 2)} from ${esc(m.from ?? "")}">≈ ${esc(m.skill)} <small>via ${esc(m.from ?? "?")} ${fmt(m.similarity, 2)}</small></span>`
      : `<span class="chip matched" title="${m.via === "alias" ? "matched by an alias" : "exact match"}">✓ ${esc(m.skill)}</span>`,
  );
  for (const s of item.missingSkills) chips.push(`<span class="chip missing" title="required, not matched">✗ ${esc(s)}</span>`);
  return chips.length ? `<div class="chips">${chips.join("")}</div>` : "";
}

function itemHtml(item: RankedItem, section: ReportSection, scale: number, order: ReadonlyMap<string, number>): string {
  const name = section.label?.(item.id);
  const who = section.task === "proposals" && item.freelancerId !== undefined ? `<span class="from">from ${esc(item.freelancerId)}</span>` : "";
  const moved = section.audit?.items.find((a) => a.id === item.id && a.movedBy.length);
  const movedNote = moved ? ` <span class="moved" title="rank before re-ranking: ${moved.before}">was #${moved.before} · moved by ${esc(moved.movedBy.map(ruleLabel).join(", "))}</span>` : "";
  const badges = item.badges.map((b) => `<span class="badge${/above|Boilerplate/.test(b) ? " warn" : ""}">${esc(b)}</span>`).join("");
  const reasons = item.reasons.length ? `<ul class="reasons">${item.reasons.map((r) => `<li>${esc(r)}</li>`).join("")}</ul>` : "";
  return `<li class="item" data-id="${esc(item.id)}"><div class="line"><span class="rank">${item.rank}</span><span class="who"><b class="id">${esc(item.id)}</b>${name ? ` <span class="name">${esc(name)}</span>` : ""} ${who}${movedNote}</span><span class="score"><small>score</small> ${fmt(item.score)}</span></div>${scoreBar(item, scale, order)}<div class="detail"><div>${badges ? `<div class="badges">${badges}</div>` : ""}${skillChips(item)}</div>${reasons}</div></li>`;
}

/** Share of the shown items' summed positive contributions per feature: the "how scores split" chart. */
export function featureShares(items: readonly RankedItem[]): Array<{ feature: string; total: number; share: number }> {
  const totals = new Map<string, number>();
  for (const item of items) for (const c of item.contributions) if (c.contribution > 0) totals.set(c.feature, (totals.get(c.feature) ?? 0) + c.contribution);
  const sum = [...totals.values()].reduce((a, b) => a + b, 0);
  return [...totals].map(([feature, total]) => ({ feature, total, share: sum > 0 ? total / sum : 0 })).sort((a, b) => b.share - a.share || (a.feature < b.feature ? -1 : 1));
}

function splitChart(items: readonly RankedItem[]): string {
  const shares = featureShares(items);
  if (!shares.length) return "";
  let x = 0;
  const rects = shares
    .map((s) => {
      const w = s.share * 1000;
      const r = `<rect x="${fmt(x, 2)}" width="${fmt(w, 2)}" height="22" fill="${featureColor(s.feature)}"><title>${esc(`${featureLabel(s.feature)}: ${(s.share * 100).toFixed(1)}% of the score shown`)}</title></rect>`;
      x += w;
      return r;
    })
    .join("");
  const legend = shares.map((s) => `<li><i style="background:${featureColor(s.feature)}"></i>${esc(featureLabel(s.feature))} <b>${(s.share * 100).toFixed(0)}%</b></li>`).join("");
  return `<figure class="split"><figcaption>Where the scores come from (share of all points on this list)</figcaption><svg viewBox="0 0 1000 22" preserveAspectRatio="none" role="img" aria-label="score split by feature">${rects}</svg><ul class="legend">${legend}</ul></figure>`;
}

export function renderSection(section: ReportSection): string {
  const { subject, result, task } = section;
  const [kind, ranked] = NOUN[task];
  const scale = Math.max(1, ...result.items.map((i) => i.score));
  const needs = subject.skills?.length ? `<p class="needs">${task === "jobs" ? "Skills" : "Needs"}: ${subject.skills.map((s) => `<span class="chip plain">${esc(s)}</span>`).join("")}</p>` : "";
  const count = `<p class="count">${section.totalUnknown ? `${result.items.length} ${ranked} shown` : `${result.items.length} of ${result.total} ${ranked} shown`}</p>`;
  const order = new Map(featureShares(result.items).map((s, k) => [s.feature, k]));
  const list = result.items.length ? `<ol class="ranked">${result.items.map((i) => itemHtml(i, section, scale, order)).join("")}</ol>` : `<p class="empty">No ${ranked} to show.</p>`;
  return `<section class="list" id="${esc(anchor(task, subject.id))}"><h2><span class="kind">${kind} ${esc(subject.id)}</span>${subject.title ? ` ${esc(subject.title)}` : ""}</h2>${needs}${count}${splitChart(result.items)}${list}</section>\n`;
}
