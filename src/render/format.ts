import type { Locale } from '../locales/locale.js';
import type { Report } from '../report/schema.js';

/** Options shared by the renderers. */
export interface RenderOptions {
  /** Language of the rendered report; defaults to the rule set's locale. */
  locale?: Locale;
}

/** The locale a report is rendered in: the one asked for, else the rule set's own. */
export function reportLocale(report: Report, options: RenderOptions = {}): Locale {
  return options.locale ?? report.ruleSet.locale;
}

/**
 * One report format: what the command line's `--format` takes, the file it makes and how it is
 * drawn. Each format lives in its own folder under src/render/ and is listed once in registry.ts.
 * @example
 * const MARKDOWN_FORMAT: ReportFormat<MarkdownOptions, 'md'> = {
 *   id: 'md', name: 'Markdown', extension: '.md', mediaType: 'text/markdown; charset=utf-8',
 *   options: ['locale', 'svg'], render: renderMarkdown,
 * };
 */
export interface ReportFormat<Options extends RenderOptions = RenderOptions, Id extends string = string> {
  /** The value of `--format` that picks it: `md`. */
  readonly id: Id;
  /** Its proper name, the same in every language: `Markdown`. */
  readonly name: string;
  /** The file name extension of its files, dot included: `.md`. */
  readonly extension: string;
  /** The media type (with charset for text) to serve or attach it with: `text/markdown; charset=utf-8`. */
  readonly mediaType: string;
  /** The options {@link ReportFormat.render} reads; any other is ignored (JSON reads none, not even `locale`). */
  readonly options: ReadonlyArray<keyof Options & string>;
  /** The report in this format, as the text of one file. */
  readonly render: (report: Report, options?: Options) => string;
}
