// Score by an assessment scheme (考核细则) as well, and ask what would lift the grade.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { evaluate, loadBuiltinRuleSet, loadBuiltinScheme } from 'quality-scorecard';

const root = dirname(createRequire(import.meta.url).resolve('quality-scorecard/package.json'));
const data = JSON.parse(readFileSync(join(root, 'fixtures/panan-2018/shortfalls.json'), 'utf8'));

const report = evaluate(loadBuiltinRuleSet('panan-2018'), data, { scheme: loadBuiltinScheme('national-grade-bands') });
console.log(
  `rule set: ${report.score} (${report.grade}); scheme: ${report.scheme?.scores.total100} (${report.scheme?.grade})`,
);
console.log(report.scheme?.whatIf.nextGrade.text.en);
