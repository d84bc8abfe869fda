import { describe, expect, it } from 'vitest';
import { demoReport } from '../../../test/reports/support.js';
import { ReportSchema } from '../../report/schema.js';
import { renderJson } from './json.js';

const report = demoReport();

describe('renderJson', () => {
  const json = renderJson(report);

  it('is the report itself, two-space indented, with a final newline', () => {
    expect(json.startsWith('{\n  "')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
    expect(JSON.parse(json)).toEqual(report);
  });

  it('reads back as a valid report with the same score and shortfalls', () => {
    const back = ReportSchema.parse(JSON.parse(json));
    expect(back.score).toBe('62.50');
    expect(back.shortfalls.map((s) => s.target)).toEqual(report.shortfalls.map((s) => s.target));
  });
});
