import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { evaluate, loadBuiltinRuleSet } from '../src/index.js';
it('dump', () => {
  for (const id of ['zhuanqiao-2018', 'quality-town-2016', 'panan-2018', 'jiaze-2016', 'jinan-2020']) {
    const r = evaluate(loadBuiltinRuleSet(id), JSON.parse(readFileSync(`fixtures/${id}/shortfalls.json`, 'utf8')));
    console.log(`== ${id}`);
    console.log(`TARGETS ${JSON.stringify(r.targets.map((t) => t.id))}`);
    for (const t of r.targets)
      if (t.status !== 'met')
        console.log(`  '${t.id}': { status: '${t.status}', gap: ${t.gap === null ? null : `'${t.gap}'`}, gapUnit: '${t.gapUnit}', attainment: ${t.attainment} }, // ${t.observedText?.['zh-Hans']} | ${t.requirement['zh-Hans']}`);
  }
});
