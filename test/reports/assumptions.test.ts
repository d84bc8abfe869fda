// The report's `assumptions`: what a rule set's score rests on that its document does not say.
import { describe, expect, it } from 'vitest';
import { reportSummary } from '../../src/cli/summary.js';
import { renderCsv } from '../../src/render/csv/csv.js';
import { renderHtml } from '../../src/render/html/html.js';
import { renderMarkdown } from '../../src/render/markdown/markdown.js';
import { shortfallsVetoFirst } from '../../src/render/shortfalls.js';
import { ruleSetAssumptions } from '../../src/report/assumptions.js';
import { evaluate } from '../../src/report/evaluate.js';
import { builtinRuleSetJson, loadBuiltinRuleSet } from '../../src/rulesets/builtin.js';
import { loadRuleSet } from '../../src/rulesets/load.js';
import { demoReport, demoRuleSet, readJsonFixture } from './support.js';

/** The demo rule set with its JSON changed by `edit`. */
function demoWith(edit: (json: { scoring: { weights: string }; targets: Array<Record<string, unknown>> }) => void) {
  const json = structuredClone(readJsonFixture('demo-town-2018.json')) as Parameters<typeof edit>[0];
  edit(json);
  return loadRuleSet(json, { file: 'demo.json' });
}

describe('the assumptions of a rule set', () => {
  it('lists assumed weights and a veto whose clause does not write 一票否决', () => {
    expect(ruleSetAssumptions(demoRuleSet())).toEqual([
      { subject: 'weights', targets: [] },
      { subject: 'veto', targets: ['major-quality-safety-incidents'] },
      { subject: 'missingData', targets: [] },
    ]);
  });

  it('leaves out weights the document gives and a veto its clause writes', () => {
    const own = demoWith((json) => {
      json.scoring.weights = 'document';
      (json.scoring as Record<string, unknown>).missingData = 'zero';
      const veto = json.targets.find((t) => t.veto) as { source: { clause: string } };
      veto.source.clause = '发生重大质量安全事件的实行一票否决';
    });
    expect(ruleSetAssumptions(own)).toEqual([]);
    const report = evaluate(own, readJsonFixture('demo-shortfalls.json'));
    expect(report.assumptions).toEqual([]);
    expect(renderMarkdown(report)).not.toContain('本库假定');
    expect(renderHtml(report)).not.toContain('class="assumptions"');
  });

  it('lists each rank target whose clause says only 前列, in rule-set order', () => {
    const jinan = ruleSetAssumptions(loadBuiltinRuleSet('jinan-2020'));
    expect(jinan).toEqual([
      { subject: 'weights', targets: [] },
      { subject: 'rank', targets: ['brand-honours-rank', 'service-satisfaction-rank'] },
      { subject: 'missingData', targets: [] },
    ]);
    expect(
      ruleSetAssumptions(loadBuiltinRuleSet('quality-town-2016')).find((a) => a.subject === 'rank')?.targets,
    ).toHaveLength(9);
  });

  it('lists 左右 read with the default tolerance, not one whose figure the document gives', () => {
    const tolerated = (tolerance: unknown) =>
      demoWith((json) => {
        const floor = json.targets.find((t) => t.kind === 'at_least') as Record<string, unknown>;
        floor.tolerance = tolerance;
      });
    const byDefault = tolerated('default');
    const id = (byDefault.targets.find((t) => t.kind === 'at_least') as { id: string }).id;
    expect(ruleSetAssumptions(byDefault)).toContainEqual({ subject: 'tolerance', targets: [id] });
    expect(ruleSetAssumptions(tolerated({ absolute: '2' })).map((a) => a.subject)).not.toContain('tolerance');
    const md = renderMarkdown(evaluate(byDefault, readJsonFixture('demo-shortfalls.json')));
    expect(md).toContain('“左右”的容差');
    expect(md).toContain('按本库默认容差（目标值的5%）判定');
  });

  it('gives every report its own copy', () => {
    const a = demoReport();
    const b = demoReport();
    a.assumptions[1]?.targets.push('changed');
    expect(a.assumptions[1]?.targets).toEqual(['major-quality-safety-incidents', 'changed']);
    expect(b.assumptions[1]?.targets).toEqual(['major-quality-safety-incidents']);
    expect(ruleSetAssumptions(demoRuleSet())[1]?.targets).toEqual(['major-quality-safety-incidents']);
  });
});

