import { STATUSES } from '../../evaluation/outcome.js';
import { REPORT_LABELS as L, MESSAGES, PUNCTUATION } from '../../locales/index.js';
import type { Locale } from '../../locales/locale.js';
import type { Report } from '../../report/schema.js';
import { type RenderOptions, type ReportFormat, reportLocale } from '../format.js';
import { provenanceGroups, provenanceStatus } from '../provenance.js';
import {
  assumptionHeadline,
  assumptionNotes,
  bindingSummary,
  categoryName,
  categoryRatio,
  commitmentName,
  coverageHeadline,
  departmentsText,
  formatAttainment,
  formatPoints,
  gapText,
  isInterim,
  methodText,
  observedText,
  planEnd,
  quoted,
  schemeWhatIf,
  scoreText,
  statusName,
  vetoNotice,
  vetoUnknownNotice,
} from '../report-text.js';
import { shortfallsVetoFirst } from '../shortfalls.js';
import { categoryChartSvg, scoreGaugeSvg, statusMarkSvg } from '../svg.js';

/** Options for {@link renderMarkdown}. */
export interface MarkdownOptions extends RenderOptions {
  /**
   * Inline SVG (the score gauge, the category chart and the status marks). Default false: SVG markup
   * reads as noise in a text editor and renderers that strip raw HTML drop it; every figure is given
   * as text either way.
   */
  svg?: boolean;
}

/**
 * Escapes text for a Markdown paragraph or table cell: inline HTML is escaped, Markdown punctuation and
 * pipes are backslash-escaped, and every line ending (CRLF, LF and a lone CR, which CommonMark also
 * counts) becomes `<br>`, so no text can end a table row or start a block. `@` is escaped too: GFM
 * renderers turn a bare e-mail address into a `mailto:` link, and reports link only to http(s).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([*_`[\]|#~@])/g, '\\$1')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/** Where a code span sits: a table cell reads an unescaped pipe as the end of the cell, even inside a code span. */
export type MarkdownContext = 'text' | 'table';

/**
 * A code span showing `text` literally (an id, a file name). Backslash escapes do not work inside code
 * spans, so instead the fence is one backtick longer than the longest backtick run in the text, and
 * padded with a space when the text starts or ends with a backtick (or a space, which CommonMark would
 * strip): nothing inside can close it, and `<`, `&` and `*` inside stay text. Line endings become spaces
 * (a line ending would end a table row, or let the next line start a block); in a table cell a pipe is
 * written `\|`, which GFM turns back into a pipe inside the cell, code spans included.
 */
