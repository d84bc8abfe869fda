// Benchmark: synthetic towns against a 40-target rule set with the built-ins' mix of kinds, in four value
// distributions, full reports, compared in the same run with a plain json-rules-engine setup that builds an
// equivalent result object, with a hand-written closure doing the same (the floor), and with the finished
// report written out with no work left (the allocation floor, bench/written.mjs).
// Measures only; asserts nothing about speed. Run with `npm run bench` (builds first).
// BENCH_TOWNS (per distribution), BENCH_ROUNDS, BENCH_CHUNK, BENCH_PATHS and BENCH_COMPARE tune it.
import { createHash } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Engine } from 'json-rules-engine';
import { names, syntheticRuleSet } from './synthetic.mjs';
import { reportWriters } from './written.mjs';

// BENCH_DIST points at another build's entry (e.g. an older commit's dist/index.js) to measure it with
// this same yardstick; a build without compact reports skips their row.
const lib = await import(process.env.BENCH_DIST ?? '../dist/index.js');
const { compactReport, evaluate, evaluateWithEngine, loadDataSet, loadRuleSet, renderCompactJson } = lib;
const HAS_COMPACT = typeof compactReport === 'function';

const TOWNS = Number(process.env.BENCH_TOWNS ?? 300);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CHUNK = Number(process.env.BENCH_CHUNK ?? 50);

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

