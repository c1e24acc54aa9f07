/**
 * The Spring tables the task pane inserts, built from the API's answers: their names, sheets, columns
 * (with formats) and rows. Pure: the pull decides what to read, the writers how to write.
 */
import type { FirmView } from '../../shared/api/firms';
import type { Application, BudgetLine, Project } from '../../shared/schemas';
import { PROJECT_COLUMNS, projectValue, type ProjectColumn } from '../project-columns';
import { springTableName, type CellValue, type ColumnSpec, type TableData } from './writer';

/** The kinds of table the pane inserts. */
export const SPRING_TABLE_KINDS = ['Projects', 'Firms', 'Exports', 'Budget'] as const;
export type SpringTableKind = (typeof SPRING_TABLE_KINDS)[number];

const column = (name: string, format: ColumnSpec['format']): ColumnSpec => ({ name, format });

const PROJECT_FORMATS: Record<ProjectColumn, ColumnSpec['format']> = {
  id: 'text',
  firmId: 'text',
  temId: 'text',
  targetMarkets: 'text',
  start: 'date',
  end: 'date',
  status: 'text',
  temDays: 'integer',
  eligibleCost: 'eur',
  publicShare: 'percent',
  grant: 'eur',
  withdrawalReason: 'text',
};

const PROJECT_SPECS = PROJECT_COLUMNS.map((name) => column(name, PROJECT_FORMATS[name]));

const FIRM_COLUMNS = [
  column('id', 'text'),
  column('name', 'text'),
  column('vatNumber', 'text'),
  column('province', 'text'),
  column('sector', 'text'),
  column('artisan', 'text'),
  column('employees', 'integer'),
  column('application', 'text'),
  column('score', 'decimal'),
  column('latestYear', 'integer'),
  column('stage', 'integer'),
  column('reason', 'text'),
];

const EXPORT_COLUMNS = [
  column('key', 'text'),
  column('firmId', 'text'),
  column('year', 'integer'),
  column('country', 'text'),
  column('value', 'eur'),
];

const BUDGET_COLUMNS = [
  column('lineId', 'text'),
  column('source', 'text'),
  column('action', 'text'),
  column('allocated', 'eur'),
  column('committed', 'eur'),
  column('paid', 'eur'),
  column('version', 'integer'),
  column('updatedAt', 'text'),
  column('updatedBy', 'text'),
];

const sheetFor = (kind: SpringTableKind, edition: string) => `${kind} ${edition}`;

function table(
  kind: SpringTableKind,
  edition: string,
  columns: ColumnSpec[],
  keyColumn: string,
  rows: CellValue[][],
): TableData {
  return {
    name: springTableName(kind, edition),
    sheetName: sheetFor(kind, edition),
    columns,
    rows,
    keyColumn,
  };
}

/** An edition's projects, one row each. */
export function projectsTableData(edition: string, projects: Project[]): TableData {
  return table(
    'Projects',
    edition,
    PROJECT_SPECS,
    'id',
    projects.map((project) => PROJECT_COLUMNS.map((name) => projectValue(project, name) ?? null)),
  );
}

/** An edition's firms (admitted and rejected) with their application and their latest stage. */
export function firmsTableData(
  edition: string,
  firms: (FirmView & { application: Application })[],
): TableData {
  return table(
    'Firms',
    edition,
    FIRM_COLUMNS,
    'id',
    firms.map((firm) => {
      const latest = firm.latestYear === null ? undefined : firm.years[String(firm.latestYear)];
      return [
        firm.id,
        firm.name,
        firm.vatNumber,
        firm.province,
        firm.sector,
        firm.artisan ? 'yes' : 'no',
        firm.employees,
        firm.application.status,
        firm.application.score,
        firm.latestYear,
        latest?.stage ?? null,
        latest?.reason ?? null,
      ];
    }),
  );
}

/** The export flows of an edition's firms, one row per firm, year and country (key `firmId|year|country`). */
export function exportsTableData(edition: string, firms: FirmView[]): TableData {
  const rows: CellValue[][] = [];
  for (const firm of firms) {
    for (const [year, measures] of Object.entries(firm.years)) {
      for (const [country, value] of Object.entries(measures.byCountry))
        rows.push([`${firm.id}|${year}|${country}`, firm.id, Number(year), country, value]);
    }
  }
  return table('Exports', edition, EXPORT_COLUMNS, 'key', rows);
}

/** An edition's budget lines, with the version a publish sends as If-Match. */
export function budgetTableData(edition: string, lines: BudgetLine[]): TableData {
  return table(
    'Budget',
    edition,
    BUDGET_COLUMNS,
    'lineId',
    lines.map((line) => [
      line.lineId,
      line.source,
      line.action,
      line.allocated,
      line.committed,
      line.paid,
      line.version,
      line.updatedAt,
      line.updatedBy,
    ]),
  );
}
