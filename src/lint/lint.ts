import { z } from 'zod';
import { D, type Dec, toDecimal } from '../core/decimal.js';
import { formatIssue, InvalidInputError, jsonPath, UnknownBuiltinError } from '../core/errors.js';
import { isCountUnit, parseUnit } from '../core/units.js';
import { LocalizedTextSchema, perLocale } from '../locales/locale.js';
import { type CompiledRuleSet, type CompiledTarget, loadRuleSet } from '../rulesets/load.js';
import type { BoundScheme } from '../schemes/bind.js';
import { headlineScoring } from '../schemes/builtin.js';
import type { SchemeWarning } from '../schemes/lint.js';
import { LINT_MESSAGES as M } from './messages.js';

/** Stable codes of lint findings; a load problem keeps its own `E_…` code under `L_INVALID`. */
export const LINT_CODES = [
  'L_INVALID',
  'L_SOURCE_MISSING',
  'L_CLAUSE_NOT_IN_SOURCE',
  'L_SECTION_NOT_IN_SOURCE',
  'L_RATE_ABOVE_MAXIMUM',
  'L_COUNT_NOT_WHOLE',
  'L_NEGATIVE_BAR',
  'L_WEIGHTS_SUM',
  'L_HEAVY_TARGET',
  'L_MILESTONE_OUTWEIGHS_OUTCOME',
  'L_CONFLICTING_BARS',
  'L_DEADLINE_AFTER_PERIOD',
  'L_REVIEW_PENDING',
] as const;

/** One problem `lint` finds: its code, how serious, where (a JSON path) and what, in every locale. */
export const LintFindingSchema = z.object({
  code: z.enum(LINT_CODES),
  /** `error`: the rule set misquotes or cannot hold; `warning`: allowed, but worth a second look. */
  severity: z.enum(['error', 'warning']),
  path: z.string(),
  message: LocalizedTextSchema,
});

/** A lint finding (inferred from {@link LintFindingSchema}). */
export type LintFinding = z.infer<typeof LintFindingSchema>;

/** Options of {@link lintRuleSet}. */
export interface LintOptions {
  /** The plan's text, to check every clause and heading against. */
  source?: string;
  /** The source file's name; given without `source`, the file is reported missing. */
  sourceFile?: string;
}

/** The most a bar in a share unit can be: 100%, 1000‰, 1 (fraction). */
function shareMaximum(unit: string): Dec | undefined {
  const parsed = parseUnit(unit);
  if (parsed?.dimension !== 'share') return undefined;
  return new D(1).div(parsed.factor);
}

function finding(
  code: LintFinding['code'],
  severity: LintFinding['severity'],
  path: string,
  message: LintFinding['message'],
): LintFinding {
  return { code, severity, path, message };
}

/** The bars a target states in a unit: a threshold, or a range's two ends. */
function barsOf(target: CompiledTarget): Array<{ field: string; value: string; unit: string }> {
  const d = target.data as Record<string, unknown>;
  const unit = typeof d.unit === 'string' ? d.unit : undefined;
  if (!unit) return [];
  return (['threshold', 'min', 'max'] as const)
    .filter((f) => d[f] !== undefined)
    .map((f) => ({ field: f, value: String(d[f]), unit }));
}

function barFindings(targets: readonly CompiledTarget[]): LintFinding[] {
  const out: LintFinding[] = [];
  for (const t of targets) {
    for (const bar of barsOf(t)) {
      const path = jsonPath(['targets', t.index, bar.field]);
      const value = toDecimal(bar.value);
      const most = shareMaximum(bar.unit);
      if (value.isNegative()) out.push(finding('L_NEGATIVE_BAR', 'error', path, M.negativeBar(bar.value)));
      else if (most && value.gt(most))
        out.push(finding('L_RATE_ABOVE_MAXIMUM', 'error', path, M.rateAbove(bar.value, bar.unit, most.toString())));
      const unit = parseUnit(bar.unit);
      // 2.5万批次 is 25,000 batches: whole once the prefix is applied.
      if (unit && isCountUnit(unit) && !value.times(unit.factor).isInteger())
        out.push(finding('L_COUNT_NOT_WHOLE', 'error', path, M.countNotWhole(bar.value, bar.unit)));
    }
  }
  return out;
}

