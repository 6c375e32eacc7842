/**
 * Prometheus text-format metrics: request counts by route and status, a latency histogram per
 * route, in-flight requests, reloads and index size. Routes are the fixed route names (or
 * "unmatched"), so label cardinality stays bounded whatever clients send.
 */
import type { EngineStats } from "../engine-types.js";

/** Upper bounds in seconds: fine below 50 ms, where ranking calls fall. */
export const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

interface Histogram {
  counts: number[];
  sum: number;
  count: number;
}

export class Metrics {
  private readonly requests = new Map<string, number>();
  private readonly latency = new Map<string, Histogram>();
  private readonly reloads = { ok: 0, error: 0 };
  inFlight = 0;

  observe(route: string, status: number, seconds: number): void {
    const key = `${route}\u0000${status}`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    let h = this.latency.get(route);
    if (!h) this.latency.set(route, (h = { counts: LATENCY_BUCKETS.map(() => 0), sum: 0, count: 0 }));
    LATENCY_BUCKETS.forEach((le, i) => {
      if (seconds <= le) h.counts[i]++;
    });
    h.sum += seconds;
    h.count++;
  }

  reloaded(ok: boolean): void {
    this.reloads[ok ? "ok" : "error"]++;
  }

  render(stats: EngineStats, generation: number): string {
    const lines: string[] = [];
    const label = (v: string) => v.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
    lines.push("# HELP bestmatch_http_requests_total HTTP requests answered, by route and status.", "# TYPE bestmatch_http_requests_total counter");
    for (const [key, n] of [...this.requests].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const [route, status] = key.split("\u0000");
      lines.push(`bestmatch_http_requests_total{route="${label(route)}",status="${status}"} ${n}`);
    }
    lines.push("# HELP bestmatch_http_request_duration_seconds Time from request to answer, by route.", "# TYPE bestmatch_http_request_duration_seconds histogram");
    for (const [route, h] of [...this.latency].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const r = label(route);
      LATENCY_BUCKETS.forEach((le, i) => lines.push(`bestmatch_http_request_duration_seconds_bucket{route="${r}",le="${le}"} ${h.counts[i]}`));
      lines.push(`bestmatch_http_request_duration_seconds_bucket{route="${r}",le="+Inf"} ${h.count}`);
      lines.push(`bestmatch_http_request_duration_seconds_sum{route="${r}"} ${h.sum}`);
      lines.push(`bestmatch_http_request_duration_seconds_count{route="${r}"} ${h.count}`);
    }
    lines.push("# HELP bestmatch_http_requests_in_flight Requests being answered now.", "# TYPE bestmatch_http_requests_in_flight gauge", `bestmatch_http_requests_in_flight ${this.inFlight}`);
    lines.push("# HELP bestmatch_index_records Records in the serving index, by kind.", "# TYPE bestmatch_index_records gauge");
    for (const kind of ["freelancers", "jobs", "reviews", "proposals", "skills"] as const) lines.push(`bestmatch_index_records{kind="${kind}"} ${stats[kind]}`);
    lines.push("# HELP bestmatch_reloads_total Snapshot reloads, by result.", "# TYPE bestmatch_reloads_total counter");
    lines.push(`bestmatch_reloads_total{result="ok"} ${this.reloads.ok}`, `bestmatch_reloads_total{result="error"} ${this.reloads.error}`);
    lines.push("# HELP bestmatch_engine_generation Engines loaded since start (1 = the first).", "# TYPE bestmatch_engine_generation gauge", `bestmatch_engine_generation ${generation}`);
    return `${lines.join("\n")}\n`;
  }
}
