// Benchmark: 10,000 synthetic towns against a 40-target rule set, full reports, compared in the
// same run with a plain json-rules-engine setup and a hand-written closure (the floor).
// Measures only; asserts nothing. Run with `npm run bench` (builds first).
import { Engine } from 'json-rules-engine';
import { evaluate, evaluateWithEngine, loadDataSet, loadRuleSet } from '../dist/index.js';

const TOWNS = Number(process.env.BENCH_TOWNS ?? 10_000);
const TARGETS = 40;
const KINDS = ['at_least', 'more_than', 'at_most', 'less_than'];
const JRE_OPERATOR = {
  at_least: 'greaterThanInclusive',
  more_than: 'greaterThan',
  at_most: 'lessThanInclusive',
  less_than: 'lessThan',
};

// A seeded generator so every run scores the same towns.
function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(2018);

const indicators = Array.from({ length: TARGETS }, (_, i) => ({
  id: `bench-indicator-${i}`,
  names: { 'zh-Hans': `指标${i}`, 'zh-Hant': `指標${i}`, en: `indicator ${i}` },
  unit: '%',
  kind: 'rate',
  direction: KINDS[i % 4].startsWith('at_l') || KINDS[i % 4] === 'more_than' ? 'higher' : 'lower',
}));
const categories = ['industry', 'product', 'engineering', 'service', 'environment'].map((id) => ({
  id,
  names: { 'zh-Hans': id, 'zh-Hant': id, en: id },
  weight: 1,
}));
const targets = indicators.map((ind, i) => ({
  id: `target-${i}`,
  category: categories[i % categories.length].id,
  commitment: i % 7 === 0 ? 'aspirational' : 'binding',
  kind: KINDS[i % 4],
  indicator: ind.id,
  threshold: 90 + (i % 10) / 2,
  unit: '%',
  source: { section: '二、工作目标', clause: `指标${i}达到目标` },
}));
const ruleSetJson = {
  schemaVersion: 1,
  id: 'bench',
  title: '基准测试方案',
  issuer: '基准测试',
  documentNumber: null,
  region: { name: '基准县', level: 'county', parent: null },
  period: { start: '2018-01-01', end: '2018-12-31' },
  published: { date: null },
  source: { file: 'bench.txt' },
  locale: 'zh-Hans',
  scoring: { weights: 'assumed' },
  categories,
  indicators,
  targets,
};

// Values to two decimals, as decimal strings (what a real data file holds); ~1 in 50 missing.
const towns = Array.from({ length: TOWNS }, (_, t) => ({
  schemaVersion: 1,
  region: { id: `town-${t}`, name: `镇${t}` },
  period: '2018',
  observations: indicators.flatMap((ind) =>
    rand() < 0.02 ? [] : [{ indicator: ind.id, value: (85 + rand() * 15).toFixed(2), unit: '%' }],
  ),
}));

// Paths may be synchronous or async; awaiting a plain value costs one microtask per path, not per town.
async function timeAsync(label, fn) {
  const start = process.hrtime.bigint();
  const out = await fn();
  const ns = Number(process.hrtime.bigint() - start);
  return { label, ns, out };
}

// 1. quality-scorecard, compiled synchronous path, full reports (validation, units, scores, explanations).
const ruleSet = loadRuleSet(ruleSetJson);
const ours = () => {
  let met = 0;
  for (const town of towns) met += evaluate(ruleSet, town).counts.met;
  return met;
};

// 2. Plain json-rules-engine: one Engine, plain number comparisons, engine.run per town.
const engine = new Engine(
  targets.map((t) => ({
    name: t.id,
    conditions: { all: [{ fact: t.indicator, operator: JRE_OPERATOR[t.kind], value: t.threshold }] },
    event: { type: 'met', params: { target: t.id } },
  })),
  { allowUndefinedFacts: true },
);
// Facts are built from each town's data inside the timed loop, as our paths read the same data.
const factsOf = (town) => Object.fromEntries(town.observations.map((o) => [o.indicator, Number(o.value)]));
const plainJre = async () => {
  let met = 0;
  for (const town of towns) met += (await engine.run(factsOf(town))).events.length;
  return met;
};

