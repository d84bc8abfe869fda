import { describe, expect, it } from 'vitest';
import { InvalidInputError, UnknownBuiltinError } from '../../src/core/errors.js';
import { evaluate } from '../../src/report/evaluate.js';
import { loadBuiltinRuleSet } from '../../src/rulesets/builtin.js';
import { bindScheme } from '../../src/schemes/bind.js';
import {
  BUILTIN_SCHEME_IDS,
  builtinSchemeJson,
  loadBuiltinScheme,
  UnknownSchemeError,
} from '../../src/schemes/builtin.js';
import { loadScheme } from '../../src/schemes/load.js';
import { data } from '../support.js';
import { names, ruleSet, schemeIndicators, schemeJson, T } from './helpers.js';

/** The issues (code and path) an input raises. */
function issuesOf(fn: () => unknown): Array<[string, string]> {
  try {
    fn();
  } catch (e) {
    if (e instanceof InvalidInputError) return e.issues.map((i) => [i.code, i.path]);
    throw e;
  }
  throw new Error('no error');
}

const load = (extra: Record<string, unknown>) => () =>
  loadScheme(schemeJson(extra), { file: 'rules/schemes/test.json' });

describe('loadScheme: shape', () => {
  it('reports unknown keys, bad enums and malformed decimals with JSON paths', () => {
    expect(issuesOf(load({ bonus: 1 }))).toEqual([['E_SCHEMA', '$.bonus']]);
    expect(issuesOf(load({ method: { method: 'linear' } }))).toEqual([['E_SCHEMA', '$.method.method']]);
    expect(issuesOf(load({ points: '1e3' }))).toEqual([['E_BAD_DECIMAL', '$.points']]);
    expect(
      issuesOf(load({ targets: [{ target: 'pm25', method: { method: 'deduction', per: 1, points: 1 } }] })),
    ).toEqual([['E_SCHEMA', '$.targets[0].method.partial']]);
  });
  it('says what it expected in zh-Hans, zh-Hant and English, naming the file', () => {
    try {
      load({ basePoints: 120 })();
      expect.unreachable();
    } catch (e) {
      const err = e as InvalidInputError;
      expect(err.code).toBe('E_INVALID_INPUT');
      expect(err.messages['zh-Hans']).toBe(
        '[E_BAD_RANGE] rules/schemes/test.json $.basePoints：应为 0到满分100之间，实际为 120',
      );
      expect(err.messages.en).toBe(
        '[E_BAD_RANGE] rules/schemes/test.json $.basePoints: expected between 0 and the total 100, found 120',
      );
      expect(err.messages['zh-Hant']).toContain('應為 0到滿分100之間');
    }
  });
});

describe('loadScheme: meaning', () => {
  it('lists every problem at once', () => {
    const issues = issuesOf(
      load({
        points: 0,
        categories: [
          { id: 'product', points: 10 },
          { id: 'product', weight: 0 },
        ],
        targets: [
          { target: 'pm25', method: { method: 'deduction', per: 0, points: -1, partial: 'pro_rata', unit: '斤' } },
          {
            target: 'quality-plan',
            method: { method: 'levels', levels: [{ id: 'a', names: names('甲', 'a'), indicator: 'x', credit: '1.5' }] },
          },
        ],
        adjustments: [
          { id: 'award', names: names('奖', 'award'), type: 'bonus', on: 'event', event: 'award', points: 1, cap: -2 },
        ],
      }),
    );
    expect(issues).toEqual([
      ['E_BAD_RANGE', '$.points'],
      ['E_BAD_RANGE', '$.categories[1].weight'],
      ['E_BAD_RANGE', '$.categories[0].points'],
      ['E_UNKNOWN_UNIT', '$.targets[0].method.unit'],
      ['E_BAD_RANGE', '$.targets[0].method.per'],
      ['E_NEGATIVE_VALUE', '$.targets[0].method.points'],
      ['E_BAD_RANGE', '$.targets[1].method.levels[0].credit'],
      ['E_DUPLICATE_ID', '$.categories[1].id'],
      ['E_NEGATIVE_VALUE', '$.adjustments[0].cap'],
    ]);
  });
  it('bands must give every score exactly one grade', () => {
    const gap = {
      bands: [
        { grade: 'A', min: 90 },
        { grade: 'B', min: 80, below: '89.5' },
        { grade: 'C', below: 80 },
      ],
    };
    expect(issuesOf(load({ grades: gap }))).toEqual([['E_BAD_RANGE', '$.grades.bands[1].below']]);
    const openBottom = {
      bands: [
        { grade: 'A', min: 90 },
        { grade: 'B', min: 0, below: 90 },
      ],
    };
    expect(issuesOf(load({ grades: openBottom }))).toEqual([['E_BAD_RANGE', '$.grades.bands[1].min']]);
    const noCatchAll = {
      bands: [
        { grade: '优秀', min: 90, and: [{ score: 'base100', min: 85 }] },
        { grade: '合格', min: 60 },
      ],
    };
    expect(issuesOf(load({ grades: noCatchAll }))).toEqual([['E_BAD_RANGE', '$.grades.bands[1].min']]);
    const badVeto = {
      bands: [
        { grade: 'A', min: 60 },
        { grade: 'B', below: 60 },
      ],
      vetoGrade: 'D',
    };
    expect(issuesOf(load({ grades: badVeto }))).toEqual([['E_SCHEMA', '$.grades.vetoGrade']]);
  });
  it('a scheme indicator may not shadow the catalogue', () => {
    expect(issuesOf(load({ indicators: [{ ...schemeIndicators[0], id: 'pm25-annual-mean' }] }))).toEqual([
      ['E_DUPLICATE_ID', '$.indicators[0].id'],
    ]);
  });
});

