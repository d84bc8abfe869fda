import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type InputIssue, InvalidInputError } from '../../src/core/errors.js';
import { BUILTIN_INDICATORS, catalogueIndicator } from '../../src/indicators/catalogue.js';
import type { Indicator } from '../../src/indicators/schema.js';
import { ERROR_MESSAGES } from '../../src/locales/index.js';
import { type IndicatorLookup, loadDataSet } from '../../src/observations/normalize.js';
import { data, rules, target } from '../support.js';

const E = ERROR_MESSAGES.expected;
const rs = rules([
  target('pass-rate', { kind: 'at_least', indicator: 'product-sampling-pass-rate', threshold: 95, unit: '%' }),
]);

function thrown(raw: unknown, lookup: IndicatorLookup = rs.indicator): InvalidInputError {
  try {
    loadDataSet(raw, lookup, 'town.json');
  } catch (e) {
    if (e instanceof InvalidInputError) return e;
    throw e;
  }
  throw new Error('expected an InvalidInputError');
}

function only(err: InvalidInputError, code: InputIssue['code']): InputIssue {
  const found = err.issues.filter((i) => i.code === code);
  expect(found).toHaveLength(1);
  return found[0] as InputIssue;
}

describe('a data set names an unknown indicator: the closest known ids are suggested, as for rule sets', () => {
  it('an observation one letter off gets the catalogue id, worded in every locale', () => {
    const err = thrown(data([{ indicator: 'pm25-anual-mean', value: 30, unit: 'μg/m³' }]));
    const issue = only(err, 'E_UNKNOWN_INDICATOR');
    expect(issue.path).toBe('$.observations[0].indicator');
    expect(issue.expected).toEqual({
      'zh-Hans': '规则集或指标目录中已定义的指标 id（是否应为 pm25-annual-mean？）',
      'zh-Hant': '規則集或指標目錄中已定義的指標 id（是否應為 pm25-annual-mean？）',
      en: 'an indicator id defined in the rule set or the catalogue (did you mean pm25-annual-mean?)',
    });
    expect(err.messages['zh-Hans']).toBe(
      '[E_UNKNOWN_INDICATOR] town.json $.observations[0].indicator：应为 规则集或指标目录中已定义的指标 id（是否应为 pm25-annual-mean？），实际为 "pm25-anual-mean"',
    );
    expect(err.messages['zh-Hant']).toBe(
      '[E_UNKNOWN_INDICATOR] town.json $.observations[0].indicator：應為 規則集或指標目錄中已定義的指標 id（是否應為 pm25-annual-mean？），實際為 "pm25-anual-mean"',
    );
    expect(err.messages.en).toBe(
      '[E_UNKNOWN_INDICATOR] town.json $.observations[0].indicator: expected an indicator id defined in the rule set or the catalogue (did you mean pm25-annual-mean?), found "pm25-anual-mean"',
    );
  });

  it('a benchmark naming an unknown indicator gets the same suggestion', () => {
    const err = thrown(
      data([], { benchmarks: [{ id: 'district-average', indicator: 'people-trainned', value: 30, unit: '人' }] }),
    );
    const issue = only(err, 'E_UNKNOWN_INDICATOR');
    expect(issue.path).toBe('$.benchmarks[0].indicator');
    expect(issue.expected).toEqual(E.didYouMean(E.knownIndicator, ['people-trained']));
    expect(issue.expected.en).toBe(
      'an indicator id defined in the rule set or the catalogue (did you mean people-trained?)',
    );
  });

  it('suggests nothing when no known id is close, and never the refused id itself', () => {
    const err = thrown(data([{ indicator: 'completely-different-thing', value: 1, unit: '%' }]));
    expect(only(err, 'E_UNKNOWN_INDICATOR').expected).toEqual(E.knownIndicator);
  });

  it("suggests a rule set's own indicator that the data set names correctly elsewhere", () => {
    const own: Indicator = { ...(catalogueIndicator('people-trained') as Indicator), id: 'town-craftsmen-trained' };
    const lookup: IndicatorLookup = (id) => (id === own.id ? own : catalogueIndicator(id));
    const err = thrown(
      data([
        { indicator: 'town-craftsmen-trained', value: 10, unit: '人', period: '2017' },
        { indicator: 'town-craftsman-trained', value: 12, unit: '人' },
      ]),
      lookup,
    );
    expect(only(err, 'E_UNKNOWN_INDICATOR').expected).toEqual(
      E.didYouMean(E.knownIndicator, ['town-craftsmen-trained']),
    );
  });

  it("never suggests a catalogue id the caller's lookup does not resolve", () => {
    const lookup: IndicatorLookup = (id) => (id === 'people-trained' ? undefined : catalogueIndicator(id));
    const err = thrown(data([{ indicator: 'people-trainned', value: 3, unit: '人' }]), lookup);
    expect(only(err, 'E_UNKNOWN_INDICATOR').expected).toEqual(E.knownIndicator);
  });
});

