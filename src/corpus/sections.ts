/**
 * Snapshot sections (the container of format versions 2 and 3): a JSON header line, then binary sections, each 8-byte aligned with its own
 * length and CRC32 in the header. Typed-array sections are read as views on the given bytes (no
 * copy; a SharedArrayBuffer stays shared), JSON sections are parsed. A damaged or missing section
 * is refused with SNAPSHOT_CORRUPT naming it, before anything reads it.
 *
 *   {"format":"bestmatch-snapshot","version":3,"sections":[{"name":..,"kind":..,"offset":..,"bytes":..,"crc32":..}],"bytes":N}\n
 *   <zero padding to 8> <section> <padding> <section> ...
 * Offsets count from the end of the padded header.
 */
import * as zlib from "node:zlib";
import { BestMatchError } from "../errors.js";

export const SNAPSHOT_FORMAT = "bestmatch-snapshot";

type ArrayKind = "u8" | "u16" | "u32" | "i32" | "f64";
export type SectionKind = ArrayKind | "json";

interface SectionEntry {
  name: string;
  kind: SectionKind;
  offset: number;
  bytes: number;
  crc32: number;
}

const WIDTH: Record<ArrayKind, number> = { u8: 1, u16: 2, u32: 4, i32: 4, f64: 8 };
const VIEW = {
  u8: (b: ArrayBufferLike, o: number, n: number) => new Uint8Array(b, o, n),
  u16: (b: ArrayBufferLike, o: number, n: number) => new Uint16Array(b, o, n),
  u32: (b: ArrayBufferLike, o: number, n: number) => new Uint32Array(b, o, n),
  i32: (b: ArrayBufferLike, o: number, n: number) => new Int32Array(b, o, n),
  f64: (b: ArrayBufferLike, o: number, n: number) => new Float64Array(b, o, n),
};

type Native = (data: Uint8Array, value?: number) => number;
const nativeCrc = (zlib as unknown as { crc32?: Native }).crc32;
let table: Uint32Array | undefined;

/**
 * CRC32 (IEEE): zlib's where the runtime has it (Node >= 20.15), else a table-driven one.
 * `running` continues a CRC over bytes that came before (crc32(b, crc32(a)) === crc32(a ++ b)).
 */
export function crc32(data: Uint8Array, running = 0): number {
  return nativeCrc ? nativeCrc(data, running) >>> 0 : tableCrc32(data, running);
}

