import { z } from 'zod';
import { D, type Dec, HUNDRED, toDecimal } from '../core/decimal.js';
import { formatIssue, InvalidInputError, jsonPath } from '../core/errors.js';
import { isCountUnit, parseUnit } from '../core/units.js';
import { LocalizedTextSchema, perLocale } from '../locales/locale.js';
import { type CompiledRuleSet, type CompiledTarget, loadRuleSet } from '../rulesets/load.js';
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

/** The share of 100 above which one target is flagged. */
const HEAVY_SHARE = new D(15);

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

/** Each target's points out of 100 when every target is scored (the default scoring's shares). */
function pointsOf(ruleSet: CompiledRuleSet): Map<CompiledTarget, Dec> {
  const byCategory = new Map<string, CompiledTarget[]>();
  for (const t of ruleSet.targets) byCategory.set(t.category, [...(byCategory.get(t.category) ?? []), t]);
  const taking = ruleSet.categories.filter((c) => byCategory.has(c.id));
  const total = taking.reduce((s, c) => s.plus(c.weight), new D(0));
  const points = new Map<CompiledTarget, Dec>();
  for (const c of taking) {
    const group = byCategory.get(c.id) ?? [];
    const within = group.reduce((s, t) => s.plus(t.weight), new D(0));
    for (const t of group)
      points.set(t, within.isZero() ? new D(0) : HUNDRED.times(c.weight).div(total).times(t.weight).div(within));
  }
  return points;
}

const OUTCOME_KINDS = new Set([
  'at_least',
  'more_than',
  'at_most',
  'less_than',
  'equal',
  'range',
  'zero',
  'benchmark',
  'rank',
  'trend',
]);
const round = (d: Dec) => d.toDecimalPlaces(2, D.ROUND_HALF_UP).toFixed();

function weightFindings(ruleSet: CompiledRuleSet): LintFinding[] {
  const out: LintFinding[] = [];
  if (ruleSet.scoring.weights === 'document') {
    const sum = ruleSet.categories.reduce((s, c) => s.plus(c.weight), new D(0));
    if (!sum.eq(100) && !sum.eq(1))
      out.push(finding('L_WEIGHTS_SUM', 'warning', '$.categories', M.weightsSum(sum.toFixed())));
  }
  const points = pointsOf(ruleSet);
  for (const [t, p] of points)
    if (p.gt(HEAVY_SHARE))
      out.push(finding('L_HEAVY_TARGET', 'warning', jsonPath(['targets', t.index]), M.heavyTarget(round(p))));
  // Issue 12: a deliverable (建立…制度) should not be worth more than a measured result (合格率95%).
  const outcomes = [...points].filter(([t]) => OUTCOME_KINDS.has(t.kind));
  const lightest = outcomes.reduce<[CompiledTarget, Dec] | undefined>(
    (min, cur) => (!min || cur[1].lt(min[1]) ? cur : min),
    undefined,
  );
  if (lightest)
    for (const [t, p] of points)
      if (t.kind === 'milestone' && p.gt(lightest[1]))
        out.push(
          finding(
            'L_MILESTONE_OUTWEIGHS_OUTCOME',
            'warning',
            jsonPath(['targets', t.index]),
            M.milestoneOutweighs(round(p), lightest[0].id, round(lightest[1])),
          ),
        );
  return out;
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
 * count with decimals), weights that add up, no target worth more than 15 of the 100 points, no
 * milestone worth more than a measured outcome, no indicator with conflicting bars, no deadline after
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
    for (const issue of error.issues)
      out.push(
        finding(
          'L_INVALID',
          'error',
          issue.path,
          perLocale((l) => M.invalid(issue.code, formatIssue(issue, l))[l]),
        ),
      );
  }
  if (options.source !== undefined) out.push(...sourceFindings(raw, options.source));
  else if (options.sourceFile !== undefined)
    out.push(finding('L_SOURCE_MISSING', 'error', '$.source.file', M.sourceMissing(options.sourceFile)));
  if (compiled) {
    out.push(...barFindings(compiled.targets));
    out.push(...weightFindings(compiled));
    for (const w of compiled.warnings)
      out.push(
        finding(
          'L_CONFLICTING_BARS',
          'warning',
          w.path,
          M.conflictingBars(w.targets[0] ? indicatorOf(compiled, w.targets[0]) : '', w.targets.join(', ')),
        ),
      );
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

function indicatorOf(ruleSet: CompiledRuleSet, targetId: string): string {
  return ruleSet.targets.find((t) => t.id === targetId)?.compiled.indicators[0] ?? targetId;
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
