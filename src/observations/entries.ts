/**
 * The entries a loaded data set is made of, apart from the loader itself, so the clean and full routes
 * (clean.ts, normalize.ts) share them without importing each other.
 */
import type { Dec } from '../core/decimal.js';
import type { Indicator } from '../indicators/schema.js';
import type { Provenance } from './schema.js';

/** One normalized observation: its value held exactly in the indicator's own unit. */
export interface FactEntry {
  readonly indicator: string;
  readonly period: string;
  /** Numeric value in the indicator's unit. */
  readonly value?: Dec;
  /** Boolean value of a milestone indicator. */
  readonly flag?: boolean;
  readonly rank?: { readonly position: number; readonly of: number };
  readonly counts?: { readonly passed: number; readonly sampled: number };
  /** Set when the data declare the indicator not applicable, with the stated reason. */
  readonly notApplicable?: string;
  readonly evidence?: string;
  readonly provenance?: Provenance;
  /** JSON path of the observation in its data set. */
  readonly path: string;
}

/** A benchmark figure normalized to its indicator's unit. */
export interface BenchmarkEntry {
  readonly id: string;
  readonly indicator: string;
  readonly period: string;
  readonly value: Dec;
  readonly provenance?: Provenance;
}

/** Resolves an indicator id to its definition (rule-set local or catalogue). */
export type IndicatorLookup = (id: string) => Indicator | undefined;