/** The lint code of each practice warning the scheme binder gives. */
const SCHEME_WARNING_CODES = {
  W_HEAVY_TARGET: 'L_HEAVY_TARGET',
  W_MILESTONE_OUTWEIGHS_OUTCOME: 'L_MILESTONE_OUTWEIGHS_OUTCOME',
} as const satisfies Record<SchemeWarning['code'], LintFinding['code']>;

function weightsSumFindings(ruleSet: CompiledRuleSet): LintFinding[] {
  if (ruleSet.scoring.weights !== 'document') return [];
  const sum = ruleSet.categories.reduce((s, c) => s.plus(c.weight), new D(0));
  return sum.eq(100) || sum.eq(1)
    ? []
    : [finding('L_WEIGHTS_SUM', 'warning', '$.categories', M.weightsSum(sum.toFixed()))];
}

/**
 * The practice warnings of the scoring a report of this rule set is scored by (its `scoring.scheme`,
 * else its own weights), bound as `evaluate` binds it: the points a reader sees, not a second reckoning
 * of them. The warnings name targets by their labels; the path is the first target a warning names.
 */
function pointsFindings(ruleSet: CompiledRuleSet, headline: BoundScheme): LintFinding[] {
  const indexOf = new Map(ruleSet.targets.map((t) => [t.id, t.index]));
  return headline.warnings.map((w) => {
    const first = w.targets[0];
    const index = first === undefined ? undefined : indexOf.get(first);
    const path = index === undefined ? '$.targets' : jsonPath(['targets', index]);
    return finding(SCHEME_WARNING_CODES[w.code], 'warning', path, w.message);
  });
}

/**
 * Load problems as `L_INVALID` findings at their paths, each text the loader's own line (its `E_…`
 * code, path and what was expected).
 */
function invalidFindings(error: InvalidInputError): LintFinding[] {
  return error.issues.map((issue) =>
    finding(
      'L_INVALID',
      'error',
      issue.path,
      perLocale((l) => formatIssue(issue, l)),
    ),
  );
}

/**
 * Problems binding the rule set's scheme, at `$.scoring.scheme`: their paths are in the scheme file,
 * which the text names, not in the rule set.
 */
function bindingFindings(error: InvalidInputError): LintFinding[] {
  return error.issues.map((issue) =>
    finding(
      'L_INVALID',
      'error',
      '$.scoring.scheme',
      perLocale((l) => formatIssue(issue, l, error.file)),
    ),
  );
}

/**
 * The rule set's headline scoring bound to it, or the findings that keep it from binding, at
 * `$.scoring.scheme` (evaluate would refuse it too): a scheme that does not fit, or no built-in scheme
 * of that id.
 */
function bindHeadline(ruleSet: CompiledRuleSet): BoundScheme | LintFinding[] {
  try {
    return headlineScoring(ruleSet);
  } catch (error) {
    if (error instanceof InvalidInputError) return bindingFindings(error);
    if (error instanceof UnknownBuiltinError) {
      const { code, messages } = error;
      return [
        finding(
          'L_INVALID',
          'error',
          '$.scoring.scheme',
          perLocale((l) => `[${code}] ${messages[l]}`),
        ),
      ];
    }
    throw error;
  }
}

