import type { ImportDocument, ImportProblem } from '../../shared/schemas';
import type { StoreState } from './store-state';

/**
 * Checks that every reference resolves, in the document or in the store: a project's firm, TEM and
 * edition; the firm of an application, agreement or export flow; the edition of a budget line.
 */
export function checkReferences(document: ImportDocument, state: StoreState): ImportProblem[] {
  const firms = new Set([...(document.firms ?? []).map((row) => row.id), ...state.firms.keys()]);
  const tems = new Set([...(document.tems ?? []).map((row) => row.id), ...state.tems.keys()]);
  const editions = new Set([...(document.editions ?? []).map((row) => row.id), ...state.editions.keys()]);
  const problems: ImportProblem[] = [];
  const check = (
    entity: string,
    row: number,
    field: string,
    id: string,
    known: Set<string>,
    what: string,
  ) => {
    if (!known.has(id)) {
      problems.push({
        entity,
        row,
        field,
        message: `${what} ${id} is neither in this document nor in the store`,
      });
    }
  };
  (document.projects ?? []).forEach((project, row) => {
    check('projects', row, 'firmId', project.firmId, firms, 'firm');
    check('projects', row, 'temId', project.temId, tems, 'TEM');
    check('projects', row, 'edition', project.edition, editions, 'edition');
  });
  for (const section of ['applications', 'agreements', 'exports'] as const) {
    (document[section] ?? []).forEach((entry, row) =>
      check(section, row, 'firmId', entry.firmId, firms, 'firm'),
    );
  }
  (document.applications ?? []).forEach((application, row) =>
    check('applications', row, 'edition', application.edition, editions, 'edition'),
  );
  (document.budget ?? []).forEach((line, row) =>
    check('budget', row, 'edition', line.edition, editions, 'edition'),
  );
  return problems;
}
