import { describe, expect, it } from 'vitest';
import { isRealDate } from '../../src/core/periods.js';

describe('isRealDate remembers its answers without changing them', () => {
  it('answers the same on repeated calls', () => {
    for (let i = 0; i < 3; i++) {
      expect(isRealDate('2018-02-28')).toBe(true);
      expect(isRealDate('2018-02-29')).toBe(false);
      expect(isRealDate('2020-02-29')).toBe(true);
      expect(isRealDate('2018-13-01')).toBe(false);
    }
  });
});
