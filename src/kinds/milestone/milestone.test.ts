import { describe, expect, it } from 'vitest';
import { data, rules, target } from '../../../test/support.js';
import { evaluate } from '../../report/evaluate.js';

describe('milestones', () => {
  const ms = rules([
    target('group', { kind: 'milestone', indicator: 'leading-group-established', category: 'product' }),
  ]);
  it('true with evidence meets; false does not; evidence is kept', () => {
    const r = evaluate(ms, data([{ indicator: 'leading-group-established', value: true, evidence: '镇发〔2018〕3号' }]))
      .targets[0];
    expect(r?.status).toBe('met');
    expect(r?.observed[0]?.evidence).toBe('镇发〔2018〕3号');
    expect(evaluate(ms, data([{ indicator: 'leading-group-established', value: false }])).targets[0]?.status).toBe(
      'not_met',
    );
  });
});
