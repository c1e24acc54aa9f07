/**
 * The readable scale of a chart axis, for both writers (the Excel chart's axis and the preview's SVG):
 * ends and a step of 1, 2, 2.5 or 5 times a power of ten, giving 4 to 6 ticks.
 */

/** An axis from `min` to `max`, a tick every `step`. */
export interface AxisScale {
  min: number;
  max: number;
  step: number;
}

/** At most this many steps between the ends (6 ticks). */
const MAX_STEPS = 5;
const MULTIPLES = [1, 2, 2.5, 5];

/** Drops the binary noise of a multiple of a step (0.30000000000000004 -> 0.3). */
const clean = (value: number) => Number(value.toPrecision(12));

/**
 * The scale of an axis that must show `values`: 0 included when `includeZero` (bars start at 0, effects
 * are read against 0), whole steps only when `integer` (counts of firms, years).
 * @example
 * axisScale([0, 0.13]); // { min: 0, max: 0.15, step: 0.05 }
 */
export function axisScale(
  values: number[],
  { includeZero = true, integer = false }: { includeZero?: boolean; integer?: boolean } = {},
): AxisScale {
  const finite = values.filter(Number.isFinite);
  let low = Math.min(...finite, ...(includeZero || finite.length === 0 ? [0] : []));
  let high = Math.max(...finite, ...(includeZero || finite.length === 0 ? [0] : []));
  if (high === low) {
    // A flat series (one value, or all alike) still gets an axis around its value.
    if (low === 0) high = 1;
    else [low, high] = [low - 1, high + 1];
  }
  const span = high - low;
  let power = Math.pow(10, Math.floor(Math.log10(span / MAX_STEPS)) - 1);
  for (;;) {
    for (const multiple of MULTIPLES) {
      const step = clean(multiple * power);
      if (integer && !Number.isInteger(step)) continue;
      const min = clean(Math.floor(clean(low / step)) * step);
      const max = clean(Math.ceil(clean(high / step)) * step);
      if (Math.round((max - min) / step) <= MAX_STEPS) return { min, max, step };
    }
    power *= 10;
  }
}

/** The ticks of a scale, from its minimum to its maximum. */
export function axisTicks({ min, max, step }: AxisScale): number[] {
  const count = Math.round((max - min) / step);
  return Array.from({ length: count + 1 }, (_, i) => clean(min + i * step));
}

/** The decimals a tick label needs to show every tick of a step apart (0.25 -> 2, 5 -> 0). */
export function stepDecimals(step: number): number {
  return (String(step).split('.')[1] ?? '').length;
}