export function markdownCode(text: string, context: MarkdownContext = 'text'): string {
  let body = text.replace(/\r\n|\r|\n/g, ' ');
  if (body === '') return '';
  if (context === 'table') body = body.replace(/\|/g, '\\|');
  let longest = 0;
  for (const run of body.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(body) && !/^ *$/.test(body) ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * A link target as an autolink, only for http and https: any other scheme (`javascript:`, `data:`,
 * `file:`) is shown as escaped text, never as a link. Spaces, control characters and angle brackets,
 * which would end or break an autolink, are percent-encoded.
 */
export function markdownLink(url: string): string {
  if (!/^https?:\/\/[^\s<>]/i.test(url)) return escapeMarkdown(url);
  return `<${url.replace(/[<>\s]|[\p{Cc}]/gu, encodeURIComponent)}>`;
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [row(header.map(escapeMarkdown)), row(header.map(() => '---')), ...rows.map(row)];
}

function headline(report: Report, locale: Locale, svg: boolean): string[] {
  const out: string[] = [];
  if (svg) out.push('<div>', scoreGaugeSvg(report, { locale }), '</div>', '');
  if (report.score === null) out.push(`**${escapeMarkdown(L.noScore[locale])}**`);
  else {
    const band = report.gradeBand ? ` (${L.band[locale]} ${escapeMarkdown(report.gradeBand)})` : '';
    out.push(
      `**${L.score[locale]} ${escapeMarkdown(scoreText(report))} · ${L.grade[locale]} ${escapeMarkdown(report.grade ?? '—')}**${band}`,
    );
  }
  // In the same paragraph as the score: a reader who stops at the score still reads what it covers
  // (bold as the score is: 100 out of 2 targets is not 100 out of 67) and what it rests on.
  const coverage = coverageHeadline(report, locale);
  if (coverage) out.push(`**${escapeMarkdown(coverage)}**`);
  const assumed = assumptionHeadline(report, locale);
  if (assumed) out.push(`*${escapeMarkdown(assumed)}*`);
  out.push('');
  if (report.vetoed) out.push(`> **${escapeMarkdown(vetoNotice(report, locale) ?? '')}**`, '');
  if (report.vetoUnknown.length > 0) out.push(`> ${escapeMarkdown(vetoUnknownNotice(report, locale) ?? '')}`, '');
  if (isInterim(report))
    out.push(`> ${escapeMarkdown(L.interim(report.asOf, planEnd(report) ?? report.period)[locale])}`, '');
  out.push(escapeMarkdown(bindingSummary(report, locale)), '');
  const header = [
    L.columns.status[locale],
    MESSAGES.commitment.binding[locale],
    MESSAGES.commitment.aspirational[locale],
    '∑',
  ];
  const rows = STATUSES.map((s) => [
    escapeMarkdown(statusName(s, locale)),
    String(report.counts.binding[s]),
    String(report.counts.aspirational[s]),
    String(report.counts[s]),
  ]);
  out.push(...table(header, rows));
  return out;
}

function categories(report: Report, locale: Locale, svg: boolean): string[] {
  const out: string[] = [];
  if (svg) out.push('<div>', categoryChartSvg(report, { locale }), '</div>', '');
  const header = [
    L.columns.category[locale],
    L.columns.earned[locale],
    L.columns.possible[locale],
    L.columns.attainment[locale],
    L.columns.scored[locale],
  ];
  const rows = report.categories.map((c) => {
    const ratio = categoryRatio(c);
    return [
      escapeMarkdown(c.names[locale]),
      formatPoints(c.earned),
      formatPoints(c.possible),
      ratio === null ? escapeMarkdown(L.notScored[locale]) : formatAttainment(String(ratio)),
      `${c.scoredTargets}/${c.targets}`,
    ];
  });
  out.push(...table(header, rows));
  return out;
}

function shortfalls(report: Report, locale: Locale, svg: boolean): string[] {
  if (report.shortfalls.length === 0) return [escapeMarkdown(L.noShortfalls[locale])];
  const byId = new Map(report.targets.map((t) => [t.id, t]));
  const header = [
    L.columns.number[locale],
    L.columns.target[locale],
    L.columns.status[locale],
    L.columns.observed[locale],
    L.columns.required[locale],
    L.columns.gap[locale],
    L.columns.pointsLost[locale],
    L.columns.departments[locale],
    L.columns.clause[locale],
  ];
  const rows = shortfallsVetoFirst(report).map((s, i) => {
    const t = byId.get(s.target);
    const mark = svg ? `${statusMarkSvg(s.status, locale)} ` : '';
    const commitment = s.commitment === 'aspirational' ? ` (${commitmentName('aspirational', locale)})` : '';
    return [
      String(i + 1),
      `${escapeMarkdown(t ? t.label[locale] : s.target)}${escapeMarkdown(commitment)}<br>${markdownCode(s.target, 'table')}`,
      `${mark}${escapeMarkdown(statusName(s.status, locale))}`,
      escapeMarkdown(t ? observedText(t, locale) : '—'),
      escapeMarkdown(t ? t.requirement[locale] : '—'),
      escapeMarkdown(t ? gapText(t, locale) : gapText({ gapText: null, gap: s.gap, gapUnit: s.gapUnit }, locale)),
      formatPoints(s.pointsLost),
      escapeMarkdown(departmentsText(s.departments, locale)),
      escapeMarkdown(quoted(s.clause, locale)) + (t ? `<br>${escapeMarkdown(t.source.section)}` : ''),
    ];
  });
  return table(header, rows);
}

function targets(report: Report, locale: Locale, svg: boolean): string[] {
  const header = [
    L.columns.number[locale],
    L.columns.status[locale],
    L.columns.target[locale],
    L.columns.category[locale],
    L.columns.commitment[locale],
    L.columns.observed[locale],
    L.columns.required[locale],
    L.columns.gap[locale],
    `${L.columns.earned[locale]}/${L.columns.possible[locale]}`,
  ];
  const rows = report.targets.map((t, i) => {
    const mark = svg ? `${statusMarkSvg(t.status, locale)} ` : '';
    const flags = `${t.veto ? ` (${MESSAGES.veto[locale]})` : ''}${t.provisional ? L.interimMark[locale] : ''}`;
    return [
      String(i + 1),
      `${mark}${escapeMarkdown(statusName(t.status, locale) + flags)}`,
      `${escapeMarkdown(t.label[locale])}<br>${markdownCode(t.id, 'table')}`,
      escapeMarkdown(categoryName(report, t.category, locale)),
      escapeMarkdown(commitmentName(t.commitment, locale)),
      escapeMarkdown(observedText(t, locale)),
      escapeMarkdown(t.requirement[locale]),
      escapeMarkdown(gapText(t, locale)),
      t.points.excluded !== null ? '—' : `${formatPoints(t.points.earned)}/${formatPoints(t.points.possible)}`,
    ];
  });
  return table(header, rows);
}

function provenance(report: Report, locale: Locale): string[] {
  const groups = provenanceGroups(report, locale);
  if (groups.length === 0) return [escapeMarkdown(L.noObservations[locale])];
  const out: string[] = [];
  const colon = PUNCTUATION.colon[locale];
  for (const g of groups) {
    const p = g.provenance;
    out.push(`### ${escapeMarkdown(p ? p.source : L.noProvenance[locale])}`, '');
    if (p) {
      const facts: string[] = [];
      if (p.status) facts.push(`${L.columns.sourceStatus[locale]}${colon}${provenanceStatus(p.status, locale)}`);
      if (p.publishedOn) facts.push(`${L.columns.publishedOn[locale]}${colon}${p.publishedOn}`);
      if (p.coverage)
        facts.push(`${L.columns.coverage[locale]}${colon}${L.coverageRange(p.coverage.from, p.coverage.to)[locale]}`);
      const text = facts.map(escapeMarkdown);
      if (p.url) text.push(markdownLink(p.url));
      if (text.length > 0) out.push(text.join(' · '), '');
      if (p.note) out.push(`> ${escapeMarkdown(p.note)}`, '');
    }
    for (const f of g.figures) {
      const bench = f.benchmark ? ` [${escapeMarkdown(MESSAGES.benchmark.name(f.benchmark)[locale])}]` : '';
      const extra = [
        f.coverage
          ? `${L.columns.coverage[locale]}${colon}${L.coverageRange(f.coverage.from, f.coverage.to)[locale]}`
          : '',
        f.note ?? '',
      ].filter(Boolean);
      out.push(
        `- ${escapeMarkdown(f.name)}${bench} (${escapeMarkdown(f.period)})${colon}${escapeMarkdown(f.value)}${extra.length > 0 ? ` — ${escapeMarkdown(extra.join(PUNCTUATION.semicolon[locale]))}` : ''}`,
      );
    }
    out.push('');
  }
  return out;
}

function scheme(report: Report, locale: Locale): string[] {
  const sc = report.scheme;
  if (!sc) return [];
  const S = L.scheme;
  const colon = PUNCTUATION.colon[locale];
  const out = [`## ${escapeMarkdown(S.section(sc.names[locale])[locale])}`, ''];
  const band = sc.gradeBand ? ` (${L.band[locale]} ${escapeMarkdown(sc.gradeBand)})` : '';
  out.push(
    `**${S.score[locale]} ${escapeMarkdown(sc.scores.total100 ?? '—')} / 100 · ${S.grade[locale]} ${escapeMarkdown(sc.grade ?? '—')}**${band}`,
    '',
  );
  out.push(
    `- ${escapeMarkdown(S.points(sc.scores.total ?? '—', sc.points.maximum, sc.points.budget)[locale])}${PUNCTUATION.semicolon[locale]}${escapeMarkdown(S.bonusPenalty(sc.bonus, sc.penalty)[locale])}`,
  );
  if (sc.weightsNote) out.push(`- ${escapeMarkdown(sc.weightsNote)}`);
  for (const v of sc.vetoes.filter((x) => x.triggered || x.unknown)) {
    out.push(
      `- **${S.vetoes[locale]}** ${escapeMarkdown(v.id)} (${(v.triggered ? S.triggered : S.undecided)[locale]})${v.text ? `${colon}${escapeMarkdown(v.text[locale])}` : ''}`,
    );
  }
  out.push('');
  if (sc.adjustments.length > 0) {
    out.push(`### ${S.adjustments[locale]}`, '');
    out.push(
      ...table(
        [
          S.item[locale],
          L.columns.status[locale],
          S.count[locale],
          L.points[locale],
          S.cap[locale],
          L.columns.explanation[locale],
        ],
        sc.adjustments.map((a) => [
          escapeMarkdown(a.names[locale]),
          (a.type === 'bonus' ? S.bonus : S.penalty)[locale],
          escapeMarkdown(a.count ?? '—'),
          escapeMarkdown(a.points),
          escapeMarkdown(a.cap),
          escapeMarkdown(a.text[locale]),
        ]),
      ),
      '',
    );
  }
  out.push(`### ${S.whatIf[locale]}`, '', ...schemeWhatIf(sc, locale).map((l) => `- ${escapeMarkdown(l)}`), '');
  return out;
}

function notes(report: Report, locale: Locale): string[] {
  const out = [
    `- ${escapeMarkdown(`${L.meta.method[locale]}${PUNCTUATION.colon[locale]}${methodText(report, locale)}`)}`,
  ];
  if (report.ruleSet.weightsNote) out.push(`- ${escapeMarkdown(report.ruleSet.weightsNote)}`);
  for (const note of assumptionNotes(report, locale)) out.push(`- ${escapeMarkdown(note)}`);
  for (const w of report.warnings) out.push(`- ${escapeMarkdown(w.message[locale])}`);
  if (report.unusedObservations.length > 0)
    out.push(
      `- ${escapeMarkdown(L.unusedObservations(report.unusedObservations.join(PUNCTUATION.list[locale]))[locale])}`,
    );
  return out;
}

/**
 * Renders a report as plain Markdown in one language (the rule set's own by default): the headline
 * score and grade with what they assume, tables by category, the shortfalls (a deciding veto first,
 * then by points lost), every target, the data provenance and the scoring notes. `svg: true` adds
 * the score gauge, the category chart and status marks as inline SVG. Numbers appear as the
 * documents write them (95%, 2.5万批次, 0.4个百分点).
 * @example renderMarkdown(evaluate(loadBuiltinRuleSet('panan-2018'), data), { locale: 'en' })
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const locale = reportLocale(report, options);
  const svg = options.svg ?? false;
  const colon = PUNCTUATION.colon[locale];
  const rs = report.ruleSet;
  const meta = [
    `- **${L.meta.region[locale]}**${colon}${escapeMarkdown(report.region.name)}`,
    `- **${L.meta.period[locale]}**${colon}${escapeMarkdown(report.period)}${PUNCTUATION.semicolon[locale]}**${L.meta.asOf[locale]}**${colon}${escapeMarkdown(report.asOf)}`,
    `- **${L.meta.issuer[locale]}**${colon}${escapeMarkdown(rs.issuer)}${rs.documentNumber ? `${PUNCTUATION.semicolon[locale]}**${L.meta.documentNumber[locale]}**${colon}${escapeMarkdown(rs.documentNumber)}` : ''}`,
    // The document is named by its title (the heading); its file name says nothing to a reader.
    `- **${L.meta.ruleSet[locale]}**${colon}${markdownCode(rs.id)}`,
  ];
  const lines = [
    `# ${escapeMarkdown(rs.title)}`,
    '',
    `${escapeMarkdown(L.reportTitle[locale])} · ${escapeMarkdown(report.region.name)} · ${escapeMarkdown(report.period)}`,
    '',
    ...meta,
    '',
    `## ${L.sections.summary[locale]}`,
    '',
    ...headline(report, locale, svg),
    '',
    `## ${L.sections.categories[locale]}`,
    '',
    ...categories(report, locale, svg),
    '',
    `## ${L.sections.shortfalls[locale]}`,
    '',
    ...shortfalls(report, locale, svg),
    '',
    `## ${L.sections.targets[locale]}`,
    '',
    ...targets(report, locale, svg),
    '',
    ...scheme(report, locale),
    `## ${L.sections.provenance[locale]}`,
    '',
    ...provenance(report, locale),
    `## ${L.sections.notes[locale]}`,
    '',
    ...notes(report, locale),
    '',
    '---',
    '',
    `*${escapeMarkdown(L.meta.generatedBy[locale])}*`,
    '',
  ];
  return lines.join('\n').replace(/\n{3,}/g, '\n\n');
}

/** `--format md`: the report as plain Markdown for editors, GitHub, GitLab and wikis (`--svg` adds charts). */
export const MARKDOWN_FORMAT: ReportFormat<MarkdownOptions, 'md'> = {
  id: 'md',
  name: 'Markdown',
  extension: '.md',
  mediaType: 'text/markdown; charset=utf-8',
  options: ['locale', 'svg'],
  render: renderMarkdown,
};
