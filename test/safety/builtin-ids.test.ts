import { describe, expect, it } from 'vitest';
import { UnknownBuiltinError } from '../../src/core/errors.js';
import { BUILTIN_RULE_SET_IDS, builtinRuleSetJson, loadBuiltinRuleSet } from '../../src/rulesets/builtin.js';
import {
  BUILTIN_SCHEME_IDS,
  builtinSchemeJson,
  loadBuiltinScheme,
  UnknownSchemeError,
} from '../../src/schemes/builtin.js';

// Names an object-literal lookup would find on Object.prototype (issue 15: E_SCHEMA, `{}`, DataCloneError).
const PROTOTYPE_NAMES = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  '__defineGetter__',
  'propertyIsEnumerable',
  'toLocaleString',
];

describe('built-in ids are looked up as data, never on Object.prototype', () => {
  it.each(PROTOTYPE_NAMES)('rule set %s is unknown in both the loader and the raw JSON', (id) => {
    expect(() => loadBuiltinRuleSet(id)).toThrow(UnknownBuiltinError);
    expect(() => builtinRuleSetJson(id)).toThrow(UnknownBuiltinError);
    try {
      builtinRuleSetJson(id);
    } catch (e) {
      expect((e as UnknownBuiltinError).code).toBe('E_UNKNOWN_BUILTIN');
      expect((e as UnknownBuiltinError).known).toEqual(BUILTIN_RULE_SET_IDS);
    }
  });

  it.each(PROTOTYPE_NAMES)('scheme %s is unknown in both the loader and the raw JSON', (id) => {
    expect(() => loadBuiltinScheme(id)).toThrow(UnknownSchemeError);
    expect(() => builtinSchemeJson(id)).toThrow(UnknownSchemeError);
  });

  it('lists exactly the shipped ids, and each still loads', () => {
    expect(BUILTIN_RULE_SET_IDS).toEqual([
      'zhuanqiao-2018',
      'quality-town-2016',
      'panan-2018',
      'jiaze-2016',
      'jinan-2020',
    ]);
    expect(BUILTIN_SCHEME_IDS).toEqual([
      'default',
      'equal-weights',
      'national-grade-bands',
      'panan-environment-deductions',
    ]);
    for (const id of BUILTIN_RULE_SET_IDS) expect(loadBuiltinRuleSet(id).id).toBe(id);
    for (const id of BUILTIN_SCHEME_IDS) expect(builtinSchemeJson(id)).toMatchObject({ id });
  });
});
