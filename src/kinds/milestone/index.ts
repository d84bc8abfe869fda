import { defineKind } from '../contract.js';
import { compileMilestone } from './compile.js';
import { MilestoneTargetSchema } from './schema.js';

/** A deliverable observed as true or false. */
export const milestoneKind = defineKind({
  kinds: ['milestone'],
  schema: MilestoneTargetSchema,
  compile: compileMilestone,
});
