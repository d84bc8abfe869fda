// Streams a large synthetic cohort (default 1,000,000 region-years) through evaluateCohortStream with
// rank targets (shared and dense ties, a top share and a top count), a benchmark that falls back on the
// cohort mean, and two thresholds, and prints the peak resident set size and the time taken.
// Measures only; asserts nothing. `npm run build` first; the README figure is `node bench/stream.mjs`
// with default flags (fewer regions: `STREAM_REGIONS=200000 node bench/stream.mjs`).
import { evaluateCohortStream, loadRuleSet } from '../dist/index.js';
import { names, syntheticRuleSet } from './synthetic.mjs';

const REGIONS = Number(process.env.STREAM_REGIONS ?? 1_000_000);

const clause = (id) => ({ section: '一、工作目标', clause: `条款${id}` });
const target = (id, fields) => ({ id, category: 'quality', commitment: 'binding', source: clause(id), ...fields });
const ruleSet = loadRuleSet(
  syntheticRuleSet({
    id: 'stream-bench',
    title: '流式评估基准',
    categories: [{ id: 'quality', names: names('质量', 'quality'), weight: 1 }],
    indicators: [
      { id: 'b-rate', names: names('合格率', 'pass rate'), unit: '%', kind: 'rate', direction: 'higher' },
      { id: 'b-pm', names: names('PM2.5浓度', 'PM2.5'), unit: 'μg/m³', kind: 'concentration', direction: 'lower' },
    ],
    targets: [
      target('rank-share', {
        kind: 'rank',
        indicator: 'b-rate',
        top: { share: '0.1' },
        peerGroup: '全省乡镇',
        ties: 'shared',
      }),
      target('rank-dense', {
        kind: 'rank',
        indicator: 'b-pm',
        top: { count: 50 },
        peerGroup: '全省乡镇',
        ties: 'dense',
      }),
      target('above-mean', {
        kind: 'benchmark',
        indicator: 'b-rate',
        benchmark: 'district-average',
        comparison: 'at_least',
        cohortFallback: 'mean',
      }),
      target('rate-95', { kind: 'at_least', indicator: 'b-rate', threshold: 95, unit: '%' }),
      target('pm-35', { kind: 'at_most', indicator: 'b-pm', threshold: 35, unit: 'μg/m³' }),
    ],
  }),
);

// The same pseudo-random data on both passes: each region's figures come from its index alone.
function figure(i, salt, span) {
  let t = Math.imul(i ^ salt, 0x9e3779b1);
  t ^= t >>> 15;
  t = Math.imul(t, 0x85ebca6b);
  t ^= t >>> 13;
  return (t >>> 0) % span;
}
async function* regions() {
  for (let i = 0; i < REGIONS; i += 1) {
    const observations = [{ indicator: 'b-rate', value: String(80 + figure(i, 1, 2001) / 100), unit: '%' }];
    if (i % 7 !== 3) observations.push({ indicator: 'b-pm', value: 15 + figure(i, 2, 400) / 10, unit: 'μg/m³' });
    yield { schemaVersion: 1, region: { id: `r${i}`, name: `区域${i}` }, period: '2018', observations };
  }
}

// The kernel's own peak (getrusage), so a peak between two samples is not missed: the stream runs on
// microtasks, and a timer would not fire until it ends.
const started = performance.now();
const run = evaluateCohortStream(ruleSet, regions);
let step = await run.next();
let reports = 0;
let met = 0;
for (; !step.done; step = await run.next()) {
  reports += 1;
  if (step.value.targets[0].status === 'met') met += 1;
}
const peak = process.resourceUsage().maxRSS * 1024;
const seconds = (performance.now() - started) / 1000;
const summary = step.value;
console.log(
  JSON.stringify({
    regions: reports,
    topShareMet: met,
    ranking: summary.ranking.length,
    rankingNote: summary.rankingTruncated ?? null,
    seconds: Number(seconds.toFixed(1)),
    peakRssMiB: Math.round(peak / 1024 / 1024),
  }),
);
