import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftRuleSet } from '../../src/draft/draft.js';
import { lintRuleSet } from '../../src/lint/lint.js';
import { loadRuleSet } from '../../src/rulesets/load.js';

const SUBJECTS = [
  '产品质量监督抽查合格率',
  '重点食品抽检合格率',
  '主要服务行业顾客满意度',
  '竣工工程验收合格率',
  '标准化试点覆盖率',
];
/** Comparison wordings with what they mean: words before the figure, after it, and the kind. */
const WORDINGS = [
  ['达到', '以上', 'at_least'],
  ['不低于', '', 'at_least'],
  ['稳定在', '以上', 'at_least'],
  ['高于', '', 'more_than'],
  ['超', '', 'more_than'],
  ['不超过', '', 'at_most'],
  ['控制在', '以内', 'at_most'],
  ['低于', '', 'less_than'],
] as const;

const statement = fc.record({
  subject: fc.constantFrom(...SUBJECTS.keys()),
  wording: fc.constantFrom(...WORDINGS.keys()),
  tenths: fc.integer({ min: 1, max: 1000 }),
  aspirational: fc.boolean(),
});

describe('drafting plans generated from the wording table', () => {
  it('reads every generated statement back with its kind, bar and commitment, and lints clean against its text', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(statement, { minLength: 1, maxLength: 5, selector: (s) => s.subject }),
        fc.boolean(),
        (statements, fullWidth) => {
          const lines = statements.map((s) => {
            const [before, after] = WORDINGS[s.wording] as readonly [string, string, string];
            const figure = (s.tenths / 10).toString();
            const written = fullWidth
              ? figure.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace('.', '．')
              : figure;
            return `${s.aspirational ? '力争' : ''}${SUBJECTS[s.subject]}${before}${written}${fullWidth ? '％' : '%'}${after}。`;
          });
          const text = `北山县2021年质量工作方案\n一、工作目标\n${lines.join('\n')}\n`;
          const { ruleSet } = draftRuleSet(text);
          const targets = ruleSet.targets as unknown as Array<Record<string, unknown>>;
          expect(targets.map((t) => [t.kind, t.threshold, t.unit, t.commitment])).toEqual(
            statements.map((s) => [
              WORDINGS[s.wording]?.[2],
              (s.tenths / 10).toString(),
              '%',
              s.aspirational ? 'aspirational' : 'binding',
            ]),
          );
          expect(loadRuleSet(ruleSet).targets).toHaveLength(statements.length);
          expect(lintRuleSet(ruleSet, { source: text }).filter((f) => f.severity === 'error')).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
