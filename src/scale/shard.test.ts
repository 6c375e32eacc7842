/** --shard I/N: every subject in exactly one shard, and the shards' outputs together are one unsharded run. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { runCli } from "../cli/test-harness.js";
import { inShard, parseShard, shardHash, shardOf } from "./shard.js";

describe("shard partition", () => {
  it("property: each id falls in exactly one of N shards, the one shardOf names", () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 64 }), (id, n) => {
        const owners = Array.from({ length: n }, (_, i) => i + 1).filter((index) => inShard(id, { index, count: n }));
        expect(owners).toEqual([shardOf(id, n)]);
      }),
    );
  });

  it("when hashed then ids follow FNV-1a 32 (documented, so other tools can reproduce the split)", () => {
    // Reference values of FNV-1a 32: "" -> 0x811c9dc5, "a" -> 0xe40c292c, "foobar" -> 0xbf9cf968.
    expect([shardHash(""), shardHash("a"), shardHash("foobar")]).toEqual([0x811c9dc5, 0xe40c292c, 0xbf9cf968]);
    // Spread: 10,000 ids over 8 shards, none far from 1,250.
    const counts = new Array(8).fill(0);
    for (let i = 0; i < 10_000; i++) counts[shardOf(`f${i}`, 8) - 1]++;
    for (const c of counts) expect(Math.abs(c - 1250)).toBeLessThan(150);
  });

  it("when --shard is not I/N with 1 <= I <= N then it is refused", () => {
    expect(parseShard("2/8")).toEqual({ index: 2, count: 8 });
    for (const bad of ["0/4", "5/4", "1/0", "a/b", "1", "1/20000"]) expect(() => parseShard(bad)).toThrow(/--shard must be I\/N/);
  });
});

const S = "fixtures/sample";
const COMMANDS = {
  rank: ["rank", "--jobs", `${S}/jobs.csv`, "--freelancers", `${S}/freelancers.csv`, "--reviews", `${S}/reviews.csv`],
  proposals: ["proposals", "--jobs", `${S}/jobs.csv`, "--freelancers", `${S}/freelancers.csv`, "--proposals", `${S}/proposals.csv`],
  recommend: ["recommend", "--jobs", `${S}/jobs.csv`, "--freelancers", `${S}/freelancers.csv`, "--proposals", `${S}/proposals.csv`],
};

describe("--shard on rank, proposals and recommend", () => {
  for (const [name, args] of Object.entries(COMMANDS)) {
    it(`when ${name} runs as 3 shards then the shards' lines together equal one unsharded run`, async () => {
      const base = [...args, "--top", "3", "--format", "jsonl", "-w", "1", "-q"];
      const whole = await runCli(base);
      expect(whole.code).toBe(0);
      const shards = await Promise.all([1, 2, 3].map((i) => runCli([...base, "--shard", `${i}/3`])));
      for (const s of shards) expect(s.code).toBe(0);
      const lines = (text: string) => text.split("\n").filter(Boolean);
      // Every shard has work, and no subject is ranked twice.
      const subjectOf = (line: string) => Object.values(JSON.parse(line))[0] as string;
      const sets = shards.map((s) => new Set(lines(s.stdout).map(subjectOf)));
      for (const set of sets) expect(set.size).toBeGreaterThan(0);
      expect(sets.reduce((n, s) => n + s.size, 0)).toBe(new Set(lines(whole.stdout).map(subjectOf)).size);
      // Documented order: by the input order of the subject, then rank; a shard keeps input order within itself.
      const order = new Map(lines(whole.stdout).map((l, i) => [subjectOf(l), i] as const).reverse());
      const sorted = (ls: string[]) => [...ls].sort((a, b) => order.get(subjectOf(a))! - order.get(subjectOf(b))! || JSON.parse(a).rank - JSON.parse(b).rank);
      expect(sorted(shards.flatMap((s) => lines(s.stdout)))).toEqual(lines(whole.stdout));
    });
  }

  it("when csv shards are concatenated without their headers then the rows equal the unsharded run's, sorted", async () => {
    const base = [...COMMANDS.rank, "--top", "2", "-w", "1", "-q"];
    const whole = (await runCli(base)).stdout.split("\n").filter(Boolean);
    const parts = await Promise.all([1, 2].map((i) => runCli([...base, "--shard", `${i}/2`])));
    const rows = parts.flatMap((p) => p.stdout.split("\n").filter(Boolean).slice(1));
    expect(parts.every((p) => p.stdout.startsWith(`${whole[0]}\n`))).toBe(true);
    expect([...rows].sort()).toEqual(whole.slice(1).sort());
  });
});
