/**
 * Work fixed by an object the library keeps (a compiled rule set, a unit, a plan, a Decimal the scorer shares)
 * is done once per object and dropped with it.
 */

/**
 * `compute` made to run once per key object: later calls with the same object return the first result, held
 * in a WeakMap so it goes when the object does. `compute` must not return undefined.
 * @example const unitTexts = keptPerObject((unit: Unit) => unitTextsOf(unit));
 */
export function keptPerObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const kept = new WeakMap<K, V>();
  return (key) => {
    let value = kept.get(key);
    if (value === undefined) {
      value = compute(key);
      kept.set(key, value);
    }
    return value;
  };
}
