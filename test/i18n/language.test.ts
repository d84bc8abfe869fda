// Every generated text in all three locales, over every fixture with every scheme, as cohorts too:
// no raw id, no doubled punctuation, no Latin inside Chinese, no simplified character in zh-Hant, no
// "(s)" or "1 items", no same-year range.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATUSES } from '../../src/evaluation/outcome.js';
import {
  BUILTIN_RULE_SET_IDS,
  BUILTIN_SCHEME_IDS,
  builtinRuleSetJson,
  builtinSchemeJson,
  evaluate,
  evaluateCohort,
  loadBuiltinRuleSet,
  loadBuiltinScheme,
  loadRuleSet,
} from '../../src/index.js';
import { CLI_LABELS, MESSAGES, REPORT_LABELS, SCHEME_MESSAGES } from '../../src/locales/index.js';
import { LOCALES } from '../../src/locales/locale.js';
import { documentTitle, observedText, vetoNotice, vetoUnknownNotice } from '../../src/render/report-text.js';
import type { CompiledRuleSet } from '../../src/rulesets/load.js';
import {
  badPlurals,
  doubledPunctuation,
  latinWords,
  rawIds,
  type Sample,
  sameYearRanges,
  simplifiedLeftovers,
  slips,
  withoutVerbatim,
} from './language-checks.js';
import { CATALOGUE_IDS, idsOf, textsOf, verbatimOf } from './language-walk.js';

const root = join(import.meta.dirname, '../..');

/**
 * The evidence people recorded in the fixtures: quoted as written, like a document's clause, so a zh-Hant
 * report keeps a simplified record as it was entered.
 */
const EVIDENCE: readonly string[] = [
  ...readdirSync(join(root, 'fixtures')).map((dir) => join(root, 'fixtures', dir)),
  join(root, 'docs/samples'),
].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => {
      const data = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { observations?: Array<{ evidence?: unknown }> };
      return (data.observations ?? []).flatMap((o) => (typeof o.evidence === 'string' ? [o.evidence] : []));
    }),
);

/** Every slip of the samples, as "where [locale]: slip — text", so a failure lists what to fix. */
function slipsOf(samples: readonly Sample[], ruleSet: CompiledRuleSet): string[] {
  const ids = new Set([...idsOf(ruleSet), ...CATALOGUE_IDS]);
  const verbatim = [...new Set([...verbatimOf(ruleSet), ...EVIDENCE])].sort((a, b) => b.length - a.length);
  const out = new Set<string>();
  for (const s of samples)
    for (const slip of slips(s, ids, verbatim)) out.add(`${s.where} [${s.locale}]: ${slip} — ${s.text}`);
  return [...out];
}

describe('the checks themselves', () => {
  it('find a raw id only where a whole id stands', () => {
    const ids = new Set(['provincial-municipal-target', 'pm25-annual-mean']);
    expect(rawIds('要求不低于provincial-municipal-target', ids)).toEqual(['provincial-municipal-target']);
    expect(rawIds('（pm25-annual-mean）', ids)).toEqual(['pm25-annual-mean']);
    expect(rawIds('pm25-annual-mean-2', ids)).toEqual([]);
    expect(rawIds('PM2.5年均浓度', ids)).toEqual([]);
  });

  it('find doubled punctuation but not an ellipsis or a decimal point', () => {
    expect(doubledPunctuation('（示例）。。')).toEqual(['。。']);
    expect(doubledPunctuation('达标，。原文')).toEqual(['，。']);
    expect(doubledPunctuation('(illustrative). .')).toEqual(['..']);
    expect(doubledPunctuation('at least 1.5%, then…')).toEqual([]);
    expect(doubledPunctuation('and so on...')).toEqual([]);
    expect(doubledPunctuation('实际95%。原文：“”')).toEqual([]);
  });

  it('find Latin words in Chinese text but allow units and standards', () => {
    expect(latinWords('不适用：No transport works')).toEqual(['No', 'transport', 'works']);
    expect(latinWords('要求不低于provincial')).toEqual(['provincial']);
    expect(latinWords('PM2.5年均浓度29μg/m³，ISO9000认证，GB/T19580宣贯，“C”标志，3A级景区')).toEqual([]);
  });

  it('find simplified characters in zh-Hant text by converting it with OpenCC (Taiwan standard)', () => {
    expect(simplifiedLeftovers('全国同级城区')).toEqual(['国→國', '级→級', '区→區']);
    expect(simplifiedLeftovers('建立質量投訴平台')).toEqual(['台→臺']);
    expect(simplifiedLeftovers('每季度不少於1次')).toEqual([]);
  });

  it('find "(s)" and a count of one with a plural noun, not other ones', () => {
    expect(badPlurals('0 occurrence(s)')).toEqual(['e(s)']);
    expect(badPlurals('observed 1 items, short by 1 percentage points')).toEqual(['1 items', '1 percentage points']);
    expect(badPlurals('1 people')).toEqual(['1 people']);
    expect(badPlurals('1 item, 2 items, 1 of 3, 1 percentage point, 21 items, 1.5 items, 1 class')).toEqual([]);
    expect(badPlurals('1 already exists; 1 earns nothing, 1 full marks')).toEqual([]);
  });

  it('find a range from a year to the same year', () => {
    expect(sameYearRanges('要求2018年至2018年逐年下降')).toEqual(['2018年至2018年']);
    expect(sameYearRanges('rise every year from 2018 to 2018')).toEqual(['from 2018 to 2018']);
    expect(sameYearRanges('2014年至2016年逐年提高，from 2014 to 2016')).toEqual([]);
  });

  it('leave verbatim quotes of a document as written', () => {
    const text = '原文：「全县不发生负有直接监管责任的重特大质量安全事件」';
    expect(simplifiedLeftovers(withoutVerbatim(text, ['全县不发生负有直接监管责任的重特大质量安全事件']))).toEqual([]);
    expect(simplifiedLeftovers(text)).not.toEqual([]);
  });
});

