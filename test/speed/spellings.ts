/** Random decimal spellings shared by the fast-route property tests. */
import fc from 'fast-check';

/** What {@link plainSpellings} draws: the digit strings (without the point) and how far the point may move. */
export interface SpellingOptions {
  /** Digit strings instead of the default ones. */
  readonly digits?: readonly fc.Arbitrary<string>[];
  /** Digit strings a test wants often besides them (a run of 9s that carries when rounded). */
  readonly extra?: readonly fc.Arbitrary<string>[];
  /** The point goes anywhere from 10^-points to 10^points. */
  readonly points?: number;
}

/** Short figures, figures that fit a scaled integer (15 digits), figures past it, figures ending in zeros. */
const DEFAULT_DIGITS = [
  fc.stringMatching(/^[1-9]\d{0,5}$/),
  fc.stringMatching(/^[1-9]\d{6,14}$/),
  fc.stringMatching(/^[1-9]\d{15,33}$/),
  fc.stringMatching(/^[1-9]\d{0,8}0{1,12}$/),
];

/**
 * Plain spellings, either sign: by default 1 to 34 digits with the point anywhere from 10^-22 to 10^22.
 * @example fc.sample(plainSpellings(), 1) // ['-0.000417']
 */
export function plainSpellings(options: SpellingOptions = {}): fc.Arbitrary<string> {
  const { digits = DEFAULT_DIGITS, extra = [], points = 22 } = options;
  return fc
    .record({
      negative: fc.boolean(),
      digits: fc.oneof(...digits, ...extra),
      point: fc.integer({ min: -points, max: points }),
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
