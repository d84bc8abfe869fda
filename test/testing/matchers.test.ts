import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/schema.js';
import { createScorecardMatchers, describeShortfalls, scorecardMatchers } from '../../src/testing/vitest.js';
import { demoReport } from '../reports/support.js';

expect.extend(scorecardMatchers);

const short = demoReport();
const met = demoReport('demo-all-met.json');

/** The message vitest shows when `run` fails, with runs of spaces (column padding) collapsed. */
function failure(run: () => void): string {
  try {
    run();
  } catch (error) {
    return (error instanceof Error ? error.message : String(error)).replace(/ {2,}/g, ' ');
  }
  throw new Error('expected the assertion to fail');
}

describe('toMeetTarget', () => {
  it('passes for a met target and fails for another, printing observed, required, gap and clause', () => {
    expect(short).toMeetTarget('completed-works-acceptance-rate');
    const message = failure(() => expect(short).toMeetTarget('product-sampling-pass-rate'));
    expect(message).toContain(
      'expected target product-sampling-pass-rate of report demo-town-2018 for 示范镇 (2018, as of 2018-12-31) to be met, but it is not_met',
    );
    expect(message).toContain('Observed: 94.5%');
    expect(message).toContain('Required: at least 95%');
    expect(message).toContain('Gap: 0.5 percentage points');
    expect(message).toContain('Clause: “产品质量监督抽查合格率达到95%” (二、工作目标 > （一）产品质量)');
    expect(message).toContain('Departments: lead: 市场监管所; responsible: 经发办, 各村（居）委会');
  });

  it('works with .not, and names the targets when the id is unknown', () => {
    expect(short).not.toMeetTarget('pm25-annual-mean');
    expect(failure(() => expect(short).not.toMeetTarget('completed-works-acceptance-rate'))).toContain(
      'not to be met, but it is',
    );
    expect(failure(() => expect(short).toMeetTarget('no-such-target'))).toContain(
      'the report has no target "no-such-target"; its targets: product-sampling-pass-rate, ',
    );
  });
});

describe('toMeetAllBindingTargets', () => {
  it('passes when every binding target is met', () => {
    expect(met).toMeetAllBindingTargets();
  });

  it('fails listing every binding shortfall by points lost', () => {
    const message = failure(() => expect(short).toMeetAllBindingTargets());
    expect(message).toContain('to meet every binding target, but 4 of 8 fall short (score 62.50 / 100, grade C)');
    const order = [
      'construction-output',
      'product-sampling-pass-rate',
      'food-sampling-pass-rate',
      'pm25-annual-mean',
    ].map((id) => message.indexOf(`✗ ${id} (`));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > (order[i - 1] as number)))).toBe(true);
    expect(message).toContain('Observed: 31 μg/m³');
    expect(message).toContain('Required: at most 29 μg/m³');
    expect(message).toContain('Gap: 2 μg/m³');
    expect(message).toContain('“PM2.5浓度29微克/立方米”');
    // The aspirational target without data is not a binding shortfall.
    expect(message).not.toContain('provincial-brand-products');
  });

  it('fails on a veto even when no binding target is listed', () => {
    const vetoed: Report = { ...met, vetoed: true, vetoedBy: ['major-quality-safety-incidents'], grade: 'D' };
    expect(failure(() => expect(vetoed).toMeetAllBindingTargets())).toContain(
      'veto (一票否决) by major-quality-safety-incidents',
    );
  });
});

describe('toHaveGrade and toScoreAtLeast', () => {
  it('compare the grade and the exact decimal score', () => {
    expect(short).toHaveGrade('C');
    expect(short).toScoreAtLeast(62.5);
    expect(short).toScoreAtLeast('62.50');
    expect(short).not.toScoreAtLeast('62.51');
    const grade = failure(() => expect(short).toHaveGrade('A'));
    expect(grade).toContain('to have grade A, but it has C (score 62.50 / 100, grade C, band [60, 80))');
    expect(grade).toContain('shortfalls:');
    expect(grade).toContain('✗ construction-output');
    const score = failure(() => expect(short).toScoreAtLeast(90));
    expect(score).toContain('to score at least 90, but it scores 62.50');
    expect(score).toContain('Gap: 0.4 percentage points');
  });

  it('reject what is not a report, and a bad minimum', () => {
    expect(failure(() => expect({ score: 100 }).toHaveGrade('A'))).toContain('expected a quality-scorecard Report');
    expect(failure(() => expect(short).toScoreAtLeast('lots'))).toContain(
      'toScoreAtLeast needs a number or decimal string',
    );
  });

  it('work inside asymmetric matchers', () => {
    expect({ report: met }).toEqual({ report: expect.toMeetAllBindingTargets() });
  });
});

describe('messages in other languages', () => {
  it('createScorecardMatchers({ locale }) words the figures in that language', () => {
    const zh = createScorecardMatchers({ locale: 'zh-Hans' });
    const result = zh.toMeetAllBindingTargets.call({ isNot: false }, short);
    expect(result.pass).toBe(false);
    const message = result.message().replace(/ {2,}/g, ' ');
    expect(message).toContain('实际值: 94.5%');
    expect(message).toContain('差距: 0.5个百分点');
    expect(describeShortfalls(short, 'zh-Hant')).toContain('未達標');
  });
});
