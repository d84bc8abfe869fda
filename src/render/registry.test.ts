import { describe, expect, it } from 'vitest';
import { builtinCases, builtinReport } from '../../test/reports/support.js';
import { LOCALES } from '../locales/locale.js';
import { DEFAULT_FORMAT, FORMAT_IDS, formatById, REPORT_FORMATS } from './registry.js';

describe('the format registry', () => {
  it('makes JSON the default, then Markdown, HTML and CSV, each with its file extension and media type', () => {
    expect(FORMAT_IDS.slice(0, 4)).toEqual(['json', 'md', 'html', 'csv']);
    expect(DEFAULT_FORMAT.id).toBe('json');
    expect(formatById('json')?.mediaType).toBe('application/json');
    expect(formatById('md')?.extension).toBe('.md');
    expect(formatById('html')?.mediaType).toBe('text/html; charset=utf-8');
    expect(formatById('csv')?.extension).toBe('.csv');
  });

  it('finds a format by its id, and none by an id it does not have', () => {
    expect(formatById('md')?.name).toBe('Markdown');
    expect(formatById('csv')?.options).toEqual(['locale', 'bom']);
    expect(formatById('pdf')).toBeUndefined();
    expect(formatById('MD')).toBeUndefined();
  });

  it('gives each format its own id, name and extension, and a media type with its charset when it is text', () => {
    for (const key of ['id', 'name', 'extension'] as const)
      expect(new Set(REPORT_FORMATS.map((f) => f[key])).size).toBe(REPORT_FORMATS.length);
    for (const f of REPORT_FORMATS) {
      expect(f.id).toMatch(/^[a-z0-9]+$/);
      expect(f.extension).toMatch(/^\.[a-z0-9]+$/);
      expect(f.mediaType).toMatch(/^(application\/[a-z+-]+|text\/[a-z+-]+; charset=utf-8)$/);
    }
  });
});

describe('every registered format', () => {
  it.each(builtinCases())('renders %s with %s, in each locale exactly when it takes the locale option', (id, file) => {
    const report = builtinReport(id, file);
    for (const format of REPORT_FORMATS) {
      const texts = LOCALES.map((locale) => format.render(report, { locale }));
      const readsLocale = format.options.some((option) => option === 'locale');
      expect(new Set(texts).size, `${format.id} in ${LOCALES.length} locales`).toBe(readsLocale ? LOCALES.length : 1);
      expect(
        LOCALES.map((locale) => format.render(report, { locale })),
        `${format.id} is deterministic`,
      ).toEqual(texts);
    }
  });
});
