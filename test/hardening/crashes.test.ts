/**
 * Issue 15, "Crashes": inputs that used to overflow the stack, throw a TypeError or a date-fns
 * RangeError now give an InvalidInputError with a stable code and the JSON path where the problem is.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError, type IssueCode } from '../../src/core/errors.js';
import { INPUT_LIMITS, structureIssues } from '../../src/core/limits.js';
import { ERROR_MESSAGES } from '../../src/locales/index.js';
import { loadDataSet } from '../../src/observations/normalize.js';
import { evaluateCohort } from '../../src/report/cohort.js';
import { evaluate, evaluateWithEngine } from '../../src/report/evaluate.js';
import { loadRuleSet } from '../../src/rulesets/load.js';
import { loadBuiltinScheme, loadScheme } from '../../src/schemes/index.js';
import { data, ruleSetJson, rules, target } from '../support.js';

const E = ERROR_MESSAGES.expected;

/** The single issue of an InvalidInputError thrown by `run`, checked to be typed. */
function issueOf(run: () => unknown): {
  code: IssueCode;
  path: string;
  found: string;
  expected: unknown;
  file?: string;
} {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(InvalidInputError);
  const error = caught as InvalidInputError;
  expect(error.issues.length).toBeGreaterThan(0);
  return { ...(error.issues[0] as InvalidInputError['issues'][number]), ...(error.file ? { file: error.file } : {}) };
}

/** `levels` arrays around 1: [[[…1…]]]. */
function nested(levels: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < levels; i++) v = [v];
  return v;
}

const rate = {
  id: 'tst-rate',
  names: { 'zh-Hans': '测试率', 'zh-Hant': '測試率', en: 'test rate' },
  unit: '%',
  kind: 'rate',
  direction: 'higher',
};
const threshold = target('t1', { kind: 'at_least', indicator: 'tst-rate', threshold: 90, unit: '%' });
const rs = rules([threshold], { indicators: [rate] });
const good = data([{ indicator: 'tst-rate', value: 95, unit: '%' }]);

describe('nesting and cycles are refused before validating (E_TOO_DEEP, E_CYCLIC)', () => {
  it('5,000 levels in a field the schema would refuse anyway: E_TOO_DEEP at the level past the limit', () => {
    const issue = issueOf(() => loadDataSet({ ...good, notes: nested(5000) }, rs.indicator));
    expect(issue.code).toBe('E_TOO_DEEP');
    // $ is level 1, $.notes level 2, so the 128th level is notes plus 126 [0]s and the refused one 127.
    expect(issue.path).toBe(`$.notes${'[0]'.repeat(INPUT_LIMITS.depth - 1)}`);
    expect(issue.expected).toEqual(E.atMostDepth(128));
    expect(issue.found).toBe('[…]');
  });

  it('exactly at the limit passes the walk; one more level does not', () => {
    expect(structureIssues(nested(INPUT_LIMITS.depth - 1))).toEqual([]);
    expect(structureIssues(nested(INPUT_LIMITS.depth))).toEqual([]);
    expect(structureIssues(nested(INPUT_LIMITS.depth + 1))[0]?.code).toBe('E_TOO_DEEP');
  });

  it('1,000,000 levels: no recursion in the check itself', () => {
    expect(structureIssues(nested(1_000_000))[0]?.code).toBe('E_TOO_DEEP');
  });

  it('a data set that contains itself: E_CYCLIC at the reference that closes the cycle', () => {
    const cyclic: Record<string, unknown> = { ...good, region: { id: 't1', name: '测试镇' } };
    (cyclic.region as Record<string, unknown>).back = cyclic;
    const issue = issueOf(() => evaluate(rs, cyclic));
    expect(issue).toMatchObject({ code: 'E_CYCLIC', path: '$.region.back', found: '{…}' });
    expect(issue.expected).toEqual(E.notCyclic);
  });

  it('a rule set that contains itself, and a compound condition that contains itself', () => {
    const json = ruleSetJson([threshold], { indicators: [rate] });
    json.self = json;
    expect(issueOf(() => loadRuleSet(json))).toMatchObject({ code: 'E_CYCLIC', path: '$.self' });
    const condition: Record<string, unknown> = { all: [] };
    (condition.all as unknown[]).push(condition);
    const compound = target('c1', { kind: 'compound', condition });
    expect(issueOf(() => loadRuleSet(ruleSetJson([compound])))).toMatchObject({
      code: 'E_CYCLIC',
      path: '$.targets[0].condition.all[0]',
    });
  });

  it('a scheme that contains itself, or nests too deep', () => {
    const scheme = structuredClone(loadBuiltinScheme('national-grade-bands').data) as Record<string, unknown>;
    expect(issueOf(() => loadScheme({ ...scheme, notes: nested(300) })).code).toBe('E_TOO_DEEP');
    scheme.loop = [scheme];
    expect(issueOf(() => loadScheme(scheme))).toMatchObject({ code: 'E_CYCLIC', path: '$.loop[0]' });
  });

  it('a value shared by two parents is not a cycle', () => {
    const shared = { indicator: 'tst-rate', value: 95, unit: '%' };
    const region = { id: 't1', name: '测试镇' };
    expect(structureIssues({ a: shared, b: [shared], c: { region, again: region } })).toEqual([]);
  });

  it('a shared-node lattice of 2^60 paths is walked in linear time', () => {
    let v: unknown = 1;
    for (let i = 0; i < 60; i++) v = [v, v];
    expect(structureIssues(v)).toEqual([]);
    for (let i = 0; i < 100; i++) v = [v, v];
    expect(structureIssues(v)[0]?.code).toBe('E_TOO_DEEP');
  });

  it('one deep region in a cohort is a typed error naming that region, not a stack overflow', () => {
    const deep = { ...good, region: { id: 't2', name: '乙镇' }, notes: nested(5000) };
    const issue = issueOf(() => evaluateCohort(rs, [good, deep]));
    expect(issue).toMatchObject({ code: 'E_TOO_DEEP', file: 'cohort[1]' });
  });

  it('property: any nesting depth and any cycle gives a typed error or a valid load, never a RangeError', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.boolean(),
        fc.constantFrom('notes', 'region', 'observations'),
        (depth, cycle, field) => {
          const raw: Record<string, unknown> = { ...good, [field]: nested(depth) };
          if (cycle) raw.loop = { back: raw };
          try {
            loadDataSet(raw, rs.indicator);
          } catch (error) {
            expect(error).toBeInstanceOf(InvalidInputError);
            const code = (error as InvalidInputError).issues[0]?.code;
            if (cycle && depth <= INPUT_LIMITS.depth - 2) expect(code).toBe('E_CYCLIC');
            if (depth > INPUT_LIMITS.depth) expect(['E_TOO_DEEP', 'E_CYCLIC']).toContain(code);
          }
        },
      ),
      { numRuns: 200, seed: 15 },
    );
  });
});

