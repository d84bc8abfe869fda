import { describe, expect, it } from 'vitest';
import { data, rules, target } from '../../../test/support.js';
import { evaluate, evaluateWithEngine } from '../../report/evaluate.js';

describe('compound targets (json-rules-engine conditions)', () => {
  const cs = rules(
    [
      target('calibration', {
        kind: 'compound',
        condition: {
          all: [
            { fact: 'calibration-rate', operator: 'atLeast', value: 100, unit: '%' },
            { fact: 'calibration-pass-rate', operator: 'atLeast', value: '1', unit: 'fraction' },
          ],
        },
      }),
    ],
    {
      indicators: [
        {
          id: 'calibration-rate',
          names: { 'zh-Hans': '检定率', 'zh-Hant': '檢定率', en: 'calibration rate' },
          unit: '%',
          kind: 'rate',
          direction: 'higher',
        },
        {
          id: 'calibration-pass-rate',
          names: { 'zh-Hans': '检定合格率', 'zh-Hant': '檢定合格率', en: 'calibration pass rate' },
          unit: '%',
          kind: 'rate',
          direction: 'higher',
        },
      ],
    },
  );

  it('"检定率及检定合格率均达到100%": both at 100% meet; one at 98% fails with the mean attainment', async () => {
    const ok = data([
      { indicator: 'calibration-rate', value: 100, unit: '%' },
      { indicator: 'calibration-pass-rate', passed: 40, sampled: 40 },
    ]);
    expect(evaluate(cs, ok).targets[0]?.status).toBe('met');
    const short = data([
      { indicator: 'calibration-rate', value: 100, unit: '%' },
      { indicator: 'calibration-pass-rate', passed: 49, sampled: 50 },
    ]);
    const r = evaluate(cs, short).targets[0];
    expect(r?.status).toBe('not_met');
    expect(r?.attainment).toBe('0.99'); // (1 + 0.98) / 2
    expect(r?.requirement['zh-Hans']).toBe('检定率不低于100%且检定合格率不低于100%');
    expect((await evaluateWithEngine(cs, short)).targets[0]?.status).toBe('not_met');
  });

  it('exposes the compiled json-rules-engine rule with values in the indicator unit', () => {
    expect(cs.rules[0]).toEqual({
      name: 'calibration',
      conditions: {
        all: [
          { fact: 'calibration-rate', operator: 'atLeast', value: '100' },
          { fact: 'calibration-pass-rate', operator: 'atLeast', value: '100' },
        ],
      },
      event: { type: 'target-met', params: { target: 'calibration' } },
    });
  });
});
