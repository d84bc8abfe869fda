import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/core/decimal.js';
import type { Indicator } from '../../src/indicators/schema.js';
import type { EvaluationContext, Gathered } from '../../src/kinds/contract.js';
import { gatherAvailable, gatherCurrent, missingFor } from '../../src/kinds/gather.js';
import { MESSAGES } from '../../src/locales/index.js';
import type { FactEntry } from '../../src/observations/entries.js';
import type { RegionData } from '../../src/observations/normalize.js';

const indicator = { id: 'rate-a', unit: '%', kind: 'rate' } as unknown as Indicator;

/** What gatherCurrent gave before it read one indicator on its own: all that is available, missing → no_data. */
function throughAvailable(indicators: readonly Indicator[], ctx: EvaluationContext): Gathered {
  const gathered = gatherAvailable(indicators, ctx);
  if (gathered.kind === 'facts' && gathered.missing)
    return { kind: 'no_data', missing: gathered.missing, observed: gathered.observed };
  return gathered;
}

/** An entry of the current period in each form the data take, or none, or one of another period only. */
const entryOf = fc.oneof(
  fc.constant(undefined),
  fc.constant('other-period' as const),
  fc.record({ value: fc.constantFrom('95', '-0', '83.5045', '0.12345678901234567890123') }).map(({ value }) => ({
    value: new D(value),
  })),
  fc.record({ value: fc.constantFrom('94.4'), counts: fc.constant({ passed: 944, sampled: 1000 }) }).map((e) => ({
    value: new D(e.value),
    counts: e.counts,
  })),
  fc.boolean().map((flag) => ({ flag })),
  fc.constant({ value: new D(3), rank: { position: 3, of: 12 } }),
  fc.constant({ notApplicable: '本地区无此类企业' }),
  fc.constant({}),
  fc.constant({ value: new D('1.5'), provenance: { source: '统计公报' }, evidence: '文件' }),
);

function contextWith(entry: Partial<FactEntry> | 'other-period' | undefined): EvaluationContext {
  const byPeriod = new Map<string, FactEntry>();
  if (entry !== undefined) {
    const period = entry === 'other-period' ? '2017' : '2018';
    const fields = entry === 'other-period' ? { value: new D(1) } : entry;
    byPeriod.set(period, { indicator: indicator.id, period, path: '$.observations[0]', ...fields } as FactEntry);
  }
  const facts = new Map([[indicator.id, byPeriod]]);
  const region = { period: '2018', asOf: '2018-12-31', facts } as unknown as RegionData;
  return { region, asOf: '2018-12-31' };
}

describe('gathering one indicator on its own', () => {
  it('gives what gathering all that is available gave, key for key, in every form an entry takes', () => {
    fc.assert(
      fc.property(entryOf, (entry) => {
        const ctx = contextWith(entry);
        const got = gatherCurrent([indicator], ctx);
        const expected = throughAvailable([indicator], ctx);
        expect(got).toEqual(expected);
        expect(Object.keys(got)).toEqual(Object.keys(expected));
        if (got.kind === 'facts' && expected.kind === 'facts') {
          expect([...got.facts]).toEqual([...expected.facts]);
          expect(got.observed.map((o) => Object.keys(o))).toEqual(expected.observed.map((o) => Object.keys(o)));
        }
      }),
      { numRuns: 500, seed: 1621 },
    );
  });

  it('reads a figure, a flag, a missing figure and a declared not-applicable as before', () => {
    expect(gatherCurrent([indicator], contextWith({ value: new D('95') }))).toMatchObject({
      kind: 'facts',
      observed: [{ indicator: 'rate-a', period: '2018', value: '95', unit: '%' }],
    });
    expect(gatherCurrent([indicator], contextWith({ flag: false })).kind).toBe('facts');
    expect(gatherCurrent([indicator], contextWith(undefined))).toMatchObject({ kind: 'no_data', observed: [] });
    expect(gatherCurrent([indicator], contextWith('other-period')).kind).toBe('no_data');
    expect(gatherCurrent([indicator], contextWith({ notApplicable: '无' }))).toEqual({
      kind: 'not_applicable',
      reason: '无',
      indicator: 'rate-a',
    });
  });
});

describe('the missing item of a period', () => {
  it('says what observationFor says for every label, each item its own object', () => {
    const labels = ['2018', '2018-H1', '2018-Q3', '2018-07', '2019', '2018'];
    const seen = new Set<object>();
    for (const label of labels) {
      const item = missingFor('rate-a', label);
      expect(item).toEqual({ indicator: 'rate-a', what: MESSAGES.observationFor(label) });
      expect(seen.has(item.what)).toBe(false);
      seen.add(item.what);
    }
    expect(missingFor('rate-b', '2018-Q3').what).toEqual({
      'zh-Hans': '2018年第3季度数据',
      'zh-Hant': '2018年第3季度數據',
      en: 'the Q3 2018 figure',
    });
    // Editing one report's item leaves the next one's words alone.
    const first = missingFor('rate-a', '2020');
    (first.what as { en: string }).en = 'edited';
    expect(missingFor('rate-a', '2020').what.en).toBe('the 2020 figure');
  });
});
