/**
 * The longest text a shared zod schema accepts, asked of the schema itself, so that a column's
 * `maxLength` follows the schemas rather than copying their numbers.
 */

/** The one thing asked of a schema: whether it accepts a value. */
interface Schema {
  safeParse(value: unknown): { success: boolean };
}

/** Probed lengths stop here: a schema that accepts text this long is taken as having no maximum. */
const PROBE_CAP = 65_536;

/**
 * The longest text `schema` accepts, or undefined when it sets no maximum it can be asked about.
 *
 * An enum answers with its longest option. Other schemas are probed with runs of one letter (`a`,
 * `aa`, …): free text (`text()`) and ids (`id()`) accept every run from one letter up to their
 * maximum and none longer, so a binary search finds it. A schema that refuses one letter (a VAT
 * number, an ATECO code, a country code, a date) has a format rather than a length to probe: undefined.
 *
 * @example longestText(FirmSchema.shape.name) // 200, today
 */
export function longestText(schema: Schema): number | undefined {
  const options = (schema as { options?: unknown }).options;
  if (Array.isArray(options) && options.length > 0 && options.every((o) => typeof o === 'string'))
    return Math.max(...options.map((option: string) => option.length));
  const accepts = (length: number) => schema.safeParse('a'.repeat(length)).success;
  if (!accepts(1) || accepts(PROBE_CAP)) return undefined;
  // accepts(low) and not accepts(high) hold throughout.
  let low = 1;
  let high = PROBE_CAP;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (accepts(middle)) low = middle;
    else high = middle;
  }
  return low;
}
