/**
 * The natural keys of import rows (docs/architecture.md, "Import"), and the duplicates by them. Pure and
 * shared: the server's checks, the plan and the stored state go by them, and so does the driver that
 * sends a document in parts (shared/import/send-parts.ts), which the task pane is to share with the CLI.
 */
import { isValidField, type ImportDocument, type ImportProblem, type ImportSection } from '../schemas';

type Row<S extends ImportSection> = NonNullable<ImportDocument[S]>[number];

/**
 * The fields of each section's natural key (docs/architecture.md, "Import"): the one list upserts,
 * duplicates, the stored state and messages go by.
 */
export const KEY_FIELDS = {
  editions: ['id'],
  tems: ['id'],
  firms: ['id'],
  applications: ['edition', 'firmId'],
  agreements: ['firmId', 'year', 'country', 'kind'],
  exports: ['firmId', 'year', 'country'],
  projects: ['id'],
  budget: ['edition', 'lineId'],
} as const satisfies { [S in ImportSection]: readonly (keyof Row<S>)[] };

/** The natural key made of `fields` of `row`, e.g. `2008|F001`. */
export const keyOf = (row: object, fields: readonly string[]): string =>
  fields.map((field) => String((row as Record<string, unknown>)[field])).join('|');

/** The natural key of each section's rows. */
export const NATURAL_KEYS = Object.fromEntries(
  Object.entries(KEY_FIELDS).map(([section, fields]) => [section, (row: object) => keyOf(row, fields)]),
) as { [S in ImportSection]: (row: Row<S>) => string };

/** The key of an entry inside a firm aggregate: the section's natural key without the firm id. */
export const inFirmKey = (section: 'exports' | 'agreements') => {
  const fields = KEY_FIELDS[section].filter((field) => field !== 'firmId');
  return (entry: object) => keyOf(entry, fields);
};

/** What a section's natural key is made of, for messages: `firmId, year and country`. */
function keyNames(section: ImportSection): string {
  const fields: readonly string[] = KEY_FIELDS[section];
  return fields.length === 1 ? fields[0]! : `${fields.slice(0, -1).join(', ')} and ${fields.at(-1)}`;
}

/** Whether every field of a raw row's natural key passes its own check, whatever its other fields. */
export function hasValidKey(section: ImportSection, row: unknown): row is Record<string, unknown> {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return false;
  const record = row as Record<string, unknown>;
  return KEY_FIELDS[section].every((field: string) => isValidField(section, field, record[field]));
}

/** A section's raw rows, as sent (any value: the checks past the rows' own take bad rows too). */
export const rawRows = (input: unknown, section: ImportSection): unknown[] => {
  const rows = typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[section] : [];
  return Array.isArray(rows) ? rows : [];
};

/**
 * Each item whose key an earlier item has, paired with the first item of that key; an item without a key
 * (`key` gives undefined) is passed over. What a duplicate is, in a document ({@link findDuplicates}) and
 * across the parts it is sent in (shared/import/send-parts.ts).
 */
export function repeatedKeys<T>(
  items: Iterable<T>,
  key: (item: T) => string | undefined,
): { item: T; first: T }[] {
  const firsts = new Map<string, T>();
  const repeats: { item: T; first: T }[] = [];
  for (const item of items) {
    const itemKey = key(item);
    if (itemKey === undefined) continue;
    const first = firsts.get(itemKey);
    if (first === undefined) firsts.set(itemKey, item);
    else repeats.push({ item, first });
  }
  return repeats;
}

/**
 * Rows that repeat an earlier row's natural key: the document would say two things about one record.
 * Rows are compared whenever their key is valid, even if other fields are not (one pass finds all).
 */
export function findDuplicates(input: unknown): ImportProblem[] {
  return (Object.keys(KEY_FIELDS) as ImportSection[]).flatMap((section) => {
    const rows = rawRows(input, section).map((value, row) => ({ value, row }));
    const validKey = ({ value }: { value: unknown }) =>
      hasValidKey(section, value) ? keyOf(value, KEY_FIELDS[section]) : undefined;
    return repeatedKeys(rows, validKey).map(({ item, first }) => ({
      entity: section,
      row: item.row,
      field: '',
      message: `same ${keyNames(section)} as row ${first.row}: each record may appear once`,
      code: 'duplicate',
    }));
  });
}
