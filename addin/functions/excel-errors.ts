import { IndicatorError } from '../../shared/errors';
import { isApiError, isNotSignedIn, isServiceUnreachable } from '../errors';

/** The Excel errors the functions return (README, "The SPRING functions"). */
export const EXCEL_ERRORS = {
  /** Bad argument: text, negative, empty, all zero. */
  value: '#VALUE!',
  /** Unknown firm, no data, service unreachable, not signed in. */
  notAvailable: '#N/A',
  /** A measure that does not exist for well-formed input (HHINORM of one market). */
  divisionByZero: '#DIV/0!',
} as const;
type ExcelErrorCode = (typeof EXCEL_ERRORS)[keyof typeof EXCEL_ERRORS];

/** Excel shows a custom message only on these errors; any other error is made without one. */
const WITH_MESSAGE: ReadonlySet<ExcelErrorCode> = new Set([EXCEL_ERRORS.value, EXCEL_ERRORS.notAvailable]);

/**
 * An Excel error: `CustomFunctions.Error` in Excel, an equivalent object elsewhere. The message goes
 * only on #VALUE! and #N/A: for the others "a custom error message can't be used" (the
 * `CustomFunctions.ErrorCode` page,
 * https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.errorcode).
 */
export function excelError(code: ExcelErrorCode, message: string): Error {
  const shown = WITH_MESSAGE.has(code) ? message : undefined;
  // Outside Excel (preview page, tests without the runtime) office.js has no CustomFunctions.Error.
  if (typeof CustomFunctions !== 'undefined' && typeof CustomFunctions.Error === 'function') {
    return new CustomFunctions.Error(code as CustomFunctions.ErrorCode, shown) as unknown as Error;
  }
  return Object.assign(new Error(shown ?? ''), { code });
}

/** A bad argument, named in the message. */
export const invalid = (message: string) => excelError(EXCEL_ERRORS.value, message);
/** No such firm, or no data. */
export const notAvailable = (message: string) => excelError(EXCEL_ERRORS.notAvailable, message);

/** Whether a value is already an Excel error (`CustomFunctions.Error` is no `Error` subclass). */
function isExcelError(value: unknown): value is Error {
  return typeof value === 'object' && value !== null && 'code' in value && String(value.code).startsWith('#');
}

/** Turns any failure into the Excel error a user sees. */
export function toExcelError(error: unknown): Error {
  if (error instanceof IndicatorError) {
    return excelError(
      error.kind === 'invalid' ? EXCEL_ERRORS.value : EXCEL_ERRORS.divisionByZero,
      error.message,
    );
  }
  if (isNotSignedIn(error) || isServiceUnreachable(error)) return notAvailable(error.message);
  if (isApiError(error)) return error.status === 400 ? invalid(error.message) : notAvailable(error.message);
  if (isExcelError(error)) return error;
  return notAvailable(error instanceof Error ? error.message : String(error));
}

/**
 * Runs a function body, returning its value or throwing the matching Excel error, so that no cell is
 * left pending and no raw exception reaches Excel.
 */
export async function excelResult<T>(body: () => T | Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    throw toExcelError(error);
  }
}

/** The same for the pure functions, which answer at once. */
export function excelResultSync<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw toExcelError(error);
  }
}
