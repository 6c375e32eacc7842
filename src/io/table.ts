/** A plain aligned text table for terminals: no colours, long cells cut with an ellipsis. */

export interface TableStyle {
  /** Column indexes aligned to the right (numbers). */
  rightAligned?: number[];
  /** Maximum width per column index; longer cells are cut. */
  maxWidth?: number[];
}

export function truncate(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, Math.max(0, width - 1)).join("")}…`;
}

export function renderTable(head: readonly string[], rows: readonly (readonly string[])[], style: TableStyle = {}): string {
  const clean = (s: string, i: number) => truncate(s.replace(/\s+/g, " "), style.maxWidth?.[i] ?? Infinity);
  const cells = [head, ...rows].map((r) => r.map(clean));
  const widths = head.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? "")].length)));
  const line = (r: readonly string[]) =>
    r
      .map((c, i) => {
        const pad = " ".repeat(widths[i] - [...c].length);
        return style.rightAligned?.includes(i) ? pad + c : i === r.length - 1 ? c : c + pad;
      })
      .join("  ")
      .trimEnd();
  return `${cells.map(line).join("\n")}\n`;
}
