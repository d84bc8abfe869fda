import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judgeDated, judgeTarget } from '../../src/evaluation/outcome.js';
import type { EvaluationContext } from '../../src/kinds/contract.js';
import { FREQUENCY_MESSAGES } from '../../src/kinds/frequency/messages.js';
import { loadDataSet } from '../../src/observations/normalize.js';
import { targetPlans } from '../../src/report/build.js';
import { evaluate } from '../../src/report/evaluate.js';
import { BUILTIN_RULE_SET_IDS, loadBuiltinRuleSet } from '../../src/rulesets/builtin.js';
import { data, rules, target } from '../support.js';

// The evaluation loop judges each target with whether it has a deadline read from the rule set's target
// plans (`judgeDated`), and the outcome carries what was observed and what is missing, read once from the
// gathered data. These hold that route to `judgeTarget`, which reads the raw target, on every fixture.

const passRate = (id: string, extra: Record<string, unknown> = {}) =>
  target(id, { kind: 'at_least', indicator: 'product-sampling-pass-rate', threshold: 95, unit: '%', ...extra });

const FIXTURES = BUILTIN_RULE_SET_IDS.flatMap((id) =>
  readdirSync(`fixtures/${id}`)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ id, f, json: JSON.parse(readFileSync(`fixtures/${id}/${f}`, 'utf8')) as unknown })),
);

describe('judging with the target plans', () => {
  for (const { id, f, json } of FIXTURES) {
    it(`${id}/${f}: every outcome equals judgeTarget's, and carries the gathered figures and gaps`, () => {
      const rs = loadBuiltinRuleSet(id);
      const plans = targetPlans(rs);
      const region = loadDataSet(json, rs.indicator);
      const ctx: EvaluationContext = { region, asOf: region.asOf };
      rs.targets.forEach((t, i) => {
        expect(plans[i]?.target).toBe(t);
        const gathered = t.compiled.gather(ctx);
        const met = gathered.kind === 'facts' && t.compiled.predicate((n) => gathered.facts.get(n));
        const fast = judgeDated(t, plans[i]?.dated as boolean, gathered, met, ctx);
        expect(fast).toEqual(judgeTarget(t, gathered, met, ctx));
        if (gathered.kind === 'not_applicable') {
          expect(fast.observed).toBeNull();
          expect(fast.missing).toBeUndefined();
        } else {
          expect(fast.observed).toBe(gathered.observed);
          expect(fast.missing).toBe(gathered.missing);
        }
      });
    });
  }

  it('an open deadline (到2020年) is judged as of the as-of date; a dated target before its deadline is not yet due', () => {
    const rs = rules([
      passRate('open', { openDeadline: 'year_placeholder' }),
      passRate('dated', { deadline: '2020-12-31' }),
    ]);
    expect(targetPlans(rs).map((p) => p.dated)).toEqual([false, true]);
    const report = evaluate(rs, data([{ indicator: 'product-sampling-pass-rate', value: '80', unit: '%' }]));
    expect(report.targets.map((t) => t.status)).toEqual(['not_met', 'not_due']);
    expect(report.targets.map((t) => t.provisional)).toEqual([false, true]);
  });

  it('a target that does not apply reports an empty list of figures of its own', () => {
    const rs = rules([passRate('na')]);
    const input = data([{ indicator: 'product-sampling-pass-rate', notApplicable: true, reason: '辖区无工业企业' }]);
    const [a, b] = [evaluate(rs, input), evaluate(rs, input)];
    expect(a.targets[0]?.status).toBe('not_applicable');
    expect(a.targets[0]?.observed).toEqual([]);
    expect(a.targets[0]?.observed).not.toBe(b.targets[0]?.observed);
    expect(Object.isFrozen(a.targets[0]?.observed)).toBe(false);
  });
});

describe('rows of what is missing', () => {
  it('copy what is missing, which a kind may take from its message table (a frequency target without events)', () => {
    const rs = rules([target('f', { kind: 'frequency', event: 'inspection', per: 'year', min: 1 })]);
    const [a, b] = [evaluate(rs, data([])), evaluate(rs, data([]))];
    const row = a.targets[0]?.missing[0];
    expect(a.targets[0]?.status).toBe('no_data');
    expect(row?.what).toEqual(FREQUENCY_MESSAGES.missingEvents);
    expect(row?.what).not.toBe(FREQUENCY_MESSAGES.missingEvents);
    expect(row?.what).not.toBe(b.targets[0]?.missing[0]?.what);
    // Editing one report's row leaves the message table, and so every other report, as it was.
    (row as { what: { en: string } }).what.en = 'edited';
    expect(evaluate(rs, data([])).targets[0]?.missing[0]?.what.en).toBe(FREQUENCY_MESSAGES.missingEvents.en);
  });
});
