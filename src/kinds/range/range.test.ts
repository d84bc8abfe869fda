import { describe, expect, it } from 'vitest';
import { data, rules, target } from '../../../test/support.js';
import { evaluate } from '../../report/evaluate.js';

const brands = target('brands', { kind: 'range', indicator: 'municipal-brand-products', min: 2, max: 3, unit: '只' });
const ranges = rules([brands]);

function statusOf(observations: unknown[]) {
  return evaluate(ranges, data(observations)).targets[0];
}

describe('range: the lower bound is required, the upper is a stretch level', () => {
  it('"2—3只": 3 meets, 1 does not, 4 meets (exceeding the stretch level is not penalised)', () => {
    expect(statusOf([{ indicator: 'municipal-brand-products', value: 3, unit: '只' }])?.status).toBe('met');
    const one = statusOf([{ indicator: 'municipal-brand-products', value: 1, unit: '只' }]);
    expect(one?.status).toBe('not_met');
    expect(one?.gap).toBe('1');
    expect(one?.attainment).toBe('0.5');
    const four = statusOf([{ indicator: 'municipal-brand-products', value: 4, unit: '只' }]);
    expect(four?.status).toBe('met');
    expect(four?.detail).toEqual({ stretchReached: true });
  });

  it('says both levels in the requirement, and notes a stretch level reached', () => {
    const four = statusOf([{ indicator: 'municipal-brand-products', value: 4, unit: '只' }]);
    expect(four?.requirement).toEqual({
      'zh-Hans': '不低于2只（力争3只）',
      'zh-Hant': '不低於2隻（力爭3隻）',
      en: 'at least 2 items (stretch: 3 items)',
    });
    expect(four?.explanation['zh-Hans']).toContain('已达到力争上限');
    const two = statusOf([{ indicator: 'municipal-brand-products', value: 2, unit: '只' }]);
    expect(two?.detail).toEqual({ stretchReached: false });
    expect(two?.explanation.en).not.toContain('stretch level reached');
  });
});
