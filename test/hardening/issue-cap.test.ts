/**
 * Issue 15, "Error lists are unbounded": an InvalidInputError keeps the first ISSUE_LIST_LIMIT issues
 * exactly and counts the rest per code ("and M more of code X"), in the API and in the CLI.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  capIssues,
  formatOmitted,
  type InputIssue,
  InvalidInputError,
  ISSUE_CODES,
  ISSUE_LIST_LIMIT,
  type IssueCode,
  omittedIssues,
} from '../../src/core/errors.js';
import { ERROR_MESSAGES } from '../../src/locales/index.js';
import { loadDataSet } from '../../src/observations/normalize.js';
import { builtinRuleSetJson, loadBuiltinRuleSet } from '../../src/rulesets/builtin.js';
import { loadRuleSet } from '../../src/rulesets/load.js';
import { cli } from '../cli/support.js';

const issue = (code: IssueCode, n: number): InputIssue => ({
  code,
  path: `$.observations[${n}]`,
  expected: ERROR_MESSAGES.expected.finiteNumber,
  found: String(n),
});

const panan = loadBuiltinRuleSet('panan-2018');
const percent = panan.targets
  .map((t) => ('indicator' in t.data ? t.data.indicator : ''))
  .find((id) => panan.indicator(id)?.unit === '%') as string;

/** A data set with `negative` observations of -1% (E_NEGATIVE_VALUE) then `unitless` without a unit (E_UNIT_REQUIRED). */
function badData(negative: number, unitless: number): unknown {
  const observations = [
    ...Array.from({ length: negative }, (_, i) => ({
      indicator: percent,
      period: String(1800 + i),
      value: -1,
      unit: '%',
    })),
    ...Array.from({ length: unitless }, (_, i) => ({ indicator: percent, period: String(1600 + i), value: 1 })),
  ];
  return { schemaVersion: 1, region: { id: 't1', name: '测试镇' }, period: '2018', observations };
}

function thrown(run: () => unknown): InvalidInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidInputError) return error;
    throw error;
  }
  throw new Error('expected an InvalidInputError');
}

describe('InvalidInputError lists at most ISSUE_LIST_LIMIT issues', () => {
  it('keeps every issue up to the limit and nothing is omitted (99, 100)', () => {
    for (const n of [99, 100]) {
      const issues = Array.from({ length: n }, (_, i) => issue('E_NOT_FINITE', i));
      const error = new InvalidInputError(issues, 'data.json');
      expect(error.issues).toEqual(issues);
      expect(error.omitted).toEqual({});
      expect(error.total).toBe(n);
      expect(error.messages.en.split('\n')).toHaveLength(n);
    }
  });

  it('one past the limit: the first 100 exact, then "and 1 more issue of code …" (singular)', () => {
    const issues = Array.from({ length: 101 }, (_, i) => issue(i < 100 ? 'E_NOT_FINITE' : 'E_BAD_DATE', i));
    const error = new InvalidInputError(issues, 'data.json');
    expect(ISSUE_LIST_LIMIT).toBe(100);
    expect(error.issues).toEqual(issues.slice(0, 100));
    expect(error.omitted).toEqual({ E_BAD_DATE: 1 });
    expect(error.total).toBe(101);
    expect(error.has('E_BAD_DATE')).toBe(true);
    expect(error.has('E_CYCLIC')).toBe(false);
    const lines = error.messages.en.split('\n');
    expect(lines).toHaveLength(101);
    expect(lines[100]).toBe('and 1 more issue of code E_BAD_DATE, not listed');
    expect(error.messages['zh-Hans'].split('\n')[100]).toBe('另有 1 项 E_BAD_DATE 问题未逐条列出');
    expect(error.messages['zh-Hant'].split('\n')[100]).toBe('另有 1 項 E_BAD_DATE 問題未逐條列出');
  });

  it('counts what it leaves out per code, in first-seen order, with plural English', () => {
    const issues = [
      ...Array.from({ length: 100 }, (_, i) => issue('E_NOT_FINITE', i)),
      issue('E_BAD_DATE', 100),
      issue('E_NOT_FINITE', 101),
      issue('E_BAD_DATE', 102),
    ];
    const error = new InvalidInputError(issues);
    expect(error.omitted).toEqual({ E_BAD_DATE: 2, E_NOT_FINITE: 1 });
    expect(formatOmitted(error.omitted, 'en')).toEqual([
      'and 2 more issues of code E_BAD_DATE, not listed',
      'and 1 more issue of code E_NOT_FINITE, not listed',
    ]);
  });

  it('a list cut by capIssues carries its counts into the error built from it, and cutting again adds nothing twice', () => {
    const issues = Array.from({ length: 250 }, (_, i) => issue('E_BAD_DECIMAL', i));
    const cut = capIssues(issues);
    expect(cut).toHaveLength(100);
    expect(omittedIssues(cut)).toEqual({ E_BAD_DECIMAL: 150 });
    expect(new InvalidInputError(cut).omitted).toEqual({ E_BAD_DECIMAL: 150 });
    expect(omittedIssues(capIssues(cut))).toEqual({ E_BAD_DECIMAL: 150 });
    expect(omittedIssues(issues)).toEqual({});
  });

  it('property: listed + omitted account for every issue, the listed ones are the first ones, per code', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ISSUE_CODES), { maxLength: 320 }), (codes) => {
        const issues = codes.map((c, i) => issue(c, i));
        const error = new InvalidInputError(issues);
        expect(error.issues).toEqual(issues.slice(0, ISSUE_LIST_LIMIT));
        expect(error.total).toBe(codes.length);
        const expected: Partial<Record<IssueCode, number>> = {};
        for (const c of codes.slice(ISSUE_LIST_LIMIT)) expected[c] = (expected[c] ?? 0) + 1;
        expect(error.omitted).toEqual(expected);
      }),
      { seed: 15, numRuns: 300 },
    );
  });
});

