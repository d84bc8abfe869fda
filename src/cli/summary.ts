import { CLI_LABELS as C, REPORT_LABELS as L, PUNCTUATION } from '../locales/index.js';
import type { Locale } from '../locales/locale.js';
import {
  assumptionHeadline,
  bindingSummary,
  coverageHeadline,
  formatPoints,
  observedText,
  scoreText,
  vetoNotice,
} from '../render/report-text.js';
import { fallsShort, shortfallsVetoFirst } from '../render/shortfalls.js';
import type { Report } from '../report/schema.js';

/**
 * What `evaluate --out` prints before saying where the full report went: a summary one screen holds.
 * The document, region and period; the score and grade with what they cover (when targets without data
 * are left out) and what they assume; the binding count; a
 * veto that decided the grade; the binding targets not met that lose the most points (`max` of them,
 * the deciding veto first), each with what was observed, what was required and the points lost; and
 * how many binding targets have no data.
 */
export function reportSummary(report: Report, locale: Locale, max = 5): string[] {
  const lines = [`${report.ruleSet.title} · ${report.region.name} · ${report.period}`];
  lines.push(
    report.score === null
      ? L.noScore[locale]
      : `${L.score[locale]} ${scoreText(report)} · ${L.grade[locale]} ${report.grade ?? '—'}`,
  );
  const coverage = coverageHeadline(report, locale);
  if (coverage) lines.push(coverage);
  const assumed = assumptionHeadline(report, locale);
  if (assumed) lines.push(assumed);
  const veto = vetoNotice(report, locale);
  if (veto) lines.push(veto);
  lines.push(bindingSummary(report, locale));
  const byId = new Map(report.targets.map((t) => [t.id, t]));
  // Targets without data lose no points when they are left out of the maximum and have no figure to
  // show: the list is of targets not met; those without data are counted in one line.
  const short = shortfallsVetoFirst(report).filter((s) => fallsShort(s));
  const notMet = short.filter((s) => s.status === 'not_met');
  const noData = short.length - notMet.length;
  if (notMet.length > 0) lines.push(`${C.topShortfalls[locale]}${PUNCTUATION.headingColon[locale]}`);
  for (const [i, s] of notMet.slice(0, max).entries()) {
    const t = byId.get(s.target);
    const what = t ? t.label[locale] : s.target;
    const observed = t ? observedText(t, locale) : '—';
    const required = t ? t.requirement[locale] : '—';
    const detail = C.shortfallLine(observed, required, formatPoints(s.pointsLost))[locale];
    lines.push(`  ${i + 1}. ${what}${PUNCTUATION.colon[locale]}${detail}`);
  }
  if (notMet.length > max) lines.push(`  ${C.moreShortfalls(notMet.length - max)[locale]}`);
  if (noData > 0) lines.push(C.withoutData(noData)[locale]);
  return lines;
}
