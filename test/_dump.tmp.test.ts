import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { evaluate, loadBuiltinRuleSet } from '../src/index.js';
it('dump', () => {
  for (const id of ['zhuanqiao-2018', 'quality-town-2016', 'panan-2018', 'jiaze-2016', 'jinan-2020'])
    for (const f of ['all-met', 'shortfalls']) {
      const r = evaluate(loadBuiltinRuleSet(id), JSON.parse(readFileSync(`fixtures/${id}/${f}.json`, 'utf8')));
      console.log(`== ${id} ${f}: score ${r.score} grade ${r.grade} bonus ${r.scoring.bonus} max ${r.maximum} unused ${r.unusedObservations} warn ${r.warnings.map((w) => w.code)}`);
      for (const t of r.targets)
        if (f === 'shortfalls' || t.status !== 'met' || t.points.earned !== t.points.possible)
          console.log(`  ${t.id} ${t.kind} ${t.commitment[0]} ${t.category} ${t.status} att=${t.attainment} ${t.points.earned}/${t.points.possible} ${t.points.excluded ?? ''}`);
      console.log('  cats', r.categories.map((c) => `${c.id}:${c.weight}:${c.earned}/${c.possible}`).join(' '));
    }
});
