import { describe, it } from 'vitest';
import { evaluate } from '../../src/report/evaluate.js';
import { loadRuleSet } from '../../src/rulesets/load.js';
import { ruleSetJson, target } from '../support.js';

const indicators = [
  { id: 'brands', names: { 'zh-Hant': '省級名牌產品' }, unit: '個', kind: 'count', direction: 'higher', runningTotal: true },
  { id: 'accidents', names: { 'zh-Hant': '較大質量安全事故' }, unit: '起', kind: 'count', direction: 'lower', runningTotal: true },
];
const rs = loadRuleSet(
  ruleSetJson(
    [
      target('brands', { kind: 'at_least', indicator: 'brands', threshold: 20, unit: '個' }),
      target('accidents', { kind: 'at_most', indicator: 'accidents', threshold: 3, unit: '起' }),
    ],
    { indicators, period: { start: '2018-01-01', end: '2020-12-31' }, locale: 'zh-Hant' },
  ),
);
describe('smoke', () => {
  it('prints', () => {
    const d = {
      schemaVersion: 1,
      region: { id: 'sd', name: '順德區' },
      period: '2020',
      observations: [
        { indicator: 'brands', period: '2018', value: 15, unit: '個' },
        { indicator: 'brands', period: '2019', value: 22, unit: '個' },
        { indicator: 'accidents', period: '2019', value: 4, unit: '起' },
      ],
    };
    const r = evaluate(rs, d as never);
    for (const t of r.targets) console.log(t.status, t.settled, JSON.stringify(t.observed), '\n', t.explanation['zh-Hans'], '\n', t.explanation['zh-Hant'], '\n', t.explanation.en);
    const d2 = { ...d, period: '2019', observations: d.observations.map((o) => ({ ...o })) };
    const r2 = evaluate(rs, d2 as never);
    for (const t of r2.targets) console.log(t.status, t.settled, t.provisional, '\n', t.explanation['zh-Hans'], '\n', t.explanation.en);
  });
});
