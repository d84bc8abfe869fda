import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/locales/locale.js';
import { renderCsv } from '../../src/render/csv/csv.js';
import { renderHtml } from '../../src/render/html/html.js';
import { renderMarkdown } from '../../src/render/markdown/markdown.js';
import { evaluate } from '../../src/report/evaluate.js';
import type { Report } from '../../src/report/schema.js';
import { loadRuleSet } from '../../src/rulesets/load.js';
import { readJsonFixture } from '../reports/support.js';
import { htmlBlockProblems, scanMarkdown, tableProblems } from './markdown-scan.js';

type Path = ReadonlyArray<string | number>;

/** Every path to a string in a JSON value. */
function stringPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, [...path, i]));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...path, k]));
  return [];
}

function setAt(root: unknown, path: Path, text: string): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = text;
}

const RULE_SET = readJsonFixture('demo-town-2018.json');
const DATA = readJsonFixture('demo-shortfalls.json');
const PROBE = 'p`<img src=x onerror=alert(1)>|\r[a](javascript:b)@c\n\n<script>';

function report(ruleSet: unknown, data: unknown): Report {
  return evaluate(loadRuleSet(ruleSet, { file: 'fuzz.json' }), data);
}

/**
 * The text fields: every string of the demo rule set (and the data set's region name and provenance)
 * that still loads and evaluates with markup, pipes and line endings in it. Ids, units, enums and dates
 * refuse the probe and so are left alone; the test fails if a field the report prints is missed.
 */
function textPaths(root: unknown, run: (copy: unknown) => void): Path[] {
  return stringPaths(root).filter((path) => {
    if (path[0] === '$schema') return false;
    const copy = structuredClone(root);
    setAt(copy, path, PROBE);
    try {
      run(copy);
      return true;
    } catch {
      return false;
    }
  });
}

const RULE_TEXT = textPaths(RULE_SET, (rs) => report(rs, DATA));
const DATA_TEXT = textPaths(DATA, (data) => report(RULE_SET, data));

const PIECES = [
  '`',
  '``',
  '<',
  '>',
  '|',
  '\\',
  '\r',
  '\n',
  '\r\n',
  '\n\n',
  '&',
  '&lt;',
  '*',
  '_',
  '[',
  ']',
  '(',
  ')',
  '!',
  '@',
  '#',
  '~',
  ' ',
  '\t',
  '"',
  "'",
  '\u001b]0;x\u0007',
  '\u2028',
  'a',
  '中',
  '<img src=x onerror=alert(1)>',
  '<script>',
  '</div>',
  'javascript:alert(1)',
  '[x](javascript:alert(1))',
  'https://example.org/',
  'mailto:a@b.org',
  '=1+1',
];
const hostile = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ minLength: 1, maxLength: 4 })), {
    minLength: 1,
    maxLength: 8,
  })
  .map((parts) => parts.join(''));
const url = fc.oneof(
  hostile,
  fc.constantFrom('javascript:alert(1)', 'JAVASCRIPT:x', ' javascript:x', 'data:text/html,<b>', 'file:///etc/passwd'),
  hostile.map((h) => `https://example.org/${h}`),
);

/** Tag names a baseline report already uses: a fuzzed one may only have these. */
function tagNames(markup: string): Set<string> {
  return new Set([...markup.matchAll(/<\/?([A-Za-z][A-Za-z0-9-]*)/g)].map((m) => (m[1] as string).toLowerCase()));
}

/** Records of an RFC 4180 text: CRLFs outside quoted fields. */
function csvRecords(csv: string): number {
  let quoted = false;
  let records = 0;
  for (let i = 0; i < csv.length; i++) {
    if (csv[i] === '"') quoted = !quoted;
    else if (!quoted && csv[i] === '\r' && csv[i + 1] === '\n') records++;
  }
  return records;
}

/** Attributes outside quoted values that would fetch or run something. */
function attributeProblems(html: string): string[] {
  return [...html.matchAll(/<[A-Za-z][^>]*>/g)]
    .map((m) => m[0].replace(/"[^"]*"/g, '""'))
    .filter((tag) => /\s(on[a-z]+|href|src|srcset|xlink:href|action|formaction|style)\s*=/i.test(tag));
}

const baseline = report(RULE_SET, DATA);
const HTML_TAGS = tagNames(renderHtml(baseline));
const MD_TAGS = tagNames(renderMarkdown(baseline, { svg: true }));

describe('reports never let a rule-set or data text become markup (issue 15, fuzz)', () => {
  it('finds the text fields to fuzz', () => {
    // The demo's title, issuer, document number, source file, weights note, names, labels, sections,
    // clauses and departments; the data's region name and provenance source, note and URL.
    expect(RULE_TEXT.length).toBeGreaterThan(45);
    const joined = RULE_TEXT.map((p) => p.join('.'));
    for (const field of ['title', 'issuer', 'documentNumber', 'source.file', 'scoring.weightsNote'])
      expect(joined).toContain(field);
    expect(joined.some((p) => /^targets\.\d+\.source\.clause$/.test(p))).toBe(true);
    expect(joined.some((p) => /^categories\.\d+\.names\.zh-Hans$/.test(p))).toBe(true);
    expect(DATA_TEXT.map((p) => p.join('.'))).toContain('region.name');
  });

  it('keeps every field in its context in Markdown, HTML and CSV', () => {
    fc.assert(
      fc.property(
        fc.array(hostile, { minLength: RULE_TEXT.length, maxLength: RULE_TEXT.length }),
        fc.array(hostile, { minLength: DATA_TEXT.length, maxLength: DATA_TEXT.length }),
        url,
        fc.constantFrom(...LOCALES),
        (ruleTexts, dataTexts, link, locale) => {
          const rs = structuredClone(RULE_SET);
          for (const [i, p] of RULE_TEXT.entries()) setAt(rs, p, ruleTexts[i] as string);
          const data = structuredClone(DATA) as { observations: Array<{ provenance?: { url?: string } }> };
          for (const [i, p] of DATA_TEXT.entries()) setAt(data, p, dataTexts[i] as string);
          for (const o of data.observations) if (o.provenance) o.provenance.url = link;
          const r = report(rs, data);

          for (const svg of [false, true]) {
            const md = renderMarkdown(r, { locale, svg });
            const scan = scanMarkdown(md);
            expect(scan.problems).toEqual([]);
            expect(scan.tags.filter((t) => !(svg ? MD_TAGS.has(t) : t === 'br'))).toEqual([]);
            for (const target of scan.autolinks) expect(target).toMatch(/^https?:\/\//i);
            expect(tableProblems(md)).toEqual([]);
            expect(htmlBlockProblems(md)).toEqual([]);
          }

          const html = renderHtml(r, { locale });
          expect([...tagNames(html)].filter((t) => !HTML_TAGS.has(t))).toEqual([]);
          // Every `<` left raw opens one of the report's own tags, with only its own attributes: the
          // report shows addresses as text and links to nothing, and no event handler slips in.
          expect(attributeProblems(html)).toEqual([]);
          // CSV quotes every field that holds a quote, comma or line ending, so each row stays one record.
          const csv = renderCsv(r, { locale, bom: false });
          expect(csvRecords(csv)).toBe(r.targets.length + 1);
        },
      ),
      { numRuns: 150, seed: 15 },
    );
  });
});