describe('compound conditions nest at most 32 levels', () => {
  const leaf = { fact: 'tst-rate', operator: 'atLeast', value: 90, unit: '%' };
  const nots = (n: number): unknown => {
    let c: unknown = leaf;
    for (let i = 0; i < n; i++) c = { not: c };
    return c;
  };
  const load = (condition: unknown) =>
    loadRuleSet(ruleSetJson([target('c1', { kind: 'compound', condition })], { indicators: [rate] }));

  it('32 nested `not` load and evaluate (an even count: met at 95%)', async () => {
    const ok = load(nots(32));
    expect(evaluate(ok, good).targets[0]?.status).toBe('met');
    expect((await evaluateWithEngine(ok, good)).targets[0]?.status).toBe('met');
  });

  it('33 nested `not`: E_TOO_DEEP at the 33rd', () => {
    const issue = issueOf(() => load(nots(33)));
    expect(issue.code).toBe('E_TOO_DEEP');
    expect(issue.path).toBe(`$.targets[0].condition${'.not'.repeat(32)}`);
    expect(issue.expected).toEqual(E.conditionAtMostDepth(32));
  });

  it('2,000 nested `not`: refused by the input depth limit before zod recurses', () => {
    expect(issueOf(() => load(nots(2000))).code).toBe('E_TOO_DEEP');
  });

  it('all/any count as levels too', () => {
    let c: unknown = leaf;
    for (let i = 0; i < 33; i++) c = i % 2 ? { all: [leaf, c] } : { any: [c] };
    const issue = issueOf(() => load(c));
    expect(issue.code).toBe('E_TOO_DEEP');
    expect(issue.path).toMatch(/^\$\.targets\[0\]\.condition\.any\[0\]\.all\[1\]/);
  });
});

describe('an indicator with an unknown unit (E_UNKNOWN_UNIT, not a TypeError in requireUnit)', () => {
  const bogus = { ...rate, id: 'tst-bogus', unit: 'bogus-unit' };
  it.each([
    ['at_least', target('t1', { kind: 'at_least', indicator: 'tst-bogus', threshold: 90, unit: '%' })],
    [
      'trend',
      target('t1', { kind: 'trend', indicator: 'tst-bogus', direction: 'increase', strict: true, granularity: 'year' }),
    ],
    [
      'compound',
      target('t1', { kind: 'compound', condition: { fact: 'tst-bogus', operator: 'atLeast', value: 90, unit: '%' } }),
    ],
    ['zero', target('t1', { kind: 'zero', indicator: 'tst-bogus' })],
  ])('%s: the definition and the use are both named', (_kind, t) => {
    let caught: unknown;
    try {
      loadRuleSet(ruleSetJson([t], { indicators: [bogus] }));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidInputError);
    const issues = (caught as InvalidInputError).issues;
    expect(issues.map((i) => [i.code, i.path])).toContainEqual(['E_UNKNOWN_UNIT', '$.indicators[0].unit']);
    expect(issues.every((i) => i.code === 'E_UNKNOWN_UNIT')).toBe(true);
    expect(issues.some((i) => i.path.startsWith('$.targets[0]') && i.found === '"bogus-unit"')).toBe(true);
  });

  it('a caller-supplied indicator lookup with a bad unit: E_UNKNOWN_UNIT on the observation', () => {
    const issue = issueOf(() =>
      loadDataSet(
        data([{ indicator: 'tst-bogus', value: 1, unit: '%' }]),
        (id) => (id === 'tst-bogus' ? bogus : undefined) as never,
      ),
    );
    expect(issue).toMatchObject({ code: 'E_UNKNOWN_UNIT', path: '$.observations[0].indicator', found: '"bogus-unit"' });
    expect(issue.expected).toEqual(E.indicatorWithKnownUnit('tst-bogus'));
  });
});

