import { describe, expect, it } from 'vitest';
import { scheme } from '../../test/schemes/helpers.js';
import { rules, target } from '../../test/support.js';
import { InvalidInputError } from '../core/errors.js';
import type { CompiledRuleSet } from '../rulesets/load.js';
import { bindScheme } from '../schemes/bind.js';
import type { KindCapabilities } from './contract.js';
import { KIND_REGISTRY } from './registry.js';

type Expected = Omit<KindCapabilities, 'fullMarks'> & { readonly fullMarks: string | null };

const rate = 'product-sampling-pass-rate';

/** One target of every kind name on catalogue indicators, with the capabilities worked out by hand. */
const SAMPLES: Record<string, readonly [Record<string, unknown>, Expected]> = {
  // Full marks stay in the target's own unit: 0.95 as a fraction, not the indicator's 95%.
  at_least: [
    { indicator: rate, threshold: '0.95', unit: 'fraction' },
    { direction: 'higher', gap: true, fullMarks: '0.95' },
  ],
  more_than: [
    { indicator: 'construction-output', threshold: 150, unit: '亿元' },
    { direction: 'higher', gap: true, fullMarks: '150' },
  ],
  at_most: [
    { indicator: 'pm25-annual-mean', threshold: 29, unit: 'μg/m³' },
    { direction: 'lower', gap: true, fullMarks: '29' },
  ],
  less_than: [
    { indicator: 'pm25-annual-mean', threshold: '35.5', unit: 'μg/m³' },
    { direction: 'lower', gap: true, fullMarks: '35.5' },
  ],
  equal: [
    { indicator: rate, threshold: 100, unit: '%' },
    { direction: null, gap: true, fullMarks: '100' },
  ],
  range: [
    { indicator: 'municipal-brand-products', min: 2, max: 3, unit: '只' },
    { direction: 'higher', gap: true, fullMarks: '2' },
  ],
  zero: [{ indicator: 'major-quality-safety-incidents' }, { direction: null, gap: true, fullMarks: null }],
  milestone: [{ indicator: 'leading-group-established' }, { direction: null, gap: false, fullMarks: null }],
  compound: [
    { condition: { all: [{ fact: rate, operator: 'atLeast', value: 95 }] } },
    { direction: null, gap: false, fullMarks: null },
  ],
  trend: [
    { indicator: rate, direction: 'increase', strict: true, granularity: 'year' },
    { direction: null, gap: false, fullMarks: null },
  ],
  benchmark: [
    { indicator: rate, benchmark: 'district-average', comparison: 'at_least' },
    { direction: null, gap: true, fullMarks: null },
  ],
  rank: [
    { indicator: rate, top: { count: 3 }, peerGroup: '全县乡镇', ties: 'shared' },
    { direction: null, gap: false, fullMarks: null },
  ],
  frequency: [
    { event: 'inspection', per: 'year', min: 1 },
    { direction: null, gap: false, fullMarks: null },
  ],
  // The gap is in the change's unit (个百分点); by-value scoring would read the rate, not its change, so no direction.
  change: [
    {
      indicator: rate,
      measure: 'difference',
      direction: 'increase',
      amount: 3,
      unit: '个百分点',
      base: { period: '2017' },
    },
    { direction: null, gap: true, fullMarks: '3' },
  ],
  qualitative: [{ indicator: 'leading-group-established' }, { direction: null, gap: false, fullMarks: null }],
};

/** A rule set holding the sample target of `kind`, with id `t`. */
function sampleRuleSet(kind: string): CompiledRuleSet {
  const [fields] = SAMPLES[kind] ?? [{}];
  return rules([target('t', { kind, ...fields })]);
}

function bindingIssues(rs: CompiledRuleSet, method: Record<string, unknown>): Array<[string, string]> {
  try {
    bindScheme(scheme({ targets: [{ target: 't', method }] }), rs);
    return [];
  } catch (e) {
    if (!(e instanceof InvalidInputError)) throw e;
    return e.issues.map((i) => [i.code, i.path]);
  }
}

describe('every registered kind declares what scoring may ask of it', () => {
  it('has a hand-checked sample for every kind name in the registry', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(KIND_REGISTRY.flatMap((k) => k.kinds).sort());
  });

  it.each(Object.keys(SAMPLES))('%s', (kind) => {
    const compiled = sampleRuleSet(kind).targets[0]?.compiled;
    expect(compiled, `${kind} compiles`).toBeDefined();
    const { direction, gap, fullMarks } = compiled?.capabilities ?? {};
    expect({ direction, gap, fullMarks: fullMarks?.toString() ?? null }).toEqual(SAMPLES[kind]?.[1]);
  });
});

describe('scheme methods fit a target by its capabilities, not by its kind name', () => {
  const deduction = { method: 'deduction', per: 1, points: 1, partial: 'pro_rata' };
  const withoutGap = Object.keys(SAMPLES).filter((kind) => SAMPLES[kind]?.[1].gap === false);

  it('a kind without a gap refuses an explicit deduction method with E_UNSUPPORTED_KIND', () => {
    expect(withoutGap).toEqual(['milestone', 'compound', 'trend', 'rank', 'frequency', 'qualitative']);
    for (const kind of withoutGap)
      expect(bindingIssues(sampleRuleSet(kind), deduction), kind).toEqual([
        ['E_UNSUPPORTED_KIND', '$.targets[0].method.method'],
      ]);
  });

  it('a kind with a gap binds a deduction, even without a threshold to score by value (zero, benchmark)', () => {
    for (const kind of ['zero', 'benchmark', 'equal', 'change'])
      expect(bindingIssues(sampleRuleSet(kind), deduction), kind).toEqual([]);
  });

  it('proportional by value needs a better side and full marks: lower-is-better binds, equal and zero refuse', () => {
    expect(bindingIssues(sampleRuleSet('at_most'), { method: 'proportional', floor: 50 })).toEqual([]);
    // Lower is better, so the worthless goalpost must lie above the 29 that earns full marks.
    expect(bindingIssues(sampleRuleSet('at_most'), { method: 'proportional', floor: 20 })).toEqual([
      ['E_BAD_RANGE', '$.targets[0].method.floor'],
    ]);
    for (const kind of ['equal', 'zero', 'benchmark', 'change'])
      expect(bindingIssues(sampleRuleSet(kind), { method: 'proportional', floor: 0 }), kind).toEqual([
        ['E_UNSUPPORTED_KIND', '$.targets[0].method.method'],
      ]);
  });
});
