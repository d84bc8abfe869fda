// Verdicts that are already settled, and the constructs real plans use: 力争 of unclear reach, 到20XX年, negatives.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { builtinRuleSetJson, evaluate, InvalidInputError, loadBuiltinRuleSet, loadRuleSet } from 'quality-scorecard';

const root = dirname(createRequire(import.meta.url).resolve('quality-scorecard/package.json'));
const data = JSON.parse(readFileSync(join(root, 'fixtures/panan-2018/all-met.json'), 'utf8'));
for (const o of data.observations) if (o.indicator === 'major-quality-safety-incidents') o.value = 1;

// One major incident by 30 September: an incident cannot un-happen, so the target is not_met already.
const midYear = evaluate(loadBuiltinRuleSet('panan-2018'), data, { asOf: '2018-09-30' });
const incident = midYear.targets.find((t) => t.id === 'no-major-quality-safety-incidents');
console.log(incident?.status, incident?.settled, midYear.grade); // not_met occurred D
console.log(incident?.explanation['zh-Hans']); // …已发生1起，无论年底数据如何均未达标。…

// A rule set of your own: an unclear 力争, a deadline written 到20XX年, and a growth rate that may fall below zero.
const json = builtinRuleSetJson('panan-2018') as { indicators?: unknown[]; targets: unknown[] };
const source = { section: '二、工作目标', clause: '力争产值增长率不低于-2%' };
const ruleSet = loadRuleSet({
  ...json,
  id: 'example-plan',
  indicators: [
    ...(json.indicators ?? []),
    {
      id: 'output-growth',
      names: { 'zh-Hans': '产值增长率' },
      unit: '%',
      kind: 'ratio',
      direction: 'higher',
      signed: true,
    },
  ],
  targets: [
    {
      id: 'output-growth',
      category: 'foundation',
      commitment: 'unclear',
      openDeadline: 'year_placeholder',
      kind: 'at_least',
      indicator: 'output-growth',
      threshold: '-2',
      unit: '%',
      source,
    },
  ],
});
const region = { schemaVersion: 1, region: { id: 'x', name: '某镇' }, period: '2018' };
const growth = (value: string) => ({ ...region, observations: [{ indicator: 'output-growth', value, unit: '%' }] });
const result = evaluate(ruleSet, growth('-2.01'), { asOf: '2018-06-30' }).targets[0];
console.log(result?.status, result?.commitment, result?.commitmentUnclear, result?.openDeadline); // not_met binding true year_placeholder
console.log(result?.explanation.en);

// A negative figure for an indicator that admits none names the kinds that do.
try {
  evaluate(ruleSet, { ...region, observations: [{ indicator: 'product-sampling-pass-rate', value: '-1', unit: '%' }] });
} catch (error) {
  if (!(error instanceof InvalidInputError)) throw error;
  console.log(error.issues[0]?.code, error.issues[0]?.expected.en); // E_NEGATIVE_VALUE a non-negative number: …
}
