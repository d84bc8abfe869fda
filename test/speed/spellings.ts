/** Random decimal spellings shared by the fast-route property tests. */
import fc from 'fast-check';

/**
 * Plain spellings from 1 to 34 digits, the point anywhere from 10^-22 to 10^22, either sign: short figures,
 * figures that fit a scaled integer (15 digits), figures past it, and figures ending in runs of zeros.
 * `extra` adds digit strings a test wants often (a run of 9s that carries when rounded).
 * @example fc.sample(plainSpellings(), 1) // ['-0.000417']
 */
export function plainSpellings(extra: readonly fc.Arbitrary<string>[] = []): fc.Arbitrary<string> {
  return fc
    .record({
      negative: fc.boolean(),
      digits: fc.oneof(
        fc.stringMatching(/^[1-9]\d{0,5}$/),
        fc.stringMatching(/^[1-9]\d{6,14}$/),
        fc.stringMatching(/^[1-9]\d{15,33}$/),
        fc.stringMatching(/^[1-9]\d{0,8}0{1,12}$/),
        ...extra,
      ),
      point: fc.integer({ min: -22, max: 22 }),
    })
    .map(({ negative, digits, point }) => {
      // The decimal point `point` digits from the end (negative: zeros appended).
      let text: string;
      if (point <= 0) text = digits + '0'.repeat(-point);
      else if (point >= digits.length) text = `0.${'0'.repeat(point - digits.length)}${digits}`;
      else text = `${digits.slice(0, digits.length - point)}.${digits.slice(digits.length - point)}`;
      return `${negative ? '-' : ''}${text}`;
    });
}
