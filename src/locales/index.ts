import type { ClassifierWord, Messages, PeriodWords, UnitPrefix } from './contract.js';
import { type LocaleTables, type Localized, localizeTables } from './define.js';
import { en } from './en.js';
import type { LocalizedText } from './locale.js';
import { zhHans } from './zh-Hans.js';
import { zhHant } from './zh-Hant.js';

export type { Messages } from './contract.js';
export { type LocaleTables, localizeTables } from './define.js';
export { joinLocalized, LOCALES, type Locale, type LocalizedText, perLocale } from './locale.js';

/**
 * The locales, one message table each. A new locale is one file implementing {@link Messages} and
 * one line here (and its name in `LOCALES`); the compiler lists every entry it still lacks.
 */
export const LOCALE_TABLES: LocaleTables<Messages> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };

const joined = localizeTables(LOCALE_TABLES);
// Period words reach callers through `periodName(label)` only, benchmark names through `benchmark.name(id)`.
const { period, benchmarks, ...evaluation } = joined.evaluation;

// The period-label syntax of src/core/periods.ts, which this layer cannot import: 2018, 2018-H1, 2018-Q3, 2018-07.
const PERIOD_LABEL = /^(\d{4})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])))?$/;

/** A period label in words, each locale's words picked by the label's granularity; other labels as written. */
function periodNameIn(words: Localized<PeriodWords>): (label: string) => LocalizedText {
  return (label) => {
    const m = PERIOD_LABEL.exec(label);
    if (!m) return { 'zh-Hans': label, 'zh-Hant': label, en: label };
    const year = m[1] as string;
    if (m[2]) return words['half-year'](year, Number(m[2]));
    if (m[3]) return words.quarter(year, Number(m[3]));
    if (m[4]) return words.month(year, Number(m[4]));
    return words.year(year);
  };
}

const periodName = periodNameIn(period);

/**
 * The message catalogue of evaluation: every word the library prints about targets, in zh-Hans,
 * zh-Hant and en. Phrases take already-formatted quantities, which differ per locale, as LocalizedText.
 * @example MESSAGES.status.met.en // 'met'
 * @example MESSAGES.periodName('2018-Q3')['zh-Hans'] // '2018年第3季度'
 */
export const MESSAGES = {
  ...evaluation,
  /** A period label in words: 2018 → 2018年, 2018-H1 → 2018年上半年 / H1 2018, 2018-07 → 2018年7月 / July 2018. */
  periodName,
  /** What is missing for a period label, the period in words: 2018 → 2018年数据 / the 2018 figure. */
  observationFor: (label: string): LocalizedText => evaluation.observationFor(periodName(label)),
  benchmark: {
    /** A benchmark id in words: the common ones named by the library, any other shown as written. */
    name: (id: string): LocalizedText =>
      Object.hasOwn(benchmarks, id)
        ? benchmarks[id as keyof typeof benchmarks]
        : { 'zh-Hans': id, 'zh-Hant': id, en: id },
  },
} as const;

/**
 * The library's name of a common benchmark (全区平均水平), or undefined: a rule set names its others.
 * @example commonBenchmarkName('district-average')?.en // 'the district average'
 */
export function commonBenchmarkName(id: string): LocalizedText | undefined {
  return Object.hasOwn(benchmarks, id) ? benchmarks[id as keyof typeof benchmarks] : undefined;
}

/**
 * Every word the assessment schemes and the what-if analysis print, in zh-Hans, zh-Hant and en.
 * @example SCHEME_MESSAGES.method.levels.en // 'level-based credit'
 */
export const SCHEME_MESSAGES = joined.schemes;

/**
 * Labels of the rendered reports (Markdown, HTML, CSV) and the test matchers, in zh-Hans, zh-Hant and
 * en. Statuses, commitments and requirement phrases come from {@link MESSAGES}.
 * @example REPORT_LABELS.sections.summary['zh-Hant'] // '總體結果'
 */
