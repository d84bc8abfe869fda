import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldenHashes, goldenOutputs } from './outputs.js';

const hashFile = join(import.meta.dirname, 'hashes.json');

// UPDATE_GOLDEN=1 records new hashes (only when an output is meant to change); GOLDEN_DUMP=dir writes
// every output to dir, to diff two builds by eye.
if (process.env.UPDATE_GOLDEN) writeFileSync(hashFile, `${JSON.stringify(goldenHashes(), null, 2)}\n`);
if (process.env.GOLDEN_DUMP) {
  for (const [name, text] of goldenOutputs()) {
    const file = join(process.env.GOLDEN_DUMP, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

const expected = JSON.parse(readFileSync(hashFile, 'utf8')) as Record<string, string>;

describe('every fixture output (JSON, Markdown, HTML, CSV in three locales, with each scheme, cohorts)', () => {
  it('is byte-identical to the recorded outputs', () => {
    const actual = goldenHashes();
    expect(Object.keys(actual).length).toBeGreaterThan(400);
    const changed = Object.keys({ ...expected, ...actual }).filter((k) => expected[k] !== actual[k]);
    expect(changed).toEqual([]);
  });
});
