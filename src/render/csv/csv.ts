import { REPORT_LABELS as L, MESSAGES, PUNCTUATION } from '../../locales/index.js';
import type { Report } from '../../report/schema.js';
import { type RenderOptions, type ReportFormat, reportLocale } from '../format.js';
import {
  categoryName,
  commitmentName,
  formatAttainment,
  gapText,
  observedText,
  statusName,
  targetAssumptions,
} from '../report-text.js';

/** Options for {@link renderCsv}. */
export interface CsvOptions extends RenderOptions {
  /** Start with a UTF-8 byte-order mark so Excel and WPS read the Chinese correctly (default true). */
  bom?: boolean;
}

/** The UTF-8 byte-order mark CSV files start with. */
export const UTF8_BOM = '\uFEFF';

/**
 * Quotes one CSV field (RFC 4180). A text that a spreadsheet would run as a formula (=, +, @, or a
 * dash not starting a number) gets a leading apostrophe.
 */
export function csvField(value: string): string {
  let text = value;
  if (/^[=+@\t\r]/.test(text) || (/^-/.test(text) && !/^-\d+(\.\d+)?$/.test(text))) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function schemeCells(s: { earned: string; possible: string; excluded: string | null } | undefined): string[] {
  if (!s || s.excluded !== null) return ['', ''];
  return [s.earned, s.possible];
}

const blank = (text: string): string => (text === '—' ? '' : text);

/**
 * The per-target table as CSV, one row per target in rule-set order, with localized headers and
 * values written the way the documents write them; CRLF line ends and (by default) a UTF-8 BOM.
 * Next to each target's points, what they rest on that the document does not say (assumed weights,
 * a veto or a 「前列」 reading of the library's).
 * Decimal columns (`attainment`, points) stay plain decimal strings for spreadsheets to compute with.
 * @example fs.writeFileSync('targets.csv', renderCsv(report))
 */
export function renderCsv(report: Report, options: CsvOptions = {}): string {
  const locale = reportLocale(report, options);
  const c = L.columns;
  const header = [
    c.number,
    c.id,
    c.target,
    c.category,
    c.commitment,
    c.status,
    c.observed,
    c.required,
    c.gap,
    c.attainment,
    c.earned,
    c.possible,
    L.assumptions.column,
    c.lead,
    c.responsible,
    c.deadline,
    c.veto,
    c.section,
    c.clause,
    c.explanation,
    ...(report.scheme ? [L.scheme.schemePoints, L.scheme.schemePossible] : []),
  ].map((h) => h[locale]);
  const schemeTargets = new Map((report.scheme?.targets ?? []).map((s) => [s.target, s]));
  const rows = report.targets.map((t, i) => [
    String(i + 1),
    t.id,
    t.label[locale],
    categoryName(report, t.category, locale),
    commitmentName(t.commitment, locale),
    statusName(t.status, locale) + (t.provisional ? L.interimMark[locale] : ''),
    blank(observedText(t, locale)),
    t.requirement[locale],
    blank(gapText(t, locale)),
    t.attainment === null ? '' : formatAttainment(t.attainment),
    t.points.excluded !== null ? '' : t.points.earned,
    t.points.excluded !== null ? '' : t.points.possible,
    // Next to the points: a spreadsheet has no headline, so each row says what its points rest on.
    targetAssumptions(report, t.id, locale),
    t.departments.lead.join(PUNCTUATION.list[locale]),
    t.departments.responsible.join(PUNCTUATION.list[locale]),
    t.deadline,
    (t.veto ? MESSAGES.yes : MESSAGES.no)[locale],
    t.source.section,
    t.source.clause,
    t.explanation[locale],
    ...(report.scheme ? schemeCells(schemeTargets.get(t.id)) : []),
  ]);
  const body = [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n');
  return `${options.bom === false ? '' : UTF8_BOM}${body}\r\n`;
}

/** `--format csv`: the per-target table for spreadsheets (Excel and WPS read the BOM as UTF-8). */
export const CSV_FORMAT: ReportFormat<CsvOptions, 'csv'> = {
  id: 'csv',
  name: 'CSV',
  extension: '.csv',
  mediaType: 'text/csv; charset=utf-8',
  options: ['locale', 'bom'],
  render: renderCsv,
};
