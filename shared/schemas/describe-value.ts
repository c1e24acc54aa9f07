/** Shows a rejected value inside an error message, in words a spreadsheet user recognises. */

const MAX_SHOWN = 40;

/**
 * Describes a value for an error message: strings quoted and shortened, numbers as written, the rest
 * by kind (never a dump of a whole object).
 * @example describeValue('abc') // "'abc'"
 * @example describeValue([1, 2]) // 'a list'
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
    return `'${shown}'`;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
