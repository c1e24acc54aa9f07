import { isValidField, type ImportProblem } from '../../shared/schemas';
import { hasValidKey, rawRows } from '../../shared/import/natural-keys';
import { REFERENCES, type ReferredSection } from '../../shared/import/references';
import type { StoreState } from './store-state';

/** The ids of a section's rows whose id is valid, whatever their other fields: they count as present. */
function presentIds(input: unknown, section: ReferredSection): string[] {
  return rawRows(input, section).flatMap((row) => (hasValidKey(section, row) ? [String(row.id)] : []));
}

/** How a message names a row of each referred section. */
const NOUNS: Record<ReferredSection, string> = { editions: 'edition', tems: 'TEM', firms: 'firm' };

/**
 * Checks that every reference resolves, in the document or in the store: a project's firm, TEM and
 * edition; the firm of an application, agreement or export flow; the edition of an application or a
 * budget line. Runs on the raw rows, bad ones included: a reference field that fails its own check
 * is already reported, and a row whose id is valid counts as present (docs/architecture.md, "Import").
 */
export function checkReferences(input: unknown, state: StoreState): ImportProblem[] {
  const known = {
    firms: new Set([...presentIds(input, 'firms'), ...state.firms.keys()]),
    tems: new Set([...presentIds(input, 'tems'), ...state.tems.keys()]),
    editions: new Set([...presentIds(input, 'editions'), ...state.editions.keys()]),
  };
  const problems: ImportProblem[] = [];
  // Row by row, each row's references in turn: problems come in the document's order.
  for (const section of new Set(REFERENCES.map((reference) => reference.section))) {
    const references = REFERENCES.filter((reference) => reference.section === section);
    rawRows(input, section).forEach((row, index) => {
      if (typeof row !== 'object' || row === null) return;
      for (const { field, to } of references) {
        const id = (row as Record<string, unknown>)[field];
        if (!isValidField(section, field, id) || known[to].has(String(id))) continue;
        problems.push({
          entity: section,
          row: index,
          field,
          message: `${NOUNS[to]} ${String(id)} is neither in this document nor in the store`,
          code: 'unknown_reference',
        });
      }
    });
  }
  return problems;
}

/** The ids a document's rows name in references and keys, valid ones only: what the store is asked for. */
export function namedIds(input: unknown): { firms: Set<string>; tems: Set<string>; editions: Set<string> } {
  const named = {
    firms: new Set(presentIds(input, 'firms')),
    tems: new Set(presentIds(input, 'tems')),
    editions: new Set(presentIds(input, 'editions')),
  };
  for (const { section, field, to } of REFERENCES) {
    for (const row of rawRows(input, section)) {
      if (typeof row !== 'object' || row === null) continue;
      const id = (row as Record<string, unknown>)[field];
      if (isValidField(section, field, id)) named[to].add(String(id));
    }
  }
  return named;
}
