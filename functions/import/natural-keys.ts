import type { ImportDocument, ImportProblem, ImportSection } from '../../shared/schemas';

type Row<S extends ImportSection> = NonNullable<ImportDocument[S]>[number];

/** The natural key of each section's rows (docs/architecture.md, "Import"): upserts and duplicates go by it. */
export const NATURAL_KEYS: { [S in ImportSection]: (row: Row<S>) => string } = {
  editions: (row) => row.id,
  tems: (row) => row.id,
  firms: (row) => row.id,
  applications: (row) => `${row.edition}|${row.firmId}`,
  agreements: (row) => `${row.firmId}|${row.year}|${row.country}|${row.kind}`,
  exports: (row) => `${row.firmId}|${row.year}|${row.country}`,
  projects: (row) => row.id,
  budget: (row) => `${row.edition}|${row.lineId}`,
};

/** What each section's natural key is made of, for messages. */
const KEY_NAMES: Record<ImportSection, string> = {
  editions: 'id',
  tems: 'id',
  firms: 'id',
  applications: 'edition and firmId',
  agreements: 'firmId, year, country and kind',
  exports: 'firmId, year and country',
  projects: 'id',
  budget: 'edition and lineId',
};

/** Rows that repeat an earlier row's natural key: the document would say two things about one record. */
export function findDuplicates(document: ImportDocument): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const section of Object.keys(NATURAL_KEYS) as ImportSection[]) {
    const keyOf = NATURAL_KEYS[section] as (row: unknown) => string;
    const firstRow = new Map<string, number>();
    (document[section] ?? []).forEach((row, index) => {
      const key = keyOf(row);
      const first = firstRow.get(key);
      if (first === undefined) firstRow.set(key, index);
      else
        problems.push({
          entity: section,
          row: index,
          field: '',
          message: `same ${KEY_NAMES[section]} as row ${first}: each record may appear once`,
        });
    });
  }
  return problems;
}