/** Clause and heading checks on whatever target list the input has, loadable or not. */
function sourceFindings(raw: unknown, source: string): LintFinding[] {
  const out: LintFinding[] = [];
  const targets = (raw as { targets?: unknown } | null)?.targets;
  if (!Array.isArray(targets)) return out;
  const headings = new Set<string>();
  targets.forEach((t, i) => {
    const s = (t as { source?: { clause?: unknown; section?: unknown } } | null)?.source;
    if (typeof s?.clause === 'string' && !source.includes(s.clause))
      out.push(
        finding(
          'L_CLAUSE_NOT_IN_SOURCE',
          'error',
          jsonPath(['targets', i, 'source', 'clause']),
          M.clauseNotInSource(s.clause),
        ),
      );
    if (typeof s?.section !== 'string') return;
    for (const heading of s.section.split(' > ').filter((h) => h.length > 0)) {
      if (source.includes(heading) || headings.has(heading)) continue;
      headings.add(heading);
      out.push(
        finding(
          'L_SECTION_NOT_IN_SOURCE',
          'error',
          jsonPath(['targets', i, 'source', 'section']),
          M.sectionNotInSource(heading),
        ),
      );
    }
  });
  return out;
}

function reviewFindings(raw: unknown): LintFinding[] {
  const review = (raw as { review?: unknown } | null)?.review;
  if (!Array.isArray(review)) return [];
  return review.flatMap((r, i) => {
    const item = r as { code?: unknown; note?: unknown };
    if (typeof item?.code !== 'string' || typeof item.note !== 'string') return [];
    return [finding('L_REVIEW_PENDING', 'warning', jsonPath(['review', i]), M.reviewPending(item.code, item.note))];
  });
}

/**
 * Checks a rule set (raw JSON, or one already loaded) against the plan it encodes: every clause and
 * heading quoted exactly from the source text, bars plausible for their unit (a rate over 100%, a
 * count with decimals), weights that add up, and, in the points the report is scored by (the rule set's
 * scheme, bound as `evaluate` binds it), no target over 15% of the total and no mechanism task worth
 * more than a measured outcome; no indicator with conflicting bars, no deadline after
 * the plan's end, and no review point left open. A rule set that does not load is reported with every
 * load problem and the source checks together, in one pass. Findings come in a stable order.
 * @example lintRuleSet(json, { source: planText }).filter((f) => f.severity === 'error')
 */
export function lintRuleSet(ruleSet: unknown, options: LintOptions = {}): LintFinding[] {
  const raw = isCompiled(ruleSet) ? ruleSet.data : ruleSet;
  const out: LintFinding[] = [];
  let compiled: CompiledRuleSet | undefined;
  try {
    compiled = isCompiled(ruleSet) ? ruleSet : loadRuleSet(ruleSet);
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    out.push(...invalidFindings(error));
  }
  if (options.source !== undefined) out.push(...sourceFindings(raw, options.source));
  else if (options.sourceFile !== undefined)
    out.push(finding('L_SOURCE_MISSING', 'error', '$.source.file', M.sourceMissing(options.sourceFile)));
  if (compiled) {
    out.push(...barFindings(compiled.targets));
    out.push(...weightsSumFindings(compiled));
    const headline = bindHeadline(compiled);
    out.push(...(Array.isArray(headline) ? headline : pointsFindings(compiled, headline)));
    // The loader's own warning names the indicator and quotes the clauses, never an id.
    for (const w of compiled.warnings) out.push(finding('L_CONFLICTING_BARS', 'warning', w.path, w.message));
    for (const t of compiled.targets)
      if (t.deadline > compiled.data.period.end)
        out.push(
          finding(
            'L_DEADLINE_AFTER_PERIOD',
            'warning',
            jsonPath(['targets', t.index, 'deadline']),
            M.deadlineOutside(t.deadline, compiled.data.period.end),
          ),
        );
  }
  out.push(...reviewFindings(raw));
  return out;
}

/** A loaded rule set (from `loadRuleSet`) rather than its JSON: it resolves indicators. */
function isCompiled(value: unknown): value is CompiledRuleSet {
  return (
    typeof value === 'object' &&
    value !== null &&
    'data' in value &&
    typeof (value as { indicator?: unknown }).indicator === 'function'
  );
}

/** Counts of errors and warnings, for a closing line in every locale. */
export function lintSummary(findings: readonly LintFinding[]): LintFinding['message'] {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return M.summary(errors, findings.length - errors);
}
