/**
 * Typed access to `test/fixtures/indicator-vectors.json` and the comparisons the indicator tests share.
 */
import raw from '../../fixtures/indicator-vectors.json';
import { IndicatorError } from '../../../shared/errors';
import type { IndicatorErrorKind } from '../../../shared/errors';

/** An expected number, or the kind of error the call must throw instead. */
export type Expected = number | { error: IndicatorErrorKind };

/** One value list and every indicator's expected result on it. */
export interface Vector {
  name: string;
  values: number[];
  hhi: number;
  hhi10000: number;
  hhiNormalised: Expected;
  concentrationRatio: Record<string, number>;
  effectiveMarkets: number;
  gini: number;
  giniStandardised: Expected;
  theil: number;
  lorenz: [number, number][];
}

/** A call that must fail, with the error's kind and exact message. */
export interface ErrorCase {
  call: string;
  args: unknown[];
  kind: IndicatorErrorKind;
  message: string;
}

/** The whole fixture file. */
export interface IndicatorFixture {
  vectors: Vector[];
  intensity: { name: string; exports: number; turnover: number; expected: number }[];
  micro: { exports: number; expected: boolean }[];
  microShare: { name: string; values: number[]; expected: number }[];
  margins: {
    name: string;
    before: Record<string, number>;
    after: Record<string, number>;
    expected: { total: number; intensive: number; extensive: number; markets: number };
  }[];
  errors: Record<'concentration' | 'inequality' | 'exports' | 'margins', ErrorCase[]>;
}

const SPECIAL: Record<string, number> = { NaN: Number.NaN, Infinity: Infinity, '-Infinity': -Infinity };

/** Turns the strings "NaN", "Infinity" and "-Infinity" back into the numbers JSON cannot hold. */
function revive(value: unknown): unknown {
  if (typeof value === 'string' && value in SPECIAL) return SPECIAL[value];
  if (Array.isArray(value)) return value.map(revive);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, revive(inner)]));
  }
  return value;
}

/** The fixture, with special numbers revived. */
export const fixture = revive(raw) as IndicatorFixture;

/** Relative tolerance every indicator must hold to (docs/indicators.md, "Accuracy"). */
export const RELATIVE = 1e-9;

/** Whether two numbers agree to `relative` (with a tiny absolute floor so that 0 compares to 1e-17). */
export function close(actual: number, expected: number, relative = RELATIVE): boolean {
  return Math.abs(actual - expected) <= relative * Math.max(Math.abs(actual), Math.abs(expected)) + 1e-12;
}

/** Asserts that two numbers agree to 1e-9 relative, printing both when they do not. */
export function expectClose(actual: number, expected: number): void {
  if (!close(actual, expected)) throw new Error(`expected ${expected} to 1e-9 relative, got ${actual}`);
}

/** Runs a call and returns the IndicatorError it throws, failing when it throws nothing or something else. */
export function indicatorErrorOf(act: () => unknown): IndicatorError {
  try {
    act();
  } catch (error) {
    if (error instanceof IndicatorError) return error;
    throw error;
  }
  throw new Error('expected an IndicatorError, but the call returned');
}
