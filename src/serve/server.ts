/**
 * `bestmatch serve`: a JSON service over one engine, on Node's own http module (nine routes and
 * a token check do not need a framework, and it keeps the package's dependency list as it is).
 *
 * Hot swap: reload() builds a new engine beside the serving one and switches when it is ready.
 * Every request takes the engine that is current when it arrives and keeps it to the end, so
 * requests in flight finish on the old engine, which is then left to the garbage collector.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { timingSafeEqual } from "node:crypto";
import { BestMatchError } from "../errors.js";
import type { Engine } from "../engine-types.js";
import { errorBody, readJson, sendJson, sendText, statusFor } from "./http-io.js";
import { Metrics } from "./metrics.js";
import { AppliedBefore, ROUTES, asObject, type Route } from "./routes.js";

export interface ServeOptions {
  /** The engine to serve first. */
  engine: Engine;
  /** Builds the next engine for reload() (SIGHUP, POST /admin/reload). Default: reload is refused. */
  load?: () => Promise<Engine>;
  /** Bearer token for POST /records and /admin/*. Default: none (those routes are open: bind to loopback). */
  token?: string;
  /** Largest request body accepted, in bytes. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Where to say that a reload happened or failed. Default: nowhere. */
  log?: (line: string) => void;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export interface BestMatchServer {
  readonly http: Server;
  /** Starts listening; port 0 picks a free one. Resolves to the bound address. */
  listen(port: number, host?: string): Promise<AddressInfo>;
  /** Loads the next engine beside this one and switches to it; concurrent calls share one load. */
  reload(): Promise<{ generation: number; seconds: number; stats: ReturnType<Engine["stats"]> }>;
  /** Stops accepting, lets requests in flight finish (up to `graceMs`, default 10 s), closes idle connections. */
  close(graceMs?: number): Promise<void>;
  readonly generation: number;
  readonly engine: Engine;
}

export function createBestMatchServer(options: ServeOptions): BestMatchServer {
  const metrics = new Metrics();
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const token = options.token ? Buffer.from(options.token) : undefined;
  let current = { engine: options.engine, generation: 1 };
  let loading: ReturnType<BestMatchServer["reload"]> | undefined;
  let closing = false;

  const authorized = (req: IncomingMessage): boolean => {
    if (!token) return true;
    const header = req.headers.authorization ?? "";
    const given = Buffer.from(header.startsWith("Bearer ") ? header.slice(7) : "");
    return given.length === token.length && timingSafeEqual(given, token);
  };

  async function reload(): ReturnType<BestMatchServer["reload"]> {
    if (!options.load) throw new BestMatchError("INVALID_REQUEST", "this server has no snapshot to reload from", { expected: "bestmatch serve --index SNAPSHOT" });
    if (loading) return loading;
    const started = performance.now();
    const load = options.load;
    loading = (async () => {
      try {
        const engine = await load();
        current = { engine, generation: current.generation + 1 };
        metrics.reloaded(true);
        const result = { generation: current.generation, seconds: (performance.now() - started) / 1000, stats: engine.stats() };
        options.log?.(`reloaded: generation ${result.generation}, ${result.stats.freelancers} freelancers, ${result.stats.jobs} jobs in ${result.seconds.toFixed(2)}s`);
        return result;
      } catch (err) {
        metrics.reloaded(false);
        options.log?.(`reload failed, still serving generation ${current.generation}: ${err instanceof Error ? err.message : String(err)}`);
        throw err;
      } finally {
        loading = undefined;
      }
    })();
    return loading;
  }

  const admin: Record<string, Route> = {
    "/admin/reload": { method: "POST", path: "/admin/reload", write: true, handle: () => undefined },
  };
  const routes = new Map<string, Route>([...ROUTES, ...Object.values(admin)].map((r) => [r.path, r]));

  async function answer(req: IncomingMessage, res: ServerResponse, route: Route | undefined): Promise<number> {
    // The engine of this request, fixed now: a reload while it runs does not move it.
    const { engine, generation } = current;
    const path = (req.url ?? "/").split("?")[0];
    try {
      if (path === "/health" && req.method === "GET") return send(res, 200, { status: closing ? "closing" : "ok", generation, reloading: loading !== undefined, inFlight: metrics.inFlight });
      if (path === "/metrics" && req.method === "GET") {
        sendText(res, 200, metrics.render(engine.stats(), generation), "text/plain; version=0.0.4; charset=utf-8");
        return 200;
      }
      if (!route) throw new BestMatchError("NOT_FOUND", "no such route", { value: path, expected: `one of GET /health, GET /metrics, ${[...routes.values()].map((r) => `${r.method} ${r.path}`).join(", ")}` });
      if (req.method !== route.method) throw new BestMatchError("NOT_FOUND", `${path} takes ${route.method}`, { value: req.method, expected: route.method });
      if (route.write && !authorized(req)) throw new BestMatchError("UNAUTHORIZED", "this route needs the bearer token", { expected: "an Authorization: Bearer <token> header" });
      const body = route.method === "POST" ? asObject(await readJson(req, maxBody)) : queryParameters(req.url);
      if (route.path === "/admin/reload") return send(res, 200, await reload());
      return send(res, 200, route.handle(engine, body));
    } catch (err) {
      if (err instanceof AppliedBefore) return send(res, statusFor(err.error), { ...errorBody(err.error), applied: err.results.length, results: err.results });
      const e = err instanceof BestMatchError ? err : new BestMatchError("INTERNAL_ERROR", err instanceof Error ? err.message : String(err));
      if (e.code === "PAYLOAD_TOO_LARGE") res.setHeader("connection", "close");
      return send(res, statusFor(e), errorBody(e));
    }
  }

  const http = createServer((req, res) => {
    const started = performance.now();
    const path = (req.url ?? "/").split("?")[0];
    const route = routes.get(path);
    const label = route ? route.path : path === "/health" || path === "/metrics" ? path : "unmatched";
    metrics.inFlight++;
    if (closing) res.setHeader("connection", "close");
    void answer(req, res, route).then((status) => {
      metrics.inFlight--;
      metrics.observe(label, status, (performance.now() - started) / 1000);
    });
  });
  // Slow clients cannot hold a request open forever; idle keep-alive connections outlive a load
  // balancer's usual 60 s idle timeout, so the balancer closes first and never reuses a socket we are closing.
  http.headersTimeout = 10_000;
  http.requestTimeout = 30_000;
  http.keepAliveTimeout = 65_000;

  return {
    http,
    get generation() {
      return current.generation;
    },
    get engine() {
      return current.engine;
    },
    listen(port, host = "127.0.0.1") {
      return new Promise((resolve, reject) => {
        http.once("error", reject);
        http.listen(port, host, () => {
          http.off("error", reject);
          resolve(http.address() as AddressInfo);
        });
      });
    },
    reload,
    async close(graceMs = 10_000) {
      closing = true;
      // Requests still running after the grace period are cut off, so a stuck client cannot block shutdown.
      const force = setTimeout(() => http.closeAllConnections(), graceMs);
      force.unref();
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeIdleConnections();
      });
      clearTimeout(force);
    },
  };
}

/** A GET route's arguments: the query string as an object of strings (`?q=reac&limit=5`); a repeated name keeps its last value. */
function queryParameters(url: string | undefined): Record<string, string> {
  return Object.fromEntries(new URL(url ?? "/", "http://localhost").searchParams);
}

function send(res: ServerResponse, status: number, body: unknown): number {
  sendJson(res, status, body);
  return status;
}
