import { ERROR_MESSAGES } from './error-messages.js';
import { MESSAGES } from './messages.js';
import { PUNCTUATION } from './punctuation.js';
import { CLI_LABELS, REPORT_LABELS } from './report-labels.js';
import { SCHEME_MESSAGES } from './scheme-messages.js';
import { UNIT_NAMES } from './unit-names.js';

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
