import { D } from '../core/decimal.js';
import { formatQuantity } from '../core/unit-format.js';
import { parseUnit } from '../core/units.js';
import { joinLocalized, REPORT_LABELS as L, MESSAGES, PUNCTUATION } from '../locales/index.js';
import type { Locale, LocalizedText } from '../locales/locale.js';
import { scoreCoverage } from '../report/assumptions.js';
import type { Report, TargetResult, TargetStatus } from '../report/schema.js';
import { bindingShortfalls } from './shortfalls.js';

/** A points figure ("3.5714") shown with the score's precision ("3.57"). */
export function formatPoints(value: string | null, places = 2): string {
  if (value === null) return '—';
  return new D(value).toFixed(places, D.ROUND_HALF_UP);
}

/** An attainment in [0, 1] ("0.9355") as a percentage ("93.55%"). */
export function formatAttainment(value: string | null): string {
  if (value === null) return '—';
  const percent = new D(value).times(100).toDecimalPlaces(2, D.ROUND_HALF_UP);
  return `${percent.toString()}%`;
}

/** The localized name of a status. */
export function statusName(status: TargetStatus, locale: Locale): string {
  return MESSAGES.status[status][locale];
}

/** The localized name of a commitment. */
export function commitmentName(commitment: 'binding' | 'aspirational', locale: Locale): string {
  return MESSAGES.commitment[commitment][locale];
}

/** The localized name of a category id. */
export function categoryName(report: Report, id: string, locale: Locale): string {
  return report.categories.find((c) => c.id === id)?.names[locale] ?? id;
}

/** What a target observed, as the documents write it, or a dash. */
export function observedText(t: TargetResult, locale: Locale): string {
  if (t.observedText) return t.observedText[locale];
  if (t.status === 'no_data' && t.missing.length > 0) {
    // Each thing once: two indicators of a compound missing the same year are one 2018年数据.
    const whats = [...new Map(t.missing.map((m) => [m.what.en, m.what])).values()];
    return MESSAGES.missing(joinLocalized(whats, PUNCTUATION.list))[locale];
  }
  return '—';
}

/** A target's gap as the documents write it (0.4个百分点), or a dash. */
export function gapText(
  t: { gapText: LocalizedText | null; gap: string | null; gapUnit: string | null },
  locale: Locale,
): string {
  if (t.gapText) return t.gapText[locale];
  if (t.gap !== null) {
    const unit = t.gapUnit ? parseUnit(t.gapUnit) : undefined;
    return unit ? formatQuantity(new D(t.gap), unit, locale) : `${t.gap}${t.gapUnit ?? ''}`;
  }
  return '—';
}

/** Lead and responsible departments in one line ("牵头部门：…；责任部门：…"), or a dash. */
export function departmentsText(
  d: { lead: readonly string[]; responsible: readonly string[] },
  locale: Locale,
): string {
  const parts: string[] = [];
  const colon = PUNCTUATION.colon[locale];
  if (d.lead.length > 0) parts.push(`${MESSAGES.lead[locale]}${colon}${d.lead.join(PUNCTUATION.list[locale])}`);
  if (d.responsible.length > 0)
    parts.push(`${MESSAGES.responsible[locale]}${colon}${d.responsible.join(PUNCTUATION.list[locale])}`);
  return parts.length > 0 ? parts.join(PUNCTUATION.semicolon[locale]) : '—';
}

/** A clause in the locale's quotation marks. */
export function quoted(clause: string, locale: Locale): string {
  return `${L.quoteOpen[locale]}${clause}${L.quoteClose[locale]}`;
}

/** Scoring settings in words. */
export function methodText(report: Report, locale: Locale): string {
  const parts = [
    L.allOrNothing[locale],
    (report.scoring.missingData === 'zero' ? L.missingZero : L.missingExclude)[locale],
    (report.scoring.aspirational === 'unscored' ? L.aspirationalUnscored : L.aspirationalScored)[locale],
    (report.ruleSet.weights === 'assumed' ? L.weightsAssumed : L.weightsDocument)[locale],
  ];
  return parts.join(PUNCTUATION.semicolon[locale]);
}

/** The end of the plan period is not in the report; the latest target deadline stands for it. */
export function planEnd(report: Report): string | undefined {
  let end: string | undefined;
  for (const t of report.targets) if (end === undefined || t.deadline > end) end = t.deadline;
  return end;
}

/** Whether the report was made before some target's deadline (an interim, provisional assessment). */
export function isInterim(report: Report): boolean {
  return report.targets.some((t) => t.provisional || t.status === 'not_due');
}

/** The headline score as text: "72.50 / 100" or a dash. */
export function scoreText(report: Report): string {
  return report.score === null ? '—' : `${report.score} / ${report.maximum}`;
}

