import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judgeTarget, STATUSES, type Status, statusPosition } from '../../src/evaluation/outcome.js';
import type { EvaluationContext } from '../../src/kinds/contract.js';
import { loadDataSet } from '../../src/observations/normalize.js';
import { BUILTIN_RULE_SET_IDS, loadBuiltinRuleSet } from '../../src/rulesets/builtin.js';

// An outcome carries its status's position, fixed where judging decides the status, and the report's
// explanations and the headline's readings index by it instead of switching on the status text. These hold
// every outcome's position to `statusPosition` on every fixture, judged at its own date, early and late.

const FIXTURES = BUILTIN_RULE_SET_IDS.flatMap((id) =>
  readdirSync(`fixtures/${id}`)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ id, f, json: JSON.parse(readFileSync(`fixtures/${id}/${f}`, 'utf8')) as unknown })),
);

describe('an outcome’s status position', () => {
  it('is the position statusPosition gives its status', () => {
    const seen = new Set<Status>();
    for (const { id, json } of FIXTURES) {
      const rs = loadBuiltinRuleSet(id);
      const region = loadDataSet(json, rs.indicator);
      for (const asOf of [region.asOf, '2016-06-30', '2031-12-31']) {
        const ctx: EvaluationContext = { region, asOf };
        for (const t of rs.targets) {
          const gathered = t.compiled.gather(ctx);
          for (const met of gathered.kind === 'facts' ? [true, false] : [false]) {
            const outcome = judgeTarget(t, gathered, met, ctx);
            expect(outcome.position, `${id} ${t.id} ${asOf}`).toBe(statusPosition(outcome.status));
            expect(STATUSES[outcome.position]).toBe(outcome.status);
            seen.add(outcome.status);
          }
        }
      }
    }
    // Every status was reached, so every branch of judging was checked.
    expect([...seen].sort()).toEqual([...STATUSES].sort());
  });
});