describe('loaders cap their lists (issue 15: a million bad rows must not take gigabytes)', () => {
  it('semantic checks: 130 negative values and 40 without a unit give 100 listed and the rest counted', () => {
    const error = thrown(() => loadDataSet(badData(130, 40), panan.indicator, 'bad.json'));
    expect(error.issues).toHaveLength(100);
    expect(error.issues.every((i) => i.code === 'E_NEGATIVE_VALUE')).toBe(true);
    expect(error.issues[99]?.path).toBe('$.observations[99].value');
    expect(error.omitted).toEqual({ E_NEGATIVE_VALUE: 30, E_UNIT_REQUIRED: 40 });
  });

  it('schema checks: zod issues past the limit are counted, not rendered', () => {
    const raw = badData(0, 0) as { observations: unknown[] };
    raw.observations = Array.from({ length: 180 }, () => ({ indicator: percent, period: 'bad', value: 1 }));
    const error = thrown(() => loadDataSet(raw, panan.indicator, 'bad.json'));
    expect(error.issues).toHaveLength(100);
    expect(error.issues[0]).toMatchObject({ code: 'E_BAD_PERIOD', path: '$.observations[0].period' });
    expect(error.omitted).toEqual({ E_BAD_PERIOD: 80 });
  });

  it('rule sets: zod issues past the limit keep their count when unknown names join them', () => {
    const json = builtinRuleSetJson('panan-2018') as { targets: Array<Record<string, unknown>> };
    const first = json.targets[0] as Record<string, unknown>;
    // 150 targets with a bad deadline (schema issues) and one citing an unknown indicator (a reference issue).
    json.targets = Array.from({ length: 150 }, (_, i) => ({ ...first, id: `t-${i}`, deadline: 'bad' }));
    json.targets.push({ ...first, id: 'unknown-ref', indicator: 'no-such-indicator' });
    const error = thrown(() => loadRuleSet(json));
    expect(error.issues).toHaveLength(100);
    expect(error.issues[0]?.path).toBe('$.targets[0].deadline');
    const omitted = Object.values(error.omitted).reduce((a, b) => a + (b ?? 0), 0);
    // 150 deadlines + 1 unknown indicator: 100 listed, 51 counted.
    expect(omitted).toBe(51);
  });

  it('the CLI prints 100 issue lines and one "more" line per code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qs-cap-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(badData(130, 40)));
    const run = await cli(['evaluate', 'panan-2018', file, '--locale', 'en']);
    expect(run.code).toBe(2);
    const lines = run.stderr.split('\n').filter((l) => l.startsWith('  '));
    expect(lines.filter((l) => l.includes('[E_NEGATIVE_VALUE]'))).toHaveLength(100);
    expect(lines.slice(-2)).toEqual([
      '  and 30 more issues of code E_NEGATIVE_VALUE, not listed',
      '  and 40 more issues of code E_UNIT_REQUIRED, not listed',
    ]);
  });
});
