import { z } from 'zod';
import { CatalogueSchema } from '../indicators/schema.js';
import { DataSetSchema, PeriodLabelSchema } from '../observations/schema.js';
import { RuleSetSchema } from '../rulesets/schema.js';
import { SchemeSchema } from '../schemes/schema.js';
import { FIELD_DOCS, NESTED_DOCS } from './schema-docs.js';

/** One JSON Schema file shipped in `schemas/`. */
export interface SchemaDocument {
  /** File name in `schemas/`, e.g. `ruleset.schema.json`. */
  readonly file: string;
  readonly schema: Record<string, unknown>;
}

type Json = Record<string, unknown>;

/** A period label, or a year written as a number (2018), as the data set schema reads it. */
const PERIOD_LABEL_JSON = {
  anyOf: [
    { type: 'string', pattern: '^\\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$' },
    { type: 'integer', minimum: 1000, maximum: 9999 },
  ],
};

/** Gives every property a one-line description (its own, or from {@link FIELD_DOCS}), walking the whole schema. */
function describeFields(node: unknown, parent: string): void {
  if (Array.isArray(node)) {
    for (const item of node) describeFields(item, parent);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const o = node as Json;
  for (const [key, value] of Object.entries(o)) {
    if (key === 'properties' && typeof value === 'object' && value !== null) {
      for (const [field, sub] of Object.entries(value as Json)) {
        const help = NESTED_DOCS[`${parent}.${field}`] ?? FIELD_DOCS[field];
        const target = sub as Json;
        if (typeof target.description !== 'string' && help !== undefined) target.description = help;
        describeFields(sub, field);
      }
    } else describeFields(value, parent);
  }
}

/**
 * Targets validated by their `kind` (OpenAPI's discriminator, which ajv runs with `discriminator: true`):
 * only the branch of the target's kind is checked, so one mistake gives one error instead of one per kind.
 */
function discriminateTargets(schema: Json): void {
  const targets = (schema.properties as Json | undefined)?.targets as Json | undefined;
  const items = targets?.items as Json | undefined;
  if (!targets || !items || !Array.isArray(items.oneOf)) return;
  targets.items = { type: 'object', discriminator: { propertyName: 'kind' }, required: ['kind'], ...items };
}

function generate(schema: z.ZodType, title: string, description: string): Record<string, unknown> {
  // draft-07: the draft editors (VS Code, JetBrains) validate and complete best.
  const json = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-7',
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema !== PeriodLabelSchema) return;
      for (const key of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Json)[key];
      Object.assign(ctx.jsonSchema, PERIOD_LABEL_JSON);
    },
  }) as Json;
  discriminateTargets(json);
  describeFields(json, '');
  const { $schema, ...rest } = json;
  return { $schema, title, description, ...rest };
}

/**
 * The JSON Schemas of the library's input files, generated from the zod schemas (input side: what
 * a file may omit, defaults are not required). Rule sets and data sets point at theirs with
 * `"$schema": "../schemas/ruleset.schema.json"` so editors validate and complete them.
 */
export function jsonSchemas(): SchemaDocument[] {
  return [
    {
      file: 'ruleset.schema.json',
      schema: generate(
        RuleSetSchema,
        'quality-scorecard rule set',
        'One official quality plan encoded as data: categories, targets with their source clauses, scoring. See docs/DESIGN.md.',
      ),
    },
    {
      file: 'dataset.schema.json',
      schema: generate(
        DataSetSchema,
        'quality-scorecard data set',
        "One region's observations for one period, with provenance, benchmarks and events. See docs/DESIGN.md.",
      ),
    },
    {
      file: 'catalogue.schema.json',
      schema: generate(
        CatalogueSchema,
        'quality-scorecard indicator catalogue',
        'Shared indicators that several rule sets refer to by id.',
      ),
    },
    {
      file: 'scheme.schema.json',
      schema: generate(
        SchemeSchema,
        'quality-scorecard assessment scheme',
        'How a rule set is scored in an assessment (考核细则/评分标准): methods, weights, bonus and penalty items, vetoes, grade bands.',
      ),
    },
  ];
}

/** A schema as its file's text: two-space JSON with a final newline. */
export function schemaFileText(doc: SchemaDocument): string {
  return `${JSON.stringify(doc.schema, null, 2)}\n`;
}
