import { STATUSES } from '../../evaluation/outcome.js';
import { REPORT_LABELS as L, MESSAGES, PUNCTUATION } from '../../locales/index.js';
import type { Locale } from '../../locales/locale.js';
import type { Report, TargetStatus } from '../../report/schema.js';
import { escapeHtml as esc } from '../escape-html.js';
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
import { categoryChartSvg, FONT_STACK, STATUS_COLORS, scoreGaugeSvg, statusMarkSvg } from '../svg.js';

/** Options for {@link renderHtml}. */
export type HtmlOptions = RenderOptions;

/** Nothing may be fetched: no scripts, fonts, images or styles from anywhere. */
export const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

function css(locale: Locale): string {
  return `
:root{color-scheme:light}
*{box-sizing:border-box}
body{margin:0;padding:24px 32px 48px;font-family:${FONT_STACK[locale]};color:#24292f;background:#fff;line-height:1.55;font-size:14px}
h1{font-size:24px;margin:0 0 4px}
h2{font-size:18px;margin:32px 0 12px;padding-bottom:4px;border-bottom:1px solid #d0d7de}
h3{font-size:15px;margin:16px 0 6px}
.subtitle{color:#57606a;margin:0 0 12px}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0}
dl.meta dt{color:#57606a}
dl.meta dd{margin:0}
.headline{display:flex;gap:24px;align-items:center;flex-wrap:wrap}
.headline .score{font-size:28px;font-weight:700}
.headline .grade{font-size:20px;font-weight:600}
.notice{border-left:4px solid #d4a72c;background:#fff8c5;padding:6px 10px;margin:8px 0}
.notice.veto{border-color:#cf222e;background:#ffebe9}
.table-wrap{overflow-x:auto;margin:8px 0}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #d0d7de;padding:4px 8px;vertical-align:top;text-align:left;overflow-wrap:anywhere;min-width:calc(2em + 18px)}
th{background:#f6f8fa;font-weight:600;white-space:nowrap;overflow-wrap:normal}
td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
td.status,td.category,td.commitment{white-space:nowrap}
td.target,td.observed,td.required,td.gap{min-width:7em}
td.departments{min-width:8em}
td.clause{min-width:10em}
.target-id{display:block;color:#6e7781;font-size:.8em;overflow-wrap:anywhere}
.assumptions{color:#57606a;font-size:13px;margin:4px 0 0}
figure{margin:8px 0;overflow-x:auto}
svg.category-chart{max-width:100%;min-width:520px;height:auto}
.status-mark{vertical-align:-3px;margin-right:4px}
blockquote{margin:4px 0;padding:0 10px;border-left:3px solid #d0d7de;color:#57606a}
.clause{font-family:inherit}
.section-name{color:#57606a;font-size:12px}
ul{padding-left:20px}
footer{margin-top:32px;color:#57606a;font-size:12px}
${(Object.keys(STATUS_COLORS) as TargetStatus[]).map((s) => `tr[data-status="${s}"] td.status{color:${STATUS_COLORS[s]}}`).join('\n')}
@media (max-width:600px){body{padding:12px 12px 32px}.headline{gap:12px}}
@media print{body{padding:0;font-size:11px}h2{break-after:avoid}tr{break-inside:avoid}.table-wrap{overflow:visible}table{font-size:10px}th,td.status,td.category,td.commitment{white-space:normal;word-break:keep-all;overflow-wrap:normal}th.word{white-space:nowrap}th,td{padding:3px 5px}td.target,td.observed,td.required,td.gap{min-width:5em}td.departments{min-width:6em}td.clause{min-width:8em}}
`.trim();
}

function cell(content: string, cls?: string): string {
  return `<td${cls ? ` class="${cls}"` : ''}>${content}</td>`;
}

