/**
 * The package as npm ships it (issue 14, item 6): a copy of the working tree as a fresh clone
 * has it (no dist/), `npm pack` (prepack builds), then the tarball installed into a new consumer
 * project: ESM import, CommonJS require, the `bestmatch` binary, and `tsc --strict` on a
 * consumer file using nested partial options. Dependencies come from npm's cache when there
 * (--prefer-offline); with no registry and no cache the test skips with a message.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { name: string; bin: Record<string, string>; scripts: Record<string, string> };
const work = mkdtempSync(join(tmpdir(), "bestmatch-pack-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (cmd: string, args: string[], cwd: string) => execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, npm_config_update_notifier: "false" } });

/** The files a fresh clone has: tracked and new, not ignored (so no dist/). */
function freshClone(): string {
  const clone = join(work, "clone");
  const files = run("git", ["ls-files", "-co", "--exclude-standard", "-z"], ROOT).split("\0").filter(Boolean);
  for (const f of files) {
    if (f.startsWith("dist/") || f === "node_modules") continue;
    const from = join(ROOT, f);
    try {
      mkdirSync(dirname(join(clone, f)), { recursive: true });
      cpSync(from, join(clone, f));
    } catch {
      // deleted in the working tree but still tracked: a fresh clone of this state lacks it too
    }
  }
  symlinkSync(join(ROOT, "node_modules"), join(clone, "node_modules"));
  return clone;
}

describe("the npm package", () => {
  it("has a free name, keeps the bestmatch binary and builds on pack", () => {
    expect(pkg.name).toBe("bestmatch-engine");
    expect(Object.keys(pkg.bin)).toEqual(["bestmatch"]);
    expect(pkg.scripts.prepack).toMatch(/npm run build/);
  });

  it("packs with dist/ from a fresh clone and works in a new consumer (ESM, CJS, binary, tsc --strict)", (ctx) => {
    const clone = freshClone();
    const tarball = run("npm", ["pack", "--silent", "--pack-destination", work], clone).trim().split("\n").pop() as string;
    const listing = run("tar", ["-tzf", join(work, tarball)], work);
    expect(listing).toContain("package/dist/index.js");
    expect(listing).toContain("package/dist/index.cjs");
    expect(listing).toContain("package/dist/index.d.ts");
    expect(listing).toContain("package/dist/cli.js");
    expect(listing).not.toContain("package/src/");

    const consumer = join(work, "consumer");
    mkdirSync(consumer);
    writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true }));
    try {
      run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", join(work, tarball)], consumer);
    } catch (err) {
      const message = String((err as { stderr?: string }).stderr ?? err);
      if (/ENOTCACHED|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT/.test(message)) {
        ctx.skip(`no npm registry and no cache for the dependencies: ${message.split("\n")[0]}`);
      }
      throw err;
    }
    const use = `engine.addFreelancers([{ id: "a", title: "Front-end developer", skills: ["ReactJS"] }]);
const top = engine.rankFreelancers({ id: "j", title: "React app", skills: ["React"] }, { exhaustive: true }).items[0];
console.log(top.id, top.matchedSkills[0].via);`;
    writeFileSync(join(consumer, "esm.mjs"), `import { createEngine } from "bestmatch-engine";\nconst engine = createEngine({ similarity: { learned: false } });\n${use}\n`);
    writeFileSync(join(consumer, "cjs.cjs"), `const { createEngine } = require("bestmatch-engine");\nconst engine = createEngine({ similarity: { learned: false } });\n${use}\n`);
    expect(run(process.execPath, ["esm.mjs"], consumer).trim()).toBe("a alias");
    expect(run(process.execPath, ["cjs.cjs"], consumer).trim()).toBe("a alias");
    expect(run(process.execPath, [join(consumer, "node_modules/.bin/bestmatch"), "--version"], consumer).trim()).toMatch(/^\d+\.\d+\.\d+$/);

    writeFileSync(
      join(consumer, "consumer.ts"),
      `import { createEngine, BestMatchError, type EngineOptionsInput, type RankResult } from "bestmatch-engine";
const options: EngineOptionsInput = { similarity: { learned: false }, bm25: { b: 0.5 } };
const engine = createEngine(options);
const result: RankResult = engine.rankFreelancers({ id: "j", title: "React app" });
const code: string | undefined = result.items.length ? undefined : new BestMatchError("INVALID_OPTION", "x").code;
export { code };
`,
    );
    writeFileSync(join(consumer, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: "nodenext", moduleResolution: "nodenext", target: "es2022", skipLibCheck: false, types: ["node"] }, files: ["consumer.ts"] }));
    // The declarations may name Node's types; a consumer has @types/node (ours, not fetched).
    mkdirSync(join(consumer, "node_modules/@types"), { recursive: true });
    if (!existsSync(join(consumer, "node_modules/@types/node"))) symlinkSync(join(ROOT, "node_modules/@types/node"), join(consumer, "node_modules/@types/node"), "dir");
    run(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "."], consumer);
    expect(readdirSync(consumer)).toContain("consumer.ts");
  }, 120_000);
});
