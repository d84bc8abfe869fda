import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/locales/locale.js';
import { csvField, renderCsv, UTF8_BOM } from '../../src/render/csv.js';
import { bindingShortfalls, meetsAllBindingTargets } from '../../src/render/helpers.js';
import { REPORT_CSP, renderHtml } from '../../src/render/html.js';
import { escapeMarkdown, renderMarkdown } from '../../src/render/markdown.js';
import { categoryChartSvg, statusMarkSvg } from '../../src/render/svg.js';
import { evaluate } from '../../src/report/evaluate.js';
import type { Report } from '../../src/report/schema.js';
import { BUILTIN_RULE_SET_IDS, loadBuiltinRuleSet } from '../../src/rulesets/builtin.js';
import { loadBuiltinScheme } from '../../src/schemes/builtin.js';
import { builtinFixtures, demoReport, demoRuleSet, ROOT, readJsonFixture } from './support.js';

const report = demoReport();

describe('the demo report the renderers are tested on', () => {
  it('has the shortfalls the tests expect', () => {
    expect(report.score).toBe('62.50');
    expect(report.grade).toBe('C');
    expect(report.shortfalls.map((s) => s.target)).toEqual([
      'construction-output',
      'product-sampling-pass-rate',
      'food-sampling-pass-rate',
      'pm25-annual-mean',
      'provincial-brand-products',
    ]);
    expect(bindingShortfalls(report).map((t) => t.id)).toEqual([
      'construction-output',
      'product-sampling-pass-rate',
      'food-sampling-pass-rate',
      'pm25-annual-mean',
    ]);
    expect(meetsAllBindingTargets(report)).toBe(false);
    expect(meetsAllBindingTargets(demoReport('demo-all-met.json'))).toBe(true);
  });
});

