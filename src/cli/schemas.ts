import { z } from 'zod';
import { CatalogueSchema } from '../indicators/schema.js';
import { DataSetSchema } from '../observations/schema.js';
import { RuleSetSchema } from '../rulesets/schema.js';
import { SchemeSchema } from '../schemes/schema.js';

/** One JSON Schema file shipped in `schemas/`. */
export interface SchemaDocument {
  /** File name in `schemas/`, e.g. `ruleset.schema.json`. */
  readonly file: string;
  readonly schema: Record<string, unknown>;
}

function generate(schema: z.ZodType, title: string, description: string): Record<string, unknown> {
  // draft-07: the draft editors (VS Code, JetBrains) validate and complete best.
  const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-7', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
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