describe('every generated text of every fixture, in zh-Hans, zh-Hant and en', () => {
  for (const id of BUILTIN_RULE_SET_IDS) {
    it(`${id}: every fixture with every scheme, and the fixtures as a cohort`, () => {
      const ruleSet = loadBuiltinRuleSet(id);
      const dir = join(root, 'fixtures', id);
      const datasets = readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8'))] as const);
      const schemes = BUILTIN_SCHEME_IDS.filter((s) => {
        const bound = (builtinSchemeJson(s) as { ruleSet: string | null }).ruleSet;
        return bound === null || bound === id;
      });
      const samples: Sample[] = [];
      for (const [file, data] of datasets)
        for (const scheme of [null, ...schemes]) {
          const report = evaluate(ruleSet, data, scheme ? { scheme: loadBuiltinScheme(scheme) } : {});
          textsOf(report, `${file}/${scheme ?? 'rule-set'}`, samples);
          for (const locale of LOCALES)
            for (const text of [vetoNotice(report, locale), vetoUnknownNotice(report, locale)])
              if (text) samples.push({ locale, text, where: `${file}/veto notice` });
        }
      const towns = datasets.map(([, d], i) => ({ ...d, region: { ...d.region, id: `${d.region.id}-${i}` } }));
      textsOf(evaluateCohort(ruleSet, towns), 'cohort', samples);
      expect(samples.length).toBeGreaterThan(300);
      expect(slipsOf(samples, ruleSet)).toEqual([]);
    });
  }
});

describe('every text of a made-up plan with one target of every kind, for towns giving every status', () => {
  it('docs/samples: every target of every town, in every locale', () => {
    const dir = join(root, 'docs/samples');
    const ruleSet = loadRuleSet(JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8')));
    const samples: Sample[] = [];
    const statuses = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.startsWith('data-'))) {
      const report = evaluate(ruleSet, JSON.parse(readFileSync(join(dir, file), 'utf8')));
      for (const t of report.targets) statuses.add(`${t.kind}|${t.status}`);
      textsOf(report, file, samples);
    }
    // Every kind met and not met at least, and every status somewhere.
    for (const t of ruleSet.targets)
      expect([statuses.has(`${t.kind}|met`), statuses.has(`${t.kind}|not_met`)]).toEqual([true, true]);
    expect(new Set([...statuses].map((s) => s.split('|')[1]))).toEqual(new Set(STATUSES));
    expect(slipsOf(samples, ruleSet)).toEqual([]);
  });
});

/** Every entry of a catalogue section as samples: texts as they are, functions called with counts of 1 and 2. */
function catalogueSamples(node: unknown, where: string, out: Sample[] = []): Sample[] {
  if (typeof node === 'function') {
    const f = node as (...args: unknown[]) => unknown;
    for (const arg of [1, 2, ['甲', '乙']]) {
      let value: unknown;
      try {
        value = f(...Array.from({ length: Math.max(f.length, 1) }, () => arg));
      } catch {
        continue;
      }
      textsOf(value, `${where}(${JSON.stringify(arg)})`, out);
    }
    return out;
  }
  if (node && typeof node === 'object' && !('zh-Hans' in node))
    for (const [k, v] of Object.entries(node)) catalogueSamples(v, `${where}.${k}`, out);
  else textsOf(node, where, out);
  return out;
}

