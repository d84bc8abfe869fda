import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as main from '../../src/index.js';

const ENTRIES = ['src/index.ts', 'src/node/index.ts', 'src/testing/vitest.ts'].map((f) =>
  resolve(import.meta.dirname, '../..', f),
);
const SRC = resolve(import.meta.dirname, '../../src');

const program = ts.createProgram(ENTRIES, {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  strict: true,
  resolveJsonModule: true,
  noEmit: true,
});
const checker = program.getTypeChecker();

/** The exported names of an entry, types included. */
function exportsOf(entry: string): Map<string, ts.Symbol> {
  const file = program.getSourceFile(entry) as ts.SourceFile;
  const module = checker.getSymbolAtLocation(file) as ts.Symbol;
  return new Map(checker.getExportsOfModule(module).map((s) => [s.getName(), s]));
}

/** Named types declared in src/ that a type is made of (unions, intersections, type arguments). */
function namedTypes(type: ts.Type, seen = new Set<ts.Type>()): ts.Symbol[] {
  if (seen.has(type)) return [];
  seen.add(type);
  const symbol = type.aliasSymbol ?? type.getSymbol();
  const own =
    symbol?.declarations?.some((d) => d.getSourceFile().fileName.startsWith(SRC)) &&
    !(symbol.flags & (ts.SymbolFlags.TypeLiteral | ts.SymbolFlags.ObjectLiteral | ts.SymbolFlags.Function))
      ? [symbol]
      : [];
  const parts = type.isUnionOrIntersection() ? type.types : [];
  const args = [
    ...(type.aliasTypeArguments ?? []),
    ...((type as ts.TypeReference).target ? checker.getTypeArguments(type as ts.TypeReference) : []),
  ];
  return [...own, ...[...parts, ...args].flatMap((t) => namedTypes(t, seen))];
}

describe('the public surface', () => {
  it('the main entry exports at most 45 runtime values', () => {
    expect(Object.keys(main).length).toBeLessThanOrEqual(45);
  });

  it.each(ENTRIES.map((e) => [e.slice(SRC.length + 1), e]))(
    '%s exports every named type its functions take and return',
    (_name, entry) => {
      const exported = exportsOf(entry);
      // A subpath entry may lean on the main entry for the types they share.
      const names = new Set([...exported.keys(), ...exportsOf(ENTRIES[0] as string).keys()]);
      const missing = new Set<string>();
      for (const [name, symbol] of exported) {
        const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
        const decl = target.valueDeclaration;
        if (!decl) continue;
        const type = checker.getTypeOfSymbolAtLocation(target, decl);
        for (const signature of type.getCallSignatures()) {
          const used = [
            ...signature.getParameters().map((p) => checker.getTypeOfSymbolAtLocation(p, decl)),
            signature.getReturnType(),
          ].flatMap((t) => namedTypes(t));
          for (const s of used) if (!names.has(s.getName())) missing.add(`${name}: ${s.getName()}`);
        }
      }
      expect([...missing].sort()).toEqual([]);
    },
  );
});
