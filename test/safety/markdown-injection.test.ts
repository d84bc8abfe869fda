import { describe, expect, it } from 'vitest';
import { renderCsv } from '../../src/render/csv/csv.js';
import { renderHtml } from '../../src/render/html/html.js';
import { escapeMarkdown, markdownCode, markdownLink, renderMarkdown } from '../../src/render/markdown/markdown.js';
import { evaluate } from '../../src/report/evaluate.js';
import { loadRuleSet } from '../../src/rulesets/load.js';
import { readJsonFixture } from '../reports/support.js';
import { htmlBlockProblems, scanMarkdown, tableProblems } from './markdown-scan.js';

type Json = Record<string, unknown>;

function demo(edit: (ruleSet: Json, data: Json) => void) {
  const ruleSet = readJsonFixture('demo-town-2018.json') as Json;
  const data = readJsonFixture('demo-shortfalls.json') as Json;
  edit(ruleSet, data);
  return evaluate(loadRuleSet(ruleSet, { file: 'demo.json' }), data);
}

describe('Markdown escapes every field for its context (issue 15)', () => {
  it('never prints source.file (the document goes by its title), so a hostile one reaches no report', () => {
    const report = demo((rs) => {
      rs.source = { file: 'x`<img src=x onerror=alert(1)>`' };
    });
    for (const svg of [false, true]) {
      const md = renderMarkdown(report, { svg });
      expect(md).not.toContain('onerror');
      expect(scanMarkdown(md).tags).not.toContain('img');
    }
    expect(renderHtml(report)).not.toContain('onerror');
  });

  it('keeps a hostile rule set id inside its code span', () => {
    // The id is checked at load, so the span is fed directly: one backtick inside makes a two-backtick
    // fence, padded because the text ends with a backtick.
    expect(markdownCode('x`<img src=x onerror=alert(1)>`')).toBe('`` x`<img src=x onerror=alert(1)>` ``');
    expect(scanMarkdown(`- ${markdownCode('x`<img src=x onerror=alert(1)>`')}`).tags).not.toContain('img');
  });

  it('turns a lone carriage return into <br>, so it cannot end a table row', () => {
    const report = demo((rs) => {
      const targets = rs.targets as Json[];
      (targets[0] as { source: Json }).source.clause = 'first\rsecond | third\r\nfourth\nfifth';
    });
    const md = renderMarkdown(report, { svg: false });
    expect(md).not.toContain('\r');
    expect(md).toContain('“first<br>second \\| third<br>fourth<br>fifth”');
    expect(tableProblems(md)).toEqual([]);
    expect(escapeMarkdown('a\rb')).toBe('a<br>b');
  });

  it('links a provenance URL only when it is http(s)', () => {
    const withUrl = (url: string) =>
      renderMarkdown(
        demo((_, data) => {
          const obs = data.observations as Array<{ provenance?: Json }>;
          (obs[0]?.provenance as Json).url = url;
        }),
        { svg: false },
      );
    const js = withUrl('javascript:alert(1)');
    expect(js).toContain('javascript:alert(1)');
    expect(js).not.toContain('<javascript:');
    expect(scanMarkdown(js).autolinks).toEqual([]);
    expect(scanMarkdown(withUrl('JavaScript:alert(document.cookie)')).autolinks).toEqual([]);
    expect(scanMarkdown(withUrl('data:text/html,<script>alert(1)</script>')).tags).not.toContain('script');
    expect(withUrl('https://example.org/a b<c>')).toContain('<https://example.org/a%20b%3Cc%3E>');
    expect(withUrl('HTTP://example.org/')).toContain('<HTTP://example.org/>');
  });

  it('prints no link in HTML (the address is text) and no address in CSV', () => {
    const r = demo((_, data) => {
      const obs = data.observations as Array<{ provenance?: Json }>;
      (obs[0]?.provenance as Json).url = 'javascript:alert("x")';
    });
    const html = renderHtml(r);
    expect(html).toContain('<span class="url">javascript:alert(&quot;x&quot;)</span>');
    expect(html).not.toMatch(/<a\s|href=/);
    expect(renderCsv(r)).not.toContain('javascript:');
  });

  it('writes code spans that nothing inside can close, and pipes a table can hold', () => {
    expect(markdownCode('panan-2018')).toBe('`panan-2018`');
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(markdownCode('``x')).toBe('``` ``x ```');
    expect(markdownCode(' x ')).toBe('`  x  `');
    expect(markdownCode('   ')).toBe('`   `');
    expect(markdownCode('a\r\nb\rc\nd')).toBe('`a b c d`');
    expect(markdownCode('a|b')).toBe('`a|b`');
    expect(markdownCode('a|b', 'table')).toBe('`a\\|b`');
    expect(markdownCode('')).toBe('');
  });

  it('percent-encodes what would break an autolink, and escapes anything else as text', () => {
    expect(markdownLink('https://x.org/\u001b[0m')).toBe('<https://x.org/%1B[0m>');
    expect(markdownLink('mailto:a@b.org')).toBe('mailto:a\\@b.org');
    expect(markdownLink(' https://x.org')).toBe(' https://x.org');
  });

  it('keeps names with blank lines from ending the chart’s HTML block', () => {
    const report = demo((rs) => {
      const categories = rs.categories as Array<{ names: Json }>;
      (categories[0] as { names: Json }).names = { 'zh-Hans': '产品\n\n[x](javascript:alert(1))' };
    });
    const md = renderMarkdown(report);
    expect(htmlBlockProblems(md)).toEqual([]);
    expect(scanMarkdown(md).problems).toEqual([]);
  });
});
