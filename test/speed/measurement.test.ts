import { describe, expect, it } from 'vitest';
import { D } from '../../src/core/decimal.js';
import { parseUnit, type Unit } from '../../src/core/units.js';
import { comparisonAttainment } from '../../src/kinds/attainment.js';
import { measureComparison, measurementOf } from '../../src/kinds/measurement.js';

const PERCENT = parseUnit('%') as Unit;
const text = { 'zh-Hans': '', 'zh-Hant': '', en: '' };

describe('a comparison measurement with its attainment printed exactly', () => {
  it('carries the report text and the 40-digit attainment as plain data, also through a spread copy', () => {
    const m = measureComparison('atLeast', new D('92.7'), new D(95), false, PERCENT, text);
    expect(m.attainmentText).toBe('0.9758');
    expect(m.attainment.eq(comparisonAttainment('atLeast', new D('92.7'), new D(95)))).toBe(true);
    expect(m.attainment.toString()).toBe('0.9757894736842105263157894736842105263158');
    // Kinds extend a measurement by spreading it (a not_due target adds its progress notes).
    const copy = measurementOf({ ...m, notes: [...m.notes, text] });
    expect(copy.attainment.eq(m.attainment)).toBe(true);
    expect(copy.attainmentText).toBe('0.9758');
    expect(Object.keys(m)).toContain('attainment');
    // A data property, not a getter: measurements keep one shape, and a copy is plain data.
    expect(Object.getOwnPropertyDescriptor(m, 'attainment')?.get).toBeUndefined();
  });

  it('falls back to the Decimal when a figure has more than 15 significant digits', () => {
    const value = new D('92.70000000000000001');
    const m = measureComparison('atLeast', value, new D(95), false, PERCENT, text);
    expect(m.attainmentText).toBeUndefined();
    expect(m.attainment.eq(value.div(95))).toBe(true);
  });
});
