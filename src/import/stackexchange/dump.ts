/**
 * The parts of a Stack Exchange dump the importer uses, as plain data (epoch-ms dates, plain-text bodies).
 * `readDump` is the only place that touches the files; everything downstream is pure.
 */
import { join } from "node:path";
import { BestMatchError } from "../../errors.js";
import { htmlToPlainText, parseTags } from "./text.js";
import { parseDumpDate, startOfDay } from "./time.js";
import { type DumpRow, isReadable, readDumpRows } from "./xml-rows.js";

export interface Question {
  id: string;
  createdAt: number;
  title: string;
  body: string;
  tags: string[];
  ownerId?: string;
  acceptedAnswerId?: string;
}

export interface Answer {
  id: string;
  questionId: string;
  createdAt: number;
  body: string;
  ownerId?: string;
}

export interface User {
  id: string;
  createdAt: number;
  displayName?: string;
  aboutMe?: string;
}

/** Vote types the importer reads (Votes.xml VoteTypeId). */
export const VOTE_TYPES = { accepted: "1", up: "2", down: "3" } as const;

export interface Vote {
  postId: string;
  kind: keyof typeof VOTE_TYPES;
  /** Start of the UTC day the vote was cast (dumps keep only the day). */
  day: number;
}

export interface Comment {
  userId: string;
  createdAt: number;
}

export interface StackExchangeDump {
  questions: Question[];
  answers: Answer[];
  users: User[];
  /** Undefined when Votes.xml is absent: acceptance dates and vote-derived ratings are then unknown. */
  votes?: Vote[];
  /** Undefined when Comments.xml is absent. */
  comments?: Comment[];
  /** Rows read but not used, by reason ("post type 4", ...). */
  ignored: Record<string, number>;
}

export const DUMP_FILES = {
  posts: "Posts.xml",
  users: "Users.xml",
  votes: "Votes.xml",
  comments: "Comments.xml",
} as const;

export type ProgressHandler = (stage: string, done: number) => void;

const PROGRESS_EVERY = 5000;

/** Reads Posts.xml and Users.xml (required) plus Votes.xml and Comments.xml when present. */
export async function readDump(dumpDir: string, onProgress?: ProgressHandler): Promise<StackExchangeDump> {
  for (const name of [DUMP_FILES.posts, DUMP_FILES.users]) {
    const path = join(dumpDir, name);
    if (!(await isReadable(path))) {
      throw new BestMatchError("INPUT_IO", `required dump file ${name} is missing or unreadable`, { file: path });
    }
  }
  const ignored: Record<string, number> = {};
  const questions: Question[] = [];
  const answers: Answer[] = [];
  const postIds = new Set<string>();
  await readFile(dumpDir, DUMP_FILES.posts, "posts", onProgress, (row, path) => {
    const id = required(row, path, "Id");
    const type = required(row, path, "PostTypeId");
    const createdAt = requiredDate(row, path, "CreationDate");
    if (postIds.has(id)) fail(path, row, "duplicate post Id", "Id", id, "each Id once");
    postIds.add(id);
    if (type === "1") {
      questions.push({
        id,
        createdAt,
        title: row.attrs.Title ?? "",
        body: htmlToPlainText(row.attrs.Body ?? ""),
        tags: parseTags(row.attrs.Tags),
        ownerId: optional(row, "OwnerUserId"),
        acceptedAnswerId: optional(row, "AcceptedAnswerId"),
      });
    } else if (type === "2") {
      answers.push({
        id,
        questionId: required(row, path, "ParentId"),
        createdAt,
        body: htmlToPlainText(row.attrs.Body ?? ""),
        ownerId: optional(row, "OwnerUserId"),
      });
    } else {
      const reason = `post type ${type} (only 1 = question and 2 = answer are used)`;
      ignored[reason] = (ignored[reason] ?? 0) + 1;
    }
  });

  const users: User[] = [];
  await readFile(dumpDir, DUMP_FILES.users, "users", onProgress, (row, path) => {
    const aboutMe = row.attrs.AboutMe ? htmlToPlainText(row.attrs.AboutMe) : "";
    users.push({
      id: required(row, path, "Id"),
      createdAt: requiredDate(row, path, "CreationDate"),
      displayName: optional(row, "DisplayName"),
      aboutMe: aboutMe || undefined,
    });
  });

  let votes: Vote[] | undefined;
  if (await isReadable(join(dumpDir, DUMP_FILES.votes))) {
    const kinds = new Map<string, Vote["kind"]>(Object.entries(VOTE_TYPES).map(([kind, typeId]) => [typeId, kind as Vote["kind"]]));
    const read: Vote[] = [];
    await readFile(dumpDir, DUMP_FILES.votes, "votes", onProgress, (row, path) => {
      const kind = kinds.get(required(row, path, "VoteTypeId"));
      const postId = required(row, path, "PostId");
      const day = requiredDate(row, path, "CreationDate");
      if (kind !== undefined) read.push({ postId, kind, day: startOfDay(day) });
    });
    votes = read;
  }

  let comments: Comment[] | undefined;
  if (await isReadable(join(dumpDir, DUMP_FILES.comments))) {
    const read: Comment[] = [];
    await readFile(dumpDir, DUMP_FILES.comments, "comments", onProgress, (row, path) => {
      const createdAt = requiredDate(row, path, "CreationDate");
      const userId = optional(row, "UserId");
      if (userId !== undefined) read.push({ userId, createdAt });
    });
    comments = read;
  }
  return { questions, answers, users, votes, comments, ignored };
}

async function readFile(
  dumpDir: string,
  name: string,
  stage: string,
  onProgress: ProgressHandler | undefined,
  onRow: (row: DumpRow, path: string) => void,
): Promise<void> {
  const path = join(dumpDir, name);
  let done = 0;
  await readDumpRows(path, (row) => {
    onRow(row, path);
    if (++done % PROGRESS_EVERY === 0) onProgress?.(stage, done);
  });
  onProgress?.(stage, done);
}

function optional(row: DumpRow, name: string): string | undefined {
  const value = row.attrs[name]?.trim();
  return value ? value : undefined;
}

function required(row: DumpRow, path: string, name: string): string {
  const value = optional(row, name);
  if (value === undefined) fail(path, row, `row is missing required attribute ${name}`, name, undefined, "a non-empty value");
  return value;
}

function requiredDate(row: DumpRow, path: string, name: string): number {
  const value = required(row, path, name);
  const ms = parseDumpDate(value);
  if (ms === undefined) fail(path, row, "not a date", name, value, 'an ISO 8601 date such as "2021-04-27T15:06:44.553"');
  return ms;
}

function fail(path: string, row: DumpRow, message: string, field: string, value: unknown, expected: string): never {
  throw new BestMatchError("INVALID_INPUT", message, {
    file: path,
    line: row.line,
    field,
    value,
    expected,
    recordId: row.attrs.Id,
  });
}