describe('binding a scheme to a rule set', () => {
  const rs = ruleSet([T.pm25, T.good, T.pass, T.plan]);
  const bind = (extra: Record<string, unknown>) => () =>
    bindScheme(loadScheme(schemeJson(extra), { file: 'x.json' }), rs);
  it('resolves categories, targets, indicators and units, with paths into the scheme', () => {
    expect(
      issuesOf(
        bind({
          ruleSet: 'panan-2018',
          categories: [{ id: 'industry' }],
          targets: [
            { target: 'nope' },
            {
              target: 'pass-rate',
              method: { method: 'deduction', per: 1, unit: '个', points: 1, partial: 'full_step' },
            },
            {
              target: 'quality-plan',
              method: {
                method: 'levels',
                levels: [{ id: 'a', names: names('甲', 'a'), indicator: 'product-sampling-pass-rate', credit: 1 }],
              },
            },
          ],
          vetoes: [
            { id: 'v', on: 'indicator', indicator: 'vegetable-sampling-pass-rate', operator: 'lessThan', value: 90 },
          ],
        }),
      ),
    ).toEqual([
      ['E_RULESET_MISMATCH', '$.ruleSet'],
      ['E_UNKNOWN_CATEGORY', '$.categories[0].id'],
      ['E_UNKNOWN_TARGET', '$.targets[0].target'],
      ['E_UNIT_MISMATCH', '$.targets[1].method.unit'],
      ['E_WRONG_VALUE_TYPE', '$.targets[2].method.levels[0].indicator'],
      ['E_UNKNOWN_INDICATOR', '$.vetoes[0].indicator'],
    ]);
  });
  it('fixed target points need a fixed category; fixed categories must fill the total', () => {
    expect(issuesOf(bind({ targets: [{ target: 'pm25', points: 10 }] }))).toEqual([
      ['E_SCHEMA', '$.targets[0].points'],
    ]);
    expect(
      issuesOf(
        bind({
          categories: [
            { id: 'product', points: 40 },
            { id: 'environment', points: 50 },
          ],
        }),
      ),
    ).toEqual([['E_BAD_RANGE', '$.points']]);
  });
  it('evaluate raises the same errors', () => {
    expect(() => evaluate(rs, data([]), { scheme: loadScheme(schemeJson({ targets: [{ target: 'nope' }] })) })).toThrow(
      InvalidInputError,
    );
  });
});

describe('built-in schemes', () => {
  it('ships default, equal-weights, national-grade-bands and panan-environment-deductions', () => {
    expect(BUILTIN_SCHEME_IDS).toEqual([
      'default',
      'equal-weights',
      'national-grade-bands',
      'panan-environment-deductions',
    ]);
    for (const id of BUILTIN_SCHEME_IDS) expect(loadBuiltinScheme(id).id).toBe(id);
    expect(loadBuiltinScheme('default')).toBe(loadBuiltinScheme('default'));
  });
  it('the generic ones bind to every built-in rule set; the 磐安 one only to panan-2018', () => {
    for (const id of ['zhuanqiao-2018', 'quality-town-2016', 'panan-2018', 'jiaze-2016', 'jinan-2020']) {
      for (const scheme of ['default', 'equal-weights', 'national-grade-bands'])
        expect(bindScheme(loadBuiltinScheme(scheme), loadBuiltinRuleSet(id)).items.length).toBeGreaterThan(0);
    }
    expect(
      bindScheme(
        loadBuiltinScheme('panan-environment-deductions'),
        loadBuiltinRuleSet('panan-2018'),
      ).plan.budget.toString(),
    ).toBe('100');
    expect(
      issuesOf(() =>
        bindScheme(loadBuiltinScheme('panan-environment-deductions'), loadBuiltinRuleSet('jinan-2020')),
      )[0],
    ).toEqual(['E_RULESET_MISMATCH', '$.ruleSet']);
  });
  it('an unknown id is an UnknownBuiltinError worded for schemes; the raw JSON is a safe copy', () => {
    expect(() => loadBuiltinScheme('nope')).toThrow(UnknownBuiltinError);
    expect(() => loadBuiltinScheme('nope')).toThrow(UnknownSchemeError);
    expect(() => loadBuiltinScheme('nope')).toThrow(
      /no built-in scheme "nope"; available: default, equal-weights, national-grade-bands, panan-environment-deductions/,
    );
    const copy = builtinSchemeJson('default') as { points: number };
    copy.points = 5;
    expect((builtinSchemeJson('default') as { points: number }).points).toBe(100);
  });
});
