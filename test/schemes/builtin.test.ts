import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/report/evaluate.js';
import { ReportSchema } from '../../src/report/schema.js';
import { BUILTIN_RULE_SET_IDS, loadBuiltinRuleSet } from '../../src/rulesets/builtin.js';
import { bindScheme } from '../../src/schemes/bind.js';
import { loadBuiltinScheme } from '../../src/schemes/builtin.js';

const fixture = (ruleSet: string, file: string): unknown =>
  JSON.parse(readFileSync(`fixtures/${ruleSet}/${file}`, 'utf8'));
const fixtures = BUILTIN_RULE_SET_IDS.flatMap((id) =>
  readdirSync(`fixtures/${id}`)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [id, f] as const),
);

describe('the default scheme is the headline of the built-in rule sets', () => {
  it.each(fixtures)('%s %s', (id, file) => {
    const report = evaluate(loadBuiltinRuleSet(id), fixture(id, file), { scheme: loadBuiltinScheme('default') });
    const s = report.scheme;
    expect(ReportSchema.safeParse(report).success).toBe(true);
    expect(report.scoring.scheme).toBe('default');
    expect(s?.scores.total100).toBe(report.score);
    expect(s?.scores.total).toBe(report.score);
    expect(s?.bonus).toBe(report.scoring.bonus);
    expect(s?.grade).toBe(report.grade);
    expect(s?.vetoedBy).toEqual(report.vetoedBy);
    expect(s?.targets.map((t) => [t.possible, t.earned, t.excluded])).toEqual(
      report.targets.map((t) => [t.points.possible, t.points.earned, t.points.excluded]),
    );
    expect(s?.weights).toBe('assumed');
    expect(report.ruleSet.weightsNote).toBe(s?.weightsNote);
    // By class, no built-in target carries over 15% and no milestone outweighs an outcome.
    expect(s?.warnings).toBeUndefined();
  });
});

describe('equal-weights, the named fallback', () => {
  it.each(fixtures)("%s %s: the rule set's own equal weights, all or nothing", (id, file) => {
    const rs = loadBuiltinRuleSet(id);
    const s = evaluate(rs, fixture(id, file), { scheme: loadBuiltinScheme('equal-weights') }).scheme;
    const own = bindScheme(loadBuiltinScheme('equal-weights'), rs);
    expect(own.plan.items.every((i) => i.weight.eq(1))).toBe(true);
    expect(s?.targets.every((t) => t.earned === '0' || t.earned === t.possible)).toBe(true);
  });

  it("warns where equal weights go against practice: 嘉泽's lone safety task is 20% of the total", () => {
    const s = evaluate(loadBuiltinRuleSet('jiaze-2016'), fixture('jiaze-2016', 'all-met.json'), {
      scheme: loadBuiltinScheme('equal-weights'),
    }).scheme;
    // 5 equal categories of 20 points; safety holds one target, mechanism five (4 each), product two.
    expect(s?.warnings?.map((w) => w.code)).toEqual(['W_HEAVY_TARGET', 'W_MILESTONE_OUTWEIGHS_OUTCOME']);
    expect(s?.warnings?.[0]?.targets).toEqual(['special-equipment-accidents']);
    // Each of the 5 mechanism milestones (20/5 = 4) outweighs a foundation outcome (20/7 ≈ 2.857), the lightest.
    const outweigh = s?.warnings?.[1]?.targets ?? [];
    expect(outweigh.slice(0, 2)).toEqual(['leading-group', 'key-enterprise-certification']);
    expect(outweigh.at(-1)).toBe('international-standards-adopted');
    expect(s?.warnings?.[0]?.message['zh-Hans']).toBe(
      '“特种设备监督管理和事故防范（评定完成程度）”占总分的20%，超过15%，单项分值过重，请核对考核方案',
    );
  });
});

describe('national-grade-bands (国办发〔2013〕47号 第五条)', () => {
  const rs = loadBuiltinRuleSet('panan-2018');
  const scheme = loadBuiltinScheme('national-grade-bands');
  const withIncident = (count: number) => {
    const data = fixture('panan-2018', 'shortfalls.json') as { observations: unknown[] };
    return {
      ...data,
      observations: [
        ...data.observations,
        { indicator: 'regional-systemic-quality-safety-incidents', value: count, unit: '起' },
      ],
    };
  };

  it('names its source and scores as the default does', () => {
    const report = evaluate(rs, fixture('panan-2018', 'shortfalls.json'), { scheme });
    const s = report.scheme;
    expect(s?.source).toEqual({
      title: '国务院办公厅关于印发质量工作考核办法的通知（质量工作考核办法）',
      documentNumber: '国办发〔2013〕47号',
      article: '第五条',
      url: 'http://jsqa.org/news_view.asp?id=5996',
    });
    expect(s?.scores.total100).toBe(report.score);
  });

  it('磐安 shortfalls without a count of regional incidents: B, and the veto is unknown, never passed', () => {
    const s = evaluate(rs, fixture('panan-2018', 'shortfalls.json'), { scheme }).scheme;
    expect([s?.scores.total100, s?.grade, s?.vetoed, s?.vetoUnknown]).toEqual([
      '86.63',
      'B',
      false,
      ['regional-systemic-quality-safety-incident'],
    ]);
  });

  it('one regional or systemic incident grades D whatever the score; none leaves the grade to the score', () => {
    const s = evaluate(rs, withIncident(1), { scheme }).scheme;
    expect([s?.scores.total100, s?.grade, s?.gradeBand, s?.vetoedBy]).toEqual([
      '86.63',
      'D',
      null,
      ['regional-systemic-quality-safety-incident'],
    ]);
    expect(s?.vetoes.find((v) => v.id === 'regional-systemic-quality-safety-incident')?.text?.['zh-Hans']).toBe(
      '2018年区域性、系统性产品质量安全事件为1起，高于0起，一票否决，等级定为D',
    );
    expect(s?.whatIf.nextGrade).toMatchObject({ status: 'unreachable', from: 'D', to: 'C' });
    const none = evaluate(rs, withIncident(0), { scheme }).scheme;
    expect([none?.grade, none?.vetoed, none?.vetoUnknown]).toEqual(['B', false, []]);
  });

  it('磐安 all met: A, in the band [90, +∞)', () => {
    const s = evaluate(rs, fixture('panan-2018', 'all-met.json'), { scheme }).scheme;
    expect([s?.scores.total100, s?.grade, s?.gradeBand]).toEqual(['100.00', 'A', 'total100 ∈ [90, +∞)']);
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
      // Added in the re-audit: environment targets this scheme gives no points (its 100 are all listed).
      ['most-beautiful-rivers', '0'],
      ['pesticide-use-reduction', '0'],
    ]);
  });
  it('磐安 all met: 100', () => {
    expect(evaluate(rs, fixture('panan-2018', 'all-met.json'), { scheme }).scheme?.scores.total100).toBe('100.00');
  });
});
