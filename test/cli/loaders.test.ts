import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import {
  lineColumn,
  loadCatalogueFile,
  loadDataSetFile,
  loadRuleSetFile,
  loadSchemeFile,
  parseJsonText,
  readJsonFile,
  readNdjson,
} from '../../src/node/index.js';
import { evaluate } from '../../src/report/evaluate.js';
import { FIXTURES, ROOT } from '../reports/support.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'qs-loaders-'));

describe('quality-scorecard/node file loaders', () => {
  it('load a rule set, a data set, a scheme and the catalogue from files', async () => {
    const ruleSet = await loadRuleSetFile(join(FIXTURES, 'demo-town-2018.json'));
    const data = await loadDataSetFile(join(FIXTURES, 'demo-shortfalls.json'), ruleSet);
    expect(evaluate(ruleSet, data).score).toBe('62.50');
    expect((await loadSchemeFile(join(ROOT, 'rules/schemes/national-grade-bands.json'))).id).toBe(
      'national-grade-bands',
    );
    expect((await loadCatalogueFile(join(ROOT, 'rules/indicators.json'))).length).toBeGreaterThan(10);
  });

  it('name the file in every error, with the JSON path or the line and column', async () => {
    const ruleSet = await loadRuleSetFile(join(FIXTURES, 'demo-town-2018.json'));
    const invalid = join(FIXTURES, 'demo-invalid.json');
    const error = await loadDataSetFile(invalid, ruleSet).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).file).toBe(invalid);
    expect((error as InvalidInputError).issues.map((i) => i.path)).toEqual([
      '$.observations[0].passed',
      '$.observations[1].unit',
    ]);
    const syntax = await readJsonFile(join(FIXTURES, 'demo-bad-syntax.json')).catch((e: unknown) => e);
    expect((syntax as InvalidInputError).issues[0]).toMatchObject({ code: 'E_BAD_JSON', path: '$' });
    expect((syntax as InvalidInputError).issues[0]?.found).toMatch(/^line 4, column 3: /);
    await expect(readJsonFile(join(tmp(), 'missing.json'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('accept a byte-order mark and report empty text', () => {
    expect(parseJsonText('\uFEFF{"a":1}')).toEqual({ a: 1 });
    expect(() => parseJsonText('  ', 'empty.json')).toThrow(/empty text/);
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });

  it('stream NDJSON line by line: values, errors with file:line, blank lines skipped', async () => {
    const file = join(tmp(), 'x.ndjson');
    writeFileSync(file, '\uFEFF{"a":1}\n\n{oops\r\n[2]\n');
    const seen: string[] = [];
    let bytes = 0;
    for await (const r of readNdjson(file, { onBytes: (b) => (bytes = b) }))
      seen.push(
        r.error ? `${r.line}: ${r.error.file} ${r.error.issues[0]?.found}` : `${r.line}: ${JSON.stringify(r.value)}`,
      );
    expect(seen).toEqual(['1: {"a":1}', `3: ${file}:3 column 2: Expected property name or '}'`, '4: [2]']);
    expect(bytes).toBe(Buffer.byteLength('\uFEFF{"a":1}\n\n{oops\r\n[2]\n'));
    const fromStream: unknown[] = [];
    for await (const r of readNdjson(Readable.from(['{"b":', '2}\n{"c":3}']), { file: 'pipe' }))
      fromStream.push(r.value);
    expect(fromStream).toEqual([{ b: 2 }, { c: 3 }]);
  });
});
