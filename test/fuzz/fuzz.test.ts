/**
 * The fuzz suite of issue 15: data sets, rule sets and schemes mutated at random places (2,000 cases
 * each, seeded) must give a typed error or a valid report; `evaluate` must equal `evaluateWithEngine`,
 * no figure may print in exponent form, and the inputs must come back unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScorecardError } from '../../src/core/errors.js';
import { evaluate, evaluateWithEngine } from '../../src/report/evaluate.js';
import { ReportSchema } from '../../src/report/schema.js';
import { type CompiledRuleSet, loadRuleSet } from '../../src/rulesets/load.js';
import { type CompiledScheme, loadScheme } from '../../src/schemes/load.js';
import { dataSet, ruleSetJson, target } from '../evaluation/_fixtures.js';

const CASES = 2000;
/** An exponent written into a number, outside identifiers: 1e+45, 4E-323. */
const EXPONENT = /(^|[^\w.-])-?\d+(\.\d+)?[eE][+-]?\d+/;

const baseRuleSet = ruleSetJson([
  target('rate-95', { kind: 'at_least', indicator: 'tst-pass-rate', threshold: 95, unit: '%' }),
  target('pm-35', { kind: 'at_most', indicator: 'tst-pm25', threshold: '35.5', unit: 'μg/m³' }),
  target('brands', {
    kind: 'more_than',
    indicator: 'tst-brands',
    threshold: 3,
    unit: '个',
    commitment: 'aspirational',
  }),
  target('done', { kind: 'milestone', indicator: 'tst-done', deadline: '2018-06-30' }),
  target('rank', { kind: 'rank', indicator: 'tst-pass-rate', top: { count: 3 }, peerGroup: '全县', ties: 'shared' }),
]);
const baseData = dataSet('2018', [
  { indicator: 'tst-pass-rate', value: '94.99', unit: '%' },
  { indicator: 'tst-pm25', value: 35.5, unit: 'μg/m³' },
  { indicator: 'tst-brands', value: 4, unit: '个' },
  { indicator: 'tst-done', value: true },
  { indicator: 'tst-pass-rate', period: '2017', value: '0.9', unit: 'fraction' },
]);
const baseScheme = {
  schemaVersion: 1,
  id: 'fuzz-scheme',
  names: { 'zh-Hans': '模糊测试细则', 'zh-Hant': '模糊測試細則', en: 'fuzz scheme' },
  ruleSet: null,
  points: 100,
  grades: {
    bands: [
      { grade: 'A', min: 90 },
      { grade: 'B', min: 80, below: 90 },
      { grade: 'C', min: 60, below: 80 },
      { grade: 'D', below: 60 },
    ],
  },
  targets: [{ target: 'rate-95', method: { method: 'proportional', floor: 90 } }],
};

/** Every path into a JSON value (objects' keys, arrays' indices), the root included. */
function pathsOf(value: unknown, path: ReadonlyArray<string | number> = []): Array<ReadonlyArray<string | number>> {
  const out = [path];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) out.push(...pathsOf(value[i], [...path, i]));
  } else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...path, k]));
  return out;
}

/** `levels` arrays around 1. */
const nest = (levels: number): unknown => (levels === 0 ? 1 : [nest(levels - 1)]);

// Replacement values (exponent forms only as numbers: a text field echoes what it is given): wrong types, boundaries, long and inexact decimals, extreme magnitudes, deep
// nesting, keys that collide with Object.prototype.
const nasty = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    false,
    0,
    -1,
    -0,
    1e21,
    1e45,
    4e-323,
    5e-324,
    1.7976931348623157e308,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    '',
    '0',
    '-0.0',
    '93.99999999999999999',
    '0.000000000000000000000000000001',
    '123456789012345678901234567890',
    '1234567890123456789012345678901234567890',
    'abc',
    '2018-02-30',
    '0050',
    '2018-Q5',
    '__proto__',
    'constructor',
    [],
    {},
    { __proto__: null, toString: 1 },
    nest(20),
  ),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ noNaN: false }),
  fc.string({ maxLength: 12 }),
  fc.jsonValue({ maxDepth: 3 }),
);

type Mutation = { readonly at: number; readonly op: 'set' | 'delete' | 'duplicate'; readonly value: unknown };
const mutations = fc.array(
  fc.record({
    at: fc.nat(),
    op: fc.constantFrom('set', 'set', 'delete', 'duplicate'),
    value: nasty,
  }) as fc.Arbitrary<Mutation>,
  { minLength: 1, maxLength: 3 },
);

