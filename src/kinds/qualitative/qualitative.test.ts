import { describe, expect, it } from 'vitest';
import { data, rules, target } from '../../../test/support.js';
import { InvalidInputError } from '../../core/errors.js';
import { evaluate, evaluateWithEngine } from '../../report/evaluate.js';

const share = {
  id: 'closure-progress',
  names: { 'zh-Hans': '“五违四必”收尾完成程度' },
  unit: '%',
  kind: 'rate',
  direction: 'higher',
};

const tasks = rules(
  [
    target('closure', { kind: 'qualitative', indicator: 'closure-progress' }),
    target('group', { kind: 'qualitative', indicator: 'leading-group-established' }),
  ],
  { indicators: [share] },
);

const judged = (progress: unknown, done: unknown = { value: true, evidence: '镇发〔2018〕3号' }) =>
  data([
    { indicator: 'closure-progress', ...(progress as object) },
    { indicator: 'leading-group-established', ...(done as object) },
  ]);

describe('qualitative: a task without a bar, judged on recorded evidence', () => {
  it('done (true, or the whole task) meets, and the evidence is in the words', () => {
    const [closure, group] = evaluate(tasks, judged({ value: 100, unit: '%', evidence: '验收单' })).targets;
    expect(closure?.status).toBe('met');
    expect(closure?.observedText?.['zh-Hans']).toBe('完成（佐证：“验收单”）');
    expect(group?.status).toBe('met');
    expect(group?.observedText?.en).toBe('done (evidence: “镇发〔2018〕3号”)');
    expect(group?.requirement['zh-Hans']).toBe('依据佐证材料评定为完成（完成／部分完成／未完成）');
  });

  it('partly done is not met and attains the share done: 60% → 0.6; 99.99% is still partly', () => {
    const r = evaluate(tasks, judged({ value: 60, unit: '%', evidence: '12处完成8处' })).targets[0];
    expect([r?.status, r?.attainment, r?.gap]).toEqual(['not_met', '0.6', null]);
    expect(r?.observedText?.['zh-Hans']).toBe('部分完成（完成程度60%）（佐证：“12处完成8处”）');
    expect(r?.observedText?.['zh-Hant']).toBe('部分完成（完成程度60%）（佐證：「12处完成8处」）');
    const almost = evaluate(tasks, judged({ value: '99.99', unit: '%', evidence: '清单' })).targets[0];
    expect([almost?.status, almost?.attainment]).toEqual(['not_met', '0.9999']);
  });

  it('passed of sampled works as the share of sub-tasks done: 3 of 4 attains 0.75', () => {
    const r = evaluate(tasks, judged({ passed: 3, sampled: 4, evidence: '四项任务完成三项' })).targets[0];
    expect([r?.status, r?.attainment]).toEqual(['not_met', '0.75']);
  });

  it('not done (0, or false) attains nothing', () => {
    const [closure, group] = evaluate(
      tasks,
      judged({ value: 0, unit: '%', evidence: '未启动' }, { value: false, evidence: '未成立' }),
    ).targets;
    expect([closure?.status, closure?.attainment]).toEqual(['not_met', '0']);
    expect(closure?.observedText?.en).toBe('not done (evidence: “未启动”)');
    expect([group?.status, group?.attainment]).toEqual(['not_met', '0']);
  });

  it('no judgement, or a judgement without evidence, is no data and says the evidence is missing', () => {
    const r = evaluate(tasks, judged({ value: 100, unit: '%' })).targets[0];
    expect(r?.status).toBe('no_data');
    expect(r?.missing).toEqual([
      {
        indicator: 'closure-progress',
        what: {
          'zh-Hans': '2018评定的佐证材料',
          'zh-Hant': '2018評定的佐證材料',
          en: 'the evidence for the judgement of 2018',
        },
      },
    ]);
    const none = evaluate(tasks, data([])).targets;
    expect(none.map((t) => t.status)).toEqual(['no_data', 'no_data']);
  });

  it('json-rules-engine gives the same verdicts', async () => {
    for (const progress of [100, 60, 0]) {
      const input = judged({ value: progress, unit: '%', evidence: '记录' });
      const fast = evaluate(tasks, input).targets.map((t) => t.status);
      const engine = (await evaluateWithEngine(tasks, input)).targets.map((t) => t.status);
      expect(engine).toEqual(fast);
    }
  });

  it('an indicator that is neither a boolean nor a share is refused with E_WRONG_VALUE_TYPE', () => {
    try {
      rules([target('x', { kind: 'qualitative', indicator: 'pm25-annual-mean' })]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInputError);
      expect((e as InvalidInputError).issues.map((i) => [i.code, i.path])).toEqual([
        ['E_WRONG_VALUE_TYPE', '$.targets[0].indicator'],
      ]);
    }
  });
});
