// What the report formats share: the shortfalls they list and the inline SVG they draw. Each format's
// own tests are next to it, in src/render/<format>/<format>.test.ts.
import { describe, expect, it } from 'vitest';
import { bindingShortfalls, meetsAllBindingTargets } from '../../src/render/shortfalls.js';
import { categoryChartSvg, statusMarkSvg } from '../../src/render/svg.js';
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
    expect(svg).toMatch(/data-category="mechanism"[\s\S]*?<rect class="bar" x="150" y="\d+" width="360"/);
  });

  it('titles status marks for screen readers in each language', () => {
    expect(statusMarkSvg('not_met', 'zh-Hans')).toContain('aria-label="未达标"');
    expect(statusMarkSvg('not_met', 'zh-Hant')).toContain('aria-label="未達標"');
    expect(statusMarkSvg('no_data', 'en')).toContain('<title>no data</title>');
  });
});
