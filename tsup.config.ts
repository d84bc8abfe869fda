import { defineConfig } from 'tsup';

// Runtime dependencies stay external so consumers dedupe them; JSON rule sets are bundled.
// No source maps: they were half the package (3.2 of 6.0 MB unpacked) and point into src/, which is
// not published; the output is unminified ES2022, readable as it is in a stack trace.
const external = ['json-rules-engine', 'zod', 'date-fns', 'decimal.js'];

// `npm run build` empties dist first, so no config cleans (each would wipe the others' output).
export default defineConfig([
  {
    // The core (browser-safe: no `node:` imports), the vitest matchers (`quality-scorecard/vitest`)
    // and the node file loaders (`quality-scorecard/node`). Built together with code splitting, in
    // CommonJS too, so all three share one copy of the core: an error thrown by a loader is an
    // `instanceof InvalidInputError` from the main entry.
    entry: { index: 'src/index.ts', vitest: 'src/testing/vitest.ts', node: 'src/node/index.ts' },
    format: ['esm', 'cjs'],
    splitting: true,
    dts: true,
    sourcemap: false,
    clean: false,
    target: 'es2022',
    platform: 'neutral',
    external: [...external, 'vitest', /^node:/],
  },
  {
    // The `quality-scorecard` command (package.json `bin`): one self-contained file.
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    external,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
