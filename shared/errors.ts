/**
 * Errors raised by the pure domain code in `shared/`. Each carries a stable `code` so that callers
 * (the API, the custom functions) can map it without parsing messages.
 */

/** How an indicator failed: bad input (Excel `#VALUE!`) or a measure that does not exist (`#DIV/0!`). */
export const INDICATOR_ERROR_KINDS = ['invalid', 'undefined'] as const;
export type IndicatorErrorKind = (typeof INDICATOR_ERROR_KINDS)[number];

/**
 * An indicator could not be computed.
 * @example
 * throw new IndicatorError('undefined', 'HHI* needs at least two markets with exports');
 */
export class IndicatorError extends Error {
  override readonly name = 'IndicatorError';
  readonly code: 'ERR_INDICATOR_INVALID' | 'ERR_INDICATOR_UNDEFINED';

  constructor(
    readonly kind: IndicatorErrorKind,
    message: string,
  ) {
    super(message);
    this.code = kind === 'invalid' ? 'ERR_INDICATOR_INVALID' : 'ERR_INDICATOR_UNDEFINED';
  }
}
