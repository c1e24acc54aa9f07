/**
 * fast-check generators for the indicator properties: non-negative amounts with zeros mixed in and at
 * least one positive value, kept within normal doubles so that scaling cannot underflow to 0.
 */
import fc from 'fast-check';

/** One amount: zero now and then, otherwise between 0.001 and 1e9 (EUR-like magnitudes). */
export const amount = fc.oneof(
  { arbitrary: fc.constant(0), weight: 1 },
  { arbitrary: fc.double({ min: 1e-3, max: 1e9, noNaN: true }), weight: 4 },
  { arbitrary: fc.integer({ min: 1, max: 1_000_000 }), weight: 2 },
);

/** A list of 1..60 amounts with at least one above zero. */
export const marketValues = fc
  .array(amount, { minLength: 1, maxLength: 60 })
  .filter((values) => values.some((x) => x > 0));

/** A list and the same list in another order. */
export const permuted = marketValues.chain((values) =>
  fc
    .shuffledSubarray(values, { minLength: values.length, maxLength: values.length })
    .map((reordered) => [values, reordered] as const),
);

/** A list and a positive factor to scale it by. */
export const scaled = fc.tuple(marketValues, fc.double({ min: 1e-3, max: 1e3, noNaN: true }));
