import { describe, expect, it } from 'vitest';
import { builtinCases, builtinReport, demoReport, demoSchemeReport } from '../../../test/reports/support.js';
import { LOCALES } from '../../locales/locale.js';
import { escapeMarkdown, renderMarkdown } from './markdown.js';

const report = demoReport();

describe('renderMarkdown', () => {
  const md = renderMarkdown(report);

  it('leads with the title, headline score and grade in the rule set language', () => {
    expect(md.startsWith('# 示范镇2018年质量工作实施方案\n')).toBe(true);
    expect(md).toContain('**得分 62.50 / 100 · 等级 C**');
    expect(md).toContain('约束性目标达标 4/8；4项约束性目标未达标或无数据');
  });

  it('says next to the score, in the same paragraph, what it assumes that the document does not', () => {
    const lines = md.split('\n');
    const at = lines.findIndex((l) => l.startsWith('**得分 62.50 / 100 · 等级 C**'));
    // First what the score covers (one target has no data and is left out), then what it assumes.
    expect(lines.slice(at + 1, at + 3)).toEqual([
      '**得分仅按已有数据的9项目标计算；1项目标无数据，未计入**',
      '*本库假定（非文件规定）：权重、一票否决、无数据目标不计入得分；详见报告“说明”及规则集说明。*',
    ]);
    const en = renderMarkdown(report, { locale: 'en' }).split('\n');
    const enAt = en.findIndex((l) => l.startsWith('**Score 62.50 / 100 · Grade C**'));
    expect(en.slice(enAt + 1, enAt + 3)).toEqual([
      '**Score covers only the 9 targets with data; 1 target without data is left out**',
      "*Assumed by this library, not set by the document: the weights, the veto, and leaving targets without data out of the score; see Notes below and the rule set's notes.*",
    ]);
    // The notes name the vetoed target by its label, not its id.
    expect(md).toContain('- 以下目标的一票否决系规则集设定，所引条文未写“一票否决”：重特大质量安全事件数\n');
    // A rule set with document weights and no veto assumes nothing, and says nothing.
    const own = structuredClone(report);
    own.assumptions = [];
    expect(renderMarkdown(own)).not.toContain('本库假定');
  });

  it('is plain Markdown by default: tables, no SVG; svg: true adds the charts and marks', () => {
    expect(md).not.toContain('<svg');
    expect(md).toContain('| 产品质量 | 8.33 | 25.00 | 33.33% | 3/3 |');
    expect(Math.max(...md.split('\n').map((l) => l.length))).toBeLessThan(400);
    const svg = renderMarkdown(report, { svg: true });
    expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="category-chart"');
    expect(svg.match(/class="status-mark status-/g)?.length).toBe(report.targets.length + report.shortfalls.length);
    expect(svg).toContain('| 产品质量 | 8.33 | 25.00 | 33.33% | 3/3 |');
  });

  it('names the document by its title, never by its source file name', () => {
    expect(md).not.toContain(report.ruleSet.source);
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

describe('a Markdown report scored by an assessment scheme', () => {
  it('shows the scheme score, grade and what-if analysis', () => {
    const withScheme = demoSchemeReport();
    const sc = withScheme.scheme;
    expect(sc).toBeDefined();
    const md = renderMarkdown(withScheme, { locale: 'en' });
    expect(md).toContain(`## Assessment scheme: ${sc?.names.en}`);
    expect(md).toContain(`**Scheme score ${sc?.scores.total100} / 100 · Scheme grade ${sc?.grade}**`);
    expect(md).toContain('### What would lift the result');
    expect(md).toContain(escapeMarkdown(sc?.whatIf.nextGrade.text.en ?? ''));
    expect(renderMarkdown(report, { locale: 'en' })).not.toContain('## Assessment scheme');
  });
});

describe('Markdown of the built-in rule sets', () => {
  it.each(builtinCases())('renders %s with %s in every locale, titled with the rule set', (id, file) => {
    const r = builtinReport(id, file);
    for (const locale of LOCALES) expect(renderMarkdown(r, { locale })).toContain(r.ruleSet.title);
  });
});