/**
 * The sentence next to the score naming what it rests on that the document does not say, or null when
 * nothing is assumed. Leaving targets without data out is named only when this report left one out.
 */
export function assumptionHeadline(report: Report, locale: Locale): string | null {
  const bearing = report.assumptions.filter((a) => a.subject !== 'missingData' || scoreCoverage(report) !== null);
  if (bearing.length === 0) return null;
  return L.assumptions.headline(bearing.map((a) => L.assumptions.subject[a.subject][locale]))[locale];
}

/**
 * The sentence that goes right after the score when targets without data were left out of it: how
 * many targets it covers and how many it leaves out (得分仅按已有数据的2项目标计算；62项目标无数据，未计入),
 * or null when it covers every target it could.
 */
export function coverageHeadline(report: Report, locale: Locale): string | null {
  const coverage = scoreCoverage(report);
  return coverage === null ? null : L.coverage(coverage.scored, coverage.withoutData)[locale];
}

/** The notes' detail of the assumptions that touch named targets (vetoes, 「前列」), by the targets' labels. */
export function assumptionNotes(report: Report, locale: Locale): string[] {
  const label = (id: string) => report.targets.find((t) => t.id === id)?.label[locale] ?? id;
  const out: string[] = [];
  for (const a of report.assumptions) {
    // Weights and missing data touch every target; the method line of the notes says how each is read.
    if (a.subject === 'weights' || a.subject === 'missingData') continue;
    const labels = a.targets.map(label).join(PUNCTUATION.list[locale]);
    const note = {
      veto: L.assumptions.vetoTargets,
      rank: L.assumptions.rankTargets,
      tolerance: L.assumptions.toleranceTargets,
    };
    out.push(note[a.subject](labels)[locale]);
  }
  return out;
}

/** What a target's points rest on that the document does not say, by subject name ("权重、一票否决"), or ''. */
export function targetAssumptions(report: Report, id: string, locale: Locale): string {
  return report.assumptions
    .filter((a) => a.subject === 'weights' || a.targets.includes(id))
    .map((a) => L.assumptions.subject[a.subject][locale])
    .join(PUNCTUATION.list[locale]);
}

/** The binding summary sentence. */
export function bindingSummary(report: Report, locale: Locale): string {
  const short = bindingShortfalls(report).length;
  const b = report.counts.binding;
  const head = L.bindingSummary(b.met, b.total)[locale];
  const tail = short === 0 ? L.allBindingMet[locale] : L.bindingShort(short)[locale];
  return `${head}${PUNCTUATION.semicolon[locale]}${tail}`;
}

/** The share of a category's points earned, in [0, 1], or null when it takes no part. */
export function categoryRatio(c: Report['categories'][number]): number | null {
  const possible = new D(c.possible);
  if (possible.isZero()) return null;
  return new D(c.earned).div(possible).toNumber();
}

/** The what-if lines of a scheme result: the next grade, the most recoverable points, the weights' sensitivity. */
export function schemeWhatIf(scheme: NonNullable<Report['scheme']>, locale: Locale, max = 5): string[] {
  const lines = [scheme.whatIf.nextGrade.text[locale]];
  const recoverable = [...scheme.whatIf.recoverable].sort(
    (a, b) => Number(b.onRoute) - Number(a.onRoute) || new D(b.pointsGained).comparedTo(new D(a.pointsGained)),
  );
  for (const r of recoverable.slice(0, max)) lines.push(r.text[locale]);
  lines.push(scheme.whatIf.sensitivity.text[locale]);
  return lines;
}

/** Targets by their labels in the locale, each quoted: “PM2.5年均浓度”、“…”. */
function quotedLabels(report: Report, ids: readonly string[], locale: Locale): string {
  return ids
    .map((id) => quoted(report.targets.find((t) => t.id === id)?.label[locale] ?? id, locale))
    .join(PUNCTUATION.list[locale]);
}

/**
 * The veto banner's sentence, naming the vetoing targets by their labels (never their ids), or null
 * when nothing vetoes: 一票否决：“重特大质量安全事件数”未达标，等级按否决档计.
 */
export function vetoNotice(report: Report, locale: Locale): string | null {
  if (report.vetoedBy.length === 0) return null;
  return L.vetoed(quotedLabels(report, report.vetoedBy, locale))[locale];
}

/** The undecided-veto sentence, naming the veto targets without data by their labels, or null. */
export function vetoUnknownNotice(report: Report, locale: Locale): string | null {
  if (report.vetoUnknown.length === 0) return null;
  return L.vetoUnknown(quotedLabels(report, report.vetoUnknown, locale))[locale];
}

/** The document a report scores, by its title in 《》 (Chinese) or as written (English), never its file name. */
export function documentTitle(report: Report, locale: Locale): string {
  return L.documentTitle(report.ruleSet.title)[locale];
}