/** Header cells; one without a space is one word (序号, 得分/分值), which print never breaks. */
function head(cells: readonly string[]): string {
  return `<thead><tr>${cells.map((c) => `<th scope="col"${/\s/.test(c) ? '' : ' class="word"'}>${esc(c)}</th>`).join('')}</tr></thead>`;
}

/** A table in a box that scrolls sideways on a narrow screen, so columns keep their width instead of stacking glyphs. */
function table(cls: string, header: readonly string[], rows: string): string {
  return `<div class="table-wrap"><table class="${cls}">${head(header)}<tbody>${rows}</tbody></table></div>`;
}

/** A target's label with its id in small print under it (for people who look targets up in the rule set). */
function targetLabel(label: string, id: string, extra = ''): string {
  return `${esc(label)}${extra}<small class="target-id">${esc(id)}</small>`;
}

function headline(report: Report, locale: Locale): string {
  const parts: string[] = [];
  const score =
    report.score === null
      ? `<p class="score" data-score="">${esc(L.noScore[locale])}</p>`
      : `<p><span class="score" data-score="${esc(report.score)}">${esc(L.score[locale])} ${esc(scoreText(report))}</span><br><span class="grade" data-grade="${esc(report.grade ?? '')}">${esc(L.grade[locale])} ${esc(report.grade ?? '—')}</span>${report.gradeBand ? ` <span class="band">(${esc(L.band[locale])} ${esc(report.gradeBand)})</span>` : ''}</p>`;
  // Right under the score: what it rests on that the document does not say.
  const coverage = coverageHeadline(report, locale);
  // Strong as the score is, with no style of its own, so a report that covers every target is unchanged.
  const covers = coverage ? `<p class="coverage"><strong>${esc(coverage)}</strong></p>` : '';
  const assumed = assumptionHeadline(report, locale);
  const note = assumed ? `<p class="assumptions">${esc(assumed)}</p>` : '';
  parts.push(
    `<div class="headline">${scoreGaugeSvg(report, { locale })}<div>${score}${covers}${note}<p class="binding-summary">${esc(bindingSummary(report, locale))}</p></div></div>`,
  );
  if (report.vetoed) parts.push(`<p class="notice veto">${esc(vetoNotice(report, locale) ?? '')}</p>`);
  if (report.vetoUnknown.length > 0)
    parts.push(`<p class="notice">${esc(vetoUnknownNotice(report, locale) ?? '')}</p>`);
  if (isInterim(report))
    parts.push(
      `<p class="notice interim">${esc(L.interim(report.asOf, planEnd(report) ?? report.period)[locale])}</p>`,
    );
  const rows = STATUSES.map(
    (s) =>
      `<tr data-status="${s}">${cell(`${statusMarkSvg(s, locale)}${esc(statusName(s, locale))}`, 'status')}${cell(String(report.counts.binding[s]), 'num')}${cell(String(report.counts.aspirational[s]), 'num')}${cell(String(report.counts[s]), 'num')}</tr>`,
  );
  parts.push(
    table(
      'counts',
      [L.columns.status[locale], MESSAGES.commitment.binding[locale], MESSAGES.commitment.aspirational[locale], '∑'],
      rows.join(''),
    ),
  );
  return parts.join('\n');
}

function categories(report: Report, locale: Locale): string {
  const rows = report.categories.map((c) => {
    const ratio = categoryRatio(c);
    return `<tr data-category="${esc(c.id)}">${cell(esc(c.names[locale]), 'category')}${cell(formatPoints(c.earned), 'num')}${cell(formatPoints(c.possible), 'num')}${cell(ratio === null ? esc(L.notScored[locale]) : formatAttainment(String(ratio)), 'num')}${cell(`${c.scoredTargets}/${c.targets}`, 'num')}</tr>`;
  });
  return `<figure>${categoryChartSvg(report, { locale })}</figure>\n${table('categories', [L.columns.category[locale], L.columns.earned[locale], L.columns.possible[locale], L.columns.attainment[locale], L.columns.scored[locale]], rows.join(''))}`;
}

