/**
 * Vitest matchers for scorecard reports (`quality-scorecard/vitest`). A failure prints the
 * shortfalls (target, observed, required, gap, clause), not just "expected true".
 * @example
 * // vitest.setup.ts (listed in `test.setupFiles`)
 * import { expect } from 'vitest';
 * import { scorecardMatchers } from 'quality-scorecard/vitest';
 * expect.extend(scorecardMatchers);
 *
 * // a test
 * expect(evaluate(loadBuiltinRuleSet('panan-2018'), data)).toMeetAllBindingTargets();
 */

// Loads vitest's types so the augmentation below has a module to merge into.
import type {} from 'vitest';
import { D } from '../core/decimal.js';
import { REPORT_LABELS as L, MESSAGES } from '../locales/index.js';
import type { Locale } from '../locales/locale.js';
import { departmentsText, gapText, observedText, quoted } from '../render/report-text.js';
import { bindingShortfalls } from '../render/shortfalls.js';
import type { Report, TargetResult } from '../report/schema.js';

/** The matchers' signatures, added to vitest's `expect(…)` by the module augmentation below. */
export interface ScorecardMatchers<R = unknown> {
  /** The target with this id has status `met`. */
  toMeetTarget(id: string): R;
  /** Every binding target is met (or not applicable / not yet due), and no veto applies. */
  toMeetAllBindingTargets(): R;
  /** The report's grade is `grade` (after any veto). */
  toHaveGrade(grade: string): R;
  /** The score is at least `minimum`, compared exactly as decimals. */
  toScoreAtLeast(minimum: number | string): R;
}

declare module 'vitest' {
  // biome-ignore lint/suspicious/noExplicitAny: declaration merging must repeat vitest's own `Matchers<T = any>`
  interface Matchers<T = any> extends ScorecardMatchers<T> {}
}

/** The part of vitest's matcher state the matchers read. */
export interface MatcherContext {
  readonly isNot: boolean;
}

/** What a matcher returns to vitest. */
export interface MatcherOutcome {
  pass: boolean;
  message: () => string;
  actual?: unknown;
  expected?: unknown;
}

/** Options for {@link createScorecardMatchers}. */
export interface ScorecardMatcherOptions {
  /** Language of the observed/required/gap texts in failure messages (default `en`). */
  locale?: Locale;
  /** At most this many shortfalls are printed (default 20). */
  maxShortfalls?: number;
}

function isReport(value: unknown): value is Report {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<Report>;
  return (
    r.schemaVersion === 1 &&
    Array.isArray(r.targets) &&
    Array.isArray(r.shortfalls) &&
    typeof r.ruleSet === 'object' &&
    r.ruleSet !== null
  );
}

function describe(value: unknown): string {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? String(value) : text.length > 80 ? `${text.slice(0, 77)}...` : text;
  } catch {
    return String(value);
  }
}

/** Columns a text takes in a terminal: CJK characters take two. */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w;
}

/** One target as a block of lines: status, observed, required, gap, departments and clause. */
export function describeTarget(t: TargetResult, locale: Locale, bullet = '✗'): string {
  const rows: Array<[string, string]> = [
    [L.columns.observed[locale], observedText(t, locale)],
    [L.columns.required[locale], t.requirement[locale]],
    [L.columns.gap[locale], gapText(t, locale)],
  ];
  const depts = departmentsText(t.departments, locale);
  if (depts !== '—') rows.push([L.columns.departments[locale], depts]);
  rows.push([L.columns.clause[locale], `${quoted(t.source.clause, locale)} (${t.source.section})`]);
  const width = Math.max(...rows.map(([k]) => displayWidth(k)));
  const flags = [
    t.commitment === 'aspirational' ? MESSAGES.commitment.aspirational[locale] : '',
    t.veto ? MESSAGES.veto[locale] : '',
    t.provisional ? 'provisional' : '',
  ]
    .filter(Boolean)
    .join(', ');
  return [
    `  ${bullet} ${t.id} (${t.label[locale]}): ${MESSAGES.status[t.status][locale]}${flags ? ` [${flags}]` : ''}`,
    ...rows.map(([k, v]) => `      ${k}:${' '.repeat(width - displayWidth(k))} ${v}`),
  ].join('\n');
}

/** The binding shortfalls of a report as text, for failure messages. */
export function describeShortfalls(report: Report, locale: Locale = 'en', max = 20): string {
  const short = bindingShortfalls(report);
  const lines = short.slice(0, max).map((t) => describeTarget(t, locale));
  if (short.length > max) lines.push(`  … and ${short.length - max} more`);
  if (report.vetoed) lines.push(`  veto (一票否决) by ${report.vetoedBy.join(', ')}`);
  return lines.join('\n');
}