describe('renderMarkdown', () => {
  const md = renderMarkdown(report);

  it('leads with the title, headline score and grade in the rule set language', () => {
    expect(md.startsWith('# 示范镇2018年质量工作实施方案\n')).toBe(true);
    expect(md).toContain('**得分 62.50 / 100 · 等级 C**');
    expect(md).toContain('约束性目标达标 4/8；4项约束性目标未达标或无数据');
  });

  it('draws the category chart and the status marks as inline SVG, with the same figures as text', () => {
    expect(md).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="category-chart"');
    expect(md.match(/class="status-mark status-/g)?.length).toBe(report.targets.length + report.shortfalls.length);
    expect(md).toContain('| 产品质量 | 8.33 | 25.00 | 33.33% | 3/3 |');
    const plain = renderMarkdown(report, { svg: false });
    expect(plain).not.toContain('<svg');
    expect(plain).toContain('| 产品质量 | 8.33 | 25.00 | 33.33% | 3/3 |');
  });

  it('sorts the shortfall table by points lost, with gap, departments and the quoted clause', () => {
    const section = md.slice(md.indexOf('## 未达标目标'), md.indexOf('## 全部目标'));
    const rows = section.split('\n').filter((l) => /^\| \d+ \|/.test(l));
    expect(rows.map((r) => /`([a-z0-9-]+)`/.exec(r)?.[1])).toEqual(report.shortfalls.map((s) => s.target));
    const product = rows[1] as string;
    expect(product).toContain('94.5%');
    expect(product).toContain('不低于95%');
    expect(product).toContain('0.5个百分点');
    expect(product).toContain('8.33');
    expect(product).toContain('牵头部门：市场监管所；责任部门：经发办、各村（居）委会');
    expect(product).toContain('“产品质量监督抽查合格率达到95%”');
  });

  it('lists the data provenance by source, with status, dates, coverage and notes', () => {
    const section = md.slice(md.indexOf('## 数据来源'), md.indexOf('## 说明'));
    expect(section).toContain('### 示范区市场监管局2018年抽检通报');
    expect(section).toContain('数据状态：已核实 · 发布日期：2019-01-20');
    expect(section).toContain('- 产品质量监督抽查合格率 (2018)：94.5% (189/200)');
    expect(section).toContain('覆盖期间：2018-01-01至2018-11-30');
    expect(section).toContain('> 1—11月均值');
    expect(section).toContain('### 未注明来源');
  });

  it('speaks zh-Hant and English when asked', () => {
    const hant = renderMarkdown(report, { locale: 'zh-Hant' });
    expect(hant).toContain('**得分 62.50 / 100 · 等級 C**');
    expect(hant).toContain('未達標');
    expect(hant).toContain('## 數據來源');
    const en = renderMarkdown(report, { locale: 'en' });
    expect(en).toContain('**Score 62.50 / 100 · Grade C**');
    expect(en).toContain('0.5 percentage points');
    expect(en).toContain('## Shortfalls (by points lost)');
    expect(en).not.toMatch(/[得分等级]{2}/);
  });

  it('escapes what Markdown or HTML would read as markup', () => {
    expect(escapeMarkdown('a|b <script>*x*</script>\nnext')).toBe('a\\|b &lt;script&gt;\\*x\\*&lt;/script&gt;<br>next');
  });

  it('is deterministic', () => {
    expect(renderMarkdown(demoReport())).toBe(md);
  });
});

describe('renderHtml', () => {
  const html = renderHtml(report);

  it('is one self-contained page: no scripts, links, fonts or images to fetch, and a CSP that forbids any request', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="zh-Hans">')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|@font-face|url\(|\bsrc=|\bhref=/i);
    // The only URL-looking strings are the SVG namespace, which is never fetched.
    expect(html.match(/https?:\/\/[^\s"<]+/g)?.every((u) => u === 'http://www.w3.org/2000/svg')).toBe(true);
  });

  it('escapes every text taken from the inputs', () => {
    const tricky: Report = structuredClone(report);
    const first = tricky.targets[0] as Report['targets'][number];
    first.label = { 'zh-Hans': '<script>alert(1)</script>', 'zh-Hant': 'x', en: 'x' };
    first.source.clause = '"><img src=x onerror=alert(1)>';
    const out = renderHtml(tricky);
    expect(out).not.toContain('<script>alert(1)');
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('marks rows with their target and status for styling and tests', () => {
    for (const t of report.targets)
      expect(html.includes(`<tr data-target="${t.id}" data-status="${t.status}">`)).toBe(true);
    const lost = report.shortfalls[0]?.pointsLost;
    expect(lost).toBe('12.5');
    expect(
      html.includes(`<tr data-target="construction-output" data-status="not_met" data-points-lost="${lost}">`),
    ).toBe(true);
  });

  it('renders each locale', () => {
    for (const locale of LOCALES) {
      const page = renderHtml(report, { locale });
      expect(page).toContain(`<html lang="${locale}">`);
    }
    expect(renderHtml(report, { locale: 'en' })).toContain('Shortfalls (by points lost)');
  });
});

describe('renderCsv', () => {
  const csv = renderCsv(report);

  it('starts with a UTF-8 byte-order mark and uses CRLF line ends', () => {
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n').length).toBe(report.targets.length + 2);
    expect(renderCsv(report, { bom: false }).startsWith('序号,')).toBe(true);
  });

  it('has one row per target with localized headers and document-style values', () => {
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      '序号,目标编号,目标,类别,性质,状态,实际值,要求,差距,完成度,得分,分值,牵头部门,责任部门,截止日期,一票否决,原文章节,原文条款,说明',
    );
    expect(lines[1]).toMatch(
      /^1,product-sampling-pass-rate,产品质量监督抽查合格率,产品质量,约束性,未达标,94\.5%,不低于95%,0\.5个百分点,99\.47%,0,8\.3333,市场监管所,经发办、各村（居）委会,2018-12-31,否,/,
    );
    expect(renderCsv(report, { locale: 'en' })).toContain('0.5 percentage points');
  });

  it('quotes fields (RFC 4180) and defuses spreadsheet formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-0.5')).toBe('-0.5');
    expect(csvField('-cmd')).toBe("'-cmd");
  });
});

describe('inline SVG', () => {
  it('draws one bar per category, as long as the share of its points earned', () => {
    const svg = categoryChartSvg(report);
    expect(svg.match(/<g class="category"/g)?.length).toBe(report.categories.length);
    expect(svg).toContain('data-category="mechanism" data-ratio="1"');
    expect(svg).toMatch(/data-category="mechanism"[^]*?<rect class="bar" x="150" y="\d+" width="360"/);
  });

  it('titles status marks for screen readers in each language', () => {
    expect(statusMarkSvg('not_met', 'zh-Hans')).toContain('aria-label="未达标"');
    expect(statusMarkSvg('not_met', 'zh-Hant')).toContain('aria-label="未達標"');
    expect(statusMarkSvg('no_data', 'en')).toContain('<title>no data</title>');
  });
});

describe('rendering the built-in rule sets', () => {
  for (const id of BUILTIN_RULE_SET_IDS) {
    for (const file of builtinFixtures(id)) {
      it(`${id} with ${file}, in every locale and format`, () => {
        const data = JSON.parse(readFileSync(`${ROOT}fixtures/${id}/${file}`, 'utf8')) as unknown;
        const r = evaluate(loadBuiltinRuleSet(id), data, { file });
        for (const locale of LOCALES) {
          const md = renderMarkdown(r, { locale });
          expect(md).toContain(r.ruleSet.title);
          expect(renderHtml(r, { locale })).toContain('</html>');
          expect(renderCsv(r, { locale }).split('\r\n').length).toBe(r.targets.length + 2);
        }
      });
    }
  }
});

describe('a report scored by an assessment scheme', () => {
  const withScheme = evaluate(demoRuleSet(), readJsonFixture('demo-shortfalls.json'), {
    scheme: loadBuiltinScheme('national-grade-bands'),
  });

  it('shows the scheme score, grade and what-if analysis in Markdown and HTML', () => {
    const sc = withScheme.scheme;
    expect(sc).toBeDefined();
    const md = renderMarkdown(withScheme, { locale: 'en' });
    expect(md).toContain(`## Assessment scheme: ${sc?.names.en}`);
    expect(md).toContain(`**Scheme score ${sc?.scores.total100} / 100 · Scheme grade ${sc?.grade}**`);
    expect(md).toContain('### What would lift the result');
    expect(md).toContain(escapeMarkdown(sc?.whatIf.nextGrade.text.en ?? ''));
    const html = renderHtml(withScheme);
    expect(html).toContain(`data-scheme-score="${sc?.scores.total100}"`);
    expect(renderHtml(report)).not.toContain('id="scheme"');
  });

  it('adds the scheme points to the CSV', () => {
    const lines = renderCsv(withScheme, { locale: 'en' }).split('\r\n');
    expect(lines[0]?.endsWith(',Scheme earned,Scheme possible')).toBe(true);
    const fields = (line: string): string[] =>
      [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => m[1] as string).slice(0, -1);
    const header = fields(lines[0] as string);
    const first = fields(lines[1] as string);
    expect(first).toHaveLength(header.length);
    const own = withScheme.scheme?.targets.find((t) => t.target === 'product-sampling-pass-rate');
    expect(first.slice(-2)).toEqual([own?.earned, own?.possible]);
  });
});
