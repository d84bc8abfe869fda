// What the report formats share: the shortfalls they list and the inline SVG they draw. Each format's
// own tests are next to it, in src/render/<format>/<format>.test.ts.
import { describe, expect, it } from 'vitest';
import { bindingShortfalls, meetsAllBindingTargets } from '../../src/render/shortfalls.js';
import { categoryChartSvg, maxTextWidth, statusMarkSvg, wrapLabel } from '../../src/render/svg.js';
import { demoReport } from './support.js';

const report = demoReport();

describe('the demo report the renderers are tested on', () => {
  it('has the shortfalls the tests expect', () => {
    expect(report.score).toBe('62.50');
    expect(report.grade).toBe('C');
    expect(report.shortfalls.map((s) => s.target)).toEqual([
      'construction-output',
      'product-sampling-pass-rate',
      'food-sampling-pass-rate',
      'pm25-annual-mean',
      'provincial-brand-products',
    ]);
    expect(bindingShortfalls(report).map((t) => t.id)).toEqual([
      'construction-output',
      'product-sampling-pass-rate',
      'food-sampling-pass-rate',
      'pm25-annual-mean',
    ]);
    expect(meetsAllBindingTargets(report)).toBe(false);
    expect(meetsAllBindingTargets(demoReport('demo-all-met.json'))).toBe(true);
  });
});

describe('inline SVG', () => {
  it('draws one bar per category, as long as the share of its points earned', () => {
    const svg = categoryChartSvg(report);
    expect(svg.match(/<g class="category"/g)?.length).toBe(report.categories.length);
    expect(svg).toContain('data-category="mechanism" data-ratio="1"');
    expect(svg).toMatch(/data-category="mechanism"[\s\S]*?<rect class="bar" x="170" y="\d+" width="360"/);
  });

  it('wraps a long category name onto more lines instead of cutting it, and makes its row taller', () => {
    const long = structuredClone(report);
    const first = long.categories[0] as (typeof long.categories)[number];
    first.names.en = 'Construction quality and engineering safety';
    const svg = categoryChartSvg(long, { locale: 'en' });
    expect(svg).not.toContain('…');
    const label = /data-category="product"[\s\S]*?<text class="label"[^>]*>([\s\S]*?)<\/text>/.exec(svg)?.[1] ?? '';
    const lines = [...label.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
    expect(lines.join(' ')).toBe('Construction quality and engineering safety');
    expect(lines.length).toBeGreaterThan(1);
    const height = (s: string) => Number(/ height="(\d+)"/.exec(s)?.[1]);
    expect(height(svg)).toBe(height(categoryChartSvg(report, { locale: 'en' })) + 16 * (lines.length - 1));
  });

  it('breaks labels between words, or between characters where there are none, each line within the width', () => {
    expect(wrapLabel('产业质量', 13, 156)).toEqual(['产业质量']);
    // 13 px a CJK character: 12 fit in 156 px, the 13th starts a line.
    expect(wrapLabel('一二三四五六七八九十甲乙丙', 13, 156)).toEqual(['一二三四五六七八九十甲乙', '丙']);
    expect(wrapLabel('Product quality', 13, 60)).toEqual(['Product', 'quality']);
    expect(wrapLabel('Supercalifragilistic', 13, 60).join('')).toBe('Supercalifragilistic');
    for (const text of ['Construction quality and engineering safety', '质量机制与质量基础建设工作', 'a b']) {
      for (const line of wrapLabel(text, 13, 60)) expect(maxTextWidth(line, 13)).toBeLessThanOrEqual(60);
    }
    expect(wrapLabel('', 13, 60)).toEqual(['']);
  });

  it('titles status marks for screen readers in each language', () => {
    expect(statusMarkSvg('not_met', 'zh-Hans')).toContain('aria-label="未达标"');
    expect(statusMarkSvg('not_met', 'zh-Hant')).toContain('aria-label="未達標"');
    expect(statusMarkSvg('no_data', 'en')).toContain('<title>no data</title>');
  });
});
