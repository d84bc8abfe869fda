// Score one region against a built-in rule set and list what falls short.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { evaluate, loadBuiltinRuleSet } from 'quality-scorecard';

// The package ships example data sets in fixtures/ (here: 颛桥镇 2018, with shortfalls).
const root = dirname(createRequire(import.meta.url).resolve('quality-scorecard/package.json'));
const data = JSON.parse(readFileSync(join(root, 'fixtures/zhuanqiao-2018/shortfalls.json'), 'utf8'));

const report = evaluate(loadBuiltinRuleSet('zhuanqiao-2018'), data);
console.log(`${report.region.name}: ${report.score} / ${report.maximum}, grade ${report.grade}`);
for (const s of report.shortfalls.slice(0, 3)) {
  const target = report.targets.find((t) => t.id === s.target);
  console.log(`- ${s.target}: ${target?.explanation['zh-Hans']}`);
}
