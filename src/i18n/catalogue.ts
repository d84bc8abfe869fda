import { MESSAGES } from './messages.js';
import { CLI_LABELS, REPORT_LABELS } from './report-labels.js';
import { SCHEME_MESSAGES } from './scheme-messages.js';

/**
 * The one message catalogue: every word the library, its reports and its CLI print, in zh-Hans,
 * zh-Hant and en. Entries are texts per locale, or functions that render one from formatted parts.
 * @example CATALOGUE.evaluation.status.not_met.en // 'not met'
 */
export const CATALOGUE = {
  evaluation: MESSAGES,
  schemes: SCHEME_MESSAGES,
  reports: REPORT_LABELS,
  cli: CLI_LABELS,
} as const;
