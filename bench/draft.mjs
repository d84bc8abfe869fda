// Draft benchmark: drafts each built-in document from its source text and compares the draft with the
// hand-written rule set (the reference). Measures only; asserts nothing. Run with `npm run bench:draft`.
//
// Measurable targets are the threshold, range and zero kinds. A reference target is recalled when a
// drafted one of the same kind quotes an overlapping clause (one contains the other) with the same
// commitment and, for thresholds and ranges, the same bar and unit. A reference commitment of "unclear" (the
// hand-written rule set says the text does not settle it) agrees with either reading. Precision is the share
// of drafted measurable targets that recall a reference target; each target counts once.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILTIN_RULE_SET_IDS, builtinRuleSetJson, draftRuleSet, loadRuleSet } from '../dist/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const MEASURABLE = new Set(['at_least', 'more_than', 'at_most', 'less_than', 'equal', 'range', 'zero']);

const sameNumber = (a, b) => a !== undefined && b !== undefined && Number(a) === Number(b);
const overlaps = (a, b) => a.includes(b) || b.includes(a);

function agrees(ref, d) {
  if (ref.kind !== d.kind) return false;
  if (ref.commitment !== 'unclear' && ref.commitment !== d.commitment) return false;
  if (!overlaps(ref.source.clause, d.source.clause)) return false;
  if (ref.kind === 'zero') return true;
  if (ref.kind === 'range') return sameNumber(ref.min, d.min) && sameNumber(ref.max, d.max) && ref.unit === d.unit;
  return sameNumber(ref.threshold, d.threshold) && ref.unit === d.unit;
}

// Time: a text of exactly 10,000 characters cut from the five documents. The first draft of the process
// (cold: it builds OpenCC's conversion tables) is timed before anything else; then 7 warm runs.
const all = BUILTIN_RULE_SET_IDS.map((id) =>
  readFileSync(join(ROOT, 'rules/sources', builtinRuleSetJson(id).source.file), 'utf8'),
).join('\n');
const sample = all.slice(0, 10_000);
const clock = () => {
  const t0 = performance.now();
  draftRuleSet(sample);
  return performance.now() - t0;
};
const cold = clock();
const warm = Array.from({ length: 7 }, clock).sort((a, b) => a - b);
const timingLine = `Draft of a ${sample.length.toLocaleString('en')}-character text: ${cold.toFixed(0)} ms cold (first draft of the process, building OpenCC's tables), then median ${warm[3].toFixed(0)} ms and slowest ${warm[6].toFixed(0)} ms over 7 warm runs.`;

const rows = [];
let totals = { ref: 0, drafted: 0, recalled: 0, correct: 0, review: 0, unmatchedClauses: 0 };
for (const id of BUILTIN_RULE_SET_IDS) {
  const reference = builtinRuleSetJson(id);
  const text = readFileSync(join(ROOT, 'rules/sources', reference.source.file), 'utf8');
  const { ruleSet, review } = draftRuleSet(text, { id, sourceFile: reference.source.file });
  loadRuleSet(ruleSet); // a draft must load; this throws if it does not
  const refs = reference.targets.filter((t) => MEASURABLE.has(t.kind));
  const drafted = ruleSet.targets.filter((t) => MEASURABLE.has(t.kind));
  const used = new Set();
  let recalled = 0;
  for (const ref of refs) {
    const i = drafted.findIndex((d, k) => !used.has(k) && agrees(ref, d));
    if (i >= 0) {
      used.add(i);
      recalled += 1;
    }
  }
  // Drafted measurable targets whose clause overlaps no reference target of any kind: read from
  // clauses the hand-written rule set left out (vague, or not a target at all).
  const unmatched = drafted.filter((d) => !reference.targets.some((r) => overlaps(r.source.clause, d.source.clause)));
  rows.push({
    id,
    ref: refs.length,
    drafted: drafted.length,
    recalled,
    recall: refs.length ? recalled / refs.length : 1,
    precision: drafted.length ? used.size / drafted.length : 1,
    unmatched: unmatched.length,
    all: ruleSet.targets.length,
    review: review.length,
  });
  totals = {
    ref: totals.ref + refs.length,
    drafted: totals.drafted + drafted.length,
    recalled: totals.recalled + recalled,
    correct: totals.correct + used.size,
    review: totals.review + review.length,
    unmatchedClauses: totals.unmatchedClauses + unmatched.length,
  };
}

const pct = (x) => `${(100 * x).toFixed(1)}%`;
console.log(
  '| document | reference measurable | drafted measurable | recalled | recall | precision | drafted with no reference clause | all drafted targets | review points |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows)
  console.log(
    `| \`${r.id}\` | ${r.ref} | ${r.drafted} | ${r.recalled} | ${pct(r.recall)} | ${pct(r.precision)} | ${r.unmatched} | ${r.all} | ${r.review} |`,
  );
console.log(
  `| **all** | ${totals.ref} | ${totals.drafted} | ${totals.recalled} | ${pct(totals.recalled / totals.ref)} | ${pct(totals.correct / totals.drafted)} | ${totals.unmatchedClauses} | | ${totals.review} |`,
);

console.log(`\n${timingLine}`);