describe('every problem of a data set in one error', () => {
  it('a schema error, an unknown indicator and an unknown unit come together, each with its help', () => {
    const err = thrown(
      data([
        { indicator: 'product-sampling-pass-rate', value: 'abc', unit: '%' },
        { indicator: 'pm25-anual-mean', value: 30, unit: 'μg/m³' },
        { indicator: 'people-trained', value: 60, unit: '人口' },
      ]),
    );
    expect(err.issues.map((i) => [i.code, i.path])).toEqual([
      ['E_BAD_DECIMAL', '$.observations[0].value'],
      ['E_UNKNOWN_INDICATOR', '$.observations[1].indicator'],
      ['E_UNKNOWN_UNIT', '$.observations[2].unit'],
    ]);
    expect(only(err, 'E_UNKNOWN_INDICATOR').expected).toEqual(E.didYouMean(E.knownIndicator, ['pm25-annual-mean']));
    const unit = only(err, 'E_UNKNOWN_UNIT');
    expect(unit.expected.en).toMatch(/^a known unit \(did you mean "人".*\?\)$/);
    expect(unit.expected['zh-Hans']).toMatch(/^已知计量单位（是否为 "人"/);
    expect(err.messages.en.split('\n')).toHaveLength(3);
  });

  it('without a schema error: an unknown indicator and its unknown unit both, and a bad benchmark unit', () => {
    const err = thrown(
      data([{ indicator: 'pm25-anual-mean', value: 30, unit: 'ug/m3x' }], {
        benchmarks: [{ id: 'district-average', indicator: 'people-trained', value: 30, unit: '人口' }],
      }),
    );
    expect(err.issues.map((i) => [i.code, i.path])).toEqual([
      ['E_UNKNOWN_INDICATOR', '$.observations[0].indicator'],
      ['E_UNKNOWN_UNIT', '$.observations[0].unit'],
      ['E_UNKNOWN_UNIT', '$.benchmarks[0].unit'],
    ]);
  });

  it('the unit named next to a known indicator is suggested among units that convert to it', () => {
    const err = thrown(
      data([
        { indicator: 'product-sampling-pass-rate', value: 96, unit: '%', period: 'someday' },
        { indicator: 'product-sampling-pass-rate', value: 96, unit: 'furlongs' },
      ]),
    );
    expect(only(err, 'E_UNKNOWN_UNIT').expected).toEqual(E.knownUnitDidYouMean(['fraction', '%', '‰']));
    expect(err.issues.some((i) => i.path === '$.observations[0].period')).toBe(true);
  });

  it('a path the schema already reported is not reported twice', () => {
    const err = thrown(data([{ indicator: 'Not An Id', value: 1, unit: '%' }]));
    expect(err.issues.filter((i) => i.path === '$.observations[0].indicator')).toHaveLength(1);
    expect(err.issues.map((i) => i.code)).not.toContain('E_UNKNOWN_INDICATOR');
  });
});

