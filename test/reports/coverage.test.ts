// What a score covers: when targets without data are left out of it, the reports say so next to it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportSummary } from '../../src/cli/summary.js';
import { REPORT_LABELS as L } from '../../src/locales/index.js';
import { toTraditional } from '../../src/locales/traditional.js';
import { renderHtml } from '../../src/render/html/html.js';
import { renderMarkdown } from '../../src/render/markdown/markdown.js';
import { assumptionHeadline, coverageHeadline } from '../../src/render/report-text.js';
import { ruleSetAssumptions, scoreCoverage } from '../../src/report/assumptions.js';
import { evaluate } from '../../src/report/evaluate.js';
import type { Report } from '../../src/report/schema.js';
import { builtinRuleSetJson, loadBuiltinRuleSet } from '../../src/rulesets/builtin.js';
import { loadRuleSet } from '../../src/rulesets/load.js';
import { ROOT } from './support.js';

const data = (file: string): unknown => JSON.parse(readFileSync(`${ROOT}fixtures/panan-2018/${file}`, 'utf8'));
const panan = (file: string): Report => evaluate(loadBuiltinRuleSet('panan-2018'), data(file));

/** 磐安 with its scoring block edited. */
function pananWith(scoring: Record<string, unknown>, file: string): Report {
  const json = structuredClone(builtinRuleSetJson('panan-2018')) as { scoring: Record<string, unknown> };
  Object.assign(json.scoring, scoring);
  return evaluate(loadRuleSet(json), data(file));
}

/** A report whose targets are left out for these reasons (null: scored), score as given. */
function reportOf(excluded: ReadonlyArray<string | null>, score: string | null = '80.00'): Report {
  const base = panan('all-met.json');
  const targets = excluded.map((reason, i) => ({
    ...(base.targets[i % base.targets.length] as Report['targets'][number]),
    points: { possible: reason === null ? '10' : '0', earned: '0', excluded: reason },
  }));
  return { ...base, score, targets };
}

describe('scoreCoverage: how many targets the score rests on, and how many it leaves out for want of data', () => {
  it('磐安 2018 with the published figures: 2 targets scored, 62 left out (the not-due one and the two 力争 bonus items are neither)', () => {
    const report = panan('published-2018.json');
    expect(report.score).toBe('100.00');
    expect(report.counts.no_data).toBe(64);
    expect(scoreCoverage(report)).toEqual({ scored: 2, withoutData: 62 });
  });

  it('is null when no target is left out for want of data, and at one left out says so', () => {
    expect(scoreCoverage(reportOf([null, null, 'not_due', 'aspirational_bonus', 'not_applicable']))).toBeNull();
    expect(scoreCoverage(reportOf([null, null, 'no_data']))).toEqual({ scored: 2, withoutData: 1 });
    expect(scoreCoverage(reportOf(['no_data', 'no_data']))).toEqual({ scored: 0, withoutData: 2 });
    expect(scoreCoverage(panan('all-met.json'))).toBeNull();
  });

  it('is null without a score: the reports say there is none', () => {
    expect(scoreCoverage(reportOf([null, 'no_data'], null))).toBeNull();
  });

  it('is null when the rule set scores targets without data as zero: they are in the score', () => {
    const zero = pananWith({ missingData: 'zero' }, 'published-2018.json');
    expect(zero.scoring.missingData).toBe('zero');
    expect(scoreCoverage(zero)).toBeNull();
    expect(renderMarkdown(zero)).not.toContain('得分仅按');
  });
});

describe('the coverage sentence', () => {
  it('reads as a 质量办 writes it, in Taiwan characters by OpenCC, and in English with real plurals', () => {
    expect(L.coverage(2, 62)['zh-Hans']).toBe('得分仅按已有数据的2项目标计算；62项目标无数据，未计入');
    expect(L.coverage(2, 62)['zh-Hant']).toBe('得分僅按已有數據的2項目標計算；62項目標無數據，未計入');
    expect(L.coverage(2, 62).en).toBe(
      'Score covers only the 2 targets with data; 62 targets without data are left out',
    );
    expect(L.coverage(1, 1).en).toBe('Score covers only the 1 target with data; 1 target without data is left out');
    expect(L.coverage(0, 2).en).toBe('Score covers only the 0 targets with data; 2 targets without data are left out');
    for (const [a, b] of [
      [1, 1],
      [18, 1],
      [2, 62],
    ] as const)
      expect(L.coverage(a, b)['zh-Hant']).toBe(toTraditional(L.coverage(a, b)['zh-Hans']));
    expect(L.assumptions.subject.missingData['zh-Hant']).toBe(
      toTraditional(L.assumptions.subject.missingData['zh-Hans']),
    );
  });

  it('stands right after the score in Markdown, HTML and the CLI summary, before what the score assumes', () => {
    const report = panan('published-2018.json');
    const md = renderMarkdown(report).split('\n');
    const at = md.findIndex((l) => l.startsWith('**得分 100.00 / 100 · 等级 A**'));
    expect(md[at + 1]).toBe('**得分仅按已有数据的2项目标计算；62项目标无数据，未计入**');
    expect(md[at + 2]).toMatch(/^\*本库假定（非文件规定）：权重、无数据目标不计入得分；/);
    const html = renderHtml(report, { locale: 'en' });
    const grade = html.indexOf('class="grade"');
    const coverage = html.indexOf(
      '<p class="coverage"><strong>Score covers only the 2 targets with data; 62 targets without data are left out</strong></p>',
    );
    expect(coverage).toBeGreaterThan(grade);
    expect(coverage).toBeLessThan(html.indexOf('<p class="assumptions">'));
    expect(reportSummary(report, 'zh-Hant').slice(1, 3)).toEqual([
      '得分 100.00 / 100 · 等級 A',
      '得分僅按已有數據的2項目標計算；62項目標無數據，未計入',
    ]);
  });

  it('is absent when the score covers every target it could, and so is the missing-data assumption in the headline', () => {
    const report = panan('all-met.json');
    expect(coverageHeadline(report, 'zh-Hans')).toBeNull();
    expect(report.assumptions.map((a) => a.subject)).toContain('missingData');
    expect(assumptionHeadline(report, 'zh-Hans')).toBe('本库假定（非文件规定）：权重；详见报告“说明”及规则集说明。');
    expect(renderHtml(report)).not.toContain('class="coverage"');
    expect(reportSummary(report, 'en')[2]).toMatch(/^Assumed by this library/);
  });
});

describe('leaving targets without data out, as an assumption', () => {
  it('is the library’s when the rule set’s default decides it (every built-in, scored by the default scheme)', () => {
    for (const id of ['panan-2018', 'jiaze-2016', 'jinan-2020', 'zhuanqiao-2018', 'quality-town-2016'])
      expect(ruleSetAssumptions(loadBuiltinRuleSet(id))).toContainEqual({ subject: 'missingData', targets: [] });
  });

  it('is not one when targets without data score zero, by the rule set or by the scheme file it is scored by', () => {
    const subjects = (scoring: Record<string, unknown>) => {
      const json = structuredClone(builtinRuleSetJson('panan-2018')) as { scoring: Record<string, unknown> };
      Object.assign(json.scoring, scoring);
      return ruleSetAssumptions(loadRuleSet(json)).map((a) => a.subject);
    };
    expect(subjects({})).toContain('missingData');
    expect(subjects({ missingData: 'zero' })).not.toContain('missingData');
    // The environment deduction scheme (a real 考核细则's rule) scores missing data as zero.
    expect(subjects({ scheme: 'panan-environment-deductions' })).not.toContain('missingData');
  });
});
