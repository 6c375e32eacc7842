/** `bestmatch serve`: the HTTP JSON service over one snapshot (see src/serve/server.ts). */
import type { Command } from "commander";
import type { CliIO } from "../cli-io.js";
import { note } from "../cli-io.js";
import { integerArg } from "../common.js";
import { UsageError } from "../exit-codes.js";
import { loadEngineBeside } from "../../serve/load.js";
import { DEFAULT_MAX_BODY_BYTES, createBestMatchServer } from "../../serve/server.js";

interface ServeOptions {
  index: string;
  port: number;
  host: string;
  token?: string;
  maxBody: number;
  quiet?: boolean;
}

export const TOKEN_ENV = "BESTMATCH_TOKEN";

export function registerServe(program: Command, io: CliIO): void {
  program
    .command("serve")
    .description("serve rankings over HTTP (JSON) from a snapshot, with hot reload, metrics and an optional token")
    .requiredOption("--index <snapshot>", "snapshot from `bestmatch index build` (include --jobs for /recommend/jobs)")
    .option("--port <n>", "TCP port (0: any free port)", integerArg("--port", 0, 65535), 8080)
    .option("--host <address>", "address to bind", "127.0.0.1")
    .option("--token <token>", `bearer token for POST /records and /admin/* (default: $${TOKEN_ENV}; none: open)`)
    .option("--max-body <bytes>", "largest request body", integerArg("--max-body", 1), DEFAULT_MAX_BODY_BYTES)
    .option("-q, --quiet", "no start-up or reload lines on stderr")
    .addHelpText(
      "after",
      `
Routes (JSON bodies are the library call's arguments; answers are the library's results):
  POST /rank/freelancers  { "job": "j1" | {job record}, "limit"?, "offset"?, "filters"?, "boost"? }
  POST /rank/proposals    { "job": "j1", "limit"?, "offset"?, "boost"? }
  POST /recommend/jobs    { "freelancer": "f1" | {record}, "limit"?, "filters"?, "boost"? }
  POST /gap               { "freelancer": "f1", "job": "j1" }
  POST /draft             { "brief": "text" }
  POST /skills            { "text": "text" }
  GET  /skills/suggest?q=reac&limit=5   skills for search-as-you-type (prefix, alias, typo)
  POST /records           { "operations": [{ "op": "add", "kind": "freelancers", "records": [...] },
                                           { "op": "remove", "kind": "jobs", "ids": [...] }] }   (token)
  POST /admin/reload      re-reads --index beside the serving engine, then switches   (token)
  GET  /health, GET /stats, GET /metrics (Prometheus text format)
Errors: 400 with { "error": { "code", "message", "field", "value", "expected", ... } }, the
BestMatchError codes; 401 bad token, 404 no route, 413 body over --max-body.
Signals: SIGHUP reloads the snapshot; SIGTERM and SIGINT stop accepting, finish what is in flight, exit 0.

Examples:
  $ bestmatch index build --freelancers f.csv --jobs j.csv --reviews r.csv --proposals p.csv -o market.snapshot
  $ BESTMATCH_TOKEN=secret bestmatch serve --index market.snapshot --port 8080
  $ curl -s localhost:8080/rank/freelancers -d '{"job":"j1","limit":3}'
  $ curl -s 'localhost:8080/skills/suggest?q=pyhton&limit=3'`,
    )
    .action((opts: ServeOptions) => serve(opts, io));
}

async function serve(opts: ServeOptions, io: CliIO): Promise<void> {
  const token = opts.token ?? process.env[TOKEN_ENV];
  if (token !== undefined && token.length < 8) throw new UsageError(`the token must have at least 8 characters`);
  const log = (line: string) => {
    if (!opts.quiet) note(io, `bestmatch serve: ${line}`);
  };
  const load = () => loadEngineBeside(opts.index);
  const started = performance.now();
  const server = createBestMatchServer({ engine: await load(), load, token, maxBodyBytes: opts.maxBody, log });
  const address = await server.listen(opts.port, opts.host);
  const s = server.engine.stats();
  log(`${s.freelancers} freelancers, ${s.jobs} jobs loaded in ${((performance.now() - started) / 1000).toFixed(2)}s; listening on http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}${token ? " (write routes need the token)" : ""}`);

  // While serving, SIGTERM/SIGINT mean "finish and exit 0", not the batch commands' "abort".
  const saved = (["SIGINT", "SIGTERM"] as const).map((sig) => [sig, process.listeners(sig)] as const);
  for (const [sig] of saved) process.removeAllListeners(sig);
  const onHup = () => void server.reload().catch(() => undefined);
  process.on("SIGHUP", onHup);
  await new Promise<void>((resolve) => {
    const stop = (sig: string) => {
      log(`${sig}: finishing requests in flight, then exiting`);
      void server.close().then(resolve);
    };
    process.once("SIGINT", () => stop("SIGINT"));
    process.once("SIGTERM", () => stop("SIGTERM"));
  });
  process.off("SIGHUP", onHup);
  for (const [sig, listeners] of saved) for (const l of listeners) process.on(sig, l as () => void);
  log("stopped");
}
