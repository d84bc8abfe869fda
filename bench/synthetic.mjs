// What every benchmark's synthetic rule set shares: a county's 2018 plan with assumed weights, whose texts
// are the same in all three locales. Each benchmark adds its own categories, indicators and targets.

/** The same text in all three locales (an English name may be given apart). */
export const names = (zh, en = zh) => ({ 'zh-Hans': zh, 'zh-Hant': zh, en });

/** A synthetic rule set's JSON: the shared header and period, its `id` and `title` in their place, then the rest (categories, …). */
export const syntheticRuleSet = ({ id, title, ...parts }) => ({
  schemaVersion: 1,
  id,
  title,
  issuer: '基准测试',
  documentNumber: null,
  region: { name: '基准县', level: 'county', parent: null },
  period: { start: '2018-01-01', end: '2018-12-31' },
  published: { date: null },
  source: { file: 'bench.txt' },
  locale: 'zh-Hans',
  scoring: { weights: 'assumed' },
  ...parts,
});
