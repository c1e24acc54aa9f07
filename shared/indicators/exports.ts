/**
 * Measures of a firm's export size: intensity and the micro-exporter test (docs/indicators.md, "Export intensity").
 */
import { IndicatorError } from '../errors';
import { MICRO_EXPORTER_THRESHOLD } from './constants';
import { checkAmount, checkValues } from './validate';

/**
 * Export intensity: exports divided by the turnover of the same year.
 * Throws `undefined` when the turnover is missing or zero (the ratio does not exist), `invalid` when
 * either amount is negative or not a finite number, or when the ratio is beyond the largest double.
 * @example
 * exportIntensity(150_000, 1_000_000); // 0.15
 */
export function exportIntensity(exports: number, turnover: number | null | undefined): number {
  checkAmount(exports, 'exports');
  if (turnover === undefined || turnover === null) {
    throw new IndicatorError('undefined', 'export intensity needs the turnover of the same year');
  }
  if (checkAmount(turnover, 'turnover') === 0) {
    throw new IndicatorError('undefined', 'export intensity needs a turnover above zero');
  }
  const intensity = exports / turnover;
  if (!Number.isFinite(intensity)) {
    throw new IndicatorError('invalid', 'export intensity exceeds the largest representable number');
  }
  return intensity;
}

/**
 * Whether yearly foreign sales make a micro-exporter: above 0 and under 75,000 EUR
 * ({@link MICRO_EXPORTER_THRESHOLD}; exactly 75,000 is not micro, and 0 is not an exporter at all).
 * @example
 * isMicroExporter(40_000); // true
 * isMicroExporter(75_000); // false
 */
export function isMicroExporter(exports: number): boolean {
  checkAmount(exports, 'exports');
  return exports > 0 && exports < MICRO_EXPORTER_THRESHOLD;
}

/**
 * Share of exporters that are micro-exporters: count(0 < x < 75,000) / count(x > 0).
 * Zeros are firms that did not export and stay out of both counts; when no value is above zero there
 * are no exporters to share over, which is an `invalid` input (like an all-zero list elsewhere).
 * @example
 * microShare([40_000, 0, 120_000, 75_000]); // 1/3
 */
export function microShare(values: ArrayLike<number>): number {
  const checked = checkValues(values);
  let exporters = 0;
  let micro = 0;
  for (const x of checked) {
    if (x <= 0) continue;
    exporters++;
    if (x < MICRO_EXPORTER_THRESHOLD) micro++;
  }
  if (exporters === 0) {
    throw new IndicatorError('invalid', 'micro share needs at least one exporter (all values are zero)');
  }
  return micro / exporters;
}
