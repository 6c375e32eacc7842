/** CSV writing helpers (RFC 4180), matching what the readers accept. */

/** Quotes a cell when it holds a delimiter, quote, line break or surrounding space. */
export function csvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return "";
  const s = String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: readonly (string | number | boolean | undefined)[]): string {
  return `${cells.map(csvCell).join(",")}\n`;
}

/** A list cell: `a;b;c`, or a JSON array when an item would not survive the `;`/`,` split. */
export function listCell(items: readonly string[]): string {
  const plain = items.every((s) => !/[;,]/.test(s) && s === s.trim() && s !== "") && !(items[0] ?? "").startsWith("[");
  return plain ? items.join(";") : JSON.stringify(items);
}
