import type { Report } from '../../report/schema.js';
import type { RenderOptions, ReportFormat } from '../format.js';

/**
 * A report as JSON, two-space indented with a final newline: the report itself, which carries every
 * text in all three languages, so no locale applies.
 * @example JSON.parse(renderJson(report)).score // '62.50'
 */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** `--format json` (the default): the report as data, for programs to read. */
export const JSON_FORMAT: ReportFormat<RenderOptions, 'json'> = {
  id: 'json',
  name: 'JSON',
  extension: '.json',
  mediaType: 'application/json',
  options: [],
  render: renderJson,
};
