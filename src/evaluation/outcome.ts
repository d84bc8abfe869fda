import { z } from 'zod';
import type { Gathered, Measurement } from '../kinds/contract.js';
import type { CompiledTarget } from '../rulesets/load.js';

/** The five outcomes a target can have, in report order. */
export const StatusSchema = z.enum(['met', 'not_met', 'no_data', 'not_applicable', 'not_due']);

/** A target's status: one of {@link STATUSES}. */
export type Status = z.infer<typeof StatusSchema>;

/** Every status, in report order. */
export const STATUSES: readonly Status[] = StatusSchema.options;

/** One target's evaluated outcome before it is written into a report. */
export interface TargetOutcome {
  readonly target: CompiledTarget;
  readonly status: Status;
  readonly gathered: Gathered;
  readonly measurement?: Measurement;
  readonly provisional: boolean;
}
