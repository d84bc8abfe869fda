import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/cli/schemas.js';
import { BUILTIN_RULE_SET_IDS } from '../../src/rulesets/builtin.js';
import { ROOT } from '../reports/support.js';

const schema = (file: string) => {
  const doc = jsonSchemas().find((d) => d.file === file);
  if (!doc) throw new Error(`no schema ${file}`);
  return doc.schema;
};

/** Every property of a JSON Schema without a description, as `parent.field`. */
function undescribed(node: unknown, parent = ''): string[] {
  if (Array.isArray(node)) return node.flatMap((n) => undescribed(n, parent));
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => {
    if (key !== 'properties' || typeof value !== 'object' || value === null) return undescribed(value, parent);
    return Object.entries(value as Record<string, Record<string, unknown>>).flatMap(([field, sub]) => [
      ...(typeof sub.description === 'string' && sub.description.length > 0 ? [] : [`${parent}.${field}`]),
      ...undescribed(sub, field),
    ]);
  });
}

const panan = () => JSON.parse(readFileSync(join(ROOT, 'rules/panan-2018.json'), 'utf8'));

describe('the JSON Schemas help an author', () => {
  it('give every field of every schema a description, so an editor shows help', () => {
    for (const doc of jsonSchemas()) expect(undescribed(doc.schema), doc.file).toEqual([]);
  });

  it('say what a nested field means where its name means something else elsewhere', () => {
    const rs = schema('ruleset.schema.json') as {
      properties: Record<string, { properties: Record<string, { description: string }> }>;
    };
    expect(rs.properties.period?.properties.start?.description).toBe('First day of the plan period (YYYY-MM-DD).');
    expect(rs.properties.source?.properties.file?.description).toContain('sources/');
  });

  it('discriminate targets on kind: three mistakes give four errors (126 before), each at its target', () => {
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, discriminator: true });
    const validate = ajv.compile(schema('ruleset.schema.json'));
    const rules = panan();
    expect(validate(rules)).toBe(true);
    delete rules.targets[1].threshold;
    rules.targets[2].commitment = 'required';
    rules.targets[3].unti = rules.targets[3].unit;
    delete rules.targets[3].unit;
    expect(validate(rules)).toBe(false);
    // The misspelled key is both a missing `unit` and an unknown `unti`.
    expect(validate.errors?.map((e) => [e.instancePath, e.keyword])).toEqual([
      ['/targets/1', 'required'],
      ['/targets/2/commitment', 'enum'],
      ['/targets/3', 'required'],
      ['/targets/3', 'additionalProperties'],
    ]);
  });

  it('refuse an unknown kind with one error, and still accept every built-in rule set', () => {
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, discriminator: true });
    const validate = ajv.compile(schema('ruleset.schema.json'));
    for (const id of BUILTIN_RULE_SET_IDS)
      expect(validate(JSON.parse(readFileSync(join(ROOT, 'rules', `${id}.json`), 'utf8'))), id).toBe(true);
    const rules = panan();
    rules.targets[0].kind = 'about';
    expect(validate(rules)).toBe(false);
    expect(validate.errors).toHaveLength(1);
  });

  it('let a rule set leave out documentNumber, region.parent, published and scoring, and a data set give its period as a year number', () => {
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, discriminator: true });
    const rules = panan();
    delete rules.documentNumber;
    delete rules.region.parent;
    delete rules.published;
    delete rules.scoring;
    expect(ajv.validate(schema('ruleset.schema.json'), rules)).toBe(true);
    const data = { schemaVersion: 1, region: { id: 'x', name: 'X' }, period: 2024, observations: [] };
    expect(ajv.validate(schema('dataset.schema.json'), data)).toBe(true);
    expect(ajv.validate(schema('dataset.schema.json'), { ...data, period: 2024.5 })).toBe(false);
  });
});
