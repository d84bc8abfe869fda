import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  // Runtime dependencies stay external so consumers dedupe them; JSON rule sets are bundled.
  external: ['json-rules-engine', 'zod', 'date-fns', 'decimal.js'],
});