/** The fallback, exported to be tested against zlib's. */
export function tableCrc32(data: Uint8Array, running = 0): number {
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let c = (running ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Where a section's checksum computed ahead of reading is kept: its name, offset and length. */
export const sectionKey = (e: { name: string; offset: number; bytes: number }): string => `${e.name}@${e.offset}+${e.bytes}`;

const pad8 = (n: number) => (8 - (n % 8)) % 8;

/** The header line's bound: v2 and v3 headers list their sections (a few KB); a binary file is not scanned whole. */
export const MAX_HEADER = 1 << 20;

/** Where the first section starts after a header line of `headerLength` bytes (newline included). */
export const sectionsStart = (headerLength: number): number => headerLength + pad8(headerLength);

export class SectionWriter {
  private readonly parts: Array<{ name: string; kind: SectionKind; data: Uint8Array }> = [];

  array(name: string, kind: ArrayKind, values: ArrayLike<number> & { buffer?: ArrayBufferLike }): void {
    const typed = ArrayBuffer.isView(values) ? (values as unknown as Uint8Array) : toTyped(kind, values);
    this.parts.push({ name, kind, data: new Uint8Array(typed.buffer, typed.byteOffset, typed.byteLength) });
  }

  json(name: string, value: unknown): void {
    this.parts.push({ name, kind: "json", data: Buffer.from(JSON.stringify(value)) });
  }

  /** Header and sections as one buffer. */
  finish(version: number): Buffer {
    const entries: SectionEntry[] = [];
    let offset = 0;
    for (const p of this.parts) {
      entries.push({ name: p.name, kind: p.kind, offset, bytes: p.data.byteLength, crc32: crc32(p.data) });
      offset += p.data.byteLength + pad8(p.data.byteLength);
    }
    const header = Buffer.from(`${JSON.stringify({ format: SNAPSHOT_FORMAT, version, sections: entries, bytes: offset })}\n`);
    const start = header.length + pad8(header.length);
    // Not zero-filled whole (a 1.7 GB fill at 1M): only the header's and each section's padding is zeroed.
    const out = Buffer.allocUnsafe(start + offset);
    header.copy(out, 0);
    out.fill(0, header.length, start);
    this.parts.forEach((p, i) => {
      const at = start + entries[i].offset;
      out.set(p.data, at);
      out.fill(0, at + p.data.byteLength, at + p.data.byteLength + pad8(p.data.byteLength));
    });
    return out;
  }
}

function toTyped(kind: ArrayKind, values: ArrayLike<number>): Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array {
  switch (kind) {
    case "u8":
      return Uint8Array.from(values);
    case "u16":
      return Uint16Array.from(values);
    case "u32":
      return Uint32Array.from(values);
    case "i32":
      return Int32Array.from(values);
    case "f64":
      return Float64Array.from(values);
  }
}

export class SectionReader {
  private readonly entries = new Map<string, SectionEntry>();
  private readonly start: number;

  /**
   * `data` must be the whole snapshot; `header` its parsed first line (see snapshot.ts). `checked`:
   * CRCs of these bytes' sections already computed while they were read (by sectionKey), or
   * "trusted" for bytes another thread has already loaded (and so checked) in this process.
   */
  constructor(
    private readonly data: Uint8Array,
    header: { sections?: unknown; bytes?: unknown },
    headerLength: number,
    private readonly file: string,
    private readonly checked: ReadonlyMap<string, number> | "trusted" = new Map(),
  ) {
    this.start = sectionsStart(headerLength);
    if (!Array.isArray(header.sections)) this.corrupt("the header lists no sections");
    for (const e of header.sections as SectionEntry[]) {
      const ok = e && typeof e.name === "string" && (e.kind in WIDTH || e.kind === "json") && Number.isSafeInteger(e.offset) && Number.isSafeInteger(e.bytes) && e.offset >= 0 && e.bytes >= 0 && e.offset % 8 === 0;
      if (!ok) this.corrupt("the header's section table is malformed");
      this.entries.set(e.name, e);
    }
    if (data.byteLength !== this.start + (header.bytes as number)) this.corrupt(`truncated or padded: ${data.byteLength - this.start} bytes of sections, the header says ${header.bytes}`);
  }

  private corrupt(why: string, section?: string): never {
    throw new BestMatchError("SNAPSHOT_CORRUPT", `not a readable bestmatch snapshot: ${section ? `section "${section}": ` : ""}${why}`, { file: this.file, field: section });
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The section's bytes, its length and CRC checked. */
  private bytes(name: string, kind: SectionKind): Uint8Array {
    const e = this.entries.get(name);
    if (!e) return this.corrupt("missing", name);
    if (e.kind !== kind) this.corrupt(`holds ${e.kind}, expected ${kind}`, name);
    const from = this.start + e.offset;
    if (from + e.bytes > this.data.byteLength) this.corrupt("truncated", name);
    const view = this.data.subarray(from, from + e.bytes);
    if (this.checked !== "trusted" && (this.checked.get(sectionKey(e)) ?? crc32(view)) !== e.crc32) this.corrupt("checksum mismatch (damaged)", name);
    return view;
  }

  u8(name: string): Uint8Array { return this.array(name, "u8") as Uint8Array; }
  u16(name: string): Uint16Array { return this.array(name, "u16") as Uint16Array; }
  u32(name: string): Uint32Array { return this.array(name, "u32") as Uint32Array; }
  i32(name: string): Int32Array { return this.array(name, "i32") as Int32Array; }
  f64(name: string): Float64Array { return this.array(name, "f64") as Float64Array; }

  private array(name: string, kind: ArrayKind) {
    const view = this.bytes(name, kind);
    if (view.byteLength % WIDTH[kind] !== 0) this.corrupt(`length ${view.byteLength} is not a whole number of ${kind} values`, name);
    // The data's own offset may be unaligned (a Buffer slice of a pool): copy only then.
    const absolute = view.byteOffset;
    if (absolute % WIDTH[kind] !== 0) return VIEW[kind](view.slice().buffer, 0, view.byteLength / WIDTH[kind]);
    return VIEW[kind](view.buffer, absolute, view.byteLength / WIDTH[kind]);
  }

  json<T>(name: string): T {
    const view = this.bytes(name, "json");
    try {
      return JSON.parse(Buffer.from(view.buffer, view.byteOffset, view.byteLength).toString("utf8")) as T;
    } catch {
      return this.corrupt("is not JSON", name);
    }
  }

  /** For a decoder that finds a section's contents inconsistent with another's. */
  inconsistent(name: string, why: string): never {
    return this.corrupt(why, name);
  }
}
