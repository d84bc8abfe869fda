import type { Report, TargetResult } from '../report/schema.js';

/**
 * Whether a binding target falls short: `not_met`, or `no_data` (a figure the target needs is
 * missing, so it cannot be shown to be met). `not_due` and `not_applicable` do not fall short.
 */
export function fallsShort(t: Pick<TargetResult, 'commitment' | 'status'>): boolean {
  return t.commitment === 'binding' && (t.status === 'not_met' || t.status === 'no_data');
}

/**
 * The binding targets that fall short, in shortfall order (points lost, then target order).
 * The command line exits with 1, and `toMeetAllBindingTargets` fails, when this is not empty or the
 * report is vetoed.
 */
export function bindingShortfalls(report: Report): TargetResult[] {
  const byId = new Map(report.targets.map((t) => [t.id, t]));
  const ordered = report.shortfalls.map((s) => byId.get(s.target)).filter((t): t is TargetResult => t !== undefined);
  const rest = report.targets.filter((t) => !report.shortfalls.some((s) => s.target === t.id));
  return [...ordered, ...rest].filter(fallsShort);
}

/**
 * The shortfall rows in reading order: the targets whose veto decided the grade first (they outweigh
 * any points), then the rest by points lost as the report lists them.
 */
export function shortfallsVetoFirst(report: Report): Report['shortfalls'] {
  if (report.vetoedBy.length === 0) return report.shortfalls;
  const vetoed = report.shortfalls.filter((s) => report.vetoedBy.includes(s.target));
  return [...vetoed, ...report.shortfalls.filter((s) => !report.vetoedBy.includes(s.target))];
}

/** Whether every binding target is met (or not applicable / not yet due) and no veto applies. */
export function meetsAllBindingTargets(report: Report): boolean {
  return !report.vetoed && bindingShortfalls(report).length === 0;
}
