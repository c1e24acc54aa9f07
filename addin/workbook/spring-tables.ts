/**
 * The Spring tables the task pane inserts, built from the API's answers: their names, sheets, columns
 * (with formats) and rows. Pure: the pull decides what to read, the writers how to write.
 */
import { FirmYearSchema, type FirmView } from '../../shared/api/firms';
import {
  ApplicationSchema,
  BudgetLineSchema,
  ExportFlowSchema,
  FirmSchema,
  ProjectSchema,
  ProvinceSchema,
  VatNumberSchema,
  type Application,
  type BudgetLine,
  type Project,
} from '../../shared/schemas';
import { PROJECT_COLUMNS, projectValue, type ProjectColumn } from '../project-columns';
import { longestText } from './schema-lengths';
import { springTableName, type TableCellValue, type ColumnSpec, type TableData } from './writer';

/** The kinds of table the pane inserts. */
export const SPRING_TABLE_KINDS = ['Projects', 'Firms', 'Exports', 'Budget'] as const;
export type SpringTableKind = (typeof SPRING_TABLE_KINDS)[number];

type Schema = Parameters<typeof longestText>[0];

const column = (name: string, format: ColumnSpec['format']): ColumnSpec => ({ name, format });

/** A text column, as long as the longest text its schema accepts (no `maxLength` when that is not known). */
const textColumn = (name: string, schema: Schema): ColumnSpec => {
  const maxLength = longestText(schema);
  return maxLength === undefined ? column(name, 'text') : { name, format: 'text', maxLength };
};

/** How the Firms table writes a firm's artisan flag. */
const ARTISAN = { yes: 'yes', no: 'no' } as const;

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

// targetMarkets joins a list the schema sets no length for: no maxLength.
const PROJECT_SPECS = PROJECT_COLUMNS.map((name) =>
  PROJECT_FORMATS[name] === 'text' && name !== 'targetMarkets'
    ? textColumn(name, ProjectSchema.shape[name])
    : column(name, PROJECT_FORMATS[name]),
);

const FIRM_COLUMNS = [
  textColumn('id', FirmSchema.shape.id),
  textColumn('name', FirmSchema.shape.name),
  textColumn('vatNumber', VatNumberSchema),
  textColumn('province', ProvinceSchema),
  textColumn('sector', FirmSchema.shape.sector),
  { ...column('artisan', 'text'), maxLength: Math.max(ARTISAN.yes.length, ARTISAN.no.length) },
  column('employees', 'integer'),
  textColumn('application', ApplicationSchema.shape.status),
  column('score', 'decimal'),
  column('latestYear', 'integer'),
  column('stage', 'integer'),
  textColumn('reason', FirmYearSchema.shape.reason),
];

// key is `firmId|year|country`; its country part has a format, not a length to ask: no maxLength.
const EXPORT_COLUMNS = [
  column('key', 'text'),
  textColumn('firmId', ExportFlowSchema.shape.firmId),
  column('year', 'integer'),
  textColumn('country', ExportFlowSchema.shape.country),
  column('value', 'eur'),
];

const BUDGET_COLUMNS = [
  textColumn('lineId', BudgetLineSchema.shape.lineId),
  textColumn('source', BudgetLineSchema.shape.source),
  textColumn('action', BudgetLineSchema.shape.action),
  column('allocated', 'eur'),
  column('committed', 'eur'),
  column('paid', 'eur'),
  column('version', 'integer'),
  textColumn('updatedAt', BudgetLineSchema.shape.updatedAt),
  textColumn('updatedBy', BudgetLineSchema.shape.updatedBy),
];

const COLUMNS_BY_KIND: Record<SpringTableKind, readonly ColumnSpec[]> = {
  Projects: PROJECT_SPECS,
  Firms: FIRM_COLUMNS,
  Exports: EXPORT_COLUMNS,
  Budget: BUDGET_COLUMNS,
};

/**
 * The columns of the Spring table called `name` (`Spring_Firms_2008` has the Firms columns), or
 * undefined for another table: what a writer estimates a table's rows by before reading them.
 */
export function springColumnsOf(name: string): readonly ColumnSpec[] | undefined {
  const kind = SPRING_TABLE_KINDS.find((candidate) => name.startsWith(`Spring_${candidate}_`));
  return kind && COLUMNS_BY_KIND[kind];
}

const sheetFor = (kind: SpringTableKind, edition: string) => `${kind} ${edition}`;

function table(
  kind: SpringTableKind,
  edition: string,
  columns: ColumnSpec[],
  keyColumn: string,
  rows: TableCellValue[][],
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
        firm.artisan ? ARTISAN.yes : ARTISAN.no,
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
  const rows: TableCellValue[][] = [];
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
