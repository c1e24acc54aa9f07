/**
 * Whether two JSON-like values hold the same data: primitives equal (`Object.is`, so NaN equals NaN and
 * 0 differs from -0 as in `isDeepStrictEqual`), arrays element by element, plain objects by their own
 * enumerable keys in any order. Unlike `util.isDeepStrictEqual` it does not compare prototypes, so a row
 * parsed from a request body and the same row read back from the store are equal even when the two were
 * made in different JavaScript realms (a request body parsed by the runtime's fetch, a stored item by a
 * test's sandbox).
 * @example sameData({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }) // true
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every(
    (key) =>
      Object.hasOwn(b, key) &&
      sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}
