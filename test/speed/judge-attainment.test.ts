import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, type Dec, maxDec, minDec, ONE, quotientByWord, ZERO } from '../../src/core/decimal.js';
import { comparisonAttainment, comparisonAttainmentText, quotientOf } from '../../src/kinds/attainment.js';
import type { OperatorName } from '../../src/kinds/operators.js';
import { plainSpellings } from './spellings.js';

const fields = (d: Dec) => ({ d: d.d, e: d.e, s: d.s });

/** The attainment as decimal.js works it out on its own: its comparisons and its 40-digit division. */
function byDecimalJs(operator: OperatorName, value: Dec, threshold: Dec): Dec {
  if (operator === 'atLeast' || operator === 'moreThan') {
    if (value.gte(threshold)) return ONE;
    if (threshold.isNegative() || threshold.isZero() || value.isNegative()) return ZERO;
    return value.div(threshold);
  }
  if (operator === 'atMost' || operator === 'lessThan') {
    if (value.lte(threshold)) return ONE;
    if (threshold.isNegative() || threshold.isZero()) return ZERO;
    return threshold.div(value);
  }
  return threshold.isZero() || value.isZero() ? ZERO : minDec(value, threshold).div(maxDec(value, threshold));
}

/** Random spellings, short figures (the word-divisor route), thresholds as plans write them. */
const figure = fc.oneof(
  plainSpellings(),
  plainSpellings({ digits: [fc.stringMatching(/^[1-9]\d{0,6}$/)], points: 6 }),
  fc.constantFrom('95', '92.5', '0', '-0', '-3', '100', '9999999', '10000000', '0.0000001'),
);
const operators: OperatorName[] = ['atLeast', 'moreThan', 'atMost', 'lessThan', 'equalTo'];

describe('attainments by one long division where the divisor is one digit word', () => {
  it('are the Decimals decimal.js divides out, field by field, and their texts unchanged', () => {
    fc.assert(
      fc.property(fc.constantFrom(...operators), figure, figure, (op, a, b) => {
        const value = new D(a);
        const threshold = new D(b);
        const expected = byDecimalJs(op, value, threshold);
        expect(fields(comparisonAttainment(op, value, threshold)), `${op} ${a} ${b}`).toEqual(fields(expected));
        const text = comparisonAttainmentText(op, value, threshold);
        if (text !== undefined) expect(text).toBe(expected.toDecimalPlaces(4, D.ROUND_HALF_UP).toString());
      }),
      { numRuns: 20_000, seed: 1619 },
    );
  });

  it('quotientOf divides as decimal.js does, by a word or not, and a mean by its count likewise', () => {
    fc.assert(
      fc.property(figure, figure, fc.integer({ min: 1, max: 12 }), (a, b, n) => {
        const x = new D(a);
        const y = new D(b);
        if (!y.isZero()) expect(fields(quotientOf(x, y)), `${a} / ${b}`).toEqual(fields(x.div(y)));
        if (!x.isZero()) expect(fields(quotientByWord(x, n) as Dec), `${a} / ${n}`).toEqual(fields(x.div(n)));
      }),
      { numRuns: 10_000, seed: 1620 },
    );
    // At the boundaries: a value at the threshold, one just under it, a negative value, a zero threshold.
    expect(comparisonAttainment('atLeast', new D('95'), new D('95.0'))).toBe(ONE);
    expect(comparisonAttainment('atLeast', new D('92.7'), new D('95')).toString()).toBe(
      '0.9757894736842105263157894736842105263158',
    );
    expect(comparisonAttainment('atMost', new D('31'), new D('29')).toString()).toBe(
      '0.935483870967741935483870967741935483871',
    );
    expect(comparisonAttainment('atLeast', new D('-1'), new D('95'))).toBe(ZERO);
    expect(comparisonAttainment('atMost', new D('1'), new D('0'))).toBe(ZERO);
    expect(comparisonAttainment('equalTo', new D('0'), new D('5'))).toBe(ZERO);
    expect(comparisonAttainment('equalTo', new D('6'), new D('5')).toString()).toBe(new D(5).div(6).toString());
  });
});