describe('the assumptions in each format', () => {
  const report = demoReport();

  it('HTML: right under the score and grade', () => {
    const html = renderHtml(report);
    const score = html.indexOf('class="grade"');
    const coverage = html.indexOf(
      '<p class="coverage"><strong>得分仅按已有数据的9项目标计算；1项目标无数据，未计入</strong></p>',
    );
    const note = html.indexOf(
      '<p class="assumptions">本库假定（非文件规定）：权重、一票否决、无数据目标不计入得分；详见报告“说明”及规则集说明。</p>',
    );
    expect(score).toBeGreaterThan(0);
    expect(coverage).toBeGreaterThan(score);
    expect(note).toBeGreaterThan(coverage);
    expect(note).toBeLessThan(html.indexOf('class="binding-summary"'));
  });

  it('CSV: a column next to the points names what each target rests on', () => {
    const lines = renderCsv(report, { bom: false }).split('\r\n');
    const header = (lines[0] as string).split(',');
    expect(header.slice(10, 13)).toEqual(['得分', '分值', '本库假定']);
    const row = (id: string) => (lines.find((l) => l.includes(`,${id},`)) as string).split(',')[12];
    expect(row('major-quality-safety-incidents')).toBe('权重、一票否决');
    expect(row('pm25-annual-mean')).toBe('权重');
    expect(renderCsv(report, { bom: false, locale: 'en' }).split('\r\n')[0]).toContain(
      ',Possible,Assumed by the library,',
    );
  });
});

/** 磐安 2018 as a user might encode it with a veto on incidents (the document writes none; the built-in has none). */
function pananWithVeto(file: string) {
  const json = structuredClone(builtinRuleSetJson('panan-2018')) as { targets: Array<Record<string, unknown>> };
  for (const t of json.targets) if (t.id === 'no-major-quality-safety-incidents') t.veto = true;
  const data = readJsonFixture(`../../../fixtures/panan-2018/${file}`);
  return evaluate(loadRuleSet(json), data, { file });
}

describe('the shortfall table', () => {
  it('lists the target whose veto decided the grade first, then the rest by points lost', () => {
    const report = pananWithVeto('shortfalls.json');
    expect(report.vetoedBy).toEqual(['no-major-quality-safety-incidents']);
    const order = shortfallsVetoFirst(report).map((s) => s.target);
    expect(order[0]).toBe('no-major-quality-safety-incidents');
    expect(order.slice(1)).toEqual(
      report.shortfalls.map((s) => s.target).filter((t) => t !== 'no-major-quality-safety-incidents'),
    );
    // First whatever its points: put it last by points and it still leads.
    const last = { ...report, shortfalls: [...report.shortfalls].reverse() };
    expect(last.shortfalls[0]?.target).not.toBe('no-major-quality-safety-incidents');
    expect(shortfallsVetoFirst(last)[0]?.target).toBe('no-major-quality-safety-incidents');
    const html = renderHtml(report);
    const first = /<table class="shortfalls">[\s\S]*?<tr data-target="([^"]+)"/.exec(html)?.[1];
    expect(first).toBe('no-major-quality-safety-incidents');
    // The veto banner names the target as readers know it, not by its id.
    const banner = /<p class="notice veto">([^<]*)<\/p>/.exec(html)?.[1];
    expect(banner).toBe('一票否决：“重特大质量安全事件数”未达标，等级按否决档计');
    expect(renderMarkdown(report)).toContain('> **一票否决：“重特大质量安全事件数”未达标，等级按否决档计**');
    const md = renderMarkdown(report, { locale: 'en' });
    const section = md.slice(md.indexOf('## Shortfalls'), md.indexOf('## All targets'));
    expect(section.split('\n').find((l) => l.startsWith('| 1 |'))).toContain('no-major-quality-safety-incidents');
  });

  it('the CLI summary says the veto in the words the reports use', () => {
    const report = pananWithVeto('shortfalls.json');
    expect(reportSummary(report, 'zh-Hans')).toContain('一票否决：“重特大质量安全事件数”未达标，等级按否决档计');
  });

  it('names an undecided veto by its label too', () => {
    const report = pananWithVeto('published-2018.json');
    expect(report.vetoUnknown).toEqual(['no-major-quality-safety-incidents']);
    const notice = /<p class="notice">([^<]*)<\/p>/.exec(renderHtml(report))?.[1];
    expect(notice).toBe('一票否决目标“重特大质量安全事件数”无数据，否决与否未定');
    expect(renderMarkdown(report)).toContain('> 一票否决目标“重特大质量安全事件数”无数据，否决与否未定');
  });

  it('keeps the report order when no veto applies', () => {
    const report = demoReport();
    expect(shortfallsVetoFirst(report)).toBe(report.shortfalls);
  });
});
