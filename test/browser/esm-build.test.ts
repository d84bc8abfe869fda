import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/report/evaluate.js';
import { BUILTIN_RULE_SET_IDS, loadBuiltinRuleSet } from '../../src/rulesets/builtin.js';
import { stagedBuild } from '../consumer/stage.js';
import { ROOT } from '../reports/support.js';
import { findChromium, launch } from './chromium.js';

const found = await findChromium();
if (!found.path) console.warn(`[browser tests skipped] ${found.reason}`);

const require = createRequire(import.meta.url);

/**
 * The package's runtime dependencies as browser ES modules, the way a bundler would serve them.
 * json-rules-engine is CommonJS: a small entry re-exports its named exports.
 */
async function browserDependencies(dist: string): Promise<Map<string, string>> {
  const imported = new Set<string>();
  for (const file of ['index.js', ...readdirJs(dist)]) {
    for (const m of readFileSync(join(dist, file), 'utf8').matchAll(
      /^(?:import|export)\s[^;]*?\sfrom\s*"([^".][^"]*)";/gm,
    ))
      imported.add(m[1] as string);
  }
  const out = new Map<string, string>();
  for (const name of imported) {
    let contents = `export * from ${JSON.stringify(name)};`;
    if (name === 'json-rules-engine') {
      const mod = require(name) as Record<string, unknown>;
      const names = Object.keys(mod).filter((k) => k !== 'default' && /^[A-Za-z_$][\w$]*$/.test(k));
      contents = `import * as m from ${JSON.stringify(name)};\nexport const { ${names.join(', ')} } = m;\nexport default m.default;`;
    }
    const bundle = (code: string) =>
      build({
        stdin: { contents: code, resolveDir: ROOT, loader: 'js' },
        bundle: true,
        format: 'esm',
        platform: 'browser',
        write: false,
        logLevel: 'silent',
        target: 'es2022',
      });
    // `export *` leaves out a default export (opencc-js's dictionary groups have only that), so re-export
    // it too where the module has one; esbuild refuses the line where it does not.
    const result = await bundle(`${contents}\nexport { default } from ${JSON.stringify(name)};`).catch(() =>
      bundle(contents),
    );
    out.set(name, result.outputFiles[0]?.text ?? '');
  }
  return out;
}

function readdirJs(dist: string): string[] {
  return (require('node:fs') as typeof import('node:fs'))
    .readdirSync(dist)
    .filter((f) => f.startsWith('chunk-') && f.endsWith('.js'));
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
  '.map': 'application/json',
};

