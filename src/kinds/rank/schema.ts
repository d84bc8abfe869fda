import { z } from 'zod';
import { INPUT_LIMITS } from '../../core/limits.js';
import { DecimalInputSchema } from '../../core/schemas.js';
import { IdSchema } from '../../indicators/schema.js';
import { targetCommon } from '../target.js';

/** 位居全县前列 / 居全市前列: a rank among peers, "前列" declared as top k or a top share. */
export const RankTargetSchema = z.strictObject({
  ...targetCommon,
  kind: z.literal('rank'),
  indicator: IdSchema,
  /** `count` is bounded (INPUT_LIMITS.count) so a count no plan writes is refused at load. */
  top: z.union([
    z.strictObject({ count: z.int().min(1).max(INPUT_LIMITS.count) }),
    z.strictObject({ share: DecimalInputSchema }),
  ]),
  /** Who the peers are, as the document says (全县乡镇, 全市各区). */
  peerGroup: z.string().min(1),
  /** `shared`: tied values share the best rank (1,2,2,4); `dense`: 1,2,2,3. */
  ties: z.enum(['shared', 'dense']),
});

/** A validated rank target. */
export type RankTarget = z.infer<typeof RankTargetSchema>;
