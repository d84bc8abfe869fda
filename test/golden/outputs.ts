// Every built-in fixture rendered every way a user can ask for it: the byte-identity gate for refactors.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BUILTIN_RULE_SET_IDS,
  BUILTIN_SCHEME_IDS,
  builtinSchemeJson,
  evaluate,
  evaluateCohort,
  loadBuiltinRuleSet,
  loadBuiltinScheme,
  renderCsv,
  renderHtml,
  renderMarkdown,
} from '../../src/index.js';

const LOCALES = ['zh-Hans', 'zh-Hant', 'en'] as const;
const root = join(import.meta.dirname, '../..');

/** Each output's name and text, in a fixed order. */
export function* goldenOutputs(): Generator<[string, string]> {
  for (const id of BUILTIN_RULE_SET_IDS) {
    const ruleSet = loadBuiltinRuleSet(id);
    const dir = join(root, 'fixtures', id);
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
    const schemes = BUILTIN_SCHEME_IDS.filter((s) => {
      const bound = (builtinSchemeJson(s) as { ruleSet: string | null }).ruleSet;
      return bound === null || bound === id;
    });
    const datasets = files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
    for (const [i, file] of files.entries()) {
      for (const scheme of [null, ...schemes]) {
        const options = scheme ? { scheme: loadBuiltinScheme(scheme) } : {};
        const report = evaluate(ruleSet, datasets[i], options);
        const name = `${id}/${file}/${scheme ?? 'rule-set'}`;
        yield [`${name}.json`, JSON.stringify(report, null, 2)];
        for (const locale of LOCALES) {
          yield [`${name}.${locale}.md`, renderMarkdown(report, { locale })];
          yield [`${name}.${locale}.svg.md`, renderMarkdown(report, { locale, svg: true })];
          yield [`${name}.${locale}.html`, renderHtml(report, { locale })];
          yield [`${name}.${locale}.csv`, renderCsv(report, { locale })];
        }
      }
    }
    // The fixtures as one cohort (ids made distinct), so ranks and cohort means are covered too.
    const towns = datasets.map((d, i) => ({ ...d, region: { ...d.region, id: `${d.region.id}-${i}` } }));
    yield [`${id}/cohort.json`, JSON.stringify(evaluateCohort(ruleSet, towns), null, 2)];
  }
}

/** SHA-256 of each output, keyed by its name. */
export function goldenHashes(): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const [name, text] of goldenOutputs()) hashes[name] = createHash('sha256').update(text).digest('hex');
  return hashes;
}
