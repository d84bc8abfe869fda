import { describe, expect, it } from 'vitest';
import { data, rules, target } from '../../../test/support.js';
import { evaluate } from '../../report/evaluate.js';

const incidents = rules([target('incidents', { kind: 'zero', indicator: 'major-quality-safety-incidents' })]);

function resultFor(count: number) {
  return evaluate(incidents, data([{ indicator: 'major-quality-safety-incidents', value: count, unit: '起' }]))
    .targets[0];
}

describe('zero: "不发生重特大质量安全事件"', () => {
  it('no incident meets, in every locale', () => {
    const r = resultFor(0);
    expect(r?.status).toBe('met');
    expect(r?.gap).toBeNull();
    expect(r?.requirement).toEqual({ 'zh-Hans': '不发生', 'zh-Hant': '不發生', en: 'none at all' });
    expect(r?.observedText?.['zh-Hans']).toBe('发生0起');
  });

  it('two incidents fail with nothing attained and a gap of 2起', () => {
    const r = resultFor(2);
    expect(r?.status).toBe('not_met');
    expect(r?.attainment).toBe('0');
    expect([r?.gap, r?.gapUnit]).toEqual(['2', '起']);
    expect(r?.gapText?.en).toBe('2 incidents');
    expect(r?.explanation['zh-Hant']).toContain('實際發生2起，要求不發生。');
  });
});
