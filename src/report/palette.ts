/**
 * One colour per feature, the same on every page and in every task, grouped by what the
 * feature measures: skills in blues and teals, text in cyan, reputation in purples, fit in
 * oranges and browns, proposal signals in pinks, job signals in greens. Unknown features
 * (a newer model) get a grey from a hash, so they still show.
 */
const COLORS: Record<string, string> = {
  requiredSkills: "#1f5fbf",
  niceToHaveSkills: "#6b9be0",
  skillFocus: "#2a8c8c",
  skillDepth: "#5fb8b0",
  skillAlignment: "#3f7fd0",
  textRelevance: "#1aa3c9",
  rating: "#6a3fb5",
  reviewVolume: "#9b7fd6",
  recency: "#b5488f",
  jobSuccess: "#7a5c9e",
  rateFit: "#d9822b",
  levelFit: "#b5651d",
  availability: "#e0b040",
  coverLetterCoverage: "#c2407a",
  personalization: "#e07aa8",
  bidFit: "#a0522d",
  responseTime: "#d6a0c0",
  screeningAnswers: "#8c3a5e",
  clientQuality: "#2e8b57",
  freshness: "#6cbf6c",
  competition: "#98a83a",
  bias: "#9e9e9e",
};

const GREYS = ["#7d8590", "#a3a9b1", "#5c636c", "#b9bec4"];

export function featureColor(feature: string): string {
  const known = COLORS[feature];
  if (known) return known;
  let h = 0;
  for (const c of feature) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return GREYS[h % GREYS.length];
}

/** "requiredSkills" -> "Required skills". */
export function featureLabel(feature: string): string {
  const words = feature.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Dark or white text, whichever reads better on `background` (a #rrggbb colour). */
export function textOn(background: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.35 ? "#1d2330" : "#ffffff";
}
