import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { evaluate, loadRuleSet, renderMarkdown } from '../../src/index.js';
import { NamesSchema } from '../../src/indicators/schema.js';
import { toTraditional } from '../../src/locales/traditional.js';
import { data, ruleSetJson, target } from '../support.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('names a file gives only in zh-Hans', () => {
  it('get zh-Hant converted with OpenCC (Taiwan characters, 「」 quotes) and en as the zh-Hans name', () => {
    expect(NamesSchema.parse({ 'zh-Hans': '“浙江制造”标准数' })).toEqual({
      'zh-Hans': '“浙江制造”标准数',
      'zh-Hant': '「浙江製造」標準數',
      en: '“浙江制造”标准数',
    });
    expect(NamesSchema.parse({ 'zh-Hans': '质量奖', en: 'Quality award' })).toEqual({
      'zh-Hans': '质量奖',
      'zh-Hant': '質量獎',
      en: 'Quality award',
    });
  });

  it('keep every name the file gives, even where the converter would write it otherwise', () => {
    const given = { 'zh-Hans': '主要污染物排放总量', 'zh-Hant': '主要污染物排放總量', en: 'Total emissions' };
    expect(NamesSchema.parse(given)).toEqual(given);
    expect(toTraditional(given['zh-Hans'])).toBe('主要汙染物排放總量');
  });

  it('converts by phrase where one simplified character has several traditional forms (Taiwan usage)', () => {
    expect(toTraditional('质量工作考核')).toBe('質量工作考核');
    expect(toTraditional('建立质量投诉平台')).toBe('建立質量投訴平臺');
    expect(toTraditional('出台镇质量奖评审办法')).toBe('出臺鎮質量獎評審辦法');
  });

  it('must give zh-Hans, or zh-Hant for a plan written in it (zh-Hans then converted back with OpenCC)', () => {
    expect(NamesSchema.parse({ 'zh-Hant': '質量獎', en: 'Quality award' })).toEqual({
      'zh-Hans': '质量奖',
      'zh-Hant': '質量獎',
      en: 'Quality award',
    });
    expect(NamesSchema.parse({ 'zh-Hant': '「一鎮一品」特色工作' })['zh-Hans']).toBe('“一镇一品”特色工作');
    expect(NamesSchema.safeParse({ en: 'Quality award' }).success).toBe(false);
    expect(NamesSchema.safeParse({ 'zh-Hans': '' }).success).toBe(false);
  });

  const json = ruleSetJson(
    [target('sampling', { kind: 'at_least', indicator: 'town-sampling-pass-rate', threshold: 95, unit: '%' })],
    {
      categories: [{ id: 'product', names: { 'zh-Hans': '产品质量' }, weight: 1 }],
      indicators: [
        {
          id: 'town-sampling-pass-rate',
          names: { 'zh-Hans': '镇级产品质量监督抽查合格率' },
          unit: '%',
          kind: 'rate',
          direction: 'higher',
        },
      ],
    },
  );

  it('load and report in every locale: a rule set whose category and indicator give only zh-Hans', () => {
    const report = evaluate(loadRuleSet(json), data([{ indicator: 'town-sampling-pass-rate', value: 96, unit: '%' }]));
    expect(report.targets[0]?.label).toEqual({
      'zh-Hans': '镇级产品质量监督抽查合格率',
      'zh-Hant': '鎮級產品質量監督抽查合格率',
      en: '镇级产品质量监督抽查合格率',
    });
    expect(report.categories[0]?.names).toEqual({ 'zh-Hans': '产品质量', 'zh-Hant': '產品質量', en: '产品质量' });
    expect(renderMarkdown(report, { locale: 'zh-Hant' })).toContain('鎮級產品質量監督抽查合格率');
    expect(renderMarkdown(report, { locale: 'en' })).toContain('镇级产品质量监督抽查合格率');
  });

  it('are optional in the shipped JSON Schema for rule sets, zh-Hans (or zh-Hant) required', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'ruleset.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ strict: false, validateFormats: false }).compile(schema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    const categories = [{ id: 'product', names: { en: 'Product quality' }, weight: 1 }];
    expect(validate({ ...json, categories })).toBe(false);
    const hantOnly = [{ id: 'product', names: { 'zh-Hant': '產品質量' }, weight: 1 }];
    expect(validate({ ...json, categories: hantOnly }), JSON.stringify(validate.errors)).toBe(true);
  });
});
