import { D } from '../core/decimal.js';
import { formatQuantity } from '../core/unit-format.js';
import { parseUnit } from '../core/units.js';
import { catalogueIndicator } from '../indicators/catalogue.js';
import { REPORT_LABELS as L, MESSAGES, PUNCTUATION } from '../locales/index.js';
import type { Locale, LocalizedText } from '../locales/locale.js';
import type { Provenance } from '../observations/schema.js';
import type { Report, TargetResult, TargetStatus } from '../report/schema.js';

/** Options shared by the renderers. */
export interface RenderOptions {
  /** Language of the rendered report; defaults to the rule set's locale. */
  locale?: Locale;
}

/** The locale a report is rendered in: the one asked for, else the rule set's own. */
export function reportLocale(report: Report, options: RenderOptions = {}): Locale {
  return options.locale ?? report.ruleSet.locale;
}

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
  if (t.status === 'no_data' && t.missing.length > 0)
    return MESSAGES.missing(
      joinTexts(
        t.missing.map((m) => m.what),
        PUNCTUATION.list,
      ),
    )[locale];
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

function joinTexts(parts: readonly LocalizedText[], sep: LocalizedText): LocalizedText {
  return {
    'zh-Hans': parts.map((p) => p['zh-Hans']).join(sep['zh-Hans']),
    'zh-Hant': parts.map((p) => p['zh-Hant']).join(sep['zh-Hant']),
    en: parts.map((p) => p.en).join(sep.en),
  };
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

/** Whether every binding target is met (or not applicable / not yet due) and no veto applies. */
export function meetsAllBindingTargets(report: Report): boolean {
  return !report.vetoed && bindingShortfalls(report).length === 0;
}

/** An indicator's name: from the shared catalogue, else the label of a target that reads only it. */
export function indicatorName(report: Report, id: string, locale: Locale): string {
  const known = catalogueIndicator(id);
  if (known) return known.names[locale];
  const single = report.targets.find((t) => t.observed.length > 0 && t.observed.every((o) => o.indicator === id));
  return single ? single.label[locale] : id;
}

/** One observed figure as the documents write it (19/20 → 95%; 2.5万批次; 是/否). */
export function figureText(figure: Report['targets'][number]['observed'][number], locale: Locale): string {
  if (typeof figure.value === 'boolean') return (figure.value ? MESSAGES.yes : MESSAGES.no)[locale];
  const unit = parseUnit(figure.unit);
  const text = unit ? formatQuantity(new D(figure.value), unit, locale) : `${figure.value}${figure.unit}`;
  return figure.counts ? `${text} (${figure.counts.passed}/${figure.counts.sampled})` : text;
}

/** A figure the report read, for the provenance section. */
export interface ProvenanceFigure {
  readonly indicator: string;
  readonly name: string;
  readonly period: string;
  readonly value: string;
  readonly benchmark?: string;
  /** Coverage and note of this figure when they differ from its group's. */
  readonly coverage?: { readonly from: string; readonly to: string };
  readonly note?: string;
}

/** Figures grouped by the source they come from. */
export interface ProvenanceGroup {
  /** The source's shared fields (coverage and note only when every figure shares them); `undefined` for figures the data give no source for. */
  readonly provenance?: Provenance;
  readonly figures: ProvenanceFigure[];
}

/**
 * The data provenance of a report: every figure the evaluation read, once, grouped by source (name,
 * status, publication date and address; in order of first use), figures without a source last.
 */
export function provenanceGroups(report: Report, locale: Locale): ProvenanceGroup[] {
  const groups = new Map<
    string,
    { provenance: Provenance; figures: Array<{ figure: ProvenanceFigure; provenance: Provenance }> }
  >();
  const seen = new Set<string>();
  const unsourced: ProvenanceFigure[] = [];
  for (const t of report.targets) {
    for (const o of t.observed) {
      const key = `${o.benchmark ?? ''}|${o.indicator}|${o.period}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const figure: ProvenanceFigure = {
        indicator: o.indicator,
        name: indicatorName(report, o.indicator, locale),
        period: o.period,
        value: figureText(o, locale),
        ...(o.benchmark ? { benchmark: o.benchmark } : {}),
      };
      if (!o.provenance) {
        unsourced.push(figure);
        continue;
      }
      const p = o.provenance;
      const gkey = JSON.stringify([p.source, p.status ?? null, p.publishedOn ?? null, p.url ?? null]);
      let group = groups.get(gkey);
      if (!group) groups.set(gkey, (group = { provenance: p, figures: [] }));
      group.figures.push({ figure, provenance: p });
    }
  }
  const out: ProvenanceGroup[] = [...groups.values()].map(({ provenance, figures }) => {
    const same = (pick: (p: Provenance) => unknown): boolean =>
      figures.every((f) => JSON.stringify(pick(f.provenance)) === JSON.stringify(pick(provenance)));
    const sharedCoverage = same((p) => p.coverage);
    const sharedNote = same((p) => p.note);
    const { coverage, note, ...rest } = provenance;
    return {
      provenance: {
        ...rest,
        ...(sharedCoverage && coverage ? { coverage } : {}),
        ...(sharedNote && note ? { note } : {}),
      },
      figures: figures.map(({ figure, provenance: p }) => ({
        ...figure,
        ...(!sharedCoverage && p.coverage ? { coverage: p.coverage } : {}),
        ...(!sharedNote && p.note ? { note: p.note } : {}),
      })),
    };
  });
  if (unsourced.length > 0) out.push({ figures: unsourced });
  return out;
}

/** A provenance's status word, or the raw value. */
export function provenanceStatus(status: string | undefined, locale: Locale): string {
  if (!status) return '—';
  return L.provenanceStatus[status]?.[locale] ?? status;
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

/** A title line: "磐安县2018年质量强县工作行动计划 · 磐安县 · 2018". */
export function headingText(report: Report): string {
  return `${report.ruleSet.title} · ${report.region.name} · ${report.period}`;
}

/** The headline score as text: "72.50 / 100" or a dash. */
export function scoreText(report: Report): string {
  return report.score === null ? '—' : `${report.score} / ${report.maximum}`;
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

/** Escapes text for HTML and SVG. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
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
