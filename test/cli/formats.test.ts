// The command line knows no format of its own: what `--format` accepts, its default and its help line
// all come from the render registry, so a new format is its folder plus one registry entry.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { helpText } from '../../src/cli/help.js';
import { LOCALES } from '../../src/locales/locale.js';
import { DEFAULT_FORMAT, FORMAT_IDS, FORMAT_OPTION_HELP, REPORT_FORMATS } from '../../src/render/registry.js';
import { evaluate } from '../../src/report/evaluate.js';
import { loadRuleSet } from '../../src/rulesets/load.js';
import { ROOT } from '../reports/support.js';
import { cli, F } from './support.js';

const readJson = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
/** The report `evaluate F.rules F.short` prints, made the way the command makes it. */
const report = evaluate(loadRuleSet(readJson(F.rules), { file: F.rules }), readJson(F.short), { file: F.short });

describe('the formats of `evaluate` are exactly the registered ones', () => {
  it.each(REPORT_FORMATS.map((f) => [f.id, f] as const))(
    '--format %s prints what the format renders',
    async (id, format) => {
      for (const locale of ['zh-Hans', 'en'] as const) {
        const run = await cli(['evaluate', F.rules, F.short, '--format', id, '--locale', locale]);
        expect(run.code).toBe(1);
        expect(run.stdout).toBe(format.render(report, { locale }));
      }
    },
  );

  it('prints the default format without --format', async () => {
    expect(DEFAULT_FORMAT.id).toBe('json');
    expect((await cli(['evaluate', F.rules, F.short])).stdout).toBe(DEFAULT_FORMAT.render(report, {}));
  });

  it('rejects any other --format, listing the registered ids', async () => {
    for (const other of ['pdf', 'MD', 'markdown', '']) {
      const run = await cli(['evaluate', F.rules, F.short, '--format', other, '--locale', 'en']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`--format "${other}" is not one of ${FORMAT_IDS.join(', ')}\n`);
    }
  });

  it('help shows the registered ids as the values of --format, in every language', () => {
    for (const locale of LOCALES) {
      const line = helpText('evaluate', locale)
        .split('\n')
        .find((l) => l.startsWith('  --format '));
      expect(line?.startsWith(`  --format <${FORMAT_IDS.join('|')}> `)).toBe(true);
      expect(line?.endsWith(FORMAT_OPTION_HELP.text[locale])).toBe(true);
    }
  });

  it("help's description of --format names every registered id, and the default as the default", () => {
    for (const locale of LOCALES) {
      const words = FORMAT_OPTION_HELP.text[locale].split(/[^a-z]+/);
      expect(words.filter((w) => FORMAT_IDS.some((id) => id === w))).toEqual([...FORMAT_IDS]);
    }
    expect(FORMAT_OPTION_HELP.text.en).toContain(`${DEFAULT_FORMAT.id} (default)`);
  });
});
