import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIND_REGISTRY } from '../../src/kinds/registry.js';
import { type LintFinding, lintRuleSet, lintSummary } from '../../src/lint/lint.js';
import { BUILTIN_RULE_SET_IDS, builtinRuleSetJson, loadBuiltinRuleSet } from '../../src/rulesets/builtin.js';
import { loadRuleSet } from '../../src/rulesets/load.js';
import { headlineScoring } from '../../src/schemes/builtin.js';
import { MECHANISM_KINDS } from '../../src/schemes/lint.js';
import { ruleSetJson } from '../support.js';

const SOURCE = `测试镇2018年质量工作方案
二、工作目标
产品质量监督抽查合格率达到95%以上，检测样品2.5万批次以上，新建检测站3个。
成立质量工作领导小组。
`;

const clause = (text: string) => ({ section: '二、工作目标', clause: text });
const rate = (id: string, threshold: number | string, text: string, extra: Record<string, unknown> = {}) => ({
  id,
  category: 'product',
  kind: 'at_least',
  commitment: 'binding',
  indicator: 'product-sampling-pass-rate',
  threshold,
  unit: '%',
  source: clause(text),
  ...extra,
});
const codes = (findings: readonly LintFinding[]) => findings.map((f) => [f.code, f.path]);
/** Findings other than the point shares, which every small test rule set trips (one target is 100 points). */
const besidesPoints = (findings: readonly LintFinding[]) => findings.filter((f) => f.code !== 'L_HEAVY_TARGET');

/** Six outcome targets in `product` and one milestone in `environment`: every target 100/2/n points. */
function balanced(): unknown[] {
  return [
    ...Array.from({ length: 6 }, (_, i) => rate(`r${i}`, 95, '产品质量监督抽查合格率达到95%以上')),
    {
      id: 'group',
      category: 'environment',
      kind: 'milestone',
      commitment: 'binding',
      indicator: 'leading-group-established',
      source: clause('成立质量工作领导小组'),
    },
  ];
}

describe('lintRuleSet: clauses and headings against the source', () => {
  it('passes a rule set whose clauses and headings are all in the source', () => {
    const findings = lintRuleSet(ruleSetJson([rate('a', 95, '产品质量监督抽查合格率达到95%以上')]), { source: SOURCE });
    expect(besidesPoints(findings)).toEqual([]);
  });

  it('reports a made-up clause and a heading not in the text, with their paths', () => {
    const findings = besidesPoints(
      lintRuleSet(
        ruleSetJson([
          rate('a', 95, '产品质量监督抽查合格率达到95%以上'),
          { ...rate('b', 95, '产品合格率达到95%'), source: { section: '三、工作措施', clause: '产品合格率达到95%' } },
        ]),
        { source: SOURCE },
      ),
    );
    expect(codes(findings)).toEqual([
      ['L_CLAUSE_NOT_IN_SOURCE', '$.targets[1].source.clause'],
      ['L_SECTION_NOT_IN_SOURCE', '$.targets[1].source.section'],
    ]);
    expect(findings[0]?.message.en).toBe(
      'the clause "产品合格率达到95%" is not in the source text; quote it word for word',
    );
    expect(findings[0]?.message['zh-Hans']).toBe('条文“产品合格率达到95%”在原文中找不到，须逐字摘自原文');
  });

  it('reports a source file that does not exist instead of passing silently', () => {
    const findings = besidesPoints(lintRuleSet(ruleSetJson([rate('a', 95, 'x')]), { sourceFile: 'missing.txt' }));
    expect(codes(findings)).toEqual([['L_SOURCE_MISSING', '$.source.file']]);
    expect(findings[0]?.severity).toBe('error');
  });

  it('reports load problems and clause problems together, in one pass', () => {
    const broken = ruleSetJson([
      rate('a', 95, '编造的条文'),
      { ...rate('a', 95, '产品质量监督抽查合格率达到95%以上'), indicator: 'no-such-indicator' },
    ]);
    const found = codes(lintRuleSet(broken, { source: SOURCE }));
    expect(found).toContainEqual(['L_CLAUSE_NOT_IN_SOURCE', '$.targets[0].source.clause']);
    expect(found.filter(([c]) => c === 'L_INVALID').map(([, p]) => p)).toEqual(
      expect.arrayContaining(['$.targets[1].id', '$.targets[1].indicator']),
    );
  });
});

