import { isValidField, type ImportProblem, type ImportSection } from '../../shared/schemas';
import { hasValidKey, rawRows } from '../../shared/import/natural-keys';
import type { StoreState } from './store-state';

/** The ids of a section's rows whose id is valid, whatever their other fields: they count as present. */
function presentIds(input: unknown, section: 'editions' | 'tems' | 'firms'): string[] {
  return rawRows(input, section).flatMap((row) => (hasValidKey(section, row) ? [String(row.id)] : []));
}

/** Each reference a section's rows make: the field, the section it names, and how to say it. */
const REFERENCES: [ImportSection, string, 'firms' | 'tems' | 'editions', string][] = [
  ['applications', 'edition', 'editions', 'edition'],
  ['applications', 'firmId', 'firms', 'firm'],
  ['agreements', 'firmId', 'firms', 'firm'],
  ['exports', 'firmId', 'firms', 'firm'],
  ['projects', 'firmId', 'firms', 'firm'],
  ['projects', 'temId', 'tems', 'TEM'],
  ['projects', 'edition', 'editions', 'edition'],
  ['budget', 'edition', 'editions', 'edition'],
];

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
  for (const section of new Set(REFERENCES.map(([from]) => from))) {
    const references = REFERENCES.filter(([from]) => from === section);
    rawRows(input, section).forEach((row, index) => {
      if (typeof row !== 'object' || row === null) return;
      for (const [, field, target, what] of references) {
        const id = (row as Record<string, unknown>)[field];
        if (!isValidField(section, field, id) || known[target].has(String(id))) continue;
        problems.push({
          entity: section,
          row: index,
          field,
          message: `${what} ${String(id)} is neither in this document nor in the store`,
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
  for (const [section, field, target] of REFERENCES) {
    for (const row of rawRows(input, section)) {
      if (typeof row !== 'object' || row === null) continue;
      const id = (row as Record<string, unknown>)[field];
      if (isValidField(section, field, id)) named[target].add(String(id));
    }
  }
  return named;
}
