import { REPORT_LABELS as L } from '../locales/index.js';
import type { Locale } from '../locales/locale.js';
import type { Report, TargetStatus } from '../report/schema.js';
import { escapeHtml as escapeMarkup } from './escape-html.js';
import { type RenderOptions, reportLocale } from './format.js';
import { categoryRatio, formatPoints, statusName } from './report-text.js';

/** System fonts only: the reports load nothing from the network. */
export const FONT_STACK: Record<Locale, string> = {
  'zh-Hans':
    '"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",system-ui,sans-serif',
  'zh-Hant': '"PingFang TC","Microsoft JhengHei","Noto Sans CJK TC","Source Han Sans TC",system-ui,sans-serif',
  en: 'system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans CJK SC",sans-serif',
};

/** Colours of the statuses (WCAG AA against white for the marks' strokes). */
export const STATUS_COLORS: Record<TargetStatus, string> = {
  met: '#1a7f37',
  not_met: '#cf222e',
  no_data: '#6e7781',
  not_applicable: '#8c959f',
  not_due: '#9a6700',
};

/**
 * Escapes text for SVG, with line endings as `&#10;` (the same whitespace once parsed): Markdown reports
 * embed these charts in an HTML block, which a blank line inside a name would end, leaving the rest of
 * the chart, and whatever the name holds, to be read as Markdown.
 */
function escapeHtml(text: string): string {
  return escapeMarkup(text).replace(/\r\n|\r|\n/g, '&#10;');
}

/** Bar colour for a share of points earned. */
function ratioColor(ratio: number): string {
  if (ratio >= 0.9) return '#2da44e';
  if (ratio >= 0.6) return '#d4a72c';
  return '#cf222e';
}

/**
 * The most a character can take in px at a font size, by class, from the widest of the system fonts
 * in {@link FONT_STACK} (measured in Chromium): CJK and full-width forms are square; Latin capitals,
 * m and w about 0.8 em; other letters and digits at most 0.62 em; narrow marks 0.36 em. An upper
 * bound, so a label wrapped to it never runs past its column whichever font the reader has.
 */
export function maxTextWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) {
    if (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch)) w += size;
    else if (/[A-Zmw@%&]/.test(ch)) w += size * 0.8;
    else if (/[il.,:;'!|()[\] ]/.test(ch)) w += size * 0.36;
    else w += size * 0.62;
  }
  return w;
}

/**
 * A label broken into lines no wider than `max` (by {@link maxTextWidth}): between words where there
 * are spaces, else between characters (CJK has no spaces and may break anywhere). Nothing is cut.
 */