export const REPORT_LABELS: Localized<Omit<Messages['reports'], 'provenanceStatus'>> & {
  /** A data source's status by its id (verified, reported, …); unknown ids have no entry. */
  readonly provenanceStatus: Readonly<Record<string, LocalizedText>>;
} = joined.reports;

/**
 * Words of the `quality-scorecard` command-line tool: help texts, messages and errors.
 * @example CLI_LABELS.seeHelp('evaluate').en // 'run quality-scorecard evaluate --help for usage'
 */
export const CLI_LABELS = {
  ...joined.cli,
  /** Where to look next: the `--help` of a command, or of the tool when `cmd` is empty. */
  seeHelp: (cmd: string): LocalizedText => joined.cli.seeHelp(`quality-scorecard ${cmd ? `${cmd} ` : ''}--help`),
} as const;

/**
 * Every word of the library's errors and input warnings, in zh-Hans, zh-Hant and en: the labels of an
 * issue line, and what each check expected (the `expected` of an `InputIssue`).
 * @example ERROR_MESSAGES.expected.nonNegativeNumber['zh-Hant'] // '非負數'
 */
export const ERROR_MESSAGES = joined.errors;

/** The names of one prefix's units: 万 + 批次 → 万批次 / 萬批次 / ten thousand batches. */
const prefixed =
  (prefix: UnitPrefix) =>
  (base: LocalizedText): LocalizedText =>
    joined.units.withPrefix(joined.units.prefix[prefix], base);

/**
 * The names of the units the library knows, in zh-Hans, zh-Hant and en: base units by their
 * canonical symbol, count classifiers (个/只/项 …) by what they count, and the 万/亿/千 prefixes.
 * @example UNIT_NAMES.base['吨'] // { 'zh-Hans': '吨', 'zh-Hant': '噸', en: 'tonnes' }
 */
export const UNIT_NAMES: {
  readonly base: Localized<Messages['units']['base']>;
  readonly classifier: Readonly<Record<ClassifierWord, LocalizedText>>;
  readonly prefix: Readonly<Record<UnitPrefix, LocalizedText>>;
  /** A base unit's name under a 万/亿/千 prefix: 万批次 → ten thousand batches. */
  readonly prefixed: Readonly<Record<UnitPrefix, (base: LocalizedText) => LocalizedText>>;
  readonly gap: Localized<Messages['units']['gap']>;
  /** A rate per population: 批次/千人 → batches per thousand people. */
  readonly per: Localized<Messages['units']['per']>;
  /** A unit name as it reads after the number one: percentage points → percentage point. */
  readonly one: Localized<Messages['units']['one']>;
} = {
  base: joined.units.base,
  classifier: joined.units.classifier,
  prefix: joined.units.prefix,
  prefixed: { 万: prefixed('万'), 亿: prefixed('亿'), 千: prefixed('千') },
  gap: joined.units.gap,
  per: joined.units.per,
  one: joined.units.one,
};

/**
 * Punctuation and spacing, which Chinese and English write differently; every text that joins
 * parts takes its separators from here.
 * @example `${MESSAGES.lead.en}${PUNCTUATION.colon.en}质量办` // 'lead: 质量办'
 */
export const PUNCTUATION = joined.punctuation;

/**
 * The one message catalogue: every word the library, its reports, its CLI and its errors print, in
 * zh-Hans, zh-Hant and en, and the names of the units it knows. Entries are texts per locale, or
 * functions that render one from formatted parts. Library code takes its words from here only.
 * @example CATALOGUE.evaluation.status.not_met.en // 'not met'
 * @example CATALOGUE.errors.expected.realDate['zh-Hant'] // '真實存在的日期 YYYY-MM-DD'
 */
export const CATALOGUE = {
  evaluation: MESSAGES,
  schemes: SCHEME_MESSAGES,
  reports: REPORT_LABELS,
  cli: CLI_LABELS,
  errors: ERROR_MESSAGES,
  units: UNIT_NAMES,
  punctuation: PUNCTUATION,
} as const;
