/** Random condition trees (all / any / not over leaves) for the settled-verdict properties. */
import fc from 'fast-check';

/** A condition tree over leaves of type `L`, as a rule set writes a compound condition. */
export type Tree<L> = L | { all: Tree<L>[] } | { any: Tree<L>[] } | { not: Tree<L> };

/**
 * Trees of up to three children per node, small in depth, shrinking across node kinds.
 * @example conditionTrees(fc.record({ fact: fc.constant('r0'), operator: fc.constant('atLeast'), value: fc.nat() }))
 */
export function conditionTrees<L>(leaf: fc.Arbitrary<L>): fc.Arbitrary<Tree<L>> {
  return fc.letrec<{ tree: Tree<L> }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.array(tie('tree'), { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
      fc.array(tie('tree'), { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
      tie('tree').map((not) => ({ not })),
    ),
  })).tree;
}