// 3. The floor: a hand-written closure over plain numbers, with the same equal-weight score.
const compare = {
  at_least: (a, b) => a >= b,
  more_than: (a, b) => a > b,
  at_most: (a, b) => a <= b,
  less_than: (a, b) => a < b,
};
const floor = () => {
  let met = 0;
  for (const town of towns) {
    const facts = factsOf(town);
    let score = 0;
    for (const t of targets) {
      const v = facts[t.indicator];
      if (v !== undefined && compare[t.kind](v, t.threshold)) {
        met += 1;
        score += 100 / TARGETS;
      }
    }
    if (score < 0) throw new Error('unreachable');
  }
  return met;
};

// 4. quality-scorecard through json-rules-engine's Engine (the reference path), full reports.
const oursEngine = async () => {
  let met = 0;
  for (const town of towns) met += (await evaluateWithEngine(ruleSet, town)).counts.met;
  return met;
};

// 5. quality-scorecard with data sets validated once up front (the cohort case: validate, then score repeatedly).
// They are loaded just before that path is timed and released after it: 10,000 loaded data sets held
// in the heap make every garbage collection slower, and would slow whichever path ran beside them.
let loaded = [];
const oursPreloaded = () => {
  let met = 0;
  for (const region of loaded) met += evaluate(ruleSet, region).counts.met;
  return met;
};

// Warm up every path on a slice so the JIT has seen them.
const warm = towns.slice(0, 200);
for (const town of warm) evaluate(ruleSet, town);
for (const town of warm) await evaluateWithEngine(ruleSet, town);
for (const town of warm) await engine.run(factsOf(town));

// Each path is timed in every round, in a rotating order so that none always runs first (JIT state,
// heap growth), and its median round is reported; the ratios compare medians from this same run.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PATHS = [
  { label: 'quality-scorecard evaluate() — full reports', run: ours },
  {
    label: 'quality-scorecard evaluate() on pre-validated data — full reports',
    before: () => (loaded = towns.map((town) => loadDataSet(town, ruleSet.indicator))),
    run: oursPreloaded,
    after: () => (loaded = []),
  },
  { label: 'quality-scorecard evaluateWithEngine() — full reports', run: oursEngine },
  { label: 'plain json-rules-engine (one Engine, engine.run per town, numbers)', run: plainJre },
  { label: 'hand-written closure (floor)', run: floor },
];
const rounds = new Map(PATHS.map((p) => [p.label, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (let k = 0; k < PATHS.length; k++) {
    const path = PATHS[(k + round) % PATHS.length];
    path.before?.();
    rounds.get(path.label).push(await timeAsync(path.label, path.run));
    path.after?.();
  }
}
const median = (list) => [...list].sort((a, b) => a.ns - b.ns)[Math.floor(list.length / 2)];
const results = PATHS.map((p) => median(rounds.get(p.label)));

const metCounts = new Set([...rounds.values()].flat().map((r) => r.out));
const byLabel = Object.fromEntries(results.map((r) => [r.label, r]));
const jre = byLabel['plain json-rules-engine (one Engine, engine.run per town, numbers)'];
const fl = byLabel['hand-written closure (floor)'];
console.log(
  `quality-scorecard benchmark: ${TOWNS} towns × ${TARGETS} targets, Node ${process.version}, median of ${ROUNDS} rounds`,
);
console.log(`targets met (all paths must agree): ${[...metCounts].join(' / ')}`);
console.log('');
console.log('| path | towns/s | µs/town | throughput vs plain json-rules-engine | time vs the floor |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const r of results) {
  const usPerTown = r.ns / 1000 / TOWNS;
  const perSec = TOWNS / (r.ns / 1e9);
  const vsJre = jre.ns / r.ns;
  const vsFloor = r.ns / fl.ns;
  console.log(
    `| ${r.label} | ${Math.round(perSec).toLocaleString('en')} | ${usPerTown.toFixed(1)} | ${vsJre.toFixed(2)}× | ${vsFloor.toFixed(1)}× |`,
  );
}
if (metCounts.size !== 1) {
  console.error('paths disagree on the number of targets met');
  process.exitCode = 1;
}
