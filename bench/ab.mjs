// Paired A/B of evaluate() between two builds over the bundled fixtures, interleaved in one process so both
// see the same machine: `node bench/ab.mjs <old dist/index.js> <new dist/index.js>`. B/A below 1 means the
// second build is faster. It also checks that both builds write byte-identical reports. Measures only.
// (The bench's synthetic towns are paired the same way by `BENCH_COMPARE=<other dist/index.js> node bench/run.mjs`.)
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const [pathA, pathB] = process.argv.slice(2);
if (!pathA || !pathB) {
  console.error('usage: node bench/ab.mjs <dist/index.js of build A> <dist/index.js of build B>');
  process.exit(2);
}
const [a, b] = await Promise.all([import(resolve(pathA)), import(resolve(pathB))]);
const ROUNDS = Number(process.env.AB_ROUNDS ?? 30);
const root = new URL('../fixtures/', import.meta.url);
const cases = a.BUILTIN_RULE_SET_IDS.flatMap((id) =>
  readdirSync(new URL(`${id}/`, root))
    .filter((f) => f.endsWith('.json'))
    .map((f) => [id, JSON.parse(readFileSync(new URL(`${id}/${f}`, root), 'utf8'))]),
);
const ruleSets = (lib) => Object.fromEntries(lib.BUILTIN_RULE_SET_IDS.map((id) => [id, lib.loadBuiltinRuleSet(id)]));
const rsA = ruleSets(a);
const rsB = ruleSets(b);

// CPU time per report over `n` passes (user + system: other jobs' turns on the CPU do not count).
function run(lib, rs, n) {
  const start = process.cpuUsage();
  for (let i = 0; i < n; i++) for (const [id, data] of cases) lib.evaluate(rs[id], data);
  const t = process.cpuUsage(start);
  return (t.user + t.system) / (n * cases.length);
}
run(a, rsA, 50);
run(b, rsB, 50);
const ta = [];
const tb = [];
// Alternate which build goes first, so neither always runs beside the other's garbage.
for (let r = 0; r < ROUNDS; r++) {
  if (r % 2) {
    ta.push(run(a, rsA, 40));
    tb.push(run(b, rsB, 40));
  } else {
    tb.push(run(b, rsB, 40));
    ta.push(run(a, rsA, 40));
  }
}
const median = (x) => [...x].sort((p, q) => p - q)[x.length >> 1];
console.log(
  `A ${median(ta).toFixed(1)} µs/report, B ${median(tb).toFixed(1)} µs/report, B/A ${(median(tb) / median(ta)).toFixed(3)} (${cases.length} fixtures, median of ${ROUNDS} interleaved rounds)`,
);
const differ = cases.filter(
  ([id, data]) => JSON.stringify(a.evaluate(rsA[id], data)) !== JSON.stringify(b.evaluate(rsB[id], data)),
).length;
console.log(differ ? `REPORTS DIFFER on ${differ} fixtures` : 'reports byte-identical on every fixture');
if (differ) process.exitCode = 1;
