// Draft a rule set from a plan's text, then lint it against that text before editing it by hand.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { draftRuleSet, lintRuleSet, loadRuleSet } from 'quality-scorecard';

// The package ships the documents its built-in rule sets encode (here: 嘉泽镇 2016) in rules/sources/.
const root = dirname(createRequire(import.meta.url).resolve('quality-scorecard/package.json'));
const plan = readFileSync(join(root, 'rules/sources/003_4572f5cc2ada7674.txt'), 'utf8');

const { ruleSet, review } = draftRuleSet(plan, { id: 'jiaze-2016-draft', sourceFile: 'plan.txt' });
console.log(`${loadRuleSet(ruleSet).targets.length} targets drafted, ${review.length} points to review`);
for (const point of review.slice(0, 3)) console.log(`- ${point.path}: ${point.message.en}`);

// Every clause is quoted from the text, so lint finds no error; open review points are warnings.
const findings = lintRuleSet(ruleSet, { source: plan });
console.log(`lint: ${findings.filter((f) => f.severity === 'error').length} errors, ${findings.length} findings`);
