/** Test-only helpers: write small dump folders from attribute objects. */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

function escapeAttr(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\n/g, "&#xA;");
}

/** One `<row .../>` line with escaped attributes, as dumps write them. */
export function xmlRow(attrs: Record<string, string | number | undefined>): string {
  const parts = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}="${escapeAttr(String(v))}"`);
  return `  <row ${parts.join(" ")} />`;
}

/** A dump file: BOM, declaration, root element named after the file, one row per line. */
export function xmlFile(root: string, rows: readonly string[]): string {
  return `\uFEFF<?xml version="1.0" encoding="utf-8"?>\n<${root}>\n${rows.join("\n")}\n</${root}>\n`;
}

const created: string[] = [];

/** A fresh temp folder, removed by removeTempDirs. */
export async function makeTempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "bestmatch-se-"));
  created.push(dir);
  return dir;
}

/** For afterAll: removes every folder made by this module. */
export async function removeTempDirs(): Promise<void> {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** A fresh temp folder holding the given files (name -> content). */
export async function writeDumpDir(files: Record<string, string>): Promise<string> {
  const dir = await makeTempDir();
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content, "utf8");
  return dir;
}
