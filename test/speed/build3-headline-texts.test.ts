import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decimalString, ZERO } from '../../src/core/decimal.js';
import { loadDataSet } from '../../src/observations/normalize.js';
import { evaluate } from '../../src/report/evaluate.js';
import { BUILTIN_RULE_SET_IDS, loadBuiltinRuleSet } from '../../src/rulesets/builtin.js';
import { headlineScoring } from '../../src/schemes/builtin.js';
import { bandInterval } from '../../src/scoring/bands.js';

// A report prints its grade band's interval once per band of the plan, and the bonus of a plan without
// bonus items once: these hold both to printing them afresh, on every fixture at three as-of dates (so
// regions fall in different bands, one after another, and a later report reads the kept text).

const FIXTURES = BUILTIN_RULE_SET_IDS.flatMap((id) =>
  readdirSync(`fixtures/${id}`)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ id, json: JSON.parse(readFileSync(`fixtures/${id}/${f}`, 'utf8')) as unknown })),
);

describe('the headline texts printed once', () => {
  it('a grade band prints as bandInterval of the band graded into, and no bonus as 0', () => {
    const bands = new Set<string>();
    for (const { id, json } of FIXTURES) {
      const rs = loadBuiltinRuleSet(id);
      const plan = headlineScoring(rs).plan;
      const region = loadDataSet(json, rs.indicator);
      for (const asOf of [region.asOf, '2016-06-30', '2031-12-31']) {
        const report = evaluate(rs, region, { asOf });
        const band = plan.bands.find((b) => b.grade === report.grade);
        if (report.gradeBand !== null) {
          expect(band, `${id} ${asOf}`).toBeDefined();
          expect(report.gradeBand).toBe(bandInterval(band as NonNullable<typeof band>));
          bands.add(`${id} ${report.gradeBand}`);
        } else expect(report.vetoed || report.score === null).toBe(true);
        // No bonus items: the scorer's zero, printed as decimalString prints it.
        if (headlineScoring(rs).adjustments.length === 0) expect(report.scoring.bonus).toBe(decimalString(ZERO, 4));
      }
    }
    // Several bands were printed, so the kept texts were read for more than one band.
    expect(bands.size).toBeGreaterThan(5);
  });
});