// ---------------------------------------------------------------------------------------------------------
// The rule set: 40 targets in the proportions of the five built-ins (threshold kinds on rates, counts and
// amounts in 万/亿 units, zero, range, milestones, deadline targets that go not_due with progress, compound,
// trend, benchmark, rank, frequency).
const indicators = [];
const targets = [];
const categories = ['industry', 'product', 'engineering', 'service', 'environment'].map((id) => ({
  id,
  names: names(id),
  weight: 1,
}));
const source = (i) => ({ section: '二、工作目标', clause: `指标${i}达到目标` });
// What the data generator and the plain paths need to know about each target.
const plan = [];
function indicator(id, unit, kind, direction) {
  indicators.push({ id, names: names(`指标${id}`), unit, kind, direction });
}
function add(target, spec) {
  const i = targets.length;
  targets.push({
    id: `t${i}`,
    category: categories[i % categories.length].id,
    commitment: i % 9 === 4 ? 'aspirational' : 'binding',
    source: source(i),
    ...target,
  });
  plan.push({ id: `t${i}`, kind: target.kind, deadline: target.deadline, ...spec });
}
// Rates (%), data written as %, as a fraction or as passed/sampled.
for (let k = 0; k < 8; k++) {
  const id = `rate-${k}`;
  indicator(id, '%', 'rate', 'higher');
  const threshold = [90, 95, 98, 92.5, 85, 99, 96, 80, 97.5, 93][k];
  add(
    { kind: k % 5 === 3 ? 'more_than' : 'at_least', indicator: id, threshold, unit: '%' },
    { type: 'rate', indicator: id, threshold, form: ['percent', 'fraction', 'counts'][k % 3] },
  );
}
// Amounts in 亿元 (data in 万元 or 亿元) and areas in 万平方米.
for (let k = 0; k < 3; k++) {
  const id = `amount-${k}`;
  indicator(id, '亿元', 'amount', 'higher');
  const threshold = [150, 35, 2.8][k];
  add(
    { kind: k === 0 ? 'more_than' : 'at_least', indicator: id, threshold, unit: '亿元' },
    { type: 'amount', indicator: id, threshold, scale: 1e4, unit: '亿元', altUnit: '万元' },
  );
}
indicator('area-0', '万平方米', 'amount', 'higher');
add(
  { kind: 'at_least', indicator: 'area-0', threshold: 12, unit: '万平方米' },
  { type: 'amount', indicator: 'area-0', threshold: 12, scale: 1e4, unit: '万平方米', altUnit: '平方米' },
);
// Counts (家, 项) and a range.
for (let k = 0; k < 4; k++) {
  const id = `count-${k}`;
  indicator(id, k % 2 ? '项' : '家', 'count', 'higher');
  const threshold = [5, 3, 20, 1][k];
  add(
    { kind: 'at_least', indicator: id, threshold, unit: k % 2 ? '项' : '家' },
    { type: 'count', indicator: id, threshold },
  );
}
indicator('range-0', '只', 'count', 'higher');
add(
  { kind: 'range', indicator: 'range-0', min: 2, max: 3, unit: '只' },
  { type: 'count', indicator: 'range-0', threshold: 2 },
);
// Ceilings: a concentration (data in μg/m³ or mg/m³) and a count of complaints.
indicator('pm25', 'μg/m³', 'concentration', 'lower');
add(
  { kind: 'at_most', indicator: 'pm25', threshold: 29, unit: 'μg/m³' },
  { type: 'ceiling', indicator: 'pm25', threshold: 29 },
);
indicator('complaints', '件', 'count', 'lower');
add(
  { kind: 'less_than', indicator: 'complaints', threshold: 40, unit: '件' },
  { type: 'ceilingCount', indicator: 'complaints', threshold: 40 },
);
// Zero targets.
for (let k = 0; k < 2; k++) {
  indicator(`incidents-${k}`, '起', 'count', 'lower');
  add({ kind: 'zero', indicator: `incidents-${k}` }, { type: 'zero', indicator: `incidents-${k}` });
}
// Milestones.
for (let k = 0; k < 5; k++) {
  indicator(`milestone-${k}`, 'boolean', 'boolean', 'higher');
  add({ kind: 'milestone', indicator: `milestone-${k}` }, { type: 'milestone', indicator: `milestone-${k}` });
}
// Deadline targets (力争到2020年): not met in 2018 → not_due, with progress from the 2016 baseline.
for (let k = 0; k < 3; k++) {
  const id = `deadline-${k}`;
  indicator(id, '%', 'rate', 'higher');
  const threshold = [60, 75, 90][k];
  add(
    { kind: 'at_least', indicator: id, threshold, unit: '%', deadline: '2020-12-31' },
    { type: 'deadline', indicator: id, threshold },
  );
}
// Compound: both rates at least 100%, or either of two.
for (let k = 0; k < 2; k++) {
  const a = `compound-${k}-a`;
  const b = `compound-${k}-b`;
  indicator(a, '%', 'rate', 'higher');
  indicator(b, '%', 'rate', 'higher');
  const op = k === 0 ? 'all' : 'any';
  add(
    {
      kind: 'compound',
      label: names(`复合${k}`),
      condition: {
        [op]: [
          { fact: a, operator: 'atLeast', value: 98, unit: '%' },
          { fact: b, operator: 'atLeast', value: 95, unit: '%' },
        ],
      },
    },
    {
      type: 'compound',
      op,
      parts: [
        { indicator: a, threshold: 98 },
        { indicator: b, threshold: 95 },
      ],
    },
  );
}
// Trends: 逐年提升 over 2016–2018 (base 2015), 持续下降 of emissions.
for (let k = 0; k < 3; k++) {
  const id = `trend-${k}`;
  const up = k !== 1;
  indicator(id, up ? '%' : '吨', up ? 'rate' : 'amount', up ? 'higher' : 'lower');
  add(
    {
      kind: 'trend',
      indicator: id,
      direction: up ? 'increase' : 'decrease',
      strict: true,
      granularity: 'year',
      window: { from: '2016', to: '2018' },
    },
    { type: 'trend', indicator: id, up },
  );
}
// Benchmarks: at least the county average, below the national average.
for (let k = 0; k < 3; k++) {
  const id = `bench-${k}`;
  const higher = k !== 2;
  indicator(id, '%', 'rate', higher ? 'higher' : 'lower');
  const benchmark = ['county-average', 'municipal-target', 'national-average'][k];
  add(
    { kind: 'benchmark', indicator: id, benchmark, comparison: higher ? 'at_least' : 'less_than' },
    { type: 'benchmark', indicator: id, benchmark, higher },
  );
}
// Ranks (位居全县前列) from published ranks.
for (let k = 0; k < 2; k++) {
  indicator(`rank-${k}`, '个', 'count', 'higher');
  add(
    { kind: 'rank', indicator: `rank-${k}`, top: { count: 3 }, peerGroup: '全县', ties: 'shared' },
    { type: 'rank', indicator: `rank-${k}`, top: 3 },
  );
}
// Frequency: at least one report a quarter.
add(
  { kind: 'frequency', event: 'inspection', per: 'quarter', min: 1 },
  { type: 'frequency', event: 'inspection', min: 1 },
);
if (targets.length !== 40) throw new Error(`expected 40 targets, built ${targets.length}`);

