import { describe, expect, it } from 'vitest';
import { D } from '../../src/core/decimal.js';
import { applyOperator } from '../../src/kinds/operators.js';

describe('decimal operators', () => {
  it.each([
    ['atLeast', '95', '95', true],
    ['atLeast', '94.99', '95', false],
    ['moreThan', '150', '150', false],
    ['moreThan', '150.0001', '150', true],
    ['atMost', '29', '29', true],
    ['atMost', '29.1', '29', false],
    ['lessThan', '29', '29', false],
    ['lessThan', '28.9999', '29', true],
    ['equalTo', '0.3', '0.30', true],
    ['equalTo', '0.30000000000000004', '0.3', false],
  ] as const)('%s(%s, %s) is %s', (op, a, b, expected) => {
    expect(applyOperator(op, new D(a), b)).toBe(expected);
    expect(applyOperator(op, a, b)).toBe(expected);
  });
  it('a missing or non-numeric fact satisfies no operator, not even isFalse', () => {
    for (const op of ['atLeast', 'moreThan', 'atMost', 'lessThan', 'equalTo', 'isTrue', 'isFalse'] as const) {
      expect(applyOperator(op, undefined, '0')).toBe(false);
    }
    expect(applyOperator('atLeast', 'NaN', '0')).toBe(false);
    expect(applyOperator('atLeast', '1e5', '0')).toBe(false);
    expect(applyOperator('isFalse', false, true)).toBe(true);
    expect(applyOperator('isTrue', 'true', true)).toBe(false);
  });
});
