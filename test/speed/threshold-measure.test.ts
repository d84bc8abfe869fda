import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, type Dec, ONE, ZERO } from '../../src/core/decimal.js';
import { gapTexts } from '../../src/core/unit-format.js';
import { parseUnit, type Unit } from '../../src/core/units.js';
import { comparisonAttainment, comparisonAttainmentText } from '../../src/kinds/attainment.js';
import { comparisonOf, measureAgainst } from '../../src/kinds/measurement.js';
import type { OperatorName } from '../../src/kinds/operators.js';

const OPERATORS: OperatorName[] = ['atLeast', 'moreThan', 'atMost', 'lessThan', 'equalTo'];
const UNITS = ['%', '亿元', '家', 'fraction'].map((s) => parseUnit(s) as Unit);
const observed = { 'zh-Hans': '', 'zh-Hant': '', en: '' };

/** Figures around a threshold: short or long (past 15 digits), either sign, zero included. */
const figure = fc.oneof(
  fc
    .tuple(fc.integer({ min: -999_999, max: 999_999 }), fc.integer({ min: 0, max: 6 }))
    .map(([n, s]) => new D(n).div(10 ** s)),
  fc.constantFrom('0', '95', '-3', '100.5', '95.00000000000000000001').map((t) => new D(t)),
);

/** What a comparison measurement was before it took a compiled comparison: the gap and the attainment on their own. */
function expectedGap(operator: OperatorName, value: Dec, threshold: Dec): Dec {
  if (operator === 'atLeast' || operator === 'moreThan') return threshold.minus(value);
  if (operator === 'atMost' || operator === 'lessThan') return value.minus(threshold);
  return value.minus(threshold).abs();
}

describe('a comparison measured against its compiled form', () => {
  it('gives the gap, its texts, the 40-digit attainment and its text of the comparison worked out afresh', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...OPERATORS),
        figure,
        figure,
        fc.constantFrom(...UNITS),
        (op, value, threshold, unit) => {
          const m = measureAgainst(comparisonOf(op, threshold, unit), value, false, observed);
          const gap = expectedGap(op, value, threshold);
          expect(m.gap?.eq(gap)).toBe(true);
          expect(m.gapText).toEqual(gapTexts(gap, unit));
          expect(m.gapUnit).toBe(unit.gapSymbol);
          expect(m.attainment.eq(comparisonAttainment(op, value, threshold))).toBe(true);
          const attainment = comparisonAttainment(op, value, threshold);
          expect(m.attainment.toString()).toBe(attainment.toString());
          expect([m.attainment.d, m.attainment.e, m.attainment.s]).toEqual([attainment.d, attainment.e, attainment.s]);
          expect(m.attainmentText).toBe(comparisonAttainmentText(op, value, threshold));
          expect(m.notes.length).toBe(gap.isZero() ? 1 : 0);
        },
      ),
      { numRuns: 4000, seed: 1617 },
    );
  });

  it('reads the side of the threshold from the gap: reached, no ratio, or the ratio', () => {
    const pct = parseUnit('%') as Unit;
    const atLeast95 = comparisonOf('atLeast', new D(95), pct);
    expect(measureAgainst(atLeast95, new D('92.7'), false, observed).attainmentText).toBe('0.9758');
    // A strict comparison missed by equality is at the threshold: full attainment, a zero gap and its note.
    const more95 = measureAgainst(comparisonOf('moreThan', new D(95), pct), new D(95), false, observed);
    expect(more95.attainment).toBe(ONE);
    expect(more95.attainmentText).toBe('1');
    expect(more95.gap?.isZero()).toBe(true);
    expect(more95.notes[0]?.en).toContain('95%');
    // A negative value against a positive floor attains nothing; a ceiling of 0 has no ratio either.
    expect(measureAgainst(atLeast95, new D(-3), false, observed).attainment).toBe(ZERO);
    const atMost0 = measureAgainst(comparisonOf('atMost', ZERO, pct), new D(3), false, observed);
    expect(atMost0.attainment).toBe(ZERO);
    expect(atMost0.attainmentText).toBe('0');
    expect(measureAgainst(comparisonOf('lessThan', new D(29), pct), new D(31), false, observed).attainmentText).toBe(
      '0.9355',
    );
    // Past 15 significant digits the text is left to the Decimal, as before.
    expect(measureAgainst(atLeast95, new D('92.70000000000000001'), false, observed).attainmentText).toBeUndefined();
    expect(measureAgainst(atLeast95, new D('92.7'), true, observed).attainment).toBe(ONE);
  });
});
