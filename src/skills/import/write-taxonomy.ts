/**
 * Writes an imported taxonomy as JSON, one skill a line (diffable between two imports), through a temp
 * file renamed into place so that a failed or interrupted run never leaves a half-written file.
 */
import { randomBytes } from "node:crypto";
import { rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { BestMatchError } from "../../errors.js";
import type { TaxonomyData } from "../taxonomy-types.js";

export function taxonomyJson(data: TaxonomyData): string {
  const skills = data.skills.map((skill) => `    ${JSON.stringify(skill)}`).join(",\n");
  return `{\n  "version": ${JSON.stringify(data.version)},\n  "name": ${JSON.stringify(data.name)},\n  "skills": [\n${skills}\n  ]\n}\n`;
}

export async function writeTaxonomyFile(path: string, data: TaxonomyData): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temp, taxonomyJson(data), "utf8");
    await rename(temp, path);
  } catch (cause) {
    await unlink(temp).catch(() => undefined);
    throw new BestMatchError("OUTPUT_IO", "cannot write the taxonomy file", { file: path, cause });
  }
}
