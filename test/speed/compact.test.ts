import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BUILTIN_RULE_SET_IDS,
  BUILTIN_SCHEME_IDS,
  builtinRuleSetJson,
  builtinSchemeJson,
  compactReport,
  evaluate,
  expandCompactReport,
  type Locale,
  loadBuiltinRuleSet,
  loadBuiltinScheme,
  loadRuleSet,
  type Report,
  renderCompactJson,
} from '../../src/index.js';
import { CompactReportSchema } from '../../src/report/compact.js';
import type { CompiledRuleSet } from '../../src/rulesets/load.js';

const root = join(import.meta.dirname, '../..');
const LOCALE_SETS: Locale[][] = [
  ['zh-Hans'],
  ['zh-Hant'],
  ['en'],
  ['zh-Hans', 'en'],
  ['zh-Hant', 'en'],
  ['zh-Hans', 'zh-Hant'],
  ['zh-Hans', 'zh-Hant', 'en'],
];

/** Every fixture report, with and without each scheme that fits its rule set. */
function* fixtureReports(): Generator<[string, Report, CompiledRuleSet]> {
  for (const id of BUILTIN_RULE_SET_IDS) {
    const ruleSet = loadBuiltinRuleSet(id);
    const dir = join(root, 'fixtures', id);
    const schemes = BUILTIN_SCHEME_IDS.filter((s) => {
      const bound = (builtinSchemeJson(s) as { ruleSet: string | null }).ruleSet;
      return bound === null || bound === id;
    });
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      for (const scheme of [null, ...schemes]) {
        const report = evaluate(ruleSet, data, scheme ? { scheme: loadBuiltinScheme(scheme) } : {});
        yield [`${id}/${file}/${scheme ?? 'rule-set'}`, report, ruleSet];
      }
    }
  }
}
const reports = [...fixtureReports()];

/** Paths of every getter or setter inside a value (plain data has none). */
function accessors(value: unknown, path = '$'): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(Object.getOwnPropertyDescriptors(value)).flatMap(([key, d]) =>
    d.get || d.set ? [`${path}.${key}`] : accessors(d.value, `${path}.${key}`),
  );
}

