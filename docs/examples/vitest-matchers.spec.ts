// Hold a region to its official targets in your own tests, with quality-scorecard/vitest.
// vitest.config.ts: test: { setupFiles: ['./vitest.setup.ts'] }, where vitest.setup.ts is:
//   import { expect } from 'vitest';
//   import { scorecardMatchers } from 'quality-scorecard/vitest';
//   expect.extend(scorecardMatchers);
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { evaluate, loadBuiltinRuleSet } from 'quality-scorecard';
import { describe, expect, it } from 'vitest';

const root = dirname(createRequire(import.meta.url).resolve('quality-scorecard/package.json'));
const data = (file: string) => JSON.parse(readFileSync(join(root, 'fixtures/jiaze-2016', file), 'utf8'));

describe('嘉泽镇 2016', () => {
  it('meets every binding target of its plan', () => {
    const report = evaluate(loadBuiltinRuleSet('jiaze-2016'), data('all-met.json'));
    expect(report).toMeetAllBindingTargets();
    expect(report).toMeetTarget('product-standard-coverage-rate');
    expect(report).toHaveGrade('A');
    expect(report).toScoreAtLeast(90);
  });

  it('a failure names the shortfalls: target, observed, required, gap and clause', () => {
    const report = evaluate(loadBuiltinRuleSet('jiaze-2016'), data('shortfalls.json'));
    expect(() => expect(report).toMeetAllBindingTargets()).toThrow(
      /Observed:[\s\S]*Required:[\s\S]*Gap:[\s\S]*Clause:/,
    );
  });
});
