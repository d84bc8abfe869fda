import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/** Exported names of an entry point whose declaration carries no doc comment. */
function undocumented(entry: string): string[] {
  const program = ts.createProgram([join(root, entry)], {
    resolveJsonModule: true,
    esModuleInterop: true,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(join(root, entry));
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`cannot read ${entry}`);
  return checker
    .getExportsOfModule(moduleSymbol)
    .filter((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      // Object-literal catalogues are documented on the variable; their members need no comment each.
      return target.getDocumentationComment(checker).length === 0;
    })
    .map((s) => s.getName())
    .sort();
}

describe('every exported symbol has a doc comment', () => {
  it.each(['src/index.ts', 'src/testing/vitest.ts', 'src/node/index.ts'])(
    '%s',
    (entry) => {
      expect(undocumented(entry)).toEqual([]);
    },
    60_000,
  );
});