describe('a long list of problems stays capped at 100, the rest counted', () => {
  const misspelt = (n: number) =>
    Array.from({ length: n }, () => ({ indicator: 'pm25-anual-mean', value: 30, unit: 'μg/m³' }));
  const suggestion = E.didYouMean(E.knownIndicator, ['pm25-annual-mean']);

  it('without a schema error: 130 unknown ids give 100 listed, each with its suggestion, and 30 counted', () => {
    const err = thrown(data(misspelt(130)));
    expect(err.issues).toHaveLength(100);
    expect(err.issues.every((i) => i.code === 'E_UNKNOWN_INDICATOR' && i.expected.en === suggestion.en)).toBe(true);
    expect(err.omitted).toEqual({ E_UNKNOWN_INDICATOR: 30 });
    expect(err.total).toBe(130);
  });

  it('with a schema error: the schema issue first, then 99 unknown ids listed and 31 counted', () => {
    const err = thrown(data(misspelt(130), { asOf: 'not-a-date' }));
    expect(err.issues).toHaveLength(100);
    expect(err.issues[0]?.path).toBe('$.asOf');
    expect(err.issues[99]).toMatchObject({ path: '$.observations[98].indicator', expected: suggestion });
    expect(err.omitted).toEqual({ E_UNKNOWN_INDICATOR: 31 });
    expect(err.total).toBe(131);
  });
});

describe('the validated fast path does no suggestion work', () => {
  it('a valid data set asks the lookup only for the ids it names', () => {
    const asked: string[] = [];
    const lookup: IndicatorLookup = (id) => {
      asked.push(id);
      return catalogueIndicator(id);
    };
    loadDataSet(
      data([
        { indicator: 'product-sampling-pass-rate', value: 96, unit: '%' },
        { indicator: 'people-trained', value: 60, unit: '人' },
      ]),
      lookup,
    );
    expect(asked).toEqual(['product-sampling-pass-rate', 'people-trained']);
  });
});

/** The ids an E_UNKNOWN_INDICATOR issue suggests, read back from its English text. */
function suggestedIds(issue: InputIssue): string[] {
  const match = /\(did you mean (.*)\?\)$/.exec(issue.expected.en);
  return match?.[1] ? match[1].split(' or ') : [];
}

describe('property: a suggestion is always a known id', () => {
  const ids = BUILTIN_INDICATORS.map((i) => i.id);
  const own: Indicator = { ...(catalogueIndicator('people-trained') as Indicator), id: 'own-masters-trained' };
  const hidden = new Set(['food-sampling-pass-rate', 'pm25-annual-mean']);
  // A lookup with one id of its own and two catalogue ids it does not resolve.
  const lookup: IndicatorLookup = (id) => (id === own.id ? own : hidden.has(id) ? undefined : catalogueIndicator(id));
  const typo = fc
    .tuple(fc.constantFrom(...ids, own.id), fc.nat(), fc.constantFrom('', 'a', 'x', '-'), fc.nat({ max: 3 }))
    .map(([id, at, insert, cut]) => {
      const i = at % (id.length + 1);
      return `${id.slice(0, i)}${insert}${id.slice(i + cut)}`;
    });
  const anyId = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);

  it('holds for misspelt and random ids, with and without a schema error beside them', () => {
    fc.assert(
      fc.property(fc.oneof(typo, anyId), fc.boolean(), fc.boolean(), (id, nameOwn, broken) => {
        fc.pre(lookup(id) === undefined);
        const observations = [
          { indicator: id, value: 1, unit: '人' },
          ...(nameOwn ? [{ indicator: own.id, value: 1, unit: '人' }] : []),
        ];
        const err = thrown(data(observations, broken ? { asOf: 'not-a-date' } : {}), lookup);
        const issue = err.issues.find((i) => i.code === 'E_UNKNOWN_INDICATOR');
        if (!issue) return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) === false;
        const suggested = suggestedIds(issue);
        expect(issue.expected).toEqual(
          suggested.length === 0 ? E.knownIndicator : E.didYouMean(E.knownIndicator, suggested),
        );
        expect(suggested.length).toBeLessThanOrEqual(3);
        for (const s of suggested) {
          expect(s).not.toBe(id);
          expect(lookup(s)).toBeDefined();
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
