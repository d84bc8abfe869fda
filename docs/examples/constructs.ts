// Targets the plans write as changes (较2015年下降15%, 提升3个百分点, 年均增长12%左右), approximately (左右),
// and per population (批次/千人): each judged exactly, with the tolerance and the base named in the report.
import { evaluate, loadRuleSet } from 'quality-scorecard';

const clause = (text: string) => ({ section: '二、主要目标', clause: text });
const ruleSet = loadRuleSet({
  schemaVersion: 1,
  id: 'example-2016-2020',
  title: '某县“十三五”质量提升规划',
  issuer: '某县人民政府',
  documentNumber: null,
  region: { name: '某县', level: 'county', parent: null },
  period: { start: '2016-01-01', end: '2020-12-31' },
  published: { date: null },
  source: { file: 'example.txt' },
  locale: 'zh-Hans',
  scoring: { weights: 'assumed' },
  categories: [{ id: 'quality', names: { 'zh-Hans': '质量发展' }, weight: 1 }],
  indicators: [
    {
      id: 'energy-per-output',
      names: { 'zh-Hans': '单位产值能耗' },
      unit: '吨标准煤/万元',
      kind: 'ratio',
      direction: 'lower',
    },
    { id: 'patents', names: { 'zh-Hans': '发明专利拥有量' }, unit: '件', kind: 'count', direction: 'higher' },
    { id: 'food-tests', names: { 'zh-Hans': '食品抽检' }, unit: '批次/千人', kind: 'ratio', direction: 'higher' },
  ],
  targets: [
    {
      id: 'energy',
      category: 'quality',
      commitment: 'binding',
      source: clause('单位产值能耗较2015年下降15%'),
      kind: 'change',
      indicator: 'energy-per-output',
      measure: 'relative',
      direction: 'decrease',
      amount: 15,
      unit: '%',
      base: { period: '2015' },
    },
    {
      id: 'pass-rate',
      category: 'quality',
      commitment: 'binding',
      source: clause('产品质量合格率提升3个百分点以上'),
      kind: 'change',
      indicator: 'product-sampling-pass-rate',
      measure: 'difference',
      direction: 'increase',
      amount: 3,
      unit: '个百分点',
      base: { period: '2015' },
    },
    {
      id: 'patents',
      category: 'quality',
      commitment: 'binding',
      source: clause('发明专利拥有量年均增长12%左右'),
      kind: 'change',
      indicator: 'patents',
      measure: 'annual_growth',
      direction: 'increase',
      amount: 12,
      unit: '%',
      tolerance: 'default', // the document gives no figure for 左右: ±5% of 12%, flagged as assumed
      base: { period: '2015' },
    },
    {
      id: 'food-tests',
      category: 'quality',
      commitment: 'binding',
      source: clause('食品抽检量达到每万人20批次左右'),
      kind: 'at_least',
      indicator: 'food-tests',
      threshold: 20,
      unit: '批次/万人',
      tolerance: { relative: 10 },
    },
  ],
});

const year = (indicator: string, period: string, value: string | number, unit: string) => ({
  indicator,
  period,
  value,
  unit,
});
const report = evaluate(ruleSet, {
  schemaVersion: 1,
  region: { id: 'county', name: '某县' },
  period: '2020',
  observations: [
    year('energy-per-output', '2015', '1.2', '吨标准煤/万元'),
    year('energy-per-output', '2020', '1.0416', '吨标准煤/万元'),
    year('product-sampling-pass-rate', '2015', '91.5', '%'),
    year('product-sampling-pass-rate', '2020', '94.6', '%'),
    year('patents', '2015', 100, '件'),
    year('patents', '2020', 172, '件'),
    year('food-tests', '2020', '1.85', '批次/千人'), // 18.5批次/万人: within 10% of 20
  ],
});
for (const t of report.targets) console.log(`${t.id}: ${t.status} — ${t.explanation['zh-Hans'].split('。')[0]}`);
console.log(report.targets.find((t) => t.id === 'energy')?.explanation.en.split('. ')[0]);
