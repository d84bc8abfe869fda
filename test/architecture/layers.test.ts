import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

/**
 * The layers, bottom first. A module may import its own layer or any layer below it, never one above,
 * and the import graph has no cycle (type imports included). Folders of one layer may import each other
 * as long as no cycle forms.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['locales'],
  ['core'],
  ['indicators'],
  ['observations'],
  ['kinds'],
  ['rulesets'],
  ['draft'],
  ['evaluation'],
  ['scoring', 'schemes'],
  // lint checks the points a report is scored by, so it binds the rule set's scheme as evaluate does.
  ['report', 'lint'],
  ['render'],
  ['cli', 'node', 'testing', 'index.ts'],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

function layerOf(file: string): number {
  const top = relative(SRC, file).split('/')[0] as string;
  const layer = LAYERS.findIndex((names) => names.includes(top));
  if (layer < 0) throw new Error(`src/${top} belongs to no layer: add it to LAYERS`);
  return layer;
}

/** Every src module a file imports (import, import type, export … from, dynamic import). */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles
    .map((f) => f.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => resolve(dirname(file), spec.replace(/\.js$/, '.ts')))
    .filter((target) => target.startsWith(SRC) && target.endsWith('.ts'));
}

const files = sourceFiles(SRC);
const graph = new Map(files.map((f) => [f, importsOf(f)]));
const rel = (f: string) => relative(SRC, f);

/** Strongly connected components with more than one module (or a self-import): the cycles. */
function cycles(): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    indexOf.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indexOf.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, indexOf.get(w) as number));
    }
    if (low.get(v) === indexOf.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        scc.push(rel(w));
      } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(scc.sort());
    }
  };
  for (const f of files) if (!indexOf.has(f)) visit(f);
  return found;
}

describe('layers', () => {
  it('reads the whole source tree', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('every import goes to the same layer or one below it', () => {
    const upward = [...graph].flatMap(([from, targets]) =>
      targets.filter((to) => layerOf(to) > layerOf(from)).map((to) => `${rel(from)} → ${rel(to)}`),
    );
    expect(upward).toEqual([]);
  });

  it('has no import cycle, type imports included', () => {
    expect(cycles()).toEqual([]);
  });
});
