// Render a report as plain Markdown, self-contained HTML and CSV (with a BOM for Excel/WPS), in any language.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { evaluate, loadBuiltinRuleSet, renderCsv, renderHtml, renderMarkdown } from 'quality-scorecard';

const root = dirname(createRequire(import.meta.url).resolve('quality-scorecard/package.json'));
const data = JSON.parse(readFileSync(join(root, 'fixtures/panan-2018/published-2018.json'), 'utf8'));
const report = evaluate(loadBuiltinRuleSet('panan-2018'), data);

const out = mkdtempSync(join(tmpdir(), 'scorecard-'));
writeFileSync(join(out, 'report.md'), renderMarkdown(report)); // the rule set's language (zh-Hans), tables only
writeFileSync(join(out, 'report.charts.md'), renderMarkdown(report, { svg: true })); // with inline SVG charts
writeFileSync(join(out, 'report.en.html'), renderHtml(report, { locale: 'en' }));
writeFileSync(join(out, 'targets.zh-Hant.csv'), renderCsv(report, { locale: 'zh-Hant' }));
console.log(
  renderMarkdown(report, { locale: 'en' })
    .split('\n')
    .find((line) => line.startsWith('**Score')),
);
