import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messageAround } from '../../src/evaluation/explain.js';
import { STATUSES, statusPosition } from '../../src/evaluation/outcome.js';
import { LOCALES, type LocalizedText, MESSAGES } from '../../src/locales/index.js';
import { toTraditional } from '../../src/locales/traditional.js';

// Explanations join a target's fixed parts ahead of time, the gap message's words around the gap among them
// (…要求不低于95%，差距 + 0.01个百分点). That is right only for a message that places its argument as given:
// these properties hold the joined text to the message itself, and check that a message which converts,
// counts or drops its argument is left to be rendered per region.

const textArb = fc.oneof(
  fc.string(),
  fc.constantFrom('0.01个百分点', '4.77個百分點', '5 percentage points', '后台', '1 percentage point', ''),
);

const localized = (t: string): LocalizedText => ({ 'zh-Hans': t, 'zh-Hant': t, en: t });

describe('a message joined around its argument ahead of time (messageAround)', () => {
  it('writes what the gap and excess messages write, for any gap text, in every locale', () => {
    for (const message of [MESSAGES.gap, MESSAGES.exceeded]) {
      for (const l of LOCALES) {
        const around = messageAround(message, l);
        expect(around).not.toBeNull();
        fc.assert(
          fc.property(textArb, (gap) => {
            expect(`${around?.before}${gap}${around?.after}`).toBe(message(localized(gap))[l]);
          }),
          { numRuns: 300, seed: 1615 },
        );
      }
    }
  });

  it('finds the words the shipped locales put around a gap (hand-checked)', () => {
    expect(messageAround(MESSAGES.gap, 'zh-Hans')).toEqual({ before: '差距', after: '' });
    expect(messageAround(MESSAGES.exceeded, 'zh-Hans')).toEqual({ before: '超出', after: '' });
    expect(messageAround(MESSAGES.gap, 'en')).toEqual({ before: 'short by ', after: '' });
    expect(messageAround(MESSAGES.exceeded, 'en')).toEqual({ before: 'over by ', after: '' });
  });

  it('refuses a message that converts, repeats, counts or drops its argument', () => {
    const converting = (t: LocalizedText): LocalizedText => ({ ...t, 'zh-Hant': toTraditional(`差距${t['zh-Hant']}`) });
    expect(messageAround(converting, 'zh-Hant')).toBeNull();
    // The same message is fine where it does not convert.
    expect(messageAround(converting, 'zh-Hans')).toEqual({ before: '', after: '' });
    const twice = (t: LocalizedText): LocalizedText => localized(`${t.en} (${t.en})`);
    expect(messageAround(twice, 'en')).toBeNull();
    const counting = (t: LocalizedText): LocalizedText => localized(`${t.en.length > 1 ? 'gaps' : 'gap'} ${t.en}`);
    expect(messageAround(counting, 'en')).toBeNull();
    const dropping = (_t: LocalizedText): LocalizedText => localized('short');
    expect(messageAround(dropping, 'en')).toBeNull();
    const trimming = (t: LocalizedText): LocalizedText => localized(`by ${t.en.trim()}.`);
    expect(messageAround(trimming, 'en')).toEqual({ before: 'by ', after: '.' });
  });
});

describe('a status by position (statusPosition)', () => {
  it('is its place in STATUSES', () => {
    STATUSES.forEach((status, i) => {
      expect(statusPosition(status)).toBe(i);
    });
  });
});
