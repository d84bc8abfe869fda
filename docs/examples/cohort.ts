// Score several regions together: rank targets (位居全县前列) rank them among each other.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { evaluateCohort, loadBuiltinRuleSet } from 'quality-scorecard';

const root = dirname(createRequire(import.meta.url).resolve('quality-scorecard/package.json'));
const read = (file: string) => JSON.parse(readFileSync(join(root, 'fixtures/quality-town-2016', file), 'utf8'));
const towns = [read('all-met.json'), { ...read('shortfalls.json'), region: { id: 'town-b', name: '乙镇' } }];

const { ranking } = evaluateCohort(loadBuiltinRuleSet('quality-town-2016'), towns);
for (const r of ranking) console.log(`${r.rank}. ${r.name} ${r.score} ${r.grade}`);
