import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { jsonSchemas, schemaFileText } from '../../src/cli/schemas.js';
import { BUILTIN_RULE_SET_IDS } from '../../src/rulesets/builtin.js';
import { FIXTURES, ROOT } from '../reports/support.js';

const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8')) as unknown;

describe('the JSON Schemas in schemas/', () => {
  it('are exactly what the zod schemas generate (run `npm run schemas` after changing a schema)', () => {
    const docs = jsonSchemas();
    expect(readdirSync(join(ROOT, 'schemas')).sort()).toEqual(docs.map((d) => d.file).sort());
    for (const doc of docs)
      expect(readFileSync(join(ROOT, 'schemas', doc.file), 'utf8'), doc.file).toBe(schemaFileText(doc));
  });

  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  const validators = Object.fromEntries(jsonSchemas().map((d) => [d.file, ajv.compile(d.schema)]));
  const check = (file: string, path: string): void => {
    const validate = validators[file];
    if (!validate) throw new Error(`no schema ${file}`);
    const ok = validate(read(path));
    expect(ok, `${path}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  };

  it('accept every built-in rule set and the catalogue', () => {
    for (const id of BUILTIN_RULE_SET_IDS) check('ruleset.schema.json', join(ROOT, 'rules', `${id}.json`));
    check('catalogue.schema.json', join(ROOT, 'rules', 'indicators.json'));
    check('ruleset.schema.json', join(FIXTURES, 'demo-town-2018.json'));
  });

  it('accept every fixture data set', () => {
    for (const id of BUILTIN_RULE_SET_IDS) {
      for (const f of readdirSync(join(ROOT, 'fixtures', id)).filter((x) => x.endsWith('.json')))
        check('dataset.schema.json', join(ROOT, 'fixtures', id, f));
    }
    check('dataset.schema.json', join(FIXTURES, 'demo-shortfalls.json'));
  });

  it('reject what the zod schemas reject, so editors flag it', () => {
    const validate = validators['dataset.schema.json'];
    expect(
      validate?.({
        schemaVersion: 1,
        region: { id: 'x', name: 'X' },
        period: '2018',
        observations: [{ indicator: 'a', value: 1, unit: '%', colour: 'red' }],
      }),
    ).toBe(false);
    expect(validate?.({ schemaVersion: 2, region: { id: 'x', name: 'X' }, period: '2018', observations: [] })).toBe(
      false,
    );
    const rules = read(join(ROOT, 'rules', 'panan-2018.json')) as { targets: Array<Record<string, unknown>> };
    (rules.targets[0] as Record<string, unknown>).kind = 'about';
    expect(validators['ruleset.schema.json']?.(rules)).toBe(false);
  });

  it('are referenced by the built-in rule sets and fixtures with $schema', () => {
    for (const id of BUILTIN_RULE_SET_IDS)
      expect((read(join(ROOT, 'rules', `${id}.json`)) as { $schema?: string }).$schema).toBe(
        '../schemas/ruleset.schema.json',
      );
    expect((read(join(ROOT, 'rules', 'indicators.json')) as { $schema?: string }).$schema).toBe(
      '../schemas/catalogue.schema.json',
    );
  });
});
