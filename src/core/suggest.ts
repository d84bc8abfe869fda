/**
 * "Did you mean" ranking shared by every loader (rule sets, data sets, units), so a misspelt id is
 * judged the same way wherever it appears.
 */

/** Edit distance between two spellings (insertions, deletions, substitutions), counted in code points. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      const substitution = (previous[j - 1] as number) + (x[i - 1] === y[j - 1] ? 0 : 1);
      row.push(Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1, substitution));
    }
    previous = row;
  }
  return previous[y.length] as number;
}

/**
 * The known names closest to an unknown one, best first (at most three): one within a third of its
 * length in edits, or one that contains it.
 * @example closestNames('pm25-anual-mean', ['pm25-annual-mean', 'people-trained']) // ['pm25-annual-mean']
 */
export function closestNames(name: string, known: readonly string[]): string[] {
  const limit = Math.max(1, Math.floor(name.length / 3));
  return known
    .map((k) => ({ k, d: name.length >= 2 && k.includes(name) ? 0.5 : editDistance(name, k) }))
    .filter((c) => c.d <= limit)
    .sort((x, y) => x.d - y.d || (x.k < y.k ? -1 : x.k > y.k ? 1 : 0))
    .slice(0, 3)
    .map((c) => c.k);
}