describe('lintRuleSet: bars plausible for their unit', () => {
  const lint = (threshold: string, unit: string) =>
    codes(
      besidesPoints(
        lintRuleSet(
          ruleSetJson([
            {
              ...rate('a', threshold, '产品质量监督抽查合格率达到95%以上'),
              indicator: unit === '%' || unit === '‰' ? 'product-sampling-pass-rate' : 'people-trained',
              unit,
            },
          ]),
        ),
      ),
    );

  it('a share at 100% passes, just above it does not; 1000‰ is the same ceiling', () => {
    // A local indicator of kind `ratio` in %: the loader lets it through, lint does not.
    const share = (threshold: string, unit: string) =>
      codes(
        besidesPoints(
          lintRuleSet(
            ruleSetJson([{ ...rate('a', threshold, 'x'), indicator: 'share', unit }], {
              indicators: [
                { id: 'share', names: { 'zh-Hans': '占比' }, unit: '%', kind: 'ratio', direction: 'higher' },
              ],
            }),
          ),
        ),
      );
    expect(share('100', '%')).toEqual([]);
    expect(share('100.01', '%')).toEqual([['L_RATE_ABOVE_MAXIMUM', '$.targets[0].threshold']]);
    expect(share('1000', '‰')).toEqual([]);
    expect(share('1000.5', '‰')).toEqual([['L_RATE_ABOVE_MAXIMUM', '$.targets[0].threshold']]);
    // On a `rate` indicator the loader refuses it already; lint reports that refusal.
    expect(lint('100.01', '%')).toEqual([['L_INVALID', '$.targets[0].threshold']]);
  });

  it('a count with decimals is flagged unless a 万 prefix makes it whole', () => {
    expect(lint('60', '人')).toEqual([]);
    expect(lint('60.5', '人')).toEqual([['L_COUNT_NOT_WHOLE', '$.targets[0].threshold']]);
    expect(lint('2.5', '万人')).toEqual([]);
    expect(lint('2.00005', '万人')).toEqual([['L_COUNT_NOT_WHOLE', '$.targets[0].threshold']]);
  });
});

describe('lintRuleSet: weights and points', () => {
  it('flags a target above 15 of the 100 points, and not one at exactly 15', () => {
    // Two categories of equal weight, each 50 points; product's n targets share its 50.
    const heavy = (weights: number[]) =>
      codes(
        lintRuleSet(
          ruleSetJson([
            ...weights.map((w, i) => rate(`r${i}`, 95, 'x', { weight: w })),
            ...Array.from({ length: 4 }, (_, i) => ({ ...rate(`e${i}`, 95, 'x'), category: 'environment' })),
          ]),
        ),
      ).filter(([c]) => c === 'L_HEAVY_TARGET');
    // 50 × 3/10 = 15 exactly: not above. 50 × 7/10 = 35: above. Environment's 12.5 each: not above.
    expect(heavy([3, 7])).toEqual([['L_HEAVY_TARGET', '$.targets[1]']]);
    // 50 × 3.01/10 = 15.05: above.
    expect(heavy([3.01, 6.99])).toEqual([
      ['L_HEAVY_TARGET', '$.targets[0]'],
      ['L_HEAVY_TARGET', '$.targets[1]'],
    ]);
  });

  it('flags a milestone worth more than an outcome target (issue 12), not one worth the same', () => {
    const findings = lintRuleSet(ruleSetJson(balanced()));
    const outweighs = findings.filter((f) => f.code === 'L_MILESTONE_OUTWEIGHS_OUTCOME');
    expect(codes(outweighs)).toEqual([['L_MILESTONE_OUTWEIGHS_OUTCOME', '$.targets[6]']]);
    // By the targets' names, never their ids: the milestone's indicator and the lightest outcome's.
    expect(outweighs[0]?.message.en).toBe(
      'a mechanism target (“quality work leading group established”) is worth more than the outcome indicator “product quality supervision sampling pass rate” (8.3333 points): real assessment rules weight outcomes above 建立…制度 tasks',
    );
    expect(outweighs[0]?.message['zh-Hans']).toBe(
      '机制类目标“成立质量工作领导小组”的分值高于结果指标“产品质量监督抽查合格率”（8.3333分）：实际考核细则中结果指标分值通常高于“建立…制度”类任务',
    );
    const even = ruleSetJson([rate('r0', 95, 'x'), { ...(balanced()[6] as object), category: 'environment' }]);
    expect(codes(lintRuleSet(even)).filter(([c]) => c === 'L_MILESTONE_OUTWEIGHS_OUTCOME')).toEqual([]);
  });

  it('flags document weights that add up to neither 100 nor 1', () => {
    const weighted = (a: number, b: number) =>
      codes(
        lintRuleSet(
          ruleSetJson([rate('a', 95, 'x'), { ...rate('b', 95, 'x'), category: 'environment' }], {
            scoring: { weights: 'document' },
            categories: [
              { id: 'product', names: { 'zh-Hans': '产品质量' }, weight: a },
              { id: 'environment', names: { 'zh-Hans': '环境质量' }, weight: b },
            ],
          }),
        ),
      ).filter(([c]) => c === 'L_WEIGHTS_SUM');
    expect(weighted(60, 40)).toEqual([]);
    expect(weighted(0.5, 0.5)).toEqual([]);
    expect(weighted(60, 30)).toEqual([['L_WEIGHTS_SUM', '$.categories']]);
  });
});

