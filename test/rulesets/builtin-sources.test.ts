import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_INDICATORS } from '../../src/indicators/catalogue.js';
import { RuleSetSchema } from '../../src/rulesets/schema.js';

const rulesDir = join(import.meta.dirname, '../../rules');
const ruleFiles = readdirSync(rulesDir).filter((f) => f.endsWith('.json') && f !== 'indicators.json');
const catalogueIds = new Set(BUILTIN_INDICATORS.map((i) => i.id));

describe.each(ruleFiles)('built-in rule set %s', (file) => {
  const raw = JSON.parse(readFileSync(join(rulesDir, file), 'utf8'));
  const parsed = RuleSetSchema.parse(raw);
  const source = readFileSync(join(rulesDir, 'sources', parsed.source.file), 'utf8');

  it('is named after its id', () => {
    expect(file).toBe(`${parsed.id}.json`);
  });

  it('quotes every target clause exactly from its source text', () => {
    const bad = parsed.targets.filter((t) => !source.includes(t.source.clause)).map((t) => t.id);
    expect(bad).toEqual([]);
  });

  it('names every section heading as it stands in the source', () => {
    const bad = parsed.targets
      .filter((t) => !t.source.section.split(' > ').every((part) => source.includes(part)))
      .map((t) => `${t.id}: ${t.source.section}`);
    expect(bad).toEqual([]);
  });

  it('refers only to known categories and indicators, with unique target ids', () => {
    const local = new Set((parsed.indicators ?? []).map((i) => i.id));
    const categories = new Set(parsed.categories.map((c) => c.id));
    const ids = parsed.targets.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of parsed.targets) {
      expect(categories.has(t.category), `${t.id} category ${t.category}`).toBe(true);
      if ('indicator' in t) {
        expect(local.has(t.indicator) || catalogueIds.has(t.indicator), `${t.id} indicator ${t.indicator}`).toBe(true);
      }
    }
    for (const id of local) expect(catalogueIds.has(id), `local indicator ${id} shadows the catalogue`).toBe(false);
  });

  it('marks 力争/争取/争创 clauses aspirational', () => {
    const wrong = parsed.targets
      .filter((t) => /力争|争取|争创|力爭|爭取|爭創/.test(t.source.clause) && t.commitment !== 'aspirational')
      .map((t) => t.id);
    expect(wrong).toEqual([]);
  });
});
