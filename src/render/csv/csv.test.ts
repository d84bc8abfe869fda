import { describe, expect, it } from 'vitest';
import { builtinCases, builtinReport, demoReport, demoSchemeReport } from '../../../test/reports/support.js';
import { LOCALES } from '../../locales/locale.js';
import { csvField, renderCsv, UTF8_BOM } from './csv.js';

const report = demoReport();

describe('renderCsv', () => {
  const csv = renderCsv(report);

  it('starts with a UTF-8 byte-order mark and uses CRLF line ends', () => {
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(new TextEncoder().encode(csv).subarray(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n').length).toBe(report.targets.length + 2);
    expect(renderCsv(report, { bom: false }).startsWith('序号,')).toBe(true);
  });

  it('has one row per target with localized headers and document-style values', () => {
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      '序号,目标编号,目标,类别,性质,状态,实际值,要求,差距,完成度,得分,分值,本库假定,牵头部门,责任部门,截止日期,一票否决,原文章节,原文条款,说明',
    );
    expect(lines[1]).toMatch(
      /^1,product-sampling-pass-rate,产品质量监督抽查合格率,产品质量,约束性,未达标,94\.5%,不低于95%,0\.5个百分点,99\.47%,0,8\.3333,权重,市场监管所,经发办、各村（居）委会,2018-12-31,否,/,
    );
    expect(renderCsv(report, { locale: 'en' })).toContain('0.5 percentage points');
  });

  it('quotes fields (RFC 4180) and defuses spreadsheet formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-0.5')).toBe('-0.5');
    expect(csvField('-cmd')).toBe("'-cmd");
  });
});

describe('a CSV report scored by an assessment scheme', () => {
  it('adds the scheme points to each target row', () => {
    const withScheme = demoSchemeReport();
    const lines = renderCsv(withScheme, { locale: 'en' }).split('\r\n');
    expect(lines[0]?.endsWith(',Scheme earned,Scheme possible')).toBe(true);
    const fields = (line: string): string[] =>
      [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => m[1] as string).slice(0, -1);
    const header = fields(lines[0] as string);
    const first = fields(lines[1] as string);
    expect(first).toHaveLength(header.length);
    const own = withScheme.scheme?.targets.find((t) => t.target === 'product-sampling-pass-rate');
    expect(first.slice(-2)).toEqual([own?.earned, own?.possible]);
  });
});

describe('CSV of the built-in rule sets', () => {
  it.each(builtinCases())('renders %s with %s in every locale, one row per target', (id, file) => {
    const r = builtinReport(id, file);
    for (const locale of LOCALES) expect(renderCsv(r, { locale }).split('\r\n').length).toBe(r.targets.length + 2);
  });
});
