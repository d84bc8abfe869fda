import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../src/locales/locale.js';
import { renderHtml } from '../../src/render/html/html.js';
import { evaluate } from '../../src/report/evaluate.js';
import { loadBuiltinRuleSet } from '../../src/rulesets/builtin.js';
import { demoReport, ROOT } from '../reports/support.js';
import { findChromium, launch } from './chromium.js';

const found = await findChromium();
if (!found.path) console.warn(`[browser tests skipped] ${found.reason}`);

/** Screenshots land here, for people to look at (CI may keep them as artifacts). */
const SHOTS = join(tmpdir(), 'quality-scorecard-screenshots');

describe.skipIf(!found.path)('the HTML report in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(found.path as string);
    mkdirSync(SHOTS, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a report page offline, recording every request the page tries to make and every console error. */
  async function open(html: string, width = 1200): Promise<{ page: Page; requests: string[]; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const requests: string[] = [];
    const errors: string[] = [];
    await page.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.abort();
    });
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setContent(html, { waitUntil: 'load' });
    return { page, requests, errors };
  }

  it('renders the demo report: headline, chart, marks and the shortfall table, fetching nothing', async () => {
    const report = demoReport();
    const { page, requests, errors } = await open(renderHtml(report));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    expect(await page.locator('h1').innerText()).toBe('示范镇2018年质量工作实施方案');
    expect(await page.locator('#summary .score').innerText()).toBe('得分 62.50 / 100');
    expect(await page.locator('#summary .grade').innerText()).toBe('等级 C');
    // One bar per category, as wide as the share of its points earned.
    const bars = await page.locator('svg.category-chart g.category').evaluateAll((gs) =>
      gs.map((g) => ({
        id: g.getAttribute('data-category'),
        width: (g.querySelector('rect.bar') as SVGGraphicsElement | null)?.getBBox().width ?? null,
      })),
    );
    expect(bars).toEqual([
      { id: 'product', width: 120 },
      { id: 'engineering', width: 180 },
      { id: 'environment', width: 240 },
      { id: 'mechanism', width: 360 },
    ]);
    // Status marks are drawn (a visible box) and titled.
    const marks = page.locator('table.targets svg.status-mark');
    expect(await marks.count()).toBe(report.targets.length);
    const box = await marks.first().boundingBox();
    expect(box?.width).toBe(16);
    expect(
      await page.locator('table.targets tr[data-target="pm25-annual-mean"] svg.status-mark').getAttribute('aria-label'),
    ).toBe('未达标');
    // The shortfall table, by points lost, with gap, departments and the quoted clause.
    const rows = await page
      .locator('table.shortfalls tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-target')));
    expect(rows).toEqual(report.shortfalls.map((s) => s.target));
    const product = page.locator('table.shortfalls tr[data-target="product-sampling-pass-rate"]');
    expect(await product.locator('td.gap').innerText()).toBe('0.5个百分点');
    expect(await product.locator('td.observed').innerText()).toBe('94.5%');
    expect(await product.locator('td.departments').innerText()).toBe(
      '牵头部门：市场监管所；责任部门：经发办、各村（居）委会',
    );
    expect(await product.locator('td.clause q').innerText()).toBe('产品质量监督抽查合格率达到95%');
    expect(await page.locator('#provenance h3').allInnerTexts()).toEqual([
      '示范区市场监管局2018年抽检通报',
      '示范镇统计公报2018',
      '示范区环境质量月报',
      '未注明来源',
    ]);
    // Self-contained: no request of any kind, and nothing the CSP had to block.
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    const png = await page.screenshot({ fullPage: true, path: join(SHOTS, 'demo-zh-Hans.png') });
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1200); // the IHDR width
    expect(png.readUInt32BE(20)).toBeGreaterThan(900); // the full page is taller than the viewport
    await page.close();
  });

  it('draws the Chinese text with a CJK font, not empty boxes', async () => {
    const { page } = await open(renderHtml(demoReport()));
    // Without a CJK font every Han character falls back to the same empty box ("tofu"): draw two
    // different characters and require different pixels, each about as wide as the font size.
    const glyphs = await page.evaluate(() => {
      const font = `32px ${getComputedStyle(document.body).fontFamily}`;
      return ['质', '量'].map((ch) => {
        const canvas = document.createElement('canvas');
        canvas.width = 40;
        canvas.height = 40;
        const c = canvas.getContext('2d') as CanvasRenderingContext2D;
        c.font = font;
        c.fillText(ch, 2, 32);
        return { width: c.measureText(ch).width, pixels: Array.from(c.getImageData(0, 0, 40, 40).data).join(',') };
      });
    });
    const [a, b] = glyphs as [{ width: number; pixels: string }, { width: number; pixels: string }];
    expect(a.width).toBeGreaterThan(24);
    expect(a.pixels).not.toBe(b.pixels);
    await page.close();
  });

  it('renders in traditional Chinese and English', async () => {
    for (const [locale, score, status] of [
      ['zh-Hant', '得分 62.50 / 100', '未達標'],
      ['en', 'Score 62.50 / 100', 'not met'],
    ] as Array<[Locale, string, string]>) {
      const { page, requests } = await open(renderHtml(demoReport(), { locale }), 900);
      expect(await page.locator('#summary .score').innerText()).toBe(score);
      expect(await page.locator('table.shortfalls tr[data-target="pm25-annual-mean"] td.status').innerText()).toBe(
        status,
      );
      await page.screenshot({ fullPage: true, path: join(SHOTS, `demo-${locale}.png`) });
      expect(requests).toEqual([]);
      await page.close();
    }
  });

  it('renders a built-in report (panan-2018, published figures) and prints it to PDF', async () => {
    const data = JSON.parse(readFileSync(join(ROOT, 'fixtures/panan-2018/published-2018.json'), 'utf8')) as unknown;
    const report = evaluate(loadBuiltinRuleSet('panan-2018'), data);
    const html = renderHtml(report);
    writeFileSync(join(SHOTS, 'panan-2018.html'), html);
    const { page, requests, errors } = await open(html);
    expect(await page.locator('h1').innerText()).toBe('磐安县2018年质量强县工作行动计划');
    expect(await page.locator('table.targets tbody tr').count()).toBe(report.targets.length);
    expect(await page.locator('.notice.interim').count()).toBe(1);
    await page.screenshot({ fullPage: true, path: join(SHOTS, 'panan-2018.png') });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

if (!found.path) {
  describe('the HTML report in headless Chromium', () => {
    it.skip(`skipped: ${found.reason}`, () => {});
  });
}