describe('every word of the catalogue the reports and the command line print', () => {
  const none = new Set<string>();
  it('report words and explanation phrases: no slip of any kind', () => {
    const samples = [
      ...catalogueSamples(MESSAGES, 'MESSAGES'),
      ...catalogueSamples(SCHEME_MESSAGES, 'SCHEME_MESSAGES'),
      ...catalogueSamples(REPORT_LABELS, 'REPORT_LABELS'),
    ];
    expect(samples.length).toBeGreaterThan(500);
    const found = samples.flatMap((s) =>
      slips(s, none, []).map((slip) => `${s.where} [${s.locale}]: ${slip} — ${s.text}`),
    );
    expect(found).toEqual([]);
  });

  it('command-line messages: no doubled punctuation, simplified zh-Hant or bad plural (commands and options stay Latin)', () => {
    const samples = catalogueSamples(CLI_LABELS, 'CLI_LABELS');
    const found = samples.flatMap((s) =>
      slips(s, none, [])
        .filter((slip) => !slip.startsWith('Latin in Chinese'))
        .map((slip) => `${s.where} [${s.locale}]: ${slip} — ${s.text}`),
    );
    expect(found).toEqual([]);
  });
});

describe('the texts a renderer shows around the table', () => {
  it('names the vetoing target by its label, not its id, in every locale', () => {
    // 磐安 writes no veto; a user's own encoding with one on incidents.
    const json = structuredClone(builtinRuleSetJson('panan-2018')) as { targets: Array<Record<string, unknown>> };
    for (const t of json.targets) if (t.id === 'no-major-quality-safety-incidents') t.veto = true;
    const ruleSet = loadRuleSet(json);
    const data = JSON.parse(readFileSync(join(root, 'fixtures/panan-2018/shortfalls.json'), 'utf8'));
    const report = evaluate(ruleSet, data);
    expect(report.vetoedBy).toEqual(['no-major-quality-safety-incidents']);
    expect(vetoNotice(report, 'zh-Hans')).toBe('一票否决：“重特大质量安全事件数”未达标，等级按否决档计');
    expect(vetoNotice(report, 'zh-Hant')).toBe('一票否決：「重特大質量安全事件數」未達標，等級按否決檔計');
    expect(vetoNotice(report, 'en')).toBe(
      'veto: “major quality and safety incidents” not met, so the veto grade applies',
    );
    const met = evaluate(ruleSet, JSON.parse(readFileSync(join(root, 'fixtures/panan-2018/all-met.json'), 'utf8')));
    expect([vetoNotice(met, 'en'), vetoUnknownNotice(met, 'en')]).toEqual([null, null]);
  });

  it('shows the document by its title, not its file name', () => {
    const ruleSet = loadBuiltinRuleSet('panan-2018');
    const data = JSON.parse(readFileSync(join(root, 'fixtures/panan-2018/all-met.json'), 'utf8'));
    const report = evaluate(ruleSet, data);
    expect(documentTitle(report, 'zh-Hans')).toBe('《磐安县2018年质量强县工作行动计划》');
    expect(documentTitle(report, 'en')).not.toContain('.txt');
  });
});

describe('the observed column of a target without data', () => {
  it('says each missing thing once (a compound missing both its rates in 2018)', () => {
    const ruleSet = loadBuiltinRuleSet('panan-2018');
    const data = JSON.parse(readFileSync(join(root, 'fixtures/panan-2018/shortfalls.json'), 'utf8'));
    data.observations = data.observations.filter(
      (o: { indicator: string }) => !o.indicator.startsWith('safety-instrument-verification'),
    );
    const target = evaluate(ruleSet, data).targets.find((t) => t.id === 'safety-measuring-instruments-verification');
    expect(target?.missing).toHaveLength(2);
    expect(observedText(target as NonNullable<typeof target>, 'zh-Hans')).toBe('缺少数据：2018年数据');
    expect(target?.explanation['zh-Hans']).toContain(
      '缺少数据：安全计量器具检定率、安全计量器具检定合格率的2018年数据，要求',
    );
  });
});