describe.skipIf(!found.path)('the ESM build in a browser page', () => {
  let browser: Browser;
  let server: Server;
  let origin = '';
  const served: string[] = [];
  let deps = new Map<string, string>();

  beforeAll(async () => {
    const stage = await stagedBuild();
    const dist = join(stage, 'dist');
    deps = await browserDependencies(dist);
    const importMap = { imports: Object.fromEntries([...deps.keys()].map((name) => [name, `/deps/${name}.js`])) };
    const page = `<!doctype html><meta charset="utf-8"><title>quality-scorecard in a browser</title>
<script type="importmap">${JSON.stringify(importMap)}</script>
<script type="module">
  window.quality = await import('/dist/index.js');
  window.ready = true;
</script>`;
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      served.push(url.pathname);
      const send = (status: number, body: string | Buffer, type = 'text/plain'): void => {
        res.writeHead(status, { 'content-type': type });
        res.end(body);
      };
      if (url.pathname === '/') return send(200, page, TYPES['.html']);
      if (url.pathname === '/favicon.ico') return send(204, '');
      const dep = /^\/deps\/(.+)\.js$/.exec(url.pathname);
      if (dep)
        return deps.has(dep[1] as string)
          ? send(200, deps.get(dep[1] as string) as string, TYPES['.js'])
          : send(404, 'no such dependency');
      const [, top, ...rest] = normalize(url.pathname).split('/');
      const base = top === 'dist' ? dist : top === 'fixtures' ? join(ROOT, 'fixtures') : undefined;
      if (!base || rest.some((p) => p === '..')) return send(404, 'not found');
      try {
        return send(200, readFileSync(join(base, ...rest)), TYPES[extname(url.pathname)] ?? 'application/octet-stream');
      } catch {
        return send(404, 'not found');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launch(found.path as string);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  async function openPage() {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${origin}/`);
    await page
      .waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true, undefined, { timeout: 20_000 })
      .catch(() => undefined);
    return { page, errors };
  }

  it('loads dist/index.js as an ES module with no Node globals', async () => {
    const { page, errors } = await openPage();
    expect(errors).toEqual([]);
    const info = await page.evaluate(() => {
      const q = (window as unknown as { quality: Record<string, unknown> }).quality;
      return {
        hasProcess: typeof (globalThis as { process?: unknown }).process !== 'undefined',
        ids: q.BUILTIN_RULE_SET_IDS,
        exports: Object.keys(q).length,
      };
    });
    expect(info.hasProcess).toBe(false);
    expect(info.exports).toBeGreaterThan(20);
    expect(served).toContain('/dist/index.js');
    await page.close();
  });

  for (const id of BUILTIN_RULE_SET_IDS.slice(0, 2)) {
    it(`scores the built-in ${id} in the page exactly as Node does, with both evaluators`, async () => {
      const { page, errors } = await openPage();
      const result = await page.evaluate(async (ruleSetId) => {
        const q = (window as unknown as { quality: Record<string, (...a: unknown[]) => unknown> }).quality;
        const data = (await (await fetch(`/fixtures/${ruleSetId}/shortfalls.json`)).json()) as unknown;
        const ruleSet = q.loadBuiltinRuleSet?.(ruleSetId);
        const report = q.evaluate?.(ruleSet, data);
        const viaEngine = await q.evaluateWithEngine?.(ruleSet, data);
        return { report: JSON.stringify(report), viaEngine: JSON.stringify(viaEngine) };
      }, id);
      expect(errors).toEqual([]);
      const data = JSON.parse(readFileSync(join(ROOT, 'fixtures', id, 'shortfalls.json'), 'utf8')) as unknown;
      const expected = JSON.stringify(evaluate(loadBuiltinRuleSet(id), data));
      expect(result.report).toBe(expected);
      expect(result.viaEngine).toBe(expected);
      await page.close();
    });
  }

  it('reports invalid input in the page with the same issues as Node', async () => {
    const { page } = await openPage();
    const issues = await page.evaluate(() => {
      const q = (
        window as unknown as {
          quality: Record<string, (...a: unknown[]) => unknown> & { InvalidInputError: new () => Error };
        }
      ).quality;
      try {
        q.loadDataSet?.(
          {
            schemaVersion: 1,
            region: { id: 'x', name: 'X' },
            period: '2018',
            observations: [{ indicator: 'product-sampling-pass-rate', passed: 21, sampled: 20 }],
          },
          () => ({
            id: 'product-sampling-pass-rate',
            unit: '%',
            kind: 'rate',
            direction: 'higher',
            names: { 'zh-Hans': 'a', 'zh-Hant': 'a', en: 'a' },
          }),
        );
        return null;
      } catch (e) {
        return {
          isInvalid: e instanceof q.InvalidInputError,
          issues: (e as { issues: Array<{ code: string; path: string }> }).issues.map((i) => `${i.code} ${i.path}`),
        };
      }
    });
    expect(issues).toEqual({ isInvalid: true, issues: ['E_PASSED_GT_SAMPLED $.observations[0].passed'] });
    await page.close();
  });
});

if (!found.path) {
  describe('the ESM build in a browser page', () => {
    it.skip(`skipped: ${found.reason}`, () => {});
  });
}
