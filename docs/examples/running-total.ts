// A running total (累计) whose deadline figure is missing: an earlier year's total that already reaches the
// floor, or is already past the ceiling, settles the verdict, since a running total never falls.
import { evaluate, loadRuleSet } from 'quality-scorecard';

const clause = (text: string) => ({ section: '二、主要目標', clause: text });
const ruleSet = loadRuleSet({
  schemaVersion: 1,
  id: 'shunde-2018',
  title: '順德區質量強區三年行動計劃（2018—2020年）',
  issuer: '佛山市順德區人民政府',
  documentNumber: null,
  region: { name: '順德區', level: 'district', parent: '廣東省佛山市' },
  period: { start: '2018-01-01', end: '2020-12-31' },
  published: { date: null },
  source: { file: 'shunde.txt' },
  locale: 'zh-Hant',
  scoring: { weights: 'assumed' },
  categories: [{ id: 'quality', names: { 'zh-Hant': '質量發展' }, weight: 1 }],
  indicators: [
    {
      id: 'brands',
      names: { 'zh-Hant': '省級名牌產品', en: 'provincial brand products' },
      unit: '個',
      kind: 'count',
      direction: 'higher',
      runningTotal: true,
    },
    {
      id: 'accidents',
      names: { 'zh-Hant': '較大質量安全事故', en: 'major quality and safety accidents' },
      unit: '起',
      kind: 'count',
      direction: 'lower',
      runningTotal: true,
    },
  ],
  targets: [
    {
      id: 'brands',
      category: 'quality',
      commitment: 'binding',
      kind: 'at_least',
      indicator: 'brands',
      threshold: 20,
      unit: '個',
      source: clause('到2020年累計培育省級名牌產品20個以上'),
    },
    {
      id: 'accidents',
      category: 'quality',
      commitment: 'binding',
      kind: 'at_most',
      indicator: 'accidents',
      threshold: 3,
      unit: '起',
      source: clause('三年累計發生較大質量安全事故不超過3起'),
    },
  ],
});

// The 2020 figures are not in yet; the 2019 totals already decide both targets.
const figure = (indicator: string, period: string, value: number, unit: string) => ({ indicator, period, value, unit });
const report = evaluate(ruleSet, {
  schemaVersion: 1,
  region: { id: 'shunde', name: '順德區' },
  period: '2020',
  observations: [figure('brands', '2019', 22, '個'), figure('accidents', '2019', 4, '起')],
});
for (const t of report.targets) console.log(t.id, t.status, t.settled); // brands met reached, accidents not_met exceeded
console.log(report.targets[0]?.explanation['zh-Hant']); // …2019年累計已達22個，已達到目標；累計數只增不減，無論2020年數據如何均已達標。…
console.log(report.targets[1]?.explanation.en); // …the running total had already reached 4 incidents in 2019, past what the target allows…
