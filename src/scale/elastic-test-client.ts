/**
 * The official Elasticsearch client and its mock, loaded only when installed (devDependencies):
 * a checkout whose node_modules predates them skips those tests with a message instead of failing.
 * The specifiers are variables so the type check does not need the packages either; the few
 * members the tests use are typed here.
 */
export interface MockPattern {
  method: string | string[];
  path: string | string[];
}

export interface ElasticClient {
  search(params: Record<string, unknown>): Promise<any>;
  transport: { request(params: { method: string; path: string; body?: Record<string, unknown> }): Promise<unknown> };
}

export interface ElasticTesting {
  Client: new (options: { node: string; Connection: unknown }) => ElasticClient;
  Mock: new () => { add(pattern: MockPattern, resolver: (params: any) => unknown): unknown; getConnection(): unknown };
}

const CLIENT = "@elastic/elasticsearch";
const MOCK = "@elastic/elasticsearch-mock";

async function load(): Promise<ElasticTesting | undefined> {
  try {
    const { Client } = await import(CLIENT);
    const Mock = (await import(MOCK)).default;
    return { Client, Mock };
  } catch (err) {
    console.warn(`skipping the OpenSearch/Elasticsearch client tests: ${CLIENT} or its mock is not installed (run npm ci): ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
}

export const elastic = await load();