function shortfalls(report: Report, locale: Locale): string {
  if (report.shortfalls.length === 0) return `<p class="no-shortfalls">${esc(L.noShortfalls[locale])}</p>`;
  const byId = new Map(report.targets.map((t) => [t.id, t]));
  const rows = shortfallsVetoFirst(report).map((s, i) => {
    const t = byId.get(s.target);
    const aspirational =
      s.commitment === 'aspirational' ? ` <small>(${esc(commitmentName('aspirational', locale))})</small>` : '';
    return [
      `<tr data-target="${esc(s.target)}" data-status="${s.status}" data-points-lost="${esc(s.pointsLost)}">`,
      cell(String(i + 1), 'num'),
      cell(targetLabel(t ? t.label[locale] : s.target, s.target, aspirational), 'target'),
      cell(`${statusMarkSvg(s.status, locale)}${esc(statusName(s.status, locale))}`, 'status'),
      cell(esc(t ? observedText(t, locale) : '—'), 'observed'),
      cell(esc(t ? t.requirement[locale] : '—'), 'required'),
      cell(esc(t ? gapText(t, locale) : gapText({ gapText: null, gap: s.gap, gapUnit: s.gapUnit }, locale)), 'gap'),
      cell(formatPoints(s.pointsLost), 'num points-lost'),
      cell(esc(departmentsText(s.departments, locale)), 'departments'),
      cell(
        `<q class="clause">${esc(s.clause)}</q>${t ? `<br><span class="section-name">${esc(t.source.section)}</span>` : ''}`,
        'clause',
      ),
      '</tr>',
    ].join('');
  });
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
  return table('shortfalls', header, rows.join('\n'));
}

function targets(report: Report, locale: Locale): string {
  const rows = report.targets.map((t, i) => {
    const flags = `${t.veto ? ` <small>(${esc(MESSAGES.veto[locale])})</small>` : ''}${t.provisional ? `<small>${esc(L.interimMark[locale])}</small>` : ''}`;
    return [
      `<tr data-target="${esc(t.id)}" data-status="${t.status}">`,
      cell(String(i + 1), 'num'),
      cell(`${statusMarkSvg(t.status, locale)}${esc(statusName(t.status, locale))}${flags}`, 'status'),
      cell(targetLabel(t.label[locale], t.id), 'target'),
      cell(esc(categoryName(report, t.category, locale)), 'category'),
      cell(esc(commitmentName(t.commitment, locale)), 'commitment'),
      cell(esc(observedText(t, locale)), 'observed'),
      cell(esc(t.requirement[locale]), 'required'),
      cell(esc(gapText(t, locale)), 'gap'),
      cell(
        t.points.excluded !== null ? '—' : `${formatPoints(t.points.earned)}/${formatPoints(t.points.possible)}`,
        'num',
      ),
      cell(
        `<details><summary>${esc(quoted(t.source.clause, locale))}</summary><p>${esc(t.explanation[locale])}</p><p class="section-name">${esc(t.source.section)}</p>${t.departments.lead.length + t.departments.responsible.length > 0 ? `<p>${esc(departmentsText(t.departments, locale))}</p>` : ''}</details>`,
        'clause',
      ),
      '</tr>',
    ].join('');
  });
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
    L.columns.clause[locale],
  ];
  return table('targets', header, rows.join('\n'));
}

