import { keptPerObject } from '../core/kept.js';
import type { CompiledRuleSet } from '../rulesets/load.js';
import { headlineScoring } from '../schemes/builtin.js';
import type { Assumption, Report } from './schema.js';

// A document that writes 一票否决 in the clause a veto target quotes sets that veto itself; any other
// veto is the rule set's reading. The same for 「前列」: a rank target on a clause that says only
// 前列 had to choose a top count or share the document does not give.
const DOCUMENT_VETO = /一票否决|一票否決/;
const VAGUE_RANK = /前列/;

/**
 * The readings behind a rule set's score that are its author's, not the document's: assumed weights,
 * vetoes the quoted clause does not write, 「前列」 read as a top count or share, and 左右 without a figure
 * read with the default tolerance, and targets without data left out of the score. Fixed per rule
 * set, so worked out once; each report gets its own copy (a report is the caller's to change).
 */
export const ruleSetAssumptions: (ruleSet: CompiledRuleSet) => readonly Assumption[] = keptPerObject((ruleSet) => {
  const out: Assumption[] = [];
  if (ruleSet.scoring.weights === 'assumed') out.push({ subject: 'weights', targets: [] });
  const vetoes = ruleSet.targets.filter((t) => t.veto && !DOCUMENT_VETO.test(t.source.clause)).map((t) => t.id);
  if (vetoes.length > 0) out.push({ subject: 'veto', targets: vetoes });
  const ranks = ruleSet.targets.filter((t) => t.kind === 'rank' && VAGUE_RANK.test(t.source.clause)).map((t) => t.id);
  if (ranks.length > 0) out.push({ subject: 'rank', targets: ranks });
  // 左右 without a figure: the library's default tolerance decides the verdict near the bar.
  const tolerated = ruleSet.targets
    .filter((t) => (t.data as { tolerance?: unknown }).tolerance === 'default')
    .map((t) => t.id);
  if (tolerated.length > 0) out.push({ subject: 'tolerance', targets: tolerated });
  if (excludesMissingByAssumption(ruleSet)) out.push({ subject: 'missingData', targets: [] });
  return out;
});

/** A report's own copy of the rule set's assumptions. */
export function reportAssumptions(ruleSet: CompiledRuleSet): Assumption[] {
  return ruleSetAssumptions(ruleSet).map((a) => ({ subject: a.subject, targets: [...a.targets] }));
}

/**
 * Whether the headline scoring leaves targets without data out of the score because the rule set says
 * so (its `missingData`, `exclude` unless written otherwise) rather than because the scheme file it is
 * scored by, a real assessment's rule, states it. No plan document says how to score missing data.
 */
function excludesMissingByAssumption(ruleSet: CompiledRuleSet): boolean {
  const headline = headlineScoring(ruleSet);
  return headline.settings.missingData === 'exclude' && headline.scheme.data.missingData === undefined;
}

/** How many targets a score rests on, and how many it leaves out for want of data. */
export interface ScoreCoverage {
  /** Targets in the maximum: the score is reckoned from these alone. */
  readonly scored: number;
  /** Targets left out of the maximum because they have no data (`missingData: exclude`). */
  readonly withoutData: number;
}

/**
 * What a report's score covers, read from its targets' points, or null when no target was left out for
 * want of data (so the score covers what it says it does) or there is no score.
 * @example scoreCoverage(report) // { scored: 2, withoutData: 62 } for 磐安 2018 with the published figures
 */
export function scoreCoverage(report: Pick<Report, 'score' | 'targets'>): ScoreCoverage | null {
  if (report.score === null) return null;
  let scored = 0;
  let withoutData = 0;
  for (const t of report.targets) {
    if (t.points.excluded === null) scored++;
    else if (t.points.excluded === 'no_data') withoutData++;
  }
  return withoutData === 0 ? null : { scored, withoutData };
}
