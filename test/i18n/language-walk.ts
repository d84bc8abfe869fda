// Gathers every generated text of a report (explanations, labels, requirements, observed and gap texts,
// what is missing, scheme notes, warnings), each with its locale, and the ids and verbatim passages a
// rule set brings, for the language test.
import { BUILTIN_INDICATORS } from '../../src/index.js';
import { LOCALES } from '../../src/locales/locale.js';
import type { CompiledRuleSet } from '../../src/rulesets/load.js';
import type { Sample } from './language-checks.js';

/** Every localized text inside a value (a report, a cohort result), as samples named by their JSON path. */
export function textsOf(value: unknown, where: string, out: Sample[] = []): Sample[] {
  if (typeof value !== 'object' || value === null) return out;
  if ('zh-Hans' in value && 'zh-Hant' in value && 'en' in value) {
    const text = value as Record<(typeof LOCALES)[number], unknown>;
    for (const locale of LOCALES) {
      const t = text[locale];
      if (typeof t === 'string') out.push({ locale, text: t, where });
    }
    return out;
  }
  for (const [key, v] of Object.entries(value)) textsOf(v, Array.isArray(value) ? where : `${where}.${key}`, out);
  return out;
}

/** The ids a rule set uses (its own, its targets', categories', indicators', events' and benchmarks'). */
export function idsOf(ruleSet: CompiledRuleSet): string[] {
  const data = ruleSet.data as unknown as Record<string, unknown>;
  const ids = [ruleSet.id, ...ruleSet.targets.map((t) => t.id), ...ruleSet.categories.map((c) => c.id)];
  for (const i of ruleSet.data.indicators ?? []) ids.push(i.id);
  for (const e of ruleSet.data.events ?? []) ids.push(e.id);
  for (const t of ruleSet.targets) {
    const target = t.data as Record<string, unknown>;
    if (typeof target.benchmark === 'string') ids.push(target.benchmark);
    if (typeof target.indicator === 'string') ids.push(target.indicator);
  }
  if (typeof data.benchmarks === 'object' && data.benchmarks !== null) ids.push(...Object.keys(data.benchmarks));
  return ids;
}

/** The catalogue's indicator ids. */
export const CATALOGUE_IDS: readonly string[] = BUILTIN_INDICATORS.map((i) => i.id);

/** What a rule set quotes as written: its title, each target's clause and section. */
export function verbatimOf(ruleSet: CompiledRuleSet): string[] {
  const out = [ruleSet.data.title];
  for (const t of ruleSet.targets) out.push(t.source.clause, t.source.section);
  // Longest first, so a clause containing a shorter passage is removed whole.
  return [...new Set(out)].sort((a, b) => b.length - a.length);
}
