/**
 * The page around the sections: one self-contained HTML file (inline CSS, inline SVG, no script,
 * no external fetches), so it opens offline and can be mailed or attached to a ticket as is.
 * Written as start + sections + end, so the CLI can stream it like its other formats.
 */
import { anchor, esc as escape } from "./escape.js";
import { renderSection } from "./section.js";
import type { ReportMeta, ReportSection } from "./types.js";

const CSS = `
:root{--ink:#1d2330;--muted:#5b6473;--line:#e3e6eb;--bg:#f6f7f9;--green:#1e7b3a;--green-bg:#e3f4e8;--amber:#8a5a00;--amber-bg:#fdf0d2;--red:#b3261e;--red-bg:#fbe4e2}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--ink);background:var(--bg)}
header.page{padding:18px 28px;background:#fff;border-bottom:1px solid var(--line)}
header.page h1{margin:0;font-size:22px}
header.page p{margin:4px 0 0;color:var(--muted)}
.key{display:flex;flex-wrap:wrap;gap:8px;margin-top:10px;align-items:center;color:var(--muted)}
main{padding:8px 28px 40px;max-width:1200px}
section.list{background:#fff;border:1px solid var(--line);border-radius:10px;margin:18px 0;padding:16px 20px}
section.list h2{margin:0 0 6px;font-size:18px}
h2 .kind{display:inline-block;font-size:12px;font-weight:600;letter-spacing:.02em;color:#fff;background:#3a4660;border-radius:4px;padding:2px 7px;margin-right:6px;vertical-align:2px}
.needs,.count{margin:4px 0;color:var(--muted)}
figure.split{margin:12px 0 6px;padding:10px 12px;background:var(--bg);border-radius:8px}
figure.split figcaption{font-weight:600;margin-bottom:6px}
figure.split svg{width:100%;height:22px;display:block;border-radius:4px}
ul.legend{list-style:none;margin:8px 0 0;padding:0;display:flex;flex-wrap:wrap;gap:4px 16px;color:var(--muted)}
ul.legend i{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:5px;vertical-align:-1px}
ul.legend b{color:var(--ink)}
ol.ranked{list-style:none;margin:8px 0 0;padding:0}
li.item{border-top:1px solid var(--line);padding:10px 0 8px}
.line{display:flex;align-items:baseline;gap:10px}
.rank{flex:0 0 30px;height:30px;line-height:30px;text-align:center;border-radius:50%;background:#3a4660;color:#fff;font-weight:700}
.who{flex:1;font-size:15px}
.name{color:var(--muted)}
.from{color:var(--muted);font-size:13px}
.score{font:700 18px/1 ui-monospace,SFMono-Regular,Menlo,"DejaVu Sans Mono",monospace}
.score small{font:400 12px system-ui,sans-serif;color:var(--muted)}
.barline{display:flex;align-items:center;gap:8px;margin:6px 0 6px 40px}
.bar{flex:1;display:flex;height:18px;background:#eef0f3;border-radius:3px;overflow:hidden}
.seg{display:block;height:18px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;font-size:11px;line-height:18px;padding:0 4px;border-right:1px solid #fff}
.neg{color:var(--red);font-size:12px;white-space:nowrap}
.detail{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:4px 24px;margin-left:40px}
.chips{display:flex;flex-wrap:wrap;gap:4px}
.chip{display:inline-block;border-radius:12px;padding:1px 9px;font-size:13px;border:1px solid transparent;white-space:nowrap}
.chip small{opacity:.8}
.chip.matched{background:var(--green-bg);color:var(--green);border-color:#b7e0c3}
.chip.related{background:var(--amber-bg);color:var(--amber);border-color:#f1d28c}
.chip.missing{background:var(--red-bg);color:var(--red);border-color:#f3b9b4}
.chip.plain{background:#eef0f3;color:var(--ink);margin-right:4px}
.badges{margin-bottom:4px}
.badge{display:inline-block;font-size:12px;font-weight:600;border-radius:4px;padding:1px 7px;margin:0 4px 2px 0;background:#e6ecf8;color:#1f4f9f}
.badge.warn{background:var(--red-bg);color:var(--red)}
ul.reasons{margin:0;padding-left:18px;color:var(--ink);font-size:13px;line-height:1.35}
ul.reasons li{margin:0}
.empty{color:var(--muted)}
.toc table{border-collapse:collapse;width:100%}
.toc th,.toc td{text-align:left;padding:3px 10px 3px 0;border-bottom:1px solid var(--line)}
.toc th{color:var(--muted);font-weight:600}
.toc .num{text-align:right;font-variant-numeric:tabular-nums}
.toc a{color:#1f4f9f;font-weight:600;text-decoration:none}
.moved{font-size:12px;color:var(--amber);background:var(--amber-bg);border-radius:4px;padding:1px 6px;margin-left:6px}
table.audit{border-collapse:collapse;margin-top:8px}
table.audit th,table.audit td{border-bottom:1px solid var(--line);padding:4px 12px;text-align:left}
@media (max-width:800px){.detail{grid-template-columns:1fr}}
`;

export function pageStart(meta: ReportMeta = {}): string {
  const title = meta.title ?? "Best Match report";
  const key = `<div class="key">Skills: <span class="chip matched">✓ matched</span><span class="chip related">≈ related <small>via the skill it came from, similarity</small></span><span class="chip missing">✗ missing</span></div><p class="key">Bars: the score, one coloured segment per feature's contribution, biggest on the list first (full width = 1.0; hover a segment for value × weight)</p>`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escape(title)}</title><style>${CSS}</style></head>
<body><header class="page"><h1>${escape(title)}</h1>${meta.source ? `<p>${escape(meta.source)}</p>` : ""}${key}</header><main>
`;
}

export function pageEnd(): string {
  return `</main></body></html>\n`;
}

/** A contents table when the whole page is rendered at once: each list, its best item and score, linked. */
function contents(sections: readonly ReportSection[]): string {
  if (sections.length < 2) return "";
  const rows = sections.map((s) => {
    const top = s.result.items[0];
    const who = top ? `${escape(top.id)}${s.label?.(top.id) ? ` <span class="name">${escape(s.label(top.id))}</span>` : ""}` : "—";
    return `<tr><td><a href="#${escape(anchor(s.task, s.subject.id))}">${escape(s.subject.id)}</a></td><td>${escape(s.subject.title ?? "")}</td><td>${who}</td><td class="num">${top ? top.score.toFixed(3) : ""}</td><td class="num">${s.result.items.length}</td></tr>`;
  });
  return `<section class="list toc"><h2>Contents</h2><table><thead><tr><th>list</th><th>title</th><th>best match</th><th class="num">score</th><th class="num">shown</th></tr></thead><tbody>${rows.join("")}</tbody></table></section>\n`;
}

export function renderReport(sections: readonly ReportSection[], meta: ReportMeta = {}): string {
  return pageStart(meta) + contents(sections) + sections.map(renderSection).join("") + pageEnd();
}