describe('lintRuleSet: the points of the scoring a report is scored by', () => {
  /** A built-in rule set's JSON scored by its own equal weights instead of its scheme. */
  const ownWeights = (id: string) => {
    const json = structuredClone(builtinRuleSetJson(id)) as { scoring: Record<string, unknown> };
    delete json.scoring.scheme;
    return json;
  };
  const pointsCodes = (findings: readonly LintFinding[]) =>
    findings.filter((f) => f.code === 'L_HEAVY_TARGET' || f.code === 'L_MILESTONE_OUTWEIGHS_OUTCOME');

  it('reads the points of the scheme the rule set names (default, practice-based), as evaluate scores it', () => {
    // 磐安 by its own equal weights: the 8 tasks of a 2-target category outweigh the lightest of 43 outcomes.
    const own = pointsCodes(lintRuleSet(ownWeights('panan-2018')));
    expect(own.map((f) => f.code)).toEqual(['L_MILESTONE_OUTWEIGHS_OUTCOME']);
    // By the default scheme, which reports use, outcomes outweigh tasks and no target passes 15%.
    const ruleSet = loadBuiltinRuleSet('panan-2018');
    expect(pointsCodes(lintRuleSet(ruleSet))).toEqual([]);
    expect(headlineScoring(ruleSet).warnings).toEqual([]);
  });

  it('gives the scheme binder’s own warnings, one finding each, at the first target each names', () => {
    for (const id of BUILTIN_RULE_SET_IDS) {
      const json = ownWeights(id);
      const bound = headlineScoring(loadRuleSet(json));
      const found = pointsCodes(lintRuleSet(json));
      expect(found.map((f) => f.message)).toEqual(bound.warnings.map((w) => w.message));
      const index = new Map((json as unknown as { targets: { id: string }[] }).targets.map((t, i) => [t.id, i]));
      expect(found.map((f) => f.path)).toEqual(
        bound.warnings.map((w) => `$.targets[${index.get(w.targets[0] ?? '')}]`),
      );
    }
  });

  it('sorts kinds into mechanism tasks and outcomes by one list, each entry a registered kind', () => {
    const registered = KIND_REGISTRY.flatMap((k) => [...k.kinds]);
    expect([...MECHANISM_KINDS].sort()).toEqual(['frequency', 'milestone', 'qualitative']);
    for (const kind of MECHANISM_KINDS) expect(registered).toContain(kind);
  });

  it('never shows a reader a target or indicator id', () => {
    for (const id of BUILTIN_RULE_SET_IDS) {
      const json = ownWeights(id) as unknown as { targets: { id: string; indicator?: string }[] };
      const ids = json.targets.flatMap((t) => [t.id, ...(t.indicator ? [t.indicator] : [])]);
      const texts = lintRuleSet(json).flatMap((f) => Object.values(f.message));
      expect(texts.length).toBeGreaterThan(0);
      for (const text of texts)
        for (const raw of ids) expect(text).not.toMatch(new RegExp(`(^|[^a-z0-9-])${raw}($|[^a-z0-9-])`));
    }
  });

  it('reports a scheme that does not bind to the rule set as L_INVALID at $.scoring.scheme, instead of throwing', () => {
    const json = ruleSetJson([rate('a', 95, 'x')], {
      scoring: { weights: 'assumed', scheme: 'panan-environment-deductions' },
    });
    const invalid = lintRuleSet(json).filter((f) => f.code === 'L_INVALID');
    expect(invalid.length).toBeGreaterThan(0);
    expect(new Set(invalid.map((f) => f.path))).toEqual(new Set(['$.scoring.scheme']));
    expect(invalid[0]?.message.en).toMatch(
      /^\[E_RULESET_MISMATCH\] \S+ \$\.ruleSet: expected the rule set being evaluated/,
    );
  });

  it('reports a scheme id no built-in has as L_INVALID at $.scoring.scheme, instead of throwing', () => {
    const json = ruleSetJson([rate('a', 95, 'x')], { scoring: { weights: 'assumed', scheme: 'no-such-scheme' } });
    const invalid = lintRuleSet(json).filter((f) => f.code === 'L_INVALID');
    expect(invalid.map((f) => f.path)).toEqual(['$.scoring.scheme']);
    expect(invalid[0]?.message.en).toMatch(/^\[E_UNKNOWN_BUILTIN\] .*no-such-scheme.*default, equal-weights/);
  });

  it('writes a load problem’s code once, with its path, as the loader does', () => {
    const invalid = lintRuleSet(ruleSetJson([rate('a', 95, 'x'), rate('a', 95, 'x')])).filter(
      (f) => f.code === 'L_INVALID',
    );
    expect(invalid.map((f) => f.path)).toEqual(['$.targets[1].id']);
    expect(invalid[0]?.message.en).toMatch(/^\[E_DUPLICATE_TARGET\] \$\.targets\[1\]\.id: /);
  });
});

