// The HTML report's layout as readers see it: in Chromium on a desktop (1280 px), a phone (390 px) and
// on A4 paper, with a screenshot (and the PDF) of each kept in the run's output directory and
// assertions on the boxes the browser lays out.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../src/locales/locale.js';
import { renderHtml } from '../../src/render/html/html.js';
import { evaluate } from '../../src/report/evaluate.js';
import type { Report } from '../../src/report/schema.js';
import { builtinRuleSetJson } from '../../src/rulesets/builtin.js';
import { loadRuleSet } from '../../src/rulesets/load.js';
import { builtinReport, ROOT, readJsonFixture } from '../reports/support.js';
import { findChromium, launch } from './chromium.js';

const found = await findChromium();
if (!found.path) console.warn(`[browser tests skipped] ${found.reason}`);

/** Where the screenshots and PDFs go: SCREENSHOT_DIR, else .tmp/screenshots in the repository (ignored by git). */
const OUT = process.env.SCREENSHOT_DIR ?? join(ROOT, '.tmp', 'screenshots');

/** A4 at 96 px per inch, less 10 mm margins each side: the width print lays the page out in. */
const A4_CONTENT_WIDTH = Math.floor(((210 - 20) / 25.4) * 96);

type Medium = { name: string; width: number; print: boolean };
const MEDIA: readonly Medium[] = [
  { name: 'desktop', width: 1280, print: false },
  { name: 'phone', width: 390, print: false },
  { name: 'print', width: A4_CONTENT_WIDTH, print: true },
];

/** What the page's boxes say, measured in the page. */
interface Layout {
  /** Cells (th, td) whose content box is narrower than two glyphs of their font. */
  narrowCells: string[];
  /** Header cells broken inside a word (序号, 失分 and 责任部门 are one word each; on paper English headers may break between words). */
  wrappedHeaders: string[];
  /** Category cells (类别) broken inside a word (质量机制 stacked glyph by glyph). */
  wrappedCategories: string[];
  /** Chart labels that reach outside the chart or into the bars, and ones ending in an ellipsis. */
  clippedLabels: string[];
  /** How far the page is wider than the viewport (0: nothing but the tables' own boxes scrolls sideways). */
  pageOverflow: number;
  /** Tables wider than the page in print (they would be cut on paper). */
  tablesPastPage: string[];
  /** Font size of target ids and of the body, and whether the ids are in a monospace font. */
  idFont: { size: number; body: number; monospace: boolean } | null;
}

function measure(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const describe = (el: Element): string =>
      `${el.closest('table')?.className ?? ''} ${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 24)}"`;
    const lines = (el: Element): number => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const tops = new Set(
        Array.from(range.getClientRects())
          .filter((r) => r.width > 0)
          .map((r) => Math.round(r.top)),
      );
      return tops.size;
    };
    const narrowCells: string[] = [];
    for (const cell of Array.from(document.querySelectorAll('th, td'))) {
      const style = getComputedStyle(cell);
      const content = cell.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
      if (content < 2 * Number.parseFloat(style.fontSize) - 0.5) narrowCells.push(`${describe(cell)} ${content}px`);
    }
    const words = (el: Element): number => (el.textContent ?? '').trim().split(/\s+/).length;
    const brokenInWord = (el: Element): boolean => lines(el) > words(el);
    const wrappedHeaders = Array.from(document.querySelectorAll('th')).filter(brokenInWord).map(describe);
    const wrappedCategories = Array.from(document.querySelectorAll('td.category')).filter(brokenInWord).map(describe);
    const clippedLabels: string[] = [];
    for (const svg of Array.from(document.querySelectorAll('svg.category-chart')) as SVGSVGElement[]) {
      const bar = svg.querySelector('g.category rect') as SVGRectElement | null;
      const barX = bar ? bar.x.baseVal.value : Number.POSITIVE_INFINITY;
      const width = svg.viewBox.baseVal.width;
      for (const text of Array.from(svg.querySelectorAll('text.label')) as SVGTextElement[]) {
        const box = text.getBBox();
        if (box.x < 0 || box.x + box.width > Math.min(width, barX) || (text.textContent ?? '').includes('…'))
          clippedLabels.push(`${text.textContent} x=${box.x.toFixed(1)} w=${box.width.toFixed(1)}`);
      }
    }
    const pageOverflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
    const tablesPastPage = Array.from(document.querySelectorAll('table'))
      .filter((t) => t.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
      .map((t) => `${t.className} ${Math.round(t.getBoundingClientRect().right)}px`);
    const id = document.querySelector('.target-id');
    const idStyle = id ? getComputedStyle(id) : null;
    return {
      narrowCells,
      wrappedHeaders,
      wrappedCategories,
      clippedLabels,
      pageOverflow,
      tablesPastPage,
      idFont: idStyle
        ? {
            size: Number.parseFloat(idStyle.fontSize),
            body: Number.parseFloat(getComputedStyle(document.body).fontSize),
            monospace: /mono|consol|menlo|courier/i.test(idStyle.fontFamily),
          }
        : null,
    };
  });
}

