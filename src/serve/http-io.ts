/** Reading JSON bodies with a size limit, and writing JSON answers and errors. */
import type { IncomingMessage, ServerResponse } from "node:http";
import { BestMatchError, type ErrorCode } from "../errors.js";

/** The JSON an error answer carries: the BestMatchError's code and context fields. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; recordId?: string; field?: string; value?: unknown; expected?: string };
}

const STATUS: Partial<Record<ErrorCode, number>> = { UNAUTHORIZED: 401, NOT_FOUND: 404, PAYLOAD_TOO_LARGE: 413, INTERNAL_ERROR: 500 };

/** Library and request errors are the caller's (400); a few HTTP ones have their own status. */
export function statusFor(err: BestMatchError): number {
  return STATUS[err.code] ?? 400;
}

export function errorBody(err: BestMatchError): ErrorBody {
  const { code, message, recordId, field, value, expected } = err;
  return { error: { code, message, recordId, field, value: jsonSafe(value), expected } };
}

/** A value that JSON can carry (functions, bigints and cycles become their description). */
function jsonSafe(value: unknown): unknown {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(JSON.stringify(value) ?? "null");
  } catch {
    return String(value);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

export function sendText(res: ServerResponse, status: number, text: string, type: string): void {
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(text) });
  res.end(text);
}

/** Reads the whole body, refusing (413) as soon as it passes `limit` bytes. Empty body: `{}`. */
export async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooLarge(limit);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString("utf8").trim();
  if (text === "") return {};
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new BestMatchError("INVALID_REQUEST", "request body is not valid JSON", { value: text.slice(0, 60), expected: "a JSON object", cause: err });
  }
}

function tooLarge(limit: number): BestMatchError {
  return new BestMatchError("PAYLOAD_TOO_LARGE", "request body is too large", { expected: `at most ${limit} bytes (--max-body)` });
}
