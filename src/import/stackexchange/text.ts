/** Post bodies and tag cells -> plain values. */
import { compile } from "html-to-text";

const HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({ selector, options: { uppercase: false } }));

// Code blocks stay as text (they carry most of a technical answer's meaning); images and link targets go.
const convert = compile({
  wordwrap: false,
  selectors: [
    { selector: "img", format: "skip" },
    { selector: "a", options: { ignoreHref: true } },
    { selector: "table", format: "dataTable" },
    ...HEADINGS,
  ],
});

/** Body HTML -> readable plain text, trimmed; runs of 3+ newlines collapse to one blank line. */
export function htmlToPlainText(html: string): string {
  if (html === "") return "";
  return convert(html)
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * Tag cell -> tag names, deduplicated, in written order.
 * Accepts "<plutus><haskell>" (older dumps) and "|plutus|haskell|" (newer dumps); tag names never contain these separators.
 */
export function parseTags(cell: string | undefined): string[] {
  if (!cell) return [];
  const seen = new Set<string>();
  for (const raw of cell.split(/[<>|\s]+/)) {
    const tag = raw.trim().toLowerCase();
    if (tag) seen.add(tag);
  }
  return [...seen];
}

/** At most `max` characters, cut at a word boundary when one is near, with an ellipsis when cut. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.8 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
