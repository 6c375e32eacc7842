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
  },
  {
    entry: { cli: "src/cli/main.ts", worker: "src/cli/worker.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