describe('compact reports', () => {
  it('with every locale, expand back to the full report byte for byte (every fixture, every scheme)', () => {
    expect(reports.length).toBeGreaterThan(30);
    for (const [name, report, ruleSet] of reports) {
      const compact = compactReport(report);
      expect(JSON.stringify(expandCompactReport(compact, ruleSet)), name).toBe(JSON.stringify(report));
    }
  });

  it('expand back byte for byte with settled verdicts, unclear commitments and open deadlines', () => {
    const json = structuredClone(builtinRuleSetJson('panan-2018')) as { targets: Array<Record<string, unknown>> };
    const open = json.targets.findIndex((t) => t.kind === 'at_least');
    const first = json.targets[open] as Record<string, unknown>;
    first.commitment = 'unclear';
    delete first.deadline;
    first.openDeadline = 'year_placeholder';
    const ruleSet = loadRuleSet(json);
    const data = JSON.parse(readFileSync(join(root, 'fixtures/panan-2018/all-met.json'), 'utf8')) as {
      observations: Array<{ indicator: string; value?: unknown }>;
    };
    for (const o of data.observations) if (o.indicator === 'major-quality-safety-incidents') o.value = 1;
    const report = evaluate(ruleSet, data, { asOf: '2018-09-30' });
    expect(report.targets.some((t) => t.settled !== undefined)).toBe(true);
    expect(report.targets[open]).toMatchObject({ commitmentUnclear: true, openDeadline: 'year_placeholder' });
    expect(report.targets[open]?.deadline).toBe('2018-09-30');
    expect(JSON.stringify(expandCompactReport(compactReport(report), ruleSet))).toBe(JSON.stringify(report));
  });

  it('leave out what the rule set fixes and keep texts only in the chosen locales', () => {
    for (const [name, report] of reports) {
      const compact = compactReport(report, { locales: ['zh-Hans'] });
      const json = JSON.stringify(compact);
      expect(CompactReportSchema.safeParse(compact).success, name).toBe(true);
      for (const key of ['"clause"', '"departments"', '"requirement"', '"label"', '"en":', '"zh-Hant":'])
        expect(json.includes(key), `${name} ${key}`).toBe(false);
      expect(compact.targets.map((t) => t.explanation['zh-Hans'])).toEqual(
        report.targets.map((t) => t.explanation['zh-Hans']),
      );
      expect(compact.targets.map((t) => [t.id, t.status, t.attainment, t.gap, t.points])).toEqual(
        report.targets.map((t) => [t.id, t.status, t.attainment, t.gap, t.points]),
      );
      expect(Buffer.byteLength(json)).toBeLessThan(Buffer.byteLength(JSON.stringify(report)) / 2);
    }
    const scheme = reports.find(([, r]) => r.scheme)?.[1] as Report;
    const en = JSON.stringify(compactReport(scheme, { locales: ['en'] }).scheme);
    expect(en).toContain('"en"');
    expect(en).not.toContain('"zh-Hans"');
  });

  it('are plain data: structuredClone keeps them, and the full report, whole', () => {
    for (const [, report] of reports.slice(0, 8)) {
      expect(structuredClone(report)).toStrictEqual(report);
      const compact = compactReport(report, { locales: ['zh-Hant', 'en'] });
      expect(structuredClone(compact)).toStrictEqual(compact);
      expect(accessors(report)).toEqual([]);
      expect(accessors(compact)).toEqual([]);
    }
  });

  it('renderCompactJson writes the same bytes as JSON.stringify, for every locale choice', () => {
    for (const [name, report] of reports) {
      for (const locales of LOCALE_SETS) {
        const compact = compactReport(report, { locales });
        expect(renderCompactJson(compact), `${name} ${locales.join('+')}`).toBe(JSON.stringify(compact));
      }
    }
  });

  it('renderCompactJson writes why a verdict is settled, after the detail, as JSON.stringify does', () => {
    const [, report] = reports[0] as [string, Report, CompiledRuleSet];
    const [first, second] = report.targets as [Report['targets'][number], Report['targets'][number]];
    const settled: Report = {
      ...report,
      targets: [
        { ...first, status: 'not_met', settled: 'streak_broken', detail: { achieved: 1 } },
        { ...second, status: 'not_met', settled: 'exceeded' },
        ...report.targets.slice(2),
      ],
    };
    const compact = compactReport(settled, { locales: ['zh-Hans'] });
    const json = renderCompactJson(compact);
    expect(json).toBe(JSON.stringify(compact));
    expect(JSON.parse(json).targets[0]).toMatchObject({ detail: { achieved: 1 }, settled: 'streak_broken' });
    expect(JSON.parse(json).targets[1].settled).toBe('exceeded');
  });

  it('renderCompactJson escapes quotes, backslashes, control characters and lone surrogates as JSON does', () => {
    const [, report] = reports[0] as [string, Report, CompiledRuleSet];
    const odd = 'a"b\\c\nd\u0001e\ud800f\u2028g';
    const target = report.targets[0] as Report['targets'][number];
    const tricky: Report = {
      ...report,
      region: { ...report.region, name: odd },
      targets: [{ ...target, id: odd, explanation: { 'zh-Hans': odd, 'zh-Hant': odd, en: odd } }, ...report.targets],
    };
    const compact = compactReport(tricky);
    expect(renderCompactJson(compact)).toBe(JSON.stringify(compact));
    expect(JSON.parse(renderCompactJson(compact)).targets[0].id).toBe(odd);
  });

  it('refuses unknown or repeated locales, and expanding one made without every locale', () => {
    const [, report, ruleSet] = reports[0] as [string, Report, CompiledRuleSet];
    expect(() => compactReport(report, { locales: [] })).toThrow(RangeError);
    expect(() => compactReport(report, { locales: ['fr' as Locale] })).toThrow(RangeError);
    expect(() => compactReport(report, { locales: ['en', 'en'] })).toThrow(RangeError);
    expect(() => expandCompactReport(compactReport(report, { locales: ['en'] }), ruleSet)).toThrow(RangeError);
    const other = loadBuiltinRuleSet(BUILTIN_RULE_SET_IDS.find((id) => id !== ruleSet.id) as string);
    expect(() => expandCompactReport(compactReport(report), other)).toThrow(RangeError);
  });
});