function who(report: Report): string {
  return `report ${report.ruleSet.id} for ${report.region.name} (${report.period}, as of ${report.asOf})`;
}

function headline(report: Report): string {
  return `score ${report.score ?? '—'} / ${report.maximum}, grade ${report.grade ?? '—'}${report.vetoed ? ' (vetoed)' : ''}`;
}

function notAReport(received: unknown, locale: Locale): MatcherOutcome {
  return { pass: false, message: () => `${L.matcher.notAReport[locale]}; received ${describe(received)}` };
}

/**
 * Builds the matchers with failure messages in the given language.
 * @example expect.extend(createScorecardMatchers({ locale: 'zh-Hans' }))
 */
export function createScorecardMatchers(options: ScorecardMatcherOptions = {}) {
  const locale = options.locale ?? 'en';
  const max = options.maxShortfalls ?? 20;
  const shortfallBlock = (report: Report): string => {
    const text = describeShortfalls(report, locale, max);
    return text ? `\nshortfalls:\n${text}` : '\nno binding shortfalls';
  };
  return {
    toMeetTarget(this: MatcherContext, received: unknown, id: string): MatcherOutcome {
      if (!isReport(received)) return notAReport(received, locale);
      const target = received.targets.find((t) => t.id === id);
      if (!target) {
        return {
          pass: false,
          message: () => L.matcher.noSuchTarget(id, received.targets.map((t) => t.id).join(', '))[locale],
        };
      }
      const pass = target.status === 'met';
      return {
        pass,
        message: () =>
          pass
            ? `expected target ${id} of ${who(received)} not to be met, but it is:\n${describeTarget(target, locale, '✓')}`
            : `expected target ${id} of ${who(received)} to be met, but it is ${target.status}:\n${describeTarget(target, locale)}\n      ${L.columns.explanation[locale]}: ${target.explanation[locale]}`,
        actual: target.status,
        expected: 'met',
      };
    },
    toMeetAllBindingTargets(this: MatcherContext, received: unknown): MatcherOutcome {
      if (!isReport(received)) return notAReport(received, locale);
      const short = bindingShortfalls(received);
      const pass = short.length === 0 && !received.vetoed;
      return {
        pass,
        message: () =>
          pass
            ? `expected ${who(received)} to fall short of some binding target, but all ${received.counts.binding.total} are met (${headline(received)})`
            : `expected ${who(received)} to meet every binding target, but ${short.length} of ${received.counts.binding.total} fall short (${headline(received)})${shortfallBlock(received)}`,
        actual: short.map((t) => t.id),
        expected: [],
      };
    },
    toHaveGrade(this: MatcherContext, received: unknown, grade: string): MatcherOutcome {
      if (!isReport(received)) return notAReport(received, locale);
      const pass = received.grade === grade;
      return {
        pass,
        message: () =>
          pass
            ? `expected ${who(received)} not to have grade ${grade}, but it has (${headline(received)})`
            : `expected ${who(received)} to have grade ${grade}, but it has ${received.grade ?? 'none'} (${headline(received)}${received.gradeBand ? `, band ${received.gradeBand}` : ''})${shortfallBlock(received)}`,
        actual: received.grade,
        expected: grade,
      };
    },
    toScoreAtLeast(this: MatcherContext, received: unknown, minimum: number | string): MatcherOutcome {
      if (!isReport(received)) return notAReport(received, locale);
      let min: InstanceType<typeof D>;
      try {
        min = new D(minimum);
      } catch {
        return {
          pass: false,
          message: () => `toScoreAtLeast needs a number or decimal string, got ${describe(minimum)}`,
        };
      }
      const pass = received.score !== null && new D(received.score).gte(min);
      return {
        pass,
        message: () =>
          pass
            ? `expected ${who(received)} to score below ${min.toString()}, but it scores ${received.score}`
            : `expected ${who(received)} to score at least ${min.toString()}, but it scores ${received.score ?? 'nothing (no scored target)'} (${headline(received)})${shortfallBlock(received)}`,
        actual: received.score,
        expected: min.toString(),
      };
    },
  };
}

/**
 * The matchers with English failure messages: `toMeetTarget(id)`, `toMeetAllBindingTargets()`,
 * `toHaveGrade(grade)`, `toScoreAtLeast(n)`. Register them with `expect.extend(scorecardMatchers)`.
 */
export const scorecardMatchers = createScorecardMatchers();

export { bindingShortfalls, meetsAllBindingTargets } from '../render/shortfalls.js';