describe('lintRuleSet: conflicting bars, deadlines, open review points', () => {
  it('flags one indicator held to 98% and to 95% (磐安), and not two equal bars', () => {
    const two = (a: number, b: number) =>
      codes(lintRuleSet(ruleSetJson([rate('a', a, 'x'), rate('b', b, 'y')]))).filter(
        ([c]) => c === 'L_CONFLICTING_BARS',
      );
    expect(two(98, 95)).toEqual([['L_CONFLICTING_BARS', '$.targets[0]']]);
    expect(two(95, 95)).toEqual([]);
    const panan = lintRuleSet(loadBuiltinRuleSet('panan-2018')).filter((f) => f.code === 'L_CONFLICTING_BARS');
    expect(panan).toHaveLength(1);
    // The indicator by its name and the two clauses quoted, not the indicator's or the targets' ids.
    expect(panan[0]?.message['zh-Hans']).toBe(
      '同一指标“空气质量优良天数比率”有多个不同水平的目标：“空气质量优良天数比98%”/“大气质量优良率95%以上”，均按原文保留，分别评估',
    );
    expect(panan[0]?.message.en).not.toContain('air-quality-good-day-ratio');
  });

  it('flags a deadline after the plan period, not one on its last day', () => {
    const due = (deadline: string) =>
      codes(lintRuleSet(ruleSetJson([rate('a', 95, 'x', { deadline })]))).filter(
        ([c]) => c === 'L_DEADLINE_AFTER_PERIOD',
      );
    expect(due('2018-12-31')).toEqual([]);
    expect(due('2019-01-01')).toEqual([['L_DEADLINE_AFTER_PERIOD', '$.targets[0].deadline']]);
  });

  it('lists review points a draft left open', () => {
    const json = ruleSetJson([rate('a', 95, 'x')], {
      review: [{ code: 'rankTop', path: '$.targets[0]', note: '“前列”按前3名起草，请核对' }],
    });
    const findings = besidesPoints(lintRuleSet(json));
    expect(codes(findings)).toEqual([['L_REVIEW_PENDING', '$.review[0]']]);
    expect(findings[0]?.message['zh-Hans']).toBe('待核对（rankTop）：“前列”按前3名起草，请核对');
  });

  it('says how many errors and warnings, with English plurals', () => {
    const findings = besidesPoints(lintRuleSet(ruleSetJson([rate('a', 101, 'x')]), { sourceFile: 'gone.txt' }));
    expect(lintSummary(findings).en).toBe('2 errors, 0 warnings.');
    expect(lintSummary(findings.slice(0, 1)).en).toBe('1 error, 0 warnings.');
    expect(lintSummary(findings)['zh-Hans']).toBe('共2个错误，0个提示。');
  });
});

describe('the built-in rule sets', () => {
  for (const id of BUILTIN_RULE_SET_IDS)
    it(`${id}: every clause and heading is in its source, no bar is implausible`, () => {
      const json = builtinRuleSetJson(id) as { source: { file: string } };
      const source = readFileSync(join(import.meta.dirname, '../../rules/sources', json.source.file), 'utf8');
      expect(lintRuleSet(json, { source }).filter((f) => f.severity === 'error')).toEqual([]);
      expect(lintRuleSet(loadRuleSet(json), { source }).map((f) => f.code)).toEqual(
        lintRuleSet(json, { source }).map((f) => f.code),
      );
    });
});
