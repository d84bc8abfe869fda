import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import type { Indicator } from '../../src/indicators/schema.js';
import { cleanLoad } from '../../src/observations/clean.js';
import { type IndicatorLookup, loadDataSet } from '../../src/observations/normalize.js';
import { isIndicatorId } from '../../src/observations/validate.js';

const pct: Indicator = Object.freeze({
  id: 'r-pct',
  names: { 'zh-Hans': '合格率', 'zh-Hant': '合格率', en: 'pass rate' },
  unit: '%',
  kind: 'rate',
  direction: 'higher',
});
const dataSet = (indicator: string) => ({
  schemaVersion: 1,
  region: { id: 'a', name: '甲' },
  period: '2018',
  observations: [{ indicator, value: '95.5', unit: '%' }],
});
/** The issues loadDataSet throws, or 'loaded'. */
function outcome(indicator: string, lookup: IndicatorLookup): unknown {
  try {
    loadDataSet(dataSet(indicator), lookup);
    return 'loaded';
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    return error.issues.map((i) => [i.code, i.path]);
  }
}

describe('the one-pass load checks an observation’s indicator id by its indicator’s', () => {
  it('spells ids as the schemas do', () => {
    for (const id of ['r-pct', 'pm25', 'a-1-b', '0']) expect(isIndicatorId(id), id).toBe(true);
    for (const id of ['R-PCT', 'r_pct', 'r--pct', '-r', 'r-', '', 'r pct', '__proto__'])
      expect(isIndicatorId(id), id).toBe(false);
  });

  it('refuses an ill-spelt id even when the lookup answers for it, with the validator’s issue', () => {
    const anything: IndicatorLookup = () => pct;
    expect(cleanLoad(dataSet('r-pct'), anything)).toBeDefined();
    for (const id of ['R-PCT', 'r_pct', 'r--pct', 'r pct']) {
      expect(cleanLoad(dataSet(id), anything), id).toBeUndefined();
      expect(outcome(id, anything), id).toEqual([['E_SCHEMA', '$.observations[0].indicator']]);
    }
  });

  it('declines whatever a lookup answers for a text that is no id (an object’s prototype, null, a string)', () => {
    const table: Record<string, unknown> = { 'r-pct': pct };
    const lookups: IndicatorLookup[] = [
      (id) => table[id] as Indicator | undefined,
      (id) => (id === 'r-pct' ? pct : (null as unknown as Indicator)),
      (id) => (id === 'r-pct' ? pct : ('r-pct' as unknown as Indicator)),
    ];
    for (const lookup of lookups) {
      expect(outcome('r-pct', lookup)).toBe('loaded');
      for (const id of ['__proto__', 'Bad_Id']) {
        expect(cleanLoad(dataSet(id), lookup), id).toBeUndefined();
        expect(outcome(id, lookup), id).toEqual([['E_SCHEMA', '$.observations[0].indicator']]);
      }
    }
  });
});
