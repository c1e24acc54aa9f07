/**
 * Input checks shared by the indicators. Every failure is an `invalid` {@link IndicatorError} whose
 * message names the bad value and its position, counted from 1 as a spreadsheet user counts cells.
 */
import { IndicatorError } from '../errors';
import { exactSum } from './sum';

/** Renders a rejected input for a message: numbers as JavaScript prints them, anything else as JSON. */
function show(value: unknown): string {
  return typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
}

/**
 * Checks one amount (finite, not negative) and returns it.
 * @param label - how the message names the amount, e.g. `"exports"`
 * @example
 * checkAmount(-3, 'exports'); // throws "exports must not be negative (found -3)"
 */
export function checkAmount(value: number, label: string): number {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new IndicatorError('invalid', `${label} must be a number (found ${show(value)})`);
  }
  if (!Number.isFinite(value))
    throw new IndicatorError('invalid', `${label} must be finite (found ${value})`);
  if (value < 0) throw new IndicatorError('invalid', `${label} must not be negative (found ${value})`);
  return value;
}

/** Where a bad value sits, counted from 1; built only when a check fails (the loop runs for every value). */
const positionOf = (index: number) => `at position ${index + 1}`;

/**
 * Checks a list of amounts (not empty; each finite and not negative) and returns a Float64Array copy,
 * which the callers may sort or scale without touching the caller's data.
 * @example
 * checkValues([5, -3]); // throws "values must not be negative (found -3 at position 2)"
 */
export function checkValues(values: ArrayLike<number>, label = 'values'): Float64Array {
  if (values.length === 0) throw new IndicatorError('invalid', `${label} must not be empty`);
  const copy = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== 'number' || Number.isNaN(value)) {
      throw new IndicatorError('invalid', `${label} must be numbers (found ${show(value)} ${positionOf(i)})`);
    }
    if (!Number.isFinite(value))
      throw new IndicatorError('invalid', `${label} must be finite (found ${value} ${positionOf(i)})`);
    if (value < 0)
      throw new IndicatorError('invalid', `${label} must not be negative (found ${value} ${positionOf(i)})`);
    copy[i] = value;
  }
  return copy;
}

/**
 * The largest of checked values; throws `invalid` when all are zero, since shares, means and ratios
 * need a positive total.
 */
export function checkPositiveMax(values: Float64Array, label = 'values'): number {
  let max = 0;
  for (const value of values) if (value > max) max = value;
  if (max === 0)
    throw new IndicatorError('invalid', `${label} must include at least one positive value (all are zero)`);
  return max;
}

/** Checked values divided by their largest, with their exact total and how many are above zero. */
export interface Scaled {
  /** Each value divided by the largest (so 1 for the largest); a tiny value may underflow to 0. */
  scaled: Float64Array;
  /** The sum of {@link Scaled.scaled}, correctly rounded: between 1 and the number of values. */
  total: number;
  /** Values above zero in the input (markets, counted before any underflow). */
  positive: number;
}

/**
 * Checks a list and scales it by its largest value, so that no sum of the values or their squares can
 * overflow; the count of positive values is taken on the input, so a value that underflows still counts.
 * @example
 * scaleByMax([1e300, 1e-300]); // { scaled: [1, 0], total: 1, positive: 2 }
 */
export function scaleByMax(values: ArrayLike<number>, label = 'values'): Scaled {
  const scaled = checkValues(values, label);
  const max = checkPositiveMax(scaled, label);
  let positive = 0;
  for (let i = 0; i < scaled.length; i++) {
    const value = scaled[i] ?? 0;
    if (value > 0) positive++;
    scaled[i] = value / max;
  }
  return { scaled, total: exactSum(scaled), positive };
}

/**
 * Checks a list and returns each value's share of the total.
 * Values are divided by the largest first so that sums of huge values cannot overflow to Infinity.
 * @example
 * shares([50, 30, 15, 5]); // Float64Array [0.5, 0.3, 0.15, 0.05]
 */
export function shares(values: ArrayLike<number>, label = 'values'): Float64Array {
  const { scaled, total } = scaleByMax(values, label);
  for (let i = 0; i < scaled.length; i++) scaled[i] = (scaled[i] ?? 0) / total;
  return scaled;
}

/**
 * Checks that a count argument is a whole number of at least `min`.
 * @example
 * checkWholeNumber(0.5, 'k'); // throws "k must be a whole number of at least 1 (found 0.5)"
 */
export function checkWholeNumber(value: number, label: string, min = 1): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new IndicatorError(
      'invalid',
      `${label} must be a whole number of at least ${min} (found ${show(value)})`,
    );
  }
  return value;
}