export function wrapLabel(text: string, size: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  const tokens = text.match(/\S+\s*|\s+/g) ?? [];
  const push = (piece: string): void => {
    if (line !== '' && maxTextWidth(`${line}${piece}`.trimEnd(), size) > max) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += line === '' ? piece.trimStart() : piece;
  };
  for (const token of tokens) {
    if (maxTextWidth(token.trimEnd(), size) <= max) push(token);
    else for (const ch of token) push(ch);
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines.length > 0 ? lines : [''];
}

/**
 * A small status mark (a tick, a cross, a question mark, a dash or a clock) as inline SVG, titled
 * with the status's name for screen readers and tooltips.
 * @example statusMarkSvg('met', 'zh-Hans') // '<svg … aria-label="已达标">…</svg>'
 */
export function statusMarkSvg(status: TargetStatus, locale: Locale, size = 16): string {
  const name = escapeHtml(statusName(status, locale));
  const color = STATUS_COLORS[status];
  const glyph: Record<TargetStatus, string> = {
    met: `<circle cx="8" cy="8" r="7.5" fill="${color}"/><path d="M4.5 8.3l2.3 2.3 4.7-4.9" fill="none" stroke="#fff" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>`,
    not_met: `<circle cx="8" cy="8" r="7.5" fill="${color}"/><path d="M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6" stroke="#fff" stroke-width="1.8" stroke-linecap="round"/>`,
    no_data: `<circle cx="8" cy="8" r="6.8" fill="#fff" stroke="${color}" stroke-width="1.4"/><path d="M6.1 6.2a1.9 1.9 0 1 1 2.6 1.8c-.5.2-.7.6-.7 1.1v.5" fill="none" stroke="${color}" stroke-width="1.4" stroke-linecap="round"/><circle cx="8" cy="11.6" r=".9" fill="${color}"/>`,
    not_applicable: `<circle cx="8" cy="8" r="6.8" fill="#fff" stroke="${color}" stroke-width="1.4"/><path d="M4.8 8h6.4" stroke="${color}" stroke-width="1.6" stroke-linecap="round"/>`,
    not_due: `<circle cx="8" cy="8" r="6.8" fill="#fff" stroke="${color}" stroke-width="1.4"/><path d="M8 4.6V8l2.4 1.6" fill="none" stroke="${color}" stroke-width="1.4" stroke-linecap="round"/>`,
  };
  return `<svg xmlns="http://www.w3.org/2000/svg" class="status-mark status-${status}" width="${size}" height="${size}" viewBox="0 0 16 16" role="img" aria-label="${name}"><title>${name}</title>${glyph[status]}</svg>`;
}

/**
 * The per-category bar chart as inline SVG: one bar per category, filled to the share of its
 * points earned, labelled with earned / possible points; categories that take no part are shown
 * hatched as "not scored".
 */
export function categoryChartSvg(report: Report, options: RenderOptions = {}): string {
  const locale = reportLocale(report, options);
  const labelW = 170;
  const barW = 360;
  const valueW = 150;
  const top = 34;
  const lineH = 16;
  const width = labelW + barW + valueW + 20;
  const title = escapeHtml(L.categoryChartTitle[locale]);
  const font = escapeHtml(FONT_STACK[locale]);
  // Labels wrap instead of being cut; a row grows by a line for each line its label needs.
  const labels = report.categories.map((c) => wrapLabel(c.names[locale], 13, labelW - 14));
  const tops: number[] = [];
  let y0 = top;
  for (const lines of labels) {
    tops.push(y0);
    y0 += 30 + (lines.length - 1) * lineH;
  }
  const height = y0 + 10;
  const rows = report.categories.map((c, i) => {
    const lines = labels[i] as string[];
    const extra = ((lines.length - 1) * lineH) / 2;
    const y = (tops[i] as number) + extra;
    const name = `<text class="label" x="${labelW - 10}" y="${y + 19 - extra}" text-anchor="end" font-size="13" fill="#24292f">${lines.map((l, k) => `<tspan x="${labelW - 10}" dy="${k === 0 ? 0 : lineH}">${escapeHtml(l)}</tspan>`).join('')}</text>`;
    const ratio = categoryRatio(c);
    const bg = `<rect x="${labelW}" y="${y + 6}" width="${barW}" height="16" rx="3" fill="#eaeef2"/>`;
    if (ratio === null) {
      const text = escapeHtml(L.notScored[locale]);
      return `<g class="category" data-category="${escapeHtml(c.id)}">${name}${bg}<rect x="${labelW}" y="${y + 6}" width="${barW}" height="16" rx="3" fill="none" stroke="#afb8c1" stroke-dasharray="4 3"/><text x="${labelW + barW + 10}" y="${y + 19}" font-size="12" fill="#57606a">${text}</text></g>`;
    }
    const w = Math.round(barW * ratio * 10) / 10;
    const percent = `${(Math.round(ratio * 1000) / 10).toString()}%`;
    const value = `${formatPoints(c.earned)} / ${formatPoints(c.possible)} (${percent})`;
    return `<g class="category" data-category="${escapeHtml(c.id)}" data-ratio="${ratio}"><title>${escapeHtml(`${c.names[locale]}: ${value}`)}</title>${name}${bg}<rect class="bar" x="${labelW}" y="${y + 6}" width="${w}" height="16" rx="3" fill="${ratioColor(ratio)}"/><text x="${labelW + barW + 10}" y="${y + 19}" font-size="12" fill="#24292f">${escapeHtml(value)}</text></g>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="category-chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${title}" font-family="${font}">`,
    `<title>${title}</title>`,
    `<text x="0" y="18" font-size="14" font-weight="600" fill="#24292f">${title}</text>`,
    ...rows,
    '</svg>',
  ].join('');
}

/** The headline score as a ring gauge with the grade in the middle, as inline SVG. */
export function scoreGaugeSvg(report: Report, options: RenderOptions = {}): string {
  const locale = reportLocale(report, options);
  const size = 132;
  const r = 54;
  const c = 2 * Math.PI * r;
  const max = Number(report.maximum) || 100;
  const score = report.score === null ? 0 : Number(report.score);
  const ratio = Math.max(0, Math.min(1, score / max));
  const color = report.vetoed ? STATUS_COLORS.not_met : ratioColor(ratio);
  const grade = report.grade ?? '—';
  const label = escapeHtml(L.scoreGaugeTitle(report.score ?? '—', grade)[locale]);
  const font = escapeHtml(FONT_STACK[locale]);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="score-gauge" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" role="img" aria-label="${label}" font-family="${font}">`,
    `<title>${label}</title>`,
    `<circle cx="66" cy="66" r="${r}" fill="none" stroke="#eaeef2" stroke-width="12"/>`,
    `<circle cx="66" cy="66" r="${r}" fill="none" stroke="${color}" stroke-width="12" stroke-linecap="butt" stroke-dasharray="${(c * ratio).toFixed(2)} ${c.toFixed(2)}" transform="rotate(-90 66 66)"/>`,
    `<text x="66" y="64" text-anchor="middle" font-size="34" font-weight="700" fill="#24292f">${escapeHtml(grade)}</text>`,
    `<text x="66" y="88" text-anchor="middle" font-size="15" fill="#57606a">${escapeHtml(report.score ?? '—')}</text>`,
    '</svg>',
  ].join('');
}
