import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
// Only the CLI and the file loaders may touch the file system; everything else must run in a browser.
const NODE_ALLOWED = ['src/cli/', 'src/node/'];
const NODE_IMPORT =
  /(?:from\s+['"](?:node:[\w/]+|fs|path|os|child_process|url|util|process)['"]|require\(\s*['"](?:node:)?[\w/]+['"]\s*\)|\bprocess\.|\bBuffer\b)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('the core is pure: it runs in Node and in browsers', () => {
  it('no source outside the CLI and file loaders imports a Node module or uses process/Buffer', () => {
    const offenders = sourceFiles(join(root, 'src'))
      .map((f) => relative(root, f))
      .filter((f) => !NODE_ALLOWED.some((p) => f.startsWith(p)))
      .filter((f) => NODE_IMPORT.test(readFileSync(join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the built core bundle, chunks included, imports nothing from node: (npm test builds before vitest)', () => {
    const entry = join(root, 'dist/index.js');
    expect(existsSync(entry), 'run `npm run build` first').toBe(true);
    const packages = new Set<string>();
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      const specs = [
        ...code.matchAll(/^\s*(?:import|export)\b[^;'"]*?from\s*['"]([^'"]+)['"]/gm),
        ...code.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
        ...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
      ];
      for (const m of specs) {
        const spec = m[1] as string;
        if (spec.startsWith('.')) visit(join(dirname(file), spec));
        else packages.add(spec);
      }
    };
    visit(entry);
    expect([...packages].filter((p) => p.startsWith('node:'))).toEqual([]);
    expect([...packages].sort()).toEqual([
      'date-fns',
      'decimal.js',
      'json-rules-engine',
      'opencc-js/core',
      'opencc-js/from/tw',
      'opencc-js/preset/cn2t',
      'opencc-js/to/cn',
      'zod',
    ]);
    // The OpenCC converters' modules (zh-Hant names; reading traditional plans in draftRuleSet) are walked too: they import only each other, nothing from node:.
    for (const spec of ['opencc-js/core', 'opencc-js/preset/cn2t', 'opencc-js/from/tw', 'opencc-js/to/cn'])
      visit(fileURLToPath(import.meta.resolve(spec)));
    expect(packages.size).toBe(8);
  });
});
