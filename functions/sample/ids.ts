/**
 * Identifiers of the sample: a letter and a zero-padded number ("F0001", "T001"), padded wider when the
 * scale needs more digits, so that ids stay unique and still sort in creation order.
 */

/** Digits needed to write every number from 1 to `count`, never fewer than `minimum`. */
export function idWidth(count: number, minimum: number): number {
  return Math.max(minimum, String(Math.max(1, count)).length);
}

/**
 * An id from a prefix and a 1-based number.
 * @example formatId('F', 7, 4) // "F0007"
 */
export function formatId(prefix: string, n: number, width: number): string {
  return `${prefix}${String(n).padStart(width, '0')}`;
}
