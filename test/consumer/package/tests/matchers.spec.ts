import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { evaluate, InvalidInputError, loadBuiltinRuleSet, type Report } from 'quality-scorecard';
import { createScorecardMatchers, describeShortfalls } from 'quality-scorecard/vitest';
import { describe, expect, it } from 'vitest';

const root = dirname(createRequire(import.meta.url).resolve('quality-scorecard/package.json'));
const fixture = (id: string, file: string): unknown =>
  JSON.parse(readFileSync(join(root, 'fixtures', id, file), 'utf8'));

const met: Report = evaluate(loadBuiltinRuleSet('zhuanqiao-2018'), fixture('zhuanqiao-2018', 'all-met.json'));
const short: Report = evaluate(loadBuiltinRuleSet('zhuanqiao-2018'), fixture('zhuanqiao-2018', 'shortfalls.json'));

function failure(run: () => void): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a failure');
}

describe('quality-scorecard/vitest from the installed tarball', () => {
  it('passes on a region that meets its plan', () => {
    expect(met).toMeetAllBindingTargets();
    expect(met).toHaveGrade('A');
    expect(met).toScoreAtLeast('100');
    expect(met).toMeetTarget('product-sampling-pass-rate');
  });

  it('fails with the shortfalls spelled out', () => {
    const message = failure(() => expect(short).toMeetAllBindingTargets());
    expect(message).toMatch(/to meet every binding target, but \d+ of \d+ fall short/);
    expect(message).toMatch(/Observed:\s+\S/);
    expect(message).toMatch(/Required:\s+\S/);
    expect(message).toMatch(/Gap:\s+\S/);
    expect(message).toMatch(/Clause:\s+“/);
    expect(failure(() => expect(short).toHaveGrade('A'))).toContain(`but it has ${short.grade}`);
    expect(failure(() => expect(short).toScoreAtLeast(100))).toContain(`but it scores ${short.score}`);
    expect(short).not.toMeetAllBindingTargets();
  });

  it('speaks Chinese when asked', () => {
    const zh = createScorecardMatchers({ locale: 'zh-Hans' });
    expect(zh.toMeetAllBindingTargets.call({ isNot: false }, short).message()).toContain('实际值');
    expect(describeShortfalls(short, 'zh-Hant')).toContain('要求');
  });

  it('throws the package’s own InvalidInputError, with paths', () => {
    const error = (() => {
      try {
        evaluate(loadBuiltinRuleSet('zhuanqiao-2018'), {
          schemaVersion: 1,
          region: { id: 'x', name: 'X' },
          period: '2018',
          observations: [{ indicator: 'nope', value: 1, unit: '%' }],
        });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).issues[0]?.path).toBe('$.observations[0].indicator');
  });
});