const ruleSetJson = syntheticRuleSet({
  id: 'bench',
  title: '基准测试方案',
  categories,
  indicators,
  events: [{ id: 'inspection', names: names('检查') }],
  targets,
});
const ruleSet = loadRuleSet(ruleSetJson);
// BENCH_COMPARE points at another build's entry to time beside this one, interleaved in the same run (a
// paired A/B on the bench's towns); its reports must be byte-identical to this build's.
const other = process.env.BENCH_COMPARE ? await import(process.env.BENCH_COMPARE) : null;
const otherRuleSet = other?.loadRuleSet(ruleSetJson);
const ownUnit = Object.fromEntries(indicators.map((i) => [i.id, i.unit]));

// ---------------------------------------------------------------------------------------------------------
// Value distributions: how a figure near a threshold is written.
const DISTRIBUTIONS = {
  // Two decimals (98.53): few distinct spellings across towns.
  'two-decimal': (x) => x.toFixed(2),
  // Six significant digits (98.5317, 1502345): almost every spelling is new.
  'six-significant': (x) => significant(x, 6),
  // Mixed magnitudes: 0 to 6 decimals, some as JSON numbers.
  'mixed-magnitude': (x, rand) => {
    const places = Math.floor(rand() * 7);
    const text = trimZeros(x.toFixed(places));
    return rand() < 0.3 ? Number(text) : text;
  },
  // Boundary-heavy: a third exactly on the threshold, a third one unit in the last place away.
  'boundary-heavy': (x, rand, threshold) => {
    const r = rand();
    if (threshold !== undefined && r < 1 / 3) return trimZeros(threshold.toFixed(4));
    if (threshold !== undefined && r < 2 / 3)
      return trimZeros((threshold + (rand() < 0.5 ? -1 : 1) * 0.0001).toFixed(4));
    return x.toFixed(2);
  },
};
// x to `digits` significant digits as a plain decimal string (toPrecision writes 1.5e+6).
function significant(x, digits) {
  if (x === 0) return '0';
  const places = digits - 1 - Math.floor(Math.log10(Math.abs(x)));
  if (places >= 0) return trimZeros(x.toFixed(places));
  const unit = 10 ** -places;
  return String(Math.round(x / unit) * unit);
}
function trimZeros(text) {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

function makeTowns(distribution, count, seed) {
  const rand = mulberry32(seed);
  const spell = DISTRIBUTIONS[distribution];
  const near = (threshold, spread = 0.12) => threshold * (1 - spread + rand() * spread * 1.6);
  const rate = (x) => Math.min(x, 100);
  const towns = [];
  for (let t = 0; t < count; t++) {
    const observations = [];
    const benchmarks = [];
    const events = [];
    const obs = (o) => {
      if (rand() >= 0.02) observations.push(o);
    };
    for (const p of plan) {
      switch (p.type) {
        case 'rate': {
          const x = rate(near(p.threshold));
          if (p.form === 'counts') {
            const sampled = 20 + Math.floor(rand() * 500);
            obs({ indicator: p.indicator, passed: Math.min(sampled, Math.round((x / 100) * sampled)), sampled });
          } else if (p.form === 'fraction') {
            const v = spell(x / 100, rand, p.threshold / 100);
            obs({ indicator: p.indicator, value: v, unit: 'fraction' });
          } else obs({ indicator: p.indicator, value: spell(x, rand, p.threshold), unit: '%' });
          break;
        }
        case 'amount': {
          const x = near(p.threshold, 0.3);
          if (rand() < 0.5) obs({ indicator: p.indicator, value: spell(x, rand, p.threshold), unit: p.unit });
          else obs({ indicator: p.indicator, value: spell(x * p.scale, rand, p.threshold * p.scale), unit: p.altUnit });
          break;
        }
        case 'count':
          obs({
            indicator: p.indicator,
            value: Math.max(0, Math.round(near(p.threshold, 0.5))),
            unit: ownUnit[p.indicator],
          });
          break;
        case 'ceiling': {
          const x = near(p.threshold, 0.2);
          if (rand() < 0.7) obs({ indicator: p.indicator, value: spell(x, rand, p.threshold), unit: 'μg/m³' });
          else obs({ indicator: p.indicator, value: spell(x / 1000, rand, p.threshold / 1000), unit: 'mg/m³' });
          break;
        }
        case 'ceilingCount':
          obs({ indicator: p.indicator, value: Math.round(near(p.threshold, 0.3)), unit: '件' });
          break;
        case 'zero':
          obs({ indicator: p.indicator, value: rand() < 0.9 ? 0 : 1, unit: '起' });
          break;
        case 'milestone':
          obs({ indicator: p.indicator, value: rand() < 0.85 });
          break;
        case 'deadline':
          obs({ indicator: p.indicator, value: spell(p.threshold * 0.6, rand), unit: '%', period: '2016' });
          obs({ indicator: p.indicator, value: spell(rate(near(p.threshold, 0.3)), rand, p.threshold), unit: '%' });
          break;
        case 'compound':
          for (const part of p.parts)
            obs({
              indicator: part.indicator,
              value: spell(rate(near(part.threshold, 0.05)), rand, part.threshold),
              unit: '%',
            });
          break;
        case 'trend': {
          let x = 50 + rand() * 30;
          for (const period of ['2015', '2016', '2017', '2018']) {
            obs({ indicator: p.indicator, period, value: spell(x, rand), unit: p.up ? '%' : '吨' });
            x = rate(x * (p.up ? 1 : -1) * (rand() < 0.9 ? 0.02 : -0.01) + x);
          }
          break;
        }
        case 'benchmark': {
          const b = 70 + rand() * 20;
          benchmarks.push({ id: p.benchmark, indicator: p.indicator, value: spell(b, rand), unit: '%' });
          obs({ indicator: p.indicator, value: spell(rate(near(b, 0.1)), rand, b), unit: '%' });
          break;
        }
        case 'rank': {
          const of = 12 + Math.floor(rand() * 10);
          obs({ indicator: p.indicator, rank: 1 + Math.floor(rand() * of), of });
          break;
        }
        case 'frequency':
          for (const month of ['02', '05', '08', '11'])
            if (rand() < 0.95) events.push({ type: p.event, date: `2018-${month}-15` });
          break;
      }
    }
    towns.push({
      schemaVersion: 1,
      region: { id: `town-${t}`, name: `镇${t}` },
      period: '2018',
      observations,
      benchmarks,
      events,
    });
  }
  return towns;
}

// ---------------------------------------------------------------------------------------------------------
// Plain paths: facts as plain numbers, built from each town's data inside the timed loop.
const UNIT_FACTOR = { '%': 1, fraction: 100, 亿元: 1, 万元: 1e-4, 万平方米: 1e4, 平方米: 1, 'μg/m³': 1, 'mg/m³': 1000 };
const toOwn = (value, unit, indicatorId) => {
  const own = ownUnit[indicatorId];
  if (unit === own || UNIT_FACTOR[unit] === undefined) return Number(value);
  return (Number(value) * UNIT_FACTOR[unit]) / (UNIT_FACTOR[own] ?? 1);
};
function factsOf(town) {
  const facts = {};
  for (const o of town.observations) {
    const key = o.period && o.period !== town.period ? `${o.indicator}@${o.period}` : o.indicator;
    if (o.rank !== undefined) facts[`${key}#rank`] = o.rank;
    else if (o.sampled !== undefined) facts[key] = (o.passed * 100) / o.sampled;
    else if (typeof o.value === 'boolean') facts[key] = o.value;
    else facts[key] = toOwn(o.value, o.unit, o.indicator);
  }
  for (const b of town.benchmarks) facts[`${b.id}:${b.indicator}`] = toOwn(b.value, b.unit, b.indicator);
  for (const e of town.events) {
    const quarter = `${e.type}:Q${Math.floor((Number(e.date.slice(5, 7)) - 1) / 3) + 1}`;
    facts[quarter] = (facts[quarter] ?? 0) + 1;
  }
  return facts;
}
// Each target's plain condition (json-rules-engine shape) and the facts it needs.
function plainRule(p, t) {
  const fact = (name, operator, value) => ({ fact: name, operator, value });
  switch (p.type) {
    case 'rate':
    case 'amount':
    case 'count':
      return { all: [fact(p.indicator, t.kind === 'more_than' ? 'greaterThan' : 'greaterThanInclusive', p.threshold)] };
    case 'deadline':
      return { all: [fact(p.indicator, 'greaterThanInclusive', p.threshold)] };
    case 'ceiling':
      return { all: [fact(p.indicator, 'lessThanInclusive', p.threshold)] };
    case 'ceilingCount':
      return { all: [fact(p.indicator, 'lessThan', p.threshold)] };
    case 'zero':
      return { all: [fact(p.indicator, 'equal', 0)] };
    case 'milestone':
      return { all: [fact(p.indicator, 'equal', true)] };
    case 'compound':
      return { [p.op]: p.parts.map((x) => fact(x.indicator, 'greaterThanInclusive', x.threshold)) };
    case 'trend': {
      const periods = ['2015', '2016', '2017', '2018'];
      const key = (period) => (period === '2018' ? p.indicator : `${p.indicator}@${period}`);
      return {
        all: periods
          .slice(1)
          .map((period, i) => fact(key(period), p.up ? 'greaterThan' : 'lessThan', { fact: key(periods[i]) })),
      };
    }
    case 'benchmark':
      return {
        all: [
          fact(p.indicator, p.higher ? 'greaterThanInclusive' : 'lessThan', { fact: `${p.benchmark}:${p.indicator}` }),
        ],
      };
    case 'rank':
      return { all: [fact(`${p.indicator}#rank`, 'lessThanInclusive', p.top)] };
    case 'frequency':
      return { all: [1, 2, 3, 4].map((q) => fact(`${p.event}:Q${q}`, 'greaterThanInclusive', p.min)) };
  }
  throw new Error(`no plain rule for ${p.type}`);
}
const plainRules = plan.map((p, i) => plainRule(p, targets[i]));
// The facts a condition reads, for no_data.
const factsIn = (c) =>
  c.fact ? [c.fact, ...(c.value?.fact ? [c.value.fact] : [])] : (c.all ?? c.any).flatMap(factsIn);
const plainNeeds = plainRules.map((r) => [...new Set(factsIn(r))]);
const ASPIRATIONAL = targets.map((t) => t.commitment === 'aspirational');
// The first numeric comparison of each rule, for a plain attainment (value / threshold or its inverse).
const plainRatio = plainRules.map((r) => {
  const c = r.all?.[0] ?? r.any?.[0];
  return typeof c.value === 'number' && typeof c.fact === 'string' ? c : undefined;
});

// The equivalent result object a plain setup would build: status, attainment and points per target, the score.
function plainResult(town, facts, metById) {
  let earned = 0;
  let possible = 0;
  const rows = plan.map((p, i) => {
    const missing = plainNeeds[i].some((f) => facts[f] === undefined && !f.includes(':Q'));
    const met = !missing && metById(i);
    const status = missing ? 'no_data' : met ? 'met' : p.deadline ? 'not_due' : 'not_met';
    const c = plainRatio[i];
    let attainment = met ? 1 : null;
    if (!met && !missing && c) {
      const v = facts[c.fact];
      const higher = c.operator.startsWith('greater');
      attainment = typeof v === 'number' && v > 0 ? Math.max(0, Math.min(1, higher ? v / c.value : c.value / v)) : 0;
    }
    if (status === 'met' || status === 'not_met') {
      possible += 1;
      if (met) earned += 1;
    }
    return {
      id: p.id,
      status,
      attainment: attainment === null ? null : attainment.toFixed(4),
      aspirational: ASPIRATIONAL[i],
    };
  });
  return { region: town.region.id, score: possible ? ((earned * 100) / possible).toFixed(2) : null, targets: rows };
}

const engine = new Engine(
  plainRules.map((conditions, i) => ({ name: plan[i].id, conditions, event: { type: 'met', params: { i } } })),
  { allowUndefinedFacts: true },
);
async function plainJre(town) {
  const facts = factsOf(town);
  const { events } = await engine.run(facts);
  const met = new Set(events.map((e) => e.params.i));
  return plainResult(town, facts, (i) => met.has(i));
}

// The floor: the same result object from a hand-written closure over the same plain facts.
const compare = {
  greaterThan: (a, b) => a > b,
  greaterThanInclusive: (a, b) => a >= b,
  lessThan: (a, b) => a < b,
  lessThanInclusive: (a, b) => a <= b,
  equal: (a, b) => a === b,
};
function holds(c, facts) {
  if (c.all) return c.all.every((x) => holds(x, facts));
  if (c.any) return c.any.some((x) => holds(x, facts));
  const v = facts[c.fact];
  const w = typeof c.value === 'object' ? facts[c.value.fact] : c.value;
  return v !== undefined && w !== undefined && compare[c.operator](v, w);
}
function floor(town) {
  const facts = factsOf(town);
  return plainResult(town, facts, (i) => holds(plainRules[i], facts));
}

// ---------------------------------------------------------------------------------------------------------
// Timing: every path runs over the same chunk of towns before the next chunk, in rotating order, so no path
// always runs first or beside another's garbage; a round's time per path is the sum over its chunks, and
// each path's median round is reported.
const hash = () => createHash('sha256');
let written = new Map();
const ALL_PATHS = [
  {
    id: 'raw',
    label: 'evaluate(raw JSON) — full report',
    ours: true,
    run: (town) => evaluate(ruleSet, town),
  },
  {
    id: 'loaded',
    label: 'loadDataSet + evaluate — full report',
    ours: true,
    run: (town) => evaluate(ruleSet, loadDataSet(town, ruleSet.indicator)),
  },
  {
    id: 'json',
    label: 'evaluate + JSON.stringify — full report',
    ours: true,
    serialises: true,
    run: (town) => JSON.stringify(evaluate(ruleSet, town)),
  },
  {
    id: 'compact',
    label: 'evaluate + compact report (zh-Hans) + renderCompactJson',
    run: (town) => renderCompactJson(compactReport(evaluate(ruleSet, town), { locales: ['zh-Hans'] })),
  },
  {
    id: 'engine',
    label: 'evaluateWithEngine — full report',
    ours: true,
    run: (town) => evaluateWithEngine(ruleSet, town),
  },
  ...(other
    ? [
        {
          id: 'compare',
          label: `evaluate(raw JSON) — full report, ${process.env.BENCH_COMPARE}`,
          ours: true,
          run: (town) => other.evaluate(otherRuleSet, town),
        },
      ]
    : []),
  {
    id: 'written',
    label: 'the same full report written out, all work done beforehand (allocation floor)',
    ours: true,
    // Each town's writer is made from its report before the distribution's timing starts.
    prepare: (towns) => {
      const writers = reportWriters(towns.map((town) => evaluate(ruleSet, town)));
      written = new Map(towns.map((town, i) => [town, writers[i]]));
    },
    run: (town) => written.get(town)(),
  },
  { id: 'jre', label: 'plain json-rules-engine — result object', run: plainJre },
  { id: 'floor', label: 'hand-written closure (floor) — result object', run: floor },
];
// BENCH_PATHS (comma-separated ids, e.g. `raw,jre,floor`) runs only some rows, for profiling; the floor and
// plain json-rules-engine rows always run, as the ratios need them, and so does `raw`, the reference hashes.
const ONLY = process.env.BENCH_PATHS
  ? new Set(['raw', 'jre', 'floor', 'compare', ...process.env.BENCH_PATHS.split(',')])
  : null;
const PATHS = ALL_PATHS.filter((p) => (p.id !== 'compact' || HAS_COMPACT) && (!ONLY || ONLY.has(p.id)));

// CPU time (user + system) of this process rather than wall time: on a machine shared with other jobs, wall
// time counts their turns on the CPU too. It includes the garbage collector's helper threads, as it should.
function cpuNs() {
  const { user, system } = process.cpuUsage();
  return (user + system) * 1000;
}

async function timeChunk(path, chunk, sink) {
  const start = cpuNs();
  for (const town of chunk) {
    let out = path.run(town);
    if (out instanceof Promise) out = await out;
    sink.push(out);
  }
  return cpuNs() - start;
}

const reportText = (out) => (typeof out === 'string' ? out : JSON.stringify(out));
const verdicts = (out) => {
  const r = typeof out === 'string' ? JSON.parse(out) : out;
  return r.targets.map((t) => (t.status === 'not_due' ? 'not_met' : t.status)).join(',');
};

async function runDistribution(distribution, seed) {
  const towns = makeTowns(distribution, TOWNS, seed);
  for (const path of PATHS) path.prepare?.(towns);
  // Warm up every path so the JIT has seen it.
  for (const path of PATHS) await timeChunk(path, towns.slice(0, 100), []);
  const rounds = new Map(PATHS.map((p) => [p.id, []]));
  const hashes = new Map(PATHS.map((p) => [p.id, new Set()]));
  const verdictLists = new Map(PATHS.map((p) => [p.id, []]));
  for (let round = 0; round < ROUNDS; round++) {
    const total = new Map(PATHS.map((p) => [p.id, 0]));
    const reportHash = new Map(PATHS.map((p) => [p.id, hash()]));
    for (let from = 0, c = 0; from < towns.length; from += CHUNK, c++) {
      const chunk = towns.slice(from, from + CHUNK);
      for (let k = 0; k < PATHS.length; k++) {
        const path = PATHS[(k + c + round) % PATHS.length];
        const sink = [];
        total.set(path.id, total.get(path.id) + (await timeChunk(path, chunk, sink)));
        // Hashing runs outside the timer: the first round only, every path.
        if (round === 0) {
          for (const out of sink) {
            reportHash.get(path.id).update(reportText(out));
            verdictLists.get(path.id).push(verdicts(out));
          }
        }
      }
    }
    for (const p of PATHS) rounds.get(p.id).push(total.get(p.id));
    if (round === 0) {
      for (const p of PATHS) {
        hashes.get(p.id).add(reportHash.get(p.id).digest('hex'));
      }
    }
  }
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  const ns = new Map(PATHS.map((p) => [p.id, median(rounds.get(p.id))]));
  // Whole reports must be byte-identical across our paths; plain paths are compared on verdicts only.
  const ourReports = new Set(PATHS.filter((p) => p.ours).map((p) => [...hashes.get(p.id)][0]));
  // Chunks run in rotating path order, so each path's list is in chunk order: compare town by town.
  const exact = verdictLists.get('raw');
  const differing = (id) =>
    verdictLists.get(id).reduce((n, list, t) => {
      const mine = list.split(',');
      const theirs = exact[t].split(',');
      return n + mine.filter((v, i) => v !== theirs[i]).length;
    }, 0);
  const verdictAgreement = Object.fromEntries(PATHS.filter((p) => !p.ours).map((p) => [p.id, differing(p.id)]));
  if (verdictAgreement.compact !== undefined && verdictAgreement.compact !== 0)
    throw new Error(`${distribution}: the compact path's verdicts differ`);
  return { distribution, towns, ns, identical: ourReports.size === 1, verdictAgreement };
}

// Heap retained per report: the reports of a sample held at once, measured between full collections (the
// collector is reached through V8's flag, so a plain `node bench/run.mjs` can force one).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
function retainedBytes(towns) {
  const held = [];
  gc();
  const before = process.memoryUsage().heapUsed;
  for (const town of towns) held.push(evaluate(ruleSet, town));
  gc();
  const after = process.memoryUsage().heapUsed;
  return held.length ? (after - before) / held.length : null;
}

// Plain-path verdicts differ from the exact ones where binary floats misjudge a boundary (0.95 as a fraction is
// 95.00000000000001%); that is reported, not treated as an error.
const results = [];
let seed = 2018;
for (const distribution of Object.keys(DISTRIBUTIONS)) results.push(await runDistribution(distribution, seed++));

console.log(
  `quality-scorecard benchmark: ${TOWNS} towns × ${targets.length} targets per distribution, Node ${process.version}, CPU time, median of ${ROUNDS} rounds, chunks of ${CHUNK}`,
);
console.log('');
const header = ['path', ...results.map((r) => r.distribution)];
console.log(`µs per town, and ×floor / ×plain json-rules-engine throughput:`);
console.log('');
console.log(`| ${header.join(' | ')} |`);
console.log(`| --- | ${results.map(() => '---:').join(' | ')} |`);
for (const p of PATHS) {
  const cells = results.map((r) => {
    const ns = r.ns.get(p.id);
    const us = ns / 1000 / TOWNS;
    return `${us.toFixed(1)} µs · ${(ns / r.ns.get('floor')).toFixed(1)}× floor · ${(r.ns.get('jre') / ns).toFixed(2)}× jre`;
  });
  console.log(`| ${p.label} | ${cells.join(' | ')} |`);
}
console.log('');
const sample = results[1].towns;
const fullJson = sample.map((town) => JSON.stringify(evaluate(ruleSet, town)));
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const avg = (list) => list.reduce((a, b) => a + b, 0) / list.length;
// Serialisation on its own: the six-significant towns' reports written each way, median of rounds.
const reports = sample.map((town) => evaluate(ruleSet, town));
const timeEach = (fn) => {
  const ns = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = cpuNs();
    for (const r of reports) fn(r);
    ns.push(cpuNs() - start);
  }
  return [...ns].sort((a, b) => a - b)[Math.floor(ns.length / 2)] / 1000 / reports.length;
};
const compactAll = HAS_COMPACT ? reports.map((r) => compactReport(r)) : [];
const compactHans = HAS_COMPACT ? reports.map((r) => compactReport(r, { locales: ['zh-Hans'] })) : [];
const ways = [['full report, JSON.stringify', () => timeEach((r) => JSON.stringify(r)), fullJson]];
if (HAS_COMPACT)
  ways.push(
    [
      'compact, all locales: compactReport + renderCompactJson',
      () => timeEach((r) => renderCompactJson(compactReport(r))),
      compactAll.map((c) => renderCompactJson(c)),
    ],
    [
      'compact, zh-Hans: compactReport + renderCompactJson',
      () => timeEach((r) => renderCompactJson(compactReport(r, { locales: ['zh-Hans'] }))),
      compactHans.map((c) => renderCompactJson(c)),
    ],
    [
      'compact, zh-Hans: compactReport + JSON.stringify',
      () => timeEach((r) => JSON.stringify(compactReport(r, { locales: ['zh-Hans'] }))),
      compactHans.map((c) => JSON.stringify(c)),
    ],
  );
console.log('');
console.log('| serialisation (six-significant towns) | bytes per report | µs per report |');
console.log('| --- | ---: | ---: |');
for (const [label, time, texts] of ways)
  console.log(
    `| ${label} | ${Math.round(avg(texts.map((t) => Buffer.byteLength(t)))).toLocaleString('en')} | ${time().toFixed(1)} |`,
  );
console.log('');
const retained = retainedBytes(sample);
console.log(`heap retained per full report: ${kib(retained)}`);
let failed = false;
for (const r of results) {
  const plain = Object.entries(r.verdictAgreement)
    .map(([id, n]) => `${id} ${n}`)
    .join(', ');
  console.log(
    `${r.distribution}: full reports ${r.identical ? 'byte-identical across our paths' : 'DIFFER across our paths'}; verdicts differing from the exact ones (of ${TOWNS * targets.length}): ${plain}`,
  );
  if (!r.identical) failed = true;
}
if (failed) process.exitCode = 1;
