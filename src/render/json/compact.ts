import type { CompactReport, CompactTarget } from '../../report/compact.js';

// Characters JSON must escape, and lone surrogates (JSON.stringify writes them as \u escapes): a string
// without any is written between quotes as it is.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what JSON escapes.
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

function str(s: string): string {
  return NEEDS_ESCAPE.test(s) ? JSON.stringify(s) : `"${s}"`;
}

function strOrNull(s: string | null): string {
  return s === null ? 'null' : str(s);
}

/** A text in some locales, in the order its keys were written. */
function texts(t: Partial<Record<string, string>> | null): string {
  if (t === null) return 'null';
  let out = '{';
  let first = true;
  for (const key in t) {
    const value = t[key];
    if (value === undefined) continue;
    out += `${first ? '' : ','}${str(key)}:${str(value)}`;
    first = false;
  }
  return `${out}}`;
}

function target(t: CompactTarget): string {
  const p = t.points;
  let out =
    `{"id":${str(t.id)},"status":"${t.status}","provisional":${t.provisional},` +
    `"attainment":${strOrNull(t.attainment)},"gap":${strOrNull(t.gap)},"gapUnit":${strOrNull(t.gapUnit)},` +
    `"points":{"possible":${str(p.possible)},"earned":${str(p.earned)},"excluded":${strOrNull(p.excluded)}},` +
    // Observed figures carry free-form provenance (possibly with keys holding undefined): JSON.stringify's own rules.
    `"observed":${t.observed.length === 0 ? '[]' : JSON.stringify(t.observed)},"missing":[`;
  for (let i = 0; i < t.missing.length; i++) {
    const m = t.missing[i] as CompactTarget['missing'][number];
    out += `${i ? ',' : ''}{"indicator":${str(m.indicator)},"what":${texts(m.what)}}`;
  }
  out += `],"observedText":${texts(t.observedText)},"gapText":${texts(t.gapText)},"explanation":${texts(t.explanation)}`;
  if (t.detail !== undefined) out += `,"detail":${JSON.stringify(t.detail)}`;
  if (t.settled !== undefined) out += `,"settled":${str(t.settled)}`;
  return `${out}}`;
}

/**
 * A compact report as JSON on one line: the same bytes as `JSON.stringify(compact)`, written by code that
 * knows the per-target shape (the bulk of a report) instead of walking it generically.
 * @example renderCompactJson(compactReport(report, { locales: ['zh-Hans'] }))
 */
export function renderCompactJson(compact: CompactReport): string {
  const { targets, shortfalls, unusedObservations, scheme, ...head } = compact;
  // The head's fields vary little and are small: JSON.stringify writes them, then the closing brace goes.
  let out = JSON.stringify(head).slice(0, -1);
  out += ',"targets":[';
  for (let i = 0; i < targets.length; i++) out += (i ? ',' : '') + target(targets[i] as CompactTarget);
  out += '],"shortfalls":[';
  for (let i = 0; i < shortfalls.length; i++) {
    const s = shortfalls[i] as CompactReport['shortfalls'][number];
    out +=
      `${i ? ',' : ''}{"target":${str(s.target)},"status":"${s.status}","pointsLost":${str(s.pointsLost)},` +
      `"attainment":${strOrNull(s.attainment)},"gap":${strOrNull(s.gap)},"gapUnit":${strOrNull(s.gapUnit)}}`;
  }
  out += `],"unusedObservations":${JSON.stringify(unusedObservations)}`;
  if (scheme !== undefined) out += `,"scheme":${JSON.stringify(scheme)}`;
  return `${out}}`;
}
