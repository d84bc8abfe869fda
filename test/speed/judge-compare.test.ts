import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, type Dec, decimalString } from '../../src/core/decimal.js';
import { decimalFromText } from '../../src/core/decimal-text.js';
import { gapTexts, quantityTexts } from '../../src/core/unit-format.js';
import { parseUnit, type Unit } from '../../src/core/units.js';
import { applyOperator, decimalComparison, OPERATOR_NAMES, type OperatorName } from '../../src/kinds/operators.js';
import { plainSpellings } from './spellings.js';

/** What decimal.js's own comparison methods answer for each numeric operator. */
const BY_DECIMAL_JS: Record<string, (a: Dec, b: Dec) => boolean> = {
  atLeast: (a, b) => a.gte(b),
  moreThan: (a, b) => a.gt(b),
  atMost: (a, b) => a.lte(b),
  lessThan: (a, b) => a.lt(b),
  equalTo: (a, b) => a.eq(b),
};
const NUMERIC = OPERATOR_NAMES.filter((name) => name !== 'isTrue' && name !== 'isFalse');

/** Spellings, their equal twins spelt otherwise, and values one unit apart in the 40th digit. */
const spelling = fc.oneof(
  plainSpellings({ extra: [fc.stringMatching(/^9{1,40}$/)] }),
  fc.constantFrom('0', '-0', '95', '95.0', '94.99999999999999999999999999999999999999', '-95', '0.0000001'),
);

describe('numeric operators compare two Decimals from their fields', () => {
  it('answer what decimal.js gte/gt/lte/lt/eq answer on random, equal and neighbouring pairs', () => {
    fc.assert(
      fc.property(spelling, spelling, fc.constantFrom(0, 1, 2, 3), fc.constantFrom(...NUMERIC), (a, b, how, op) => {
        const x = new D(a);
        const y = how === 0 ? new D(b) : how === 1 ? decimalFromText(a) : how === 2 ? x.neg() : x.plus('1e-39');
        const compare = decimalComparison(op) as (p: Dec, q: Dec) => boolean;
        const expected = BY_DECIMAL_JS[op] as (p: Dec, q: Dec) => boolean;
        expect(compare(x, y), `${x} ${op} ${y}`).toBe(expected(x, y));
        expect(compare(y, x), `${y} ${op} ${x}`).toBe(expected(y, x));
      }),
      { numRuns: 20_000, seed: 1613 },
    );
  });

  it('hold each boundary as the documents read it: at least 95 takes 95, more than 95 does not', () => {
    const at = (op: OperatorName, a: string, b: string) => applyOperator(op, new D(a), b);
    expect(at('atLeast', '95', '95')).toBe(true);
    expect(at('atLeast', '94.9999999999999999999999999999999999999', '95')).toBe(false);
    expect(at('moreThan', '95', '95.0')).toBe(false);
    expect(at('moreThan', '95.0000000000000000000000000000000000001', '95')).toBe(true);
    expect(at('atMost', '35', '35')).toBe(true);
    expect(at('atMost', '35.0001', '35')).toBe(false);
    expect(at('lessThan', '-0', '0')).toBe(false);
    expect(at('lessThan', '-0.0001', '0')).toBe(true);
    expect(at('equalTo', '-0', '0')).toBe(true);
    expect(at('equalTo', '100.00', '100')).toBe(true);
    // NaN and the infinities compare as decimal.js compares them (NaN never satisfies an operator).
    const nan = new D(Number.NaN);
    const inf = new D(Number.POSITIVE_INFINITY);
    for (const op of NUMERIC) {
      const compare = decimalComparison(op) as (p: Dec, q: Dec) => boolean;
      const expected = BY_DECIMAL_JS[op] as (p: Dec, q: Dec) => boolean;
      for (const [p, q] of [
        [nan, new D(1)],
        [new D(1), nan],
        [inf, new D(1)],
        [inf, inf],
        [new D(-1), inf.neg()],
      ] as const)
        expect(compare(p, q), `${p} ${op} ${q}`).toBe(expected(p, q));
    }
  });
});

const unit = (s: string) => parseUnit(s) as Unit;
const PLURAL = new Intl.PluralRules('en');

describe('the English singular, told from the spelling before any number is parsed', () => {
  // Figures near ±1 (where the singular lives), and any figure at all.
  const nearOne = fc
    .tuple(fc.boolean(), fc.integer({ min: -30_000, max: 30_000 }), fc.integer({ min: 2, max: 8 }))
    .map(([negative, offset, scale]) => new D(1).plus(new D(offset).div(10 ** scale)).times(negative ? -1 : 1));
  const anyFigure = plainSpellings().map((text) => new D(text));

  it('is singular exactly where Intl.PluralRules says one of the printed figure', () => {
    const firms = unit('家');
    const percent = unit('%');
    fc.assert(
      fc.property(fc.oneof(nearOne, anyFigure), fc.integer({ min: 0, max: 8 }), (v, places) => {
        const plain = decimalString(v, places);
        const one = PLURAL.select(Number(plain)) === 'one';
        const [figure, noun] = quantityTexts(v, firms, places).en.split(' ');
        expect(figure?.replaceAll(',', ''), plain).toBe(plain);
        expect(noun, plain).toBe(one ? 'organisation' : 'organisations');
        const gap = v.abs();
        const gapPlain = gapTexts(gap, percent, places).en.split(' ')[0] as string;
        const gapOne = PLURAL.select(Number(gapPlain)) === 'one';
        expect(gapTexts(gap, percent, places).en).toBe(
          `${gapPlain} ${gapOne ? 'percentage point' : 'percentage points'}`,
        );
      }),
      { numRuns: 8_000, seed: 1614 },
    );
  });

  it('keeps the singular at and around the edges of Intl rounding and of the 0.99 prefix', () => {
    const firms = unit('家');
    const en = (text: string) => quantityTexts(new D(text), firms, 8).en;
    expect(en('1')).toBe('1 organisation');
    expect(en('-1')).toBe('-1 organisation');
    expect(en('1.0004')).toBe('1.0004 organisation');
    expect(en('1.0005')).toBe('1.0005 organisations');
    expect(en('0.9995')).toBe('0.9995 organisation');
    expect(en('0.9994')).toBe('0.9994 organisations');
    expect(en('-0.99951')).toBe('-0.99951 organisation');
    expect(en('0.99')).toBe('0.99 organisations');
    expect(en('10')).toBe('10 organisations');
    expect(en('11')).toBe('11 organisations');
    expect(en('0.1')).toBe('0.1 organisations');
    expect(en('2')).toBe('2 organisations');
  });
});
