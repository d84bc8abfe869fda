// Writes docs/samples.md from docs/samples/*.json with the built library (`npm run docs:samples` builds first).
import { readFileSync, writeFileSync } from 'node:fs';
import * as lib from '../dist/index.js';
import { SAMPLE_FILES, samplesPage } from './samples-page.mjs';

const files = Object.fromEntries(
  SAMPLE_FILES.map((f) => [f, JSON.parse(readFileSync(new URL(`../docs/samples/${f}`, import.meta.url), 'utf8'))]),
);
writeFileSync(new URL('../docs/samples.md', import.meta.url), samplesPage(lib, files));
