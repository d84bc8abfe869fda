import { CLI_LABELS } from '../locales/index.js';
import { CSV_FORMAT } from './csv/csv.js';
import { HTML_FORMAT } from './html/html.js';
import { JSON_FORMAT } from './json/json.js';
import { MARKDOWN_FORMAT } from './markdown/markdown.js';

/**
 * Every report format, in the order help texts list them. A new format is its folder under
 * src/render/ and one entry here; the command line takes its list, default and help from this module.
 */
export const REPORT_FORMATS = [JSON_FORMAT, MARKDOWN_FORMAT, HTML_FORMAT, CSV_FORMAT] as const;

/** One of {@link REPORT_FORMATS}. */
export type RegisteredFormat = (typeof REPORT_FORMATS)[number];

/** The id of a registered format: `'json' | 'md' | 'html' | 'csv'`. */
export type FormatId = RegisteredFormat['id'];

/** The ids of the registered formats, in order: the values `--format` accepts. */
export const FORMAT_IDS: readonly FormatId[] = REPORT_FORMATS.map((f) => f.id);

/** The format used when none is asked for. */
export const DEFAULT_FORMAT: RegisteredFormat = JSON_FORMAT;

const FORMATS_BY_ID: ReadonlyMap<string, RegisteredFormat> = new Map(REPORT_FORMATS.map((f) => [f.id, f]));

/**
 * The registered format of an id, or undefined when none has it.
 * @example formatById('md')?.render(report, { locale: 'en', svg: false })
 */
export function formatById(id: string): RegisteredFormat | undefined {
  return FORMATS_BY_ID.get(id);
}

/**
 * The help line of `--format`: the registered ids as its value, and in words, the default first,
 * so a new format shows up in the help without touching the locale files.
 */
export const FORMAT_OPTION_HELP = {
  flag: `--format <${FORMAT_IDS.join('|')}>`,
  text: CLI_LABELS.option.format(
    DEFAULT_FORMAT.id,
    FORMAT_IDS.filter((id) => id !== DEFAULT_FORMAT.id),
  ),
} as const;