describe('counts and windows have maxima real plans never reach', () => {
  const trend = (fields: Record<string, unknown>) =>
    target('tr', {
      kind: 'trend',
      indicator: 'tst-rate',
      direction: 'increase',
      strict: true,
      granularity: 'year',
      ...fields,
    });
  const load = (t: unknown) => loadRuleSet(ruleSetJson([t], { indicators: [rate] }));

  it('consecutive: 300000 is refused at load (was a date-fns RangeError at evaluation)', () => {
    const issue = issueOf(() => load(trend({ consecutive: 300000 })));
    expect(issue).toMatchObject({ code: 'E_SCHEMA', path: '$.targets[0].consecutive', found: '300000' });
    expect(issue.expected).toEqual(E.notMoreThan('120'));
    expect(() => load(trend({ consecutive: 120 }))).not.toThrow();
  });

  it('a window over 120 periods is refused; 120 years is allowed', () => {
    const issue = issueOf(() => load(trend({ window: { from: '1000', to: '2018' } })));
    expect(issue).toMatchObject({ code: 'E_BAD_RANGE', path: '$.targets[0].window.to', found: '"2018"' });
    expect(issue.expected).toEqual(E.atMostPeriods(120));
    expect(() => load(trend({ window: { from: '1899', to: '2018' } }))).not.toThrow();
    expect(issueOf(() => load(trend({ granularity: 'month', window: { from: '2008-01', to: '2018-01' } }))).code).toBe(
      'E_BAD_RANGE',
    );
  });

  it('frequency min/max and rank top.count above 10,000 are refused', () => {
    const freq = (f: Record<string, unknown>) =>
      target('f', { kind: 'frequency', event: 'inspection', per: 'year', ...f });
    expect(issueOf(() => load(freq({ min: 10_001 })))).toMatchObject({ code: 'E_SCHEMA', path: '$.targets[0].min' });
    expect(issueOf(() => load(freq({ min: 1, max: 1e9 })))).toMatchObject({
      code: 'E_SCHEMA',
      path: '$.targets[0].max',
    });
    const rank = target('r', {
      kind: 'rank',
      indicator: 'tst-rate',
      top: { count: 300000 },
      peerGroup: '全县乡镇',
      ties: 'shared',
    });
    expect(issueOf(() => load(rank))).toMatchObject({ code: 'E_SCHEMA', path: '$.targets[0].top.count' });
  });
});

describe('wrong types through the API give typed errors', () => {
  it('asOf as a number: E_BAD_DATE at $.asOf of the options', () => {
    const issue = issueOf(() => evaluate(rs, good, { asOf: 20181231 as never }));
    expect(issue).toMatchObject({ code: 'E_BAD_DATE', path: '$.asOf', found: '20181231', file: 'options' });
  });

  it('raw scheme JSON as `scheme`: E_SCHEMA at $.scheme, asking for a loaded scheme', async () => {
    const raw = loadBuiltinScheme('national-grade-bands').data;
    const issue = issueOf(() => evaluate(rs, good, { scheme: raw as never }));
    expect(issue).toMatchObject({ code: 'E_SCHEMA', path: '$.scheme', file: 'options' });
    expect(issue.expected).toEqual(E.compiledScheme);
    await expect(evaluateWithEngine(rs, good, { scheme: raw as never })).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('a rule set that is not a compiled one (raw JSON, null, a number)', async () => {
    for (const bad of [ruleSetJson([threshold]), null, 5, 'panan-2018']) {
      const issue = issueOf(() => evaluate(bad as never, good));
      expect(issue).toMatchObject({ code: 'E_SCHEMA', path: '$', file: 'ruleSet' });
      expect(issue.expected).toEqual(E.compiledRuleSet);
      expect(issueOf(() => evaluateCohort(bad as never, [good])).file).toBe('ruleSet');
    }
    await expect(evaluateWithEngine(null as never, good)).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('options that are not an object, a cohort that is not an array', () => {
    expect(issueOf(() => evaluate(rs, good, 'x' as never))).toMatchObject({ code: 'E_SCHEMA', file: 'options' });
    expect(issueOf(() => evaluateCohort(rs, good as never))).toMatchObject({ code: 'E_SCHEMA', file: 'cohort' });
  });

  it('non-object rule sets, schemes and data sets: E_SCHEMA at $', () => {
    for (const bad of [5, 'x', null, [], true]) {
      expect(issueOf(() => loadRuleSet(bad)).code).toBe('E_SCHEMA');
      expect(issueOf(() => loadScheme(bad)).code).toBe('E_SCHEMA');
      expect(issueOf(() => evaluate(rs, bad)).code).toBe('E_SCHEMA');
    }
  });
});
