import { describe, expect, it } from 'vitest';
import { builtinCases, builtinReport, demoReport, demoSchemeReport } from '../../../test/reports/support.js';
import { LOCALES } from '../../locales/locale.js';
import type { Report } from '../../report/schema.js';
import { REPORT_CSP, renderHtml } from './html.js';

const report = demoReport();

describe('renderHtml', () => {
  const html = renderHtml(report);

  it('is one self-contained page: no scripts, links, fonts or images to fetch, and a CSP that forbids any request', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="zh-Hans">')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|@font-face|url\(|\bsrc=|\bhref=/i);
    // The only URL-looking strings are the SVG namespace, which is never fetched.
    expect(html.match(/https?:\/\/[^\s"<]+/g)?.every((u) => u === 'http://www.w3.org/2000/svg')).toBe(true);
  });

  it('escapes every text taken from the inputs', () => {
    const tricky: Report = structuredClone(report);
    const first = tricky.targets[0] as Report['targets'][number];
    first.label['zh-Hans'] = '<script>alert(1)</script>';
    first.source.clause = '"><img src=x onerror=alert(1)>';
    const out = renderHtml(tricky);
    expect(out).not.toContain('<script>alert(1)');
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('marks rows with their target and status for styling and tests', () => {
    for (const t of report.targets)
      expect(html.includes(`<tr data-target="${t.id}" data-status="${t.status}">`)).toBe(true);
    const lost = report.shortfalls[0]?.pointsLost;
    expect(lost).toBe('12.5');
    expect(
      html.includes(`<tr data-target="construction-output" data-status="not_met" data-points-lost="${lost}">`),
    ).toBe(true);
  });

  it('renders each locale', () => {
    for (const locale of LOCALES) {
      const page = renderHtml(report, { locale });
      expect(page).toContain(`<html lang="${locale}">`);
    }
    expect(renderHtml(report, { locale: 'en' })).toContain('Shortfalls (by points lost)');
  });
});

describe('an HTML report scored by an assessment scheme', () => {
  it('shows the scheme score', () => {
    const withScheme = demoSchemeReport();
    expect(renderHtml(withScheme)).toContain(`data-scheme-score="${withScheme.scheme?.scores.total100}"`);
    expect(renderHtml(report)).not.toContain('id="scheme"');
  });
});

describe('HTML of the built-in rule sets', () => {
  it.each(builtinCases())('renders %s with %s in every locale as a whole page', (id, file) => {
    const r = builtinReport(id, file);
    for (const locale of LOCALES) expect(renderHtml(r, { locale })).toContain('</html>');
  });
});
