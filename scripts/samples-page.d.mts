// Types of scripts/samples-page.mjs, for test/i18n/samples.test.ts.
import type { LocalizedText } from '../src/locales/locale.js';

/** The library as the page reads it: `loadRuleSet` and `evaluate` (the built one or the source). */
export interface SampleLibrary {
  loadRuleSet(raw: unknown): unknown;
  evaluate(ruleSet: never, data: unknown): { targets: readonly SampleTarget[] };
}
/** A target result as the page shows it. */
export interface SampleTarget {
  readonly kind: string;
  readonly status: string;
  readonly explanation: LocalizedText;
}
/** One target of one sample town. */
export interface SampleResult {
  readonly town: string;
  readonly target: SampleTarget;
}
/** The sample files, plan first. */
export const SAMPLE_FILES: readonly string[];
/** Every target of every sample town, evaluated. */
export function sampleResults(lib: SampleLibrary, files: Record<string, unknown>): SampleResult[];
/** The 20 results the page shows. */
export function pickSamples(results: readonly SampleResult[]): SampleResult[];
/** The page's Markdown. */
export function samplesPage(lib: SampleLibrary, files: Record<string, unknown>): string;
