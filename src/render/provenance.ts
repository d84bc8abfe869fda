import { D } from '../core/decimal.js';
import { formatQuantity } from '../core/unit-format.js';
import { parseUnit } from '../core/units.js';
import { catalogueIndicator } from '../indicators/catalogue.js';
import { REPORT_LABELS as L, MESSAGES } from '../locales/index.js';
import type { Locale } from '../locales/locale.js';
import type { Provenance } from '../observations/schema.js';
import type { Report } from '../report/schema.js';

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
      if (!group) {
        group = { provenance: p, figures: [] };
        groups.set(gkey, group);
      }
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
