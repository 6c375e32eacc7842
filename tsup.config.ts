import { defineConfig } from "tsup";

// Library: ESM + CJS with declarations. CLI: ESM only, with a shebang.
export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    // import.meta.url in the CommonJS build too: rankInWorkers finds dist/worker.js next to it.
    shims: true,
  },
  {
    entry: { cli: "src/cli/main.ts", worker: "src/scale/ranking-worker.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
