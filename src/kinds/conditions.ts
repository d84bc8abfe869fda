import type { TopLevelCondition } from 'json-rules-engine';
import { D, type Dec } from '../core/decimal.js';
import { applyOperator, decimalComparison, type FactValue, type OperatorName } from './operators.js';

/** A leaf as compiled for json-rules-engine: values are decimal strings, booleans, or a fact reference. */
export interface EngineLeaf {
  fact: string;
  operator: OperatorName;
  value: string | boolean | { fact: string };
}

/** A condition tree in json-rules-engine's own format, restricted to what the library emits. */
export type EngineCondition =
  | EngineLeaf
  | { all: EngineCondition[] }
  | { any: EngineCondition[] }
  | { not: EngineCondition };

/** Reads a fact by name. */
export type FactLookup = (name: string) => FactValue;

/** A compiled synchronous predicate equivalent to running the condition through json-rules-engine. */
export type CompiledPredicate = (facts: FactLookup) => boolean;

function compileLeaf(leaf: EngineLeaf): CompiledPredicate {
  const { fact, operator, value } = leaf;
  if (typeof value === 'object') return referenceLeaf(fact, operator, value.fact);
  // Parse the threshold once at compile time instead of on every region.
  const threshold = typeof value === 'string' ? new D(value) : value;
  if (threshold instanceof D) return numericLeaf(fact, operator, threshold);
  return (facts) => applyOperator(operator, facts(fact), threshold);
}

/**
 * A leaf against another fact (a benchmark, the steps required): two Decimals are compared directly with the
 * operator's comparison, chosen once; anything else goes through {@link applyOperator}.
 */
function referenceLeaf(fact: string, operator: OperatorName, ref: string): CompiledPredicate {
  const compare = decimalComparison(operator);
  if (!compare) return (facts) => applyOperator(operator, facts(fact), facts(ref));
  return (facts) => {
    const a = facts(fact);
    const b = facts(ref);
    return a instanceof D && b instanceof D ? compare(a, b) : applyOperator(operator, a, b);
  };
}

/**
 * A leaf against a fixed decimal threshold: a Decimal fact is compared directly with the operator's
 * comparison, chosen once; anything else (absent, a boolean) goes through {@link applyOperator}, which says
 * what it says of it.
 */
function numericLeaf(fact: string, operator: OperatorName, threshold: Dec): CompiledPredicate {
  const compare = decimalComparison(operator);
  if (!compare) return (facts) => applyOperator(operator, facts(fact), threshold);
  return (facts) => {
    const a = facts(fact);
    return a instanceof D ? compare(a, threshold) : applyOperator(operator, a, threshold);
  };
}

/**
 * Compiles a condition tree into a synchronous predicate with json-rules-engine's semantics
 * (`all` = every, `any` = some, `not` = negation); a differential test holds the two equal.
 * @example compileCondition({ fact: 'x', operator: 'atLeast', value: '95' })((n) => D('95')) // true
 */
export function compileCondition(condition: EngineCondition): CompiledPredicate {
  // Plain loops: every/some with an arrow would make a closure per region.
  if ('all' in condition) {
    const parts = condition.all.map(compileCondition);
    return (facts) => {
      for (let i = 0; i < parts.length; i++) if (!(parts[i] as CompiledPredicate)(facts)) return false;
      return true;
    };
  }
  if ('any' in condition) {
    const parts = condition.any.map(compileCondition);
    return (facts) => {
      for (let i = 0; i < parts.length; i++) if ((parts[i] as CompiledPredicate)(facts)) return true;
      return false;
    };
  }
  if ('not' in condition) {
    const inner = compileCondition(condition.not);
    return (facts) => !inner(facts);
  }
  return compileLeaf(condition);
}

/** Every fact a condition reads (leaf facts and fact references), in first-seen order. */
export function conditionFacts(condition: EngineCondition): string[] {
  const seen = new Set<string>();
  const walk = (c: EngineCondition): void => {
    if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else if ('not' in c) walk(c.not);
    else {
      seen.add(c.fact);
      if (typeof c.value === 'object') seen.add(c.value.fact);
    }
  };
  walk(condition);
  return [...seen];
}

/** Wraps a condition as json-rules-engine's top-level condition (a leaf alone is not allowed at the top). */
export function toTopLevel(condition: EngineCondition): TopLevelCondition {
  return (
    'all' in condition || 'any' in condition || 'not' in condition ? condition : { all: [condition] }
  ) as TopLevelCondition;
}