describe.skipIf(!found.path)('the HTML report laid out in Chromium, on screens and on paper', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(found.path as string);
    mkdirSync(OUT, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  async function open(html: string, medium: Medium): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: medium.width, height: 900 } });
    await page.route('**/*', (route) => route.abort());
    if (medium.print) await page.emulateMedia({ media: 'print' });
    await page.setContent(html, { waitUntil: 'load' });
    return page;
  }

  // panan-2018 with shortfalls: long clauses; in English the longest labels.
  const cases: Array<[string, Locale]> = [
    ['panan-2018', 'zh-Hans'],
    ['panan-2018', 'en'],
    ['jinan-2020', 'zh-Hant'],
  ];

  for (const [id, locale] of cases) {
    for (const medium of MEDIA) {
      it(`${id} (${locale}) on ${medium.name}: no squeezed cell, wrapped header or category, clipped label or overflow`, async () => {
        const report: Report = builtinReport(id, 'shortfalls.json');
        const html = renderHtml(report, { locale });
        const page = await open(html, medium);
        const name = `${id}-${locale}-${medium.name}`;
        await page.screenshot({ fullPage: true, path: join(OUT, `${name}.png`) });
        if (medium.print) {
          const pdf = await page.pdf({
            format: 'A4',
            margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' },
          });
          expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
          writeFileSync(join(OUT, `${name}.pdf`), pdf);
        }
        const layout = await measure(page);
        expect(layout.narrowCells).toEqual([]);
        expect(layout.wrappedHeaders).toEqual([]);
        expect(layout.wrappedCategories).toEqual([]);
        expect(layout.clippedLabels).toEqual([]);
        expect(layout.pageOverflow).toBe(0);
        if (medium.print) expect(layout.tablesPastPage).toEqual([]);
        // Target ids are small print under the label, not code font.
        expect(layout.idFont?.monospace).toBe(false);
        expect(layout.idFont?.size).toBeLessThan(layout.idFont?.body ?? 0);
        // The document by its title; its file name nowhere.
        const text = await page.locator('body').innerText();
        expect(text).not.toContain(report.ruleSet.source);
        expect(await page.locator('h1').innerText()).toBe(report.ruleSet.title);
        await page.close();
      });
    }
  }

  it('puts the vetoed target first in the shortfall table, and the assumptions under the score', async () => {
    // 磐安 writes no veto; a user's own encoding with one on incidents, as a veto banner needs.
    const json = structuredClone(builtinRuleSetJson('panan-2018')) as { targets: Array<Record<string, unknown>> };
    for (const t of json.targets) if (t.id === 'no-major-quality-safety-incidents') t.veto = true;
    const report = evaluate(loadRuleSet(json), readJsonFixture('../../../fixtures/panan-2018/shortfalls.json'));
    const page = await open(renderHtml(report), MEDIA[0] as Medium);
    const first = page.locator('table.shortfalls tbody tr').first();
    expect(await first.getAttribute('data-target')).toBe('no-major-quality-safety-incidents');
    expect(await first.locator('td.num').first().innerText()).toBe('1');
    const grade = await page.locator('#summary .grade').boundingBox();
    const coverage = await page.locator('#summary .coverage').boundingBox();
    const note = await page.locator('#summary .assumptions').boundingBox();
    expect(await page.locator('#summary .coverage').innerText()).toBe(
      '得分仅按已有数据的62项目标计算；2项目标无数据，未计入',
    );
    expect(await page.locator('#summary .assumptions').innerText()).toBe(
      '本库假定（非文件规定）：权重、一票否决、无数据目标不计入得分；详见报告“说明”及规则集说明。',
    );
    // What the score covers right under the grade, what it assumes right under that, in the same column.
    const under = (top: { y: number; height: number } | null, below: { y: number } | null): boolean =>
      top !== null && below !== null && below.y >= top.y + top.height - 1 && below.y - (top.y + top.height) < 40;
    expect(under(grade, coverage)).toBe(true);
    expect(under(coverage, note)).toBe(true);
    expect(note && grade && Math.abs(note.x - grade.x) < 2).toBe(true);
    expect(coverage && grade && Math.abs(coverage.x - grade.x) < 2).toBe(true);
    await page.close();
  });

  it('wraps a long English category name in the chart onto lines that fit, measured in the page', async () => {
    const report = builtinReport('panan-2018', 'shortfalls.json');
    const long = structuredClone(report);
    (long.categories[0] as Report['categories'][number]).names.en =
      'Construction quality, engineering safety and the quality of public works';
    const page = await open(renderHtml(long, { locale: 'en' }), MEDIA[0] as Medium);
    const lines = await page.locator('svg.category-chart g.category').first().locator('tspan').allTextContents();
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe('Construction quality, engineering safety and the quality of public works');
    expect((await measure(page)).clippedLabels).toEqual([]);
    await page.close();
  });
});

if (!found.path) {
  describe('the HTML report laid out in Chromium, on screens and on paper', () => {
    it.skip(`skipped: ${found.reason}`, () => {});
  });
}