function provenance(report: Report, locale: Locale): string {
  const groups = provenanceGroups(report, locale);
  if (groups.length === 0) return `<p>${esc(L.noObservations[locale])}</p>`;
  return groups
    .map((g) => {
      const p = g.provenance;
      const facts: string[] = [];
      if (p?.status) facts.push(`${esc(L.columns.sourceStatus[locale])}: ${esc(provenanceStatus(p.status, locale))}`);
      if (p?.publishedOn) facts.push(`${esc(L.columns.publishedOn[locale])}: ${esc(p.publishedOn)}`);
      if (p?.coverage)
        facts.push(
          `${esc(L.columns.coverage[locale])}: ${esc(L.coverageRange(p.coverage.from, p.coverage.to)[locale])}`,
        );
      // Links are shown as text: the report must not invite a network request.
      if (p?.url) facts.push(`<span class="url">${esc(p.url)}</span>`);
      const figures = g.figures
        .map((f) => {
          const extra = [
            f.coverage
              ? `${L.columns.coverage[locale]}: ${L.coverageRange(f.coverage.from, f.coverage.to)[locale]}`
              : '',
            f.note ?? '',
          ].filter(Boolean);
          return `<li data-indicator="${esc(f.indicator)}">${esc(f.name)}${f.benchmark ? ` [${esc(MESSAGES.benchmark.name(f.benchmark)[locale])}]` : ''} (${esc(f.period)}): ${esc(f.value)}${extra.length > 0 ? ` <small>${esc(extra.join(PUNCTUATION.semicolon[locale]))}</small>` : ''}</li>`;
        })
        .join('');
      return `<div class="source${p ? '' : ' unsourced'}"><h3>${esc(p ? p.source : L.noProvenance[locale])}</h3>${facts.length > 0 ? `<p>${facts.join(' · ')}</p>` : ''}${p?.note ? `<blockquote>${esc(p.note)}</blockquote>` : ''}<ul>${figures}</ul></div>`;
    })
    .join('\n');
}

function scheme(report: Report, locale: Locale): string {
  const sc = report.scheme;
  if (!sc) return '';
  const S = L.scheme;
  const parts: string[] = [];
  parts.push(
    `<p><span class="score" data-scheme-score="${esc(sc.scores.total100 ?? '')}">${esc(S.score[locale])} ${esc(sc.scores.total100 ?? '—')} / 100</span><br><span class="grade" data-scheme-grade="${esc(sc.grade ?? '')}">${esc(S.grade[locale])} ${esc(sc.grade ?? '—')}</span>${sc.gradeBand ? ` <span class="band">(${esc(L.band[locale])} ${esc(sc.gradeBand)})</span>` : ''}</p>`,
  );
  parts.push(
    `<p>${esc(S.points(sc.scores.total ?? '—', sc.points.maximum, sc.points.budget)[locale])}${esc(PUNCTUATION.semicolon[locale])}${esc(S.bonusPenalty(sc.bonus, sc.penalty)[locale])}</p>`,
  );
  if (sc.weightsNote) parts.push(`<p>${esc(sc.weightsNote)}</p>`);
  for (const v of sc.vetoes.filter((x) => x.triggered || x.unknown)) {
    parts.push(
      `<p class="notice${v.triggered ? ' veto' : ''}">${esc(S.vetoes[locale])} ${esc(v.id)} (${esc((v.triggered ? S.triggered : S.undecided)[locale])})${v.text ? `: ${esc(v.text[locale])}` : ''}</p>`,
    );
  }
  if (sc.adjustments.length > 0) {
    const rows = sc.adjustments.map(
      (a) =>
        `<tr>${cell(esc(a.names[locale]))}${cell(esc((a.type === 'bonus' ? S.bonus : S.penalty)[locale]))}${cell(esc(a.count ?? '—'), 'num')}${cell(esc(a.points), 'num')}${cell(esc(a.cap), 'num')}${cell(esc(a.text[locale]))}</tr>`,
    );
    parts.push(
      `<h3>${esc(S.adjustments[locale])}</h3>${table('adjustments', [S.item[locale], L.columns.status[locale], S.count[locale], L.points[locale], S.cap[locale], L.columns.explanation[locale]], rows.join(''))}`,
    );
  }
  parts.push(
    `<h3>${esc(S.whatIf[locale])}</h3><ul class="what-if">${schemeWhatIf(sc, locale)
      .map((l) => `<li>${esc(l)}</li>`)
      .join('')}</ul>`,
  );
  return `<section id="scheme"><h2>${esc(S.section(sc.names[locale])[locale])}</h2>\n${parts.join('\n')}\n</section>\n`;
}

