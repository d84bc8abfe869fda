import type { CompiledRuleSet } from '../rulesets/load.js';
import type { Assumption } from './schema.js';

// A document that writes 一票否决 in the clause a veto target quotes sets that veto itself; any other
// veto is the rule set's reading. The same for 「前列」: a rank target on a clause that says only
// 前列 had to choose a top count or share the document does not give.
const DOCUMENT_VETO = /一票否决|一票否決/;
const VAGUE_RANK = /前列/;

const cache = new WeakMap<CompiledRuleSet, readonly Assumption[]>();

/**
 * The readings behind a rule set's score that are its author's, not the document's: assumed weights,
 * vetoes the quoted clause does not write, 「前列」 read as a top count or share, and 左右 without a figure
 * read with the default tolerance. Fixed per rule
 * set, so worked out once; each report gets its own copy (a report is the caller's to change).
 */
export function ruleSetAssumptions(ruleSet: CompiledRuleSet): readonly Assumption[] {
  const known = cache.get(ruleSet);
  if (known) return known;
  const out: Assumption[] = [];
  if (ruleSet.scoring.weights === 'assumed') out.push({ subject: 'weights', targets: [] });
  const vetoes = ruleSet.targets.filter((t) => t.veto && !DOCUMENT_VETO.test(t.source.clause)).map((t) => t.id);
  if (vetoes.length > 0) out.push({ subject: 'veto', targets: vetoes });
  const ranks = ruleSet.targets.filter((t) => t.kind === 'rank' && VAGUE_RANK.test(t.source.clause)).map((t) => t.id);
  if (ranks.length > 0) out.push({ subject: 'rank', targets: ranks });
  // 左右 without a figure: the library's default tolerance decides the verdict near the bar.
  const tolerated = ruleSet.targets
    .filter((t) => (t.data as { tolerance?: unknown }).tolerance === 'default')
    .map((t) => t.id);
  if (tolerated.length > 0) out.push({ subject: 'tolerance', targets: tolerated });
  cache.set(ruleSet, out);
  return out;
}

/** A report's own copy of the rule set's assumptions. */
export function reportAssumptions(ruleSet: CompiledRuleSet): Assumption[] {
  return ruleSetAssumptions(ruleSet).map((a) => ({ subject: a.subject, targets: [...a.targets] }));
}
