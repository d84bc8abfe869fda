/**
 * Issue 11, B5 and B6: a commitment left unclear (力争 may or may not govern the rest of the sentence)
 * and a deadline left open (到20XX年, or no year at all).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import { evaluate } from '../../src/report/evaluate.js';
import type { TargetResult } from '../../src/report/schema.js';
import { loadScheme } from '../../src/schemes/load.js';
import { data, rules, target } from '../support.js';

const names = (zh: string, en: string) => ({ 'zh-Hans': zh, 'zh-Hant': zh, en });

function scheme(extra: Record<string, unknown> = {}) {
  return loadScheme({
    schemaVersion: 1,
    id: 'test-scheme',
    names: names('测试考核细则', 'test scheme'),
    ruleSet: null,
    ...extra,
  });
}

const passRate = (id: string, commitment: string, extra: Record<string, unknown> = {}) =>
  target(id, {
    kind: 'at_least',
    indicator: 'product-sampling-pass-rate',
    threshold: 95,
    unit: '%',
    commitment,
    ...extra,
  });

describe('commitment: "unclear"', () => {
  const rs = rules([passRate('unclear', 'unclear'), passRate('plain', 'binding')]);
  const below = data([{ indicator: 'product-sampling-pass-rate', value: '94.99', unit: '%' }]);

  it('counts as binding by default and is flagged in the report, with the note in every locale', () => {
    const report = evaluate(rs, below);
    const r = report.targets[0] as TargetResult;
    expect([r.commitment, r.commitmentUnclear]).toEqual(['binding', true]);
    expect((report.targets[1] as TargetResult).commitmentUnclear).toBeUndefined();
    expect(report.counts.binding.not_met).toBe(2);
    expect(r.explanation['zh-Hans']).toContain('原文“力争”是否及于本目标不明确，本报告按约束性目标计');
    expect(r.explanation['zh-Hant']).toContain('原文「力爭」是否及於本目標不明確，本報告按約束性目標計');
    expect(r.explanation.en).toContain(
      'the source leaves unclear whether 力争 (strive to) governs this target; this report counts it as binding',
    );
  });

  it('a scheme may count it as aspirational: then `aspirational: "unscored"` leaves it out', () => {
    const asAspirational = evaluate(rs, below, {
      scheme: scheme({ unclearCommitment: 'aspirational', aspirational: 'unscored' }),
    });
    const [unclear, plain] = asAspirational.scheme?.targets ?? [];
    expect([unclear?.excluded, plain?.excluded]).toEqual(['aspirational_unscored', null]);
    const asBinding = evaluate(rs, below, { scheme: scheme({ aspirational: 'unscored' }) });
    expect(asBinding.scheme?.targets[0]?.excluded).toBeNull();
  });

  it('an unknown commitment is refused with its path', () => {
    try {
      rules([passRate('x', 'maybe')]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).issues[0]?.path).toBe('$.targets[0].commitment');
    }
  });

  it('property: an unclear target scores exactly as the commitment the scheme resolves it to', () => {
    const commitments = fc.array(fc.constantFrom('binding', 'aspirational', 'unclear'), { minLength: 1, maxLength: 5 });
    const values = fc.array(fc.constantFrom('94.99', '95', '96'), { minLength: 5, maxLength: 5 });
    fc.assert(
      fc.property(commitments, values, fc.constantFrom('binding', 'aspirational'), (cs, vs, unclearAs) => {
        const indicators = ['product-sampling-pass-rate', 'food-sampling-pass-rate', 'drug-sampling-pass-rate'];
        const targets = (resolve: boolean) =>
          cs.map((c, i) =>
            target(`t${i}`, {
              kind: 'at_least',
              indicator: indicators[i % 3],
              threshold: vs[i],
              unit: '%',
              commitment: resolve && c === 'unclear' ? unclearAs : c,
            }),
          );
        const d = data(indicators.map((indicator, i) => ({ indicator, value: vs[(i + 1) % 5], unit: '%' })));
        const options = { scheme: scheme({ unclearCommitment: unclearAs, aspirational: 'unscored' }) };
        const written = evaluate(rules(targets(false)), d, options).scheme;
        const resolved = evaluate(rules(targets(true)), d, options).scheme;
        expect(written?.scores.total).toBe(resolved?.scores.total);
        expect(written?.targets.map((t) => t.excluded)).toEqual(resolved?.targets.map((t) => t.excluded));
      }),
      { numRuns: 60 },
    );
  });
});

describe('an open deadline (到20XX年 / no year)', () => {
  const open = (reason: string) => rules([passRate('t', 'binding', { openDeadline: reason })]);
  const dated = rules([passRate('t', 'binding')]);
  const judged = (rs: ReturnType<typeof rules>, value: string, asOf: string) =>
    evaluate(rs, data([{ indicator: 'product-sampling-pass-rate', value, unit: '%' }]), { asOf })
      .targets[0] as TargetResult;

  it('is judged as of the as-of date: not met at mid-year is not_met, not not_due; flagged in every locale', () => {
    const r = judged(open('year_placeholder'), '94.99', '2018-06-30');
    expect([r.status, r.provisional, r.deadline, r.openDeadline]).toEqual([
      'not_met',
      false,
      '2018-06-30',
      'year_placeholder',
    ]);
    expect(r.explanation['zh-Hans']).toContain('原文未写明截止年份，按评估日2018-06-30判断');
    expect(r.explanation['zh-Hant']).toContain('原文未寫明截止年份，按評估日2018-06-30判斷');
    expect(r.explanation.en).toContain('the source leaves the deadline year blank; judged as of 2018-06-30');
    // The same target with the plan end as its deadline is not yet due.
    expect(judged(dated, '94.99', '2018-06-30').status).toBe('not_due');
  });

  it('met at mid-year is met and final (not provisional); no_year says so', () => {
    const r = judged(open('no_year'), '95', '2018-06-30');
    expect([r.status, r.provisional, r.openDeadline]).toEqual(['met', false, 'no_year']);
    expect(r.explanation['zh-Hans']).toContain('原文未写截止时间，按评估日2018-06-30判断');
    expect(r.explanation.en).toContain('the source gives no deadline; judged as of 2018-06-30');
  });

  it('a deadline and an open deadline together are refused at the open deadline', () => {
    try {
      rules([passRate('t', 'binding', { deadline: '2018-12-31', openDeadline: 'no_year' })]);
      expect.unreachable();
    } catch (error) {
      const issue = (error as InvalidInputError).issues[0];
      expect([issue?.code, issue?.path]).toEqual(['E_SCHEMA', '$.targets[0].openDeadline']);
      expect(issue?.expected.en).toBe('either deadline or openDeadline, not both');
    }
  });

  it('property: never not_due, and the same verdict as a deadline on the as-of date itself', () => {
    const day = fc
      .integer({ min: 0, max: 364 })
      .map((n) => new Date(Date.UTC(2018, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.constantFrom('94', '94.99', '95', '95.01'), (asOf, value) => {
        const r = judged(open('no_year'), value, asOf);
        expect(r.status).not.toBe('not_due');
        expect(r.provisional).toBe(false);
        const onTheDay = judged(rules([passRate('t', 'binding', { deadline: asOf })]), value, asOf);
        expect(r.status).toBe(onTheDay.status);
      }),
      { numRuns: 60 },
    );
  });
});
