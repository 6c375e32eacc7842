/**
 * Reading a snapshot file: in parts, each section's CRC32 computed on this thread while the next
 * part is read on libuv's (at 1M freelancers reading 1.7 GB and checksumming it were 1.2 s and
 * 0.9 s one after the other). The CRCs go to SectionReader, which compares them with the header's
 * as before, so a damaged section is still refused by name. Files that are not section containers
 * (v1, damaged headers) are just read; decodeSnapshot then says what is wrong with them.
 */
import type { FileHandle } from "node:fs/promises";
import { open } from "node:fs/promises";
import { crc32, MAX_HEADER, sectionKey, sectionsStart } from "./sections.js";

/** Big enough that a read's fixed cost vanishes, small enough that the last part's CRC is quick. */
const PART = 32 << 20;
/** Two reads in flight keep a second core copying while this one checksums. */
const READS_AHEAD = 2;

export interface ReadSnapshotFile {
  data: Buffer;
  /** CRCs of the sections read whole, by sectionKey. */
  checked: Map<string, number>;
}

interface Span {
  key: string;
  from: number;
  to: number;
  crc: number;
}

/** Part sizes (tests read in tiny parts to cross every boundary), and where the bytes go. */
export interface ReadParts {
  /** Into a SharedArrayBuffer, for worker threads to load from too. */
  shared?: boolean;
  /** The first read, which should hold the header line. */
  headBytes?: number;
  partBytes?: number;
}

export async function readSnapshotFile(path: string, { headBytes = Math.max(PART, MAX_HEADER + 1), partBytes = PART, shared = false }: ReadParts = {}): Promise<ReadSnapshotFile> {
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    const data = shared ? Buffer.from(new SharedArrayBuffer(size)) : Buffer.allocUnsafe(size);
    let readTo = await readPart(handle, data, 0, Math.min(size, headBytes));
    const spans = sectionSpans(data.subarray(0, readTo));
    const checked = new Map<string, number>();
    let next = 0;
    let done = 0;
    // Checksums every span's bytes in [done, end); a span that ends by `end` is complete.
    const checkTo = (end: number) => {
      for (let i = next; i < spans.length && spans[i].from < end; i++) {
        const s = spans[i];
        const a = Math.max(s.from, done);
        const b = Math.min(s.to, end);
        if (b > a) s.crc = crc32(data.subarray(a, b), s.crc);
        if (s.to <= end) {
          checked.set(s.key, s.crc);
          // Sections never overlap as written; if a header says they do, each is still summed whole.
          if (i === next) next++;
        }
      }
      done = end;
    };
    // Parts in file order, READS_AHEAD of them in flight while this thread checksums the last one.
    let planned = readTo;
    const inFlight: Array<{ to: number; end: Promise<number> }> = [];
    const plan = () => {
      while (inFlight.length < READS_AHEAD && planned < size) {
        const to = Math.min(size, planned + partBytes);
        inFlight.push({ to, end: readPart(handle, data, planned, to - planned) });
        planned = to;
      }
    };
    plan();
    checkTo(readTo);
    while (inFlight.length) {
      const part = inFlight.shift() as { to: number; end: Promise<number> };
      readTo = await part.end;
      if (readTo < part.to) {
        // The file shrank while being read: what was read, for decodeSnapshot to call truncated.
        await Promise.all(inFlight.map((p) => p.end));
        return { data: data.subarray(0, readTo), checked };
      }
      plan();
      checkTo(readTo);
    }
    return { data, checked };
  } finally {
    await handle.close();
  }
}

/** Reads up to `length` bytes at `at`; where the bytes read end (short only at the end of the file). */
async function readPart(handle: FileHandle, data: Buffer, at: number, length: number): Promise<number> {
  let end = at;
  while (end < at + length) {
    const { bytesRead } = await handle.read(data, end, at + length - end, end);
    if (bytesRead === 0) break;
    end += bytesRead;
  }
  return end;
}

/** The sections the header line lists, as absolute byte ranges in file order; none when it is not a section header. */
function sectionSpans(head: Buffer): Span[] {
  const nl = head.subarray(0, MAX_HEADER + 1).indexOf(0x0a);
  if (nl < 0) return [];
  let header: unknown;
  try {
    header = JSON.parse(head.subarray(0, nl).toString("utf8"));
  } catch {
    return [];
  }
  const sections = (header as { sections?: unknown } | null)?.sections;
  if (!Array.isArray(sections)) return [];
  const start = sectionsStart(nl + 1);
  const spans: Span[] = [];
  for (const e of sections as Array<{ name: string; offset: number; bytes: number }>) {
    if (!(e && typeof e.name === "string" && Number.isSafeInteger(e.offset) && Number.isSafeInteger(e.bytes) && e.offset >= 0 && e.bytes >= 0)) return [];
    spans.push({ key: sectionKey(e), from: start + e.offset, to: start + e.offset + e.bytes, crc: 0 });
  }
  return spans.sort((a, b) => a.from - b.from);
}
