import type { ImportDocument } from '../../shared/schemas';
import type { FirmHistory } from '../../shared/stage/types';

/**
 * A small valid document cut from `sample`: one edition, one TEM, two firms with exports, one project,
 * one budget line.
 */
export function smallImportDocument(sample: ImportDocument): ImportDocument {
  const firms = (sample.firms ?? []).slice(0, 2);
  const firmIds = new Set(firms.map((firm) => firm.id));
  const project = (sample.projects ?? []).find((candidate) => firmIds.has(candidate.firmId));
  if (!project) throw new Error('the sample has no project of its first firms');
  return {
    label: 'small test import',
    editions: (sample.editions ?? []).filter((edition) => edition.id === project.edition),
    tems: (sample.tems ?? []).filter((tem) => tem.id === project.temId),
    firms,
    exports: (sample.exports ?? []).filter((flow) => firmIds.has(flow.firmId)),
    projects: [project],
    budget: (sample.budget ?? []).filter((line) => line.edition === project.edition).slice(0, 1),
  };
}

/**
 * {@link smallImportDocument} with its two firms new to the store: renamed `${prefix}1` and `${prefix}2`,
 * with their exports and their project (whose id takes `-${prefix}`); the edition, TEM and budget line
 * stay the sample's.
 */
export function newFirmsDocument(sample: ImportDocument, prefix: string): ImportDocument {
  const small = smallImportDocument(sample);
  const ids = new Map((small.firms ?? []).map((firm, at) => [firm.id, `${prefix}${at + 1}`]));
  const renamed = (id: string) => ids.get(id) ?? id;
  return {
    ...small,
    firms: (small.firms ?? []).map((firm) => ({ ...firm, id: renamed(firm.id) })),
    exports: (small.exports ?? []).map((flow) => ({ ...flow, firmId: renamed(flow.firmId) })),
    projects: (small.projects ?? []).map((project) => ({
      ...project,
      id: `${project.id}-${prefix}`,
      firmId: renamed(project.firmId),
    })),
  };
}

/** Each firm's history (exports, turnover, agreements) of an import document, as the store gives it back. */
export function historiesOf(document: ImportDocument): Map<string, FirmHistory> {
  const histories = new Map<
    string,
    {
      exports: FirmHistory['exports'][number][];
      turnover: Record<string, number>;
      agreements: FirmHistory['agreements'][number][];
    }
  >();
  for (const firm of document.firms ?? [])
    histories.set(firm.id, { exports: [], turnover: firm.turnover, agreements: [] });
  for (const flow of document.exports ?? []) histories.get(flow.firmId)?.exports.push(flow);
  for (const agreement of document.agreements ?? [])
    histories.get(agreement.firmId)?.agreements.push(agreement);
  return histories;
}

/** A document an import must reject, and the errors it must name (in their order). */
export interface RejectedDocument {
  document: Record<string, unknown> & { firms: Record<string, unknown>[] };
  errors: Record<string, unknown>[];
}

/** The row problems of a first firm with a wrong VAT check digit, a second outside Lombardy, an export to Italy. */
const ROW_PROBLEMS = [
  { entity: 'firms', row: 0, field: 'vatNumber', message: 'VAT number 12345678901 has a wrong check digit' },
  {
    entity: 'firms',
    row: 1,
    field: 'province',
    message: expect.stringContaining('province must be a Lombardy province'),
  },
  { entity: 'exports', row: 0, field: 'country', message: expect.stringContaining('IT is the home market') },
];

/** The reference problems of a first project naming a firm and a TEM that are nowhere. */
const GHOST_PROBLEMS = [
  {
    entity: 'projects',
    row: 0,
    field: 'firmId',
    message: 'firm F-GHOST is neither in this document nor in the store',
    code: 'unknown_reference',
  },
  {
    entity: 'projects',
    row: 0,
    field: 'temId',
    message: 'TEM T-GHOST is neither in this document nor in the store',
    code: 'unknown_reference',
  },
];

/**
 * `document` (as {@link smallImportDocument} cuts it) with a bad row in three sections: a wrong VAT check
 * digit and a province outside Lombardy in its two firms, an export to Italy, and a budget line paid beyond
 * its commitment. `firmChanges` changes the two firms further (e.g. new ids).
 */
export function withBadRows(
  document: ImportDocument,
  firmChanges: [Record<string, unknown>, Record<string, unknown>] = [{}, {}],
): RejectedDocument {
  const [firm0, firm1] = document.firms ?? [];
  const [flow0, ...flows] = document.exports ?? [];
  const [line0] = document.budget ?? [];
  if (!firm0 || !firm1 || !flow0 || !line0)
    throw new Error('the document lacks two firms, an export or a line');
  return {
    document: {
      ...document,
      firms: [
        { ...firm0, vatNumber: '12345678901', ...firmChanges[0] },
        { ...firm1, province: 'RM', ...firmChanges[1] },
      ],
      exports: [{ ...flow0, country: 'IT' }, ...flows],
      budget: [{ ...line0, paid: line0.committed + 1 }],
    },
    errors: [
      ...ROW_PROBLEMS,
      {
        entity: 'budget',
        row: 0,
        field: 'paid',
        message: `paid (${line0.committed + 1}) cannot exceed committed (${line0.committed})`,
      },
    ],
  };
}

/** `document` with its first project pointing at a firm and a TEM that are nowhere, and the errors that names. */
export function withGhostReferences(document: ImportDocument): RejectedDocument {
  const [project] = document.projects ?? [];
  if (!project) throw new Error('the document has no project');
  return {
    document: {
      ...document,
      firms: document.firms ?? [],
      projects: [{ ...project, firmId: 'F-GHOST', temId: 'T-GHOST' }],
    },
    errors: [...GHOST_PROBLEMS],
  };
}

/**
 * `document` with the six problems of issue 15 in four sections at once: a wrong VAT check digit, a
 * province outside Lombardy, an export to Italy, a negative export, and a project naming a firm and a
 * TEM that are nowhere. Row checks and references are all found in one pass.
 */
export function withSixProblems(document: ImportDocument): RejectedDocument {
  const [firm0, firm1] = document.firms ?? [];
  const [flow0, flow1, ...flows] = document.exports ?? [];
  const [project] = document.projects ?? [];
  if (!firm0 || !firm1 || !flow0 || !flow1 || !project)
    throw new Error('the document lacks two firms, two exports or a project');
  return {
    document: {
      ...document,
      firms: [
        { ...firm0, vatNumber: '12345678901' },
        { ...firm1, province: 'RM' },
      ],
      exports: [{ ...flow0, country: 'IT' }, { ...flow1, value: -1 }, ...flows],
      projects: [{ ...project, firmId: 'F-GHOST', temId: 'T-GHOST' }],
    },
    errors: [
      ...ROW_PROBLEMS,
      {
        entity: 'exports',
        row: 1,
        field: 'value',
        message: 'value must be an amount in EUR of 0 or more (got -1)',
      },
      ...GHOST_PROBLEMS,
    ],
  };
}
