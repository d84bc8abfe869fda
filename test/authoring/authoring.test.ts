import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import { closestNames } from '../../src/core/suggest.js';
import { ERROR_MESSAGES } from '../../src/locales/index.js';
import { loadDataSet } from '../../src/observations/normalize.js';
import { loadRuleSet } from '../../src/rulesets/load.js';
import { data, ruleSetJson, target } from '../support.js';

const E = ERROR_MESSAGES.expected;
const atLeast = (id: string, extra: Record<string, unknown> = {}) =>
  target(id, { kind: 'at_least', indicator: 'product-sampling-pass-rate', threshold: 95, unit: '%', ...extra });

function issuesOf(raw: unknown): InvalidInputError['issues'] {
  try {
    loadRuleSet(raw);
  } catch (error) {
    if (error instanceof InvalidInputError) return error.issues;
    throw error;
  }
  throw new Error('expected the rule set to be refused');
}

describe('optional fields may be left out, not only set to null', () => {
  it('reads an omitted documentNumber, region.parent, published and scoring as their defaults', () => {
    const json = ruleSetJson([atLeast('a')]);
    delete json.documentNumber;
    delete json.published;
    delete json.scoring;
    json.region = { name: '测试镇', level: 'town' };
    const { data: rs } = loadRuleSet(json);
    expect(rs.documentNumber).toBeNull();
    expect(rs.region.parent).toBeNull();
    expect(rs.published).toEqual({ date: null });
    expect(rs.scoring).toMatchObject({ weights: 'assumed', method: 'all_or_nothing', precision: 2 });
  });

  it('defaults scoring.weights alone, keeping what the file gives', () => {
    const { data: rs } = loadRuleSet(ruleSetJson([atLeast('a')], { scoring: { precision: 1 } }));
    expect(rs.scoring.weights).toBe('assumed');
    expect(rs.scoring.precision).toBe(1);
  });

  it('still refuses a documentNumber that is an empty string', () => {
    expect(issuesOf(ruleSetJson([atLeast('a')], { documentNumber: '' })).map((i) => i.path)).toEqual([
      '$.documentNumber',
    ]);
  });

  it('accepts an empty section where a plan has no headings', () => {
    const rs = loadRuleSet(ruleSetJson([atLeast('a', { source: { section: '', clause: '合格率达到95%' } })]));
    expect(rs.targets[0]?.source.section).toBe('');
  });

  it('reads a data set period written as a number as its label, and refuses a fraction', () => {
    const rs = loadRuleSet(ruleSetJson([atLeast('a')], { period: { start: '2024-01-01', end: '2024-12-31' } }));
    const region = loadDataSet(
      data([{ indicator: 'product-sampling-pass-rate', value: 96, unit: '%', period: 2024 }], { period: 2024 }),
      rs.indicator,
    );
    expect(region.period).toBe('2024');
    expect(region.dataSet.observations[0]?.period).toBe('2024');
    expect(() => loadDataSet(data([], { period: 2024.5 }), rs.indicator)).toThrow(InvalidInputError);
  });
});

describe('unknown names get "did you mean" suggestions', () => {
  it('suggests the catalogue indicator one letter away', () => {
    const [issue] = issuesOf(ruleSetJson([atLeast('a', { indicator: 'pm25-anual-mean' })]));
    expect(issue?.code).toBe('E_UNKNOWN_INDICATOR');
    expect(issue?.expected).toEqual(E.didYouMean(E.knownIndicator, ['pm25-annual-mean']));
    expect(issue?.expected.en).toContain('(did you mean pm25-annual-mean?)');
  });

  it('suggests a defined category and a known unit', () => {
    const issues = issuesOf(ruleSetJson([atLeast('a', { category: 'prodcut' }), atLeast('b', { unit: '万批' })]));
    const category = issues.find((i) => i.code === 'E_UNKNOWN_CATEGORY');
    expect(category?.expected['zh-Hans']).toContain('是否应为 product？');
    const unit = issues.find((i) => i.code === 'E_UNKNOWN_UNIT');
    expect(unit?.expected.en).toMatch(/did you mean .*万批次/);
  });

  it('suggests nothing when no known name is close', () => {
    const [issue] = issuesOf(ruleSetJson([atLeast('a', { indicator: 'completely-different-thing' })]));
    expect(issue?.expected).toEqual(E.knownIndicator);
  });

  it('ranks closer names first, containing names before edits, at most three', () => {
    expect(closestNames('pm25', ['pm25-annual-mean', 'pm10', 'pm2'])).toEqual(['pm25-annual-mean', 'pm2']);
    expect(closestNames('abcdef', ['abcdxy', 'abcdex', 'zzzzzz'])).toEqual(['abcdex', 'abcdxy']);
    expect(closestNames('ab', ['xy'])).toEqual([]);
  });
});

describe('all problems in one pass', () => {
  it('reports a schema error and an unknown indicator of another target together', () => {
    const issues = issuesOf(
      ruleSetJson([atLeast('a', { commitment: 'required' }), atLeast('b', { indicator: 'pm25-anual-mean' })]),
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['E_SCHEMA', '$.targets[0].commitment'],
      ['E_UNKNOWN_INDICATOR', '$.targets[1].indicator'],
    ]);
  });

  it('does not report a name twice when the schema already flagged its field', () => {
    const issues = issuesOf(ruleSetJson([atLeast('a', { indicator: 'Not An Id' })]));
    expect(issues.map((i) => i.path)).toEqual(['$.targets[0].indicator']);
  });
});
