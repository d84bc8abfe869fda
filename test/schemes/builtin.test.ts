import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/report/evaluate.js';
import { ReportSchema } from '../../src/report/schema.js';
import { BUILTIN_RULE_SET_IDS, loadBuiltinRuleSet } from '../../src/rulesets/builtin.js';
import { loadBuiltinScheme } from '../../src/schemes/builtin.js';

const fixture = (ruleSet: string, file: string): unknown =>
  JSON.parse(readFileSync(`fixtures/${ruleSet}/${file}`, 'utf8'));
const fixtures = BUILTIN_RULE_SET_IDS.flatMap((id) =>
  readdirSync(`fixtures/${id}`)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [id, f] as const),
);

describe('the default scheme reproduces the default scoring', () => {
  it.each(fixtures)('%s %s', (id, file) => {
    const report = evaluate(loadBuiltinRuleSet(id), fixture(id, file), { scheme: loadBuiltinScheme('default') });
    const s = report.scheme;
    expect(ReportSchema.safeParse(report).success).toBe(true);
    expect(s?.scores.total100).toBe(report.score);
    expect(s?.scores.total).toBe(report.score);
    expect(s?.grade).toBe(report.grade);
    expect(s?.vetoedBy).toEqual(report.vetoedBy);
    expect(s?.targets.map((t) => [t.possible, t.earned, t.excluded])).toEqual(
      report.targets.map((t) => [t.points.possible, t.points.earned, t.points.excluded]),
    );
    expect(s?.weights).toBe('assumed');
  });
});

describe('national-grade-bands', () => {
  const rs = loadBuiltinRuleSet('panan-2018');
  const scheme = loadBuiltinScheme('national-grade-bands');
  it('磐安 shortfalls: 76.91 would be C, but the major incident vetoes it to D, and no target can lift that', () => {
    const s = evaluate(rs, fixture('panan-2018', 'shortfalls.json'), { scheme }).scheme;
    expect(s?.scores.total100).toBe('76.91');
    expect([s?.grade, s?.gradeBand, s?.vetoedBy]).toEqual([
      'D',
      null,
      ['no-major-quality-safety-incidents', 'major-quality-safety-incident'],
    ]);
    expect(s?.vetoes.find((v) => v.id === 'major-quality-safety-incident')?.text?.['zh-Hans']).toBe(
      '2018年重特大质量安全事件数为1起，高于0起，一票否决，等级定为D',
    );
    expect(s?.whatIf.nextGrade).toMatchObject({
      status: 'unreachable',
      from: 'D',
      to: 'C',
      blockedBy: ['major-quality-safety-incident'],
    });
  });
  it('磐安 all met: A, in the band [90, +∞)', () => {
    const s = evaluate(rs, fixture('panan-2018', 'all-met.json'), { scheme }).scheme;
    expect([s?.scores.total100, s?.grade, s?.gradeBand, s?.vetoed]).toEqual([
      '100.00',
      'A',
      'total100 ∈ [90, +∞)',
      false,
    ]);
    expect(s?.whatIf.nextGrade.status).toBe('top_grade');
  });
});

describe('panan-environment-deductions', () => {
  const rs = loadBuiltinRuleSet('panan-2018');
  const scheme = loadBuiltinScheme('panan-environment-deductions');
  it('磐安 shortfalls, worked by hand: 100 − 1 (PM2.5 31, 2 μg/m³ over × 0.5) − 0.2 (优良天数 97.2%, 0.8 points × 0.25) − 4 (no emission data) = 94.8, 优秀', () => {
    const s = evaluate(rs, fixture('panan-2018', 'shortfalls.json'), { scheme }).scheme;
    const row = (id: string) => s?.targets.find((t) => t.target === id);
    expect([row('pm25-concentration')?.earned, row('pm25-concentration')?.possible]).toEqual(['19', '20']);
    expect(row('pm25-concentration')?.detail).toMatchObject({ gap: '2', steps: '2', deducted: '1' });
    expect([
      row('air-quality-good-day-ratio-98')?.earned,
      row('air-quality-good-day-ratio-98')?.detail.deducted,
    ]).toEqual(['14.8', '0.2']);
    expect([row('pollutant-emission-reduction')?.status, row('pollutant-emission-reduction')?.earned]).toEqual([
      'no_data',
      '0',
    ]);
    expect(row('manufacturing-product-pass-rate')?.excluded).toBe('not_in_scheme');
    expect(s?.scores.total100).toBe('94.80');
    expect(s?.grade).toBe('优秀');
    expect(s?.vetoed).toBe(false); // the plan-wide incident veto is not part of this environmental scheme
    expect(s?.whatIf.recoverable.map((r) => [r.target, r.pointsGained])).toEqual([
      ['pollutant-emission-reduction', '4'],
      ['pm25-concentration', '1'],
      ['air-quality-good-day-ratio-98', '0.2'],
    ]);
  });
  it('磐安 all met: 100', () => {
    expect(evaluate(rs, fixture('panan-2018', 'all-met.json'), { scheme }).scheme?.scores.total100).toBe('100.00');
  });
});