function notes(report: Report, locale: Locale): string {
  const items = [`${esc(L.meta.method[locale])}: ${esc(methodText(report, locale))}`];
  if (report.ruleSet.weightsNote) items.push(esc(report.ruleSet.weightsNote));
  for (const note of assumptionNotes(report, locale)) items.push(esc(note));
  for (const w of report.warnings) items.push(esc(w.message[locale]));
  if (report.unusedObservations.length > 0)
    items.push(esc(L.unusedObservations(report.unusedObservations.join(PUNCTUATION.list[locale]))[locale]));
  return `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
}

/**
 * Renders a report as one self-contained HTML page in one language (the rule set's own by default):
 * inline CSS and SVG only, no scripts, no web fonts, no images or links to fetch, and a
 * Content-Security-Policy that forbids any request. Shows the headline score and grade, a
 * per-category bar chart and per-target status marks as inline SVG, the shortfall table sorted by
 * points lost (gap, departments, quoted clause), every target, and the data provenance.
 * @example fs.writeFileSync('report.html', renderHtml(report, { locale: 'zh-Hant' }))
 */
export function renderHtml(report: Report, options: HtmlOptions = {}): string {
  const locale = reportLocale(report, options);
  const rs = report.ruleSet;
  const meta: Array<[string, string]> = [
    [L.meta.region[locale], esc(report.region.name)],
    [L.meta.period[locale], esc(report.period)],
    [L.meta.asOf[locale], esc(report.asOf)],
    [L.meta.issuer[locale], esc(rs.issuer)],
    ...(rs.documentNumber
      ? ([[L.meta.documentNumber[locale], esc(rs.documentNumber)]] as Array<[string, string]>)
      : []),
    // The document is the page's title; its file name says nothing to a reader, its id goes in small print.
    [L.meta.ruleSet[locale], `<small class="rule-set-id">${esc(rs.id)}</small>`],
  ];
  const title = `${rs.title} · ${report.region.name} · ${report.period}`;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="quality-scorecard">
<title>${esc(title)}</title>
<style>
${css(locale)}
</style>
</head>
<body data-ruleset="${esc(rs.id)}" data-region="${esc(report.region.id)}">
<header>
<h1>${esc(rs.title)}</h1>
<p class="subtitle">${esc(L.reportTitle[locale])} · ${esc(report.region.name)} · ${esc(report.period)}</p>
<dl class="meta">${meta.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>
</header>
<main>
<section id="summary"><h2>${esc(L.sections.summary[locale])}</h2>
${headline(report, locale)}
</section>
<section id="categories"><h2>${esc(L.sections.categories[locale])}</h2>
${categories(report, locale)}
</section>
<section id="shortfalls"><h2>${esc(L.sections.shortfalls[locale])}</h2>
${shortfalls(report, locale)}
</section>
<section id="targets"><h2>${esc(L.sections.targets[locale])}</h2>
${targets(report, locale)}
</section>
${scheme(report, locale)}<section id="provenance"><h2>${esc(L.sections.provenance[locale])}</h2>
${provenance(report, locale)}
</section>
<section id="notes"><h2>${esc(L.sections.notes[locale])}</h2>
${notes(report, locale)}
</section>
</main>
<footer>${esc(L.meta.generatedBy[locale])} · ${esc(rs.id)} · ${esc(report.asOf)}</footer>
</body>
</html>
`;
}

/** `--format html`: the report as one self-contained page to open, print or mail. */
export const HTML_FORMAT: ReportFormat<HtmlOptions, 'html'> = {
  id: 'html',
  name: 'HTML',
  extension: '.html',
  mediaType: 'text/html; charset=utf-8',
  options: ['locale'],
  render: renderHtml,
};