/** A deep copy of `base` with the mutations applied at paths picked by index. */
function mutate(base: unknown, ms: readonly Mutation[]): unknown {
  const root = { v: structuredClone(base) as unknown };
  for (const m of ms) {
    const paths = pathsOf(root.v);
    const path = paths[m.at % paths.length] as ReadonlyArray<string | number>;
    let parent: Record<string | number, unknown> = root as Record<string, unknown>;
    let key: string | number = 'v';
    for (const step of path) {
      parent = parent[key] as Record<string | number, unknown>;
      key = step;
    }
    if (m.op === 'set') parent[key] = m.value;
    else if (m.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else if (Array.isArray(parent)) parent.push(structuredClone(parent[key]));
    else parent[key] = structuredClone(parent[key]);
  }
  return root.v;
}

/** Runs `load`; a thrown error must be one of the library's typed errors. */
function typedOrValue<T>(load: () => T): T | undefined {
  try {
    return load();
  } catch (error) {
    expect(error).toBeInstanceOf(ScorecardError);
    expect(typeof (error as ScorecardError).code).toBe('string');
    return undefined;
  }
}

/** Evaluates both ways; either both refuse with a typed error or both give the same valid report. */
async function checkEvaluation(
  ruleSet: CompiledRuleSet,
  data: unknown,
  scheme: CompiledScheme | undefined,
): Promise<'report' | 'refused'> {
  const options = scheme ? { scheme } : {};
  const snapshot = structuredClone(data);
  const report = typedOrValue(() => evaluate(ruleSet, data, options));
  let engineError: unknown;
  const viaEngine = await evaluateWithEngine(ruleSet, data, options).catch((error: unknown) => {
    engineError = error;
    return undefined;
  });
  expect(data).toEqual(snapshot);
  if (report === undefined) {
    expect(engineError).toBeInstanceOf(ScorecardError);
    return 'refused';
  }
  expect(engineError).toBeUndefined();
  expect(viaEngine).toEqual(report);
  expect(ReportSchema.safeParse(report).success).toBe(true);
  expect(JSON.stringify(report)).not.toMatch(EXPONENT);
  return 'report';
}

/** How many cases ended in a report and how many in a typed error (or a refused input). */
const tally = (): { report: number; refused: number } => ({ report: 0, refused: 0 });

const rs = loadRuleSet(baseRuleSet);
const scheme = loadScheme(baseScheme);

describe('fuzz (seeded): a typed error or a valid report, both paths equal, no exponents, inputs unchanged', () => {
  // Each run must exercise both outcomes, so a base input broken by a change cannot pass unnoticed.
  it(`${CASES} mutated data sets`, async () => {
    const seen = tally();
    await fc.assert(
      fc.asyncProperty(mutations, async (ms) => {
        seen[await checkEvaluation(rs, mutate(baseData, ms), undefined)] += 1;
      }),
      { numRuns: CASES, seed: 150001 },
    );
    expect(seen.report).toBeGreaterThan(CASES / 10);
    expect(seen.refused).toBeGreaterThan(CASES / 10);
  });

  it(`${CASES} mutated rule sets`, async () => {
    const seen = tally();
    await fc.assert(
      fc.asyncProperty(mutations, async (ms) => {
        const raw = mutate(baseRuleSet, ms);
        const snapshot = structuredClone(raw);
        const ruleSet = typedOrValue(() => loadRuleSet(raw));
        expect(raw).toEqual(snapshot);
        seen[ruleSet ? await checkEvaluation(ruleSet, baseData, undefined) : 'refused'] += 1;
      }),
      { numRuns: CASES, seed: 150002 },
    );
    expect(seen.report).toBeGreaterThan(CASES / 10);
    expect(seen.refused).toBeGreaterThan(CASES / 10);
  });

  it(`${CASES} mutated schemes`, async () => {
    const seen = tally();
    await fc.assert(
      fc.asyncProperty(mutations, async (ms) => {
        const raw = mutate(baseScheme, ms);
        const snapshot = structuredClone(raw);
        const mutated = typedOrValue(() => loadScheme(raw));
        expect(raw).toEqual(snapshot);
        seen[mutated ? await checkEvaluation(rs, baseData, mutated) : 'refused'] += 1;
      }),
      { numRuns: CASES, seed: 150003 },
    );
    expect(seen.report).toBeGreaterThan(CASES / 10);
    expect(seen.refused).toBeGreaterThan(CASES / 10);
  });

  it('the base inputs are valid, so mutations start from a report', async () => {
    expect(await checkEvaluation(rs, baseData, scheme)).toBe('report');
    expect(evaluate(rs, baseData, { scheme }).targets.map((t) => t.status)).toEqual([
      'not_met',
      'met',
      'met',
      'met',
      'no_data', // a rank outside a cohort with no published rank
    ]);
  });
});
