// Read your own rule set and data files in Node; errors name the file, the JSON path and the problem.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinRuleSetJson, evaluate, formatIssue, InvalidInputError } from 'quality-scorecard';
import { loadDataSetFile, loadRuleSetFile } from 'quality-scorecard/node';

const dir = mkdtempSync(join(tmpdir(), 'scorecard-'));
writeFileSync(join(dir, 'rules.json'), JSON.stringify(builtinRuleSetJson('jiaze-2016')));
writeFileSync(
  join(dir, 'data.json'),
  JSON.stringify({
    schemaVersion: 1,
    region: { id: 'jiaze', name: '嘉泽镇' },
    period: '2016',
    observations: [{ indicator: 'product-standard-coverage-rate', passed: 21, sampled: 20 }],
  }),
);

const ruleSet = await loadRuleSetFile(join(dir, 'rules.json'));
try {
  evaluate(ruleSet, await loadDataSetFile(join(dir, 'data.json'), ruleSet));
} catch (error) {
  if (!(error instanceof InvalidInputError)) throw error;
  for (const issue of error.issues) console.log(formatIssue(issue, 'en', 'data.json'));
  // [E_PASSED_GT_SAMPLED] data.json $.observations[0].passed: expected at most the 20 sampled, found 21
}
