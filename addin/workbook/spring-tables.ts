/**
 * The Spring tables the task pane inserts, built from the API's answers: their names, sheets, columns
 * (with formats) and rows. Pure: the pull decides what to read, the writers how to write.
 */
import { FirmYearSchema, type FirmView } from '../../shared/api/firms';
import {
  APPLICATION_STATUSES,
  ApplicationSchema,
  BUDGET_SOURCES,
  BudgetLineSchema,
  ExportFlowSchema,
  FirmSchema,
  ProjectSchema,
  ProvinceSchema,
  PROJECT_STATUSES,
  VatNumberSchema,
  type Application,
  type BudgetLine,
  type Project,
} from '../../shared/schemas';
import { STAGE_REASONS } from '../../shared/stage/constants';
import { translatorOf } from '../i18n/catalog';
import { LOCALES, type Language } from '../i18n/language';
import { TABLE_MESSAGES, type TableMessage } from '../i18n/messages/tables';
import { PROJECT_COLUMNS, projectValue, type ProjectColumn } from '../project-columns';
import { longestText } from './schema-lengths';
import { springTableName, type TableCellValue, type ColumnSpec, type TableData } from './writer';

/** The kinds of table the pane inserts. */
export const SPRING_TABLE_KINDS = ['Projects', 'Firms', 'Exports', 'Budget'] as const;
export type SpringTableKind = (typeof SPRING_TABLE_KINDS)[number];

/** A column before it has a header: its stable name, its format, the longest text it holds. */
type Column = Omit<ColumnSpec, 'header' | 'aliases'>;

type Schema = Parameters<typeof longestText>[0];

const column = (name: string, format: ColumnSpec['format']): Column => ({ name, format });

/** A text column, as long as the longest text its schema accepts (no `maxLength` when that is not known). */
const textColumn = (name: string, schema: Schema): Column => {
  const maxLength = longestText(schema);
  return maxLength === undefined ? column(name, 'text') : { name, format: 'text', maxLength };
};

/**
 * How the Firms table writes a firm's artisan flag: a code, as the other codes in the cells
 * (docs/indicators.md, "Codes in the tables").
 */
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

// The stage is a number 0-3 in every table, as SPRING.STAGE returns it.
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

/** An export flow is known by its firm, year and country together: the key a refresh compares rows by. */
const EXPORT_KEY = ['firmId', 'year', 'country'] as const;

const EXPORT_COLUMNS = [
  textColumn('firmId', ExportFlowSchema.shape.firmId),
  column('year', 'integer'),
  textColumn('country', ExportFlowSchema.shape.country),
  column('value', 'eur'),
];

// updatedAt is a moment: written as a date and time in the user's time zone (cell-values.ts).
const BUDGET_COLUMNS = [
  textColumn('lineId', BudgetLineSchema.shape.lineId),
  textColumn('source', BudgetLineSchema.shape.source),
  textColumn('action', BudgetLineSchema.shape.action),
  column('allocated', 'eur'),
  column('committed', 'eur'),
  column('paid', 'eur'),
  column('version', 'integer'),
  column('updatedAt', 'datetime'),
  textColumn('updatedBy', BudgetLineSchema.shape.updatedBy),
];

const COLUMNS_BY_KIND: Record<SpringTableKind, readonly Column[]> = {
  Projects: PROJECT_SPECS,
  Firms: FIRM_COLUMNS,
  Exports: EXPORT_COLUMNS,
  Budget: BUDGET_COLUMNS,
};

const LANGUAGES = Object.keys(LOCALES) as Language[];

/**
 * A kind's columns with their headers: written in `language`, recognised in every language (so that a
 * refresh or a publish finds the columns of a table inserted from a pane in another language).
 */
export function springColumns(kind: SpringTableKind, language: Language = 'en'): ColumnSpec[] {
  const [written, ...others] = [language, ...LANGUAGES.filter((other) => other !== language)].map((each) =>
    translatorOf(TABLE_MESSAGES, each),
  );
  return COLUMNS_BY_KIND[kind].map((spec) => {
    // Every column of every kind has a header in the catalog (test/addin/workbook/spring-tables.test.ts).
    const key = `${kind.toLowerCase()}.${spec.name}` as TableMessage;
    const header = written?.(key) ?? spec.name;
    const aliases = [...new Set(others.map((translate) => translate(key)))].filter(
      (alias) => alias !== header,
    );
    return { ...spec, header, ...(aliases.length > 0 ? { aliases } : {}) };
  });
}

/**
 * The columns of the Spring table called `name` (`Spring_Firms_2008` has the Firms columns), or
 * undefined for another table: what a writer estimates a table's rows by before reading them. Their
 * headers are recognised in every language.
 */
export function springColumnsOf(name: string): readonly ColumnSpec[] | undefined {
  const kind = SPRING_TABLE_KINDS.find((candidate) => name.startsWith(`Spring_${candidate}_`));
  return kind && springColumns(kind);
}

/** The sheet a table goes on, named in the user's language (`Progetti 2008`). */
export function springSheetName(kind: SpringTableKind, edition: string, language: Language = 'en'): string {
  const key = `sheet.${kind.toLowerCase()}` as TableMessage;
  return translatorOf(TABLE_MESSAGES, language)(key, { edition });
}

function table(
  kind: SpringTableKind,
  edition: string,
  language: Language,
  keyColumns: readonly string[],
  rows: TableCellValue[][],
): TableData {
  return {
    name: springTableName(kind, edition),
    sheetName: springSheetName(kind, edition, language),
    columns: springColumns(kind, language),
    rows,
    keyColumns,
  };
}

/** The columns whose cells hold codes, and the codes each may hold (docs/indicators.md, "Codes in the tables"). */
export const TABLE_CODES = [
  { kind: 'Projects', column: 'status', codes: PROJECT_STATUSES },
  { kind: 'Firms', column: 'application', codes: APPLICATION_STATUSES },
  { kind: 'Firms', column: 'artisan', codes: [ARTISAN.yes, ARTISAN.no] },
  { kind: 'Firms', column: 'reason', codes: STAGE_REASONS },
  { kind: 'Budget', column: 'source', codes: BUDGET_SOURCES },
] as const satisfies readonly { kind: SpringTableKind; column: string; codes: readonly string[] }[];

/** A code a table's cell may hold, with the header of its column and what it means, in one language. */
export interface CodeMeaning {
  header: string;
  code: string;
  meaning: string;
}

/**
 * What each code in the tables' cells means, in `language`, column by column: what the task pane lists
 * so that a user reading `NO_EXPORTS` in a cell knows what it says.
 */
export function codeMeanings(language: Language): CodeMeaning[] {
  const translate = translatorOf(TABLE_MESSAGES, language);
  return TABLE_CODES.flatMap(({ kind, column, codes }) => {
    const header = springColumns(kind, language).find((spec) => spec.name === column)?.header ?? column;
    // Every code has its message in the catalog (test/addin/workbook/spring-tables.test.ts).
    return codes.map((code) => ({ header, code, meaning: translate(`code.${code}` as TableMessage) }));
  });
}

/** A moment as ISO text to the millisecond, the form a read of the table gives back; other values as they are. */
const moment = (value: unknown): TableCellValue => {
  if (typeof value !== 'string') return (value ?? null) as TableCellValue;
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time).toISOString();
};

/** An edition's projects, one row each, headed in `language`. */
export function projectsTableData(
  edition: string,
  projects: Project[],
  language: Language = 'en',
): TableData {
  return table(
    'Projects',
    edition,
    language,
    ['id'],
    projects.map((project) => PROJECT_COLUMNS.map((name) => projectValue(project, name) ?? null)),
  );
}

/** An edition's firms (admitted and rejected) with their application and their latest stage, headed in `language`. */
export function firmsTableData(
  edition: string,
  firms: (FirmView & { application: Application })[],
  language: Language = 'en',
): TableData {
  return table(
    'Firms',
    edition,
    language,
    ['id'],
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

/**
 * The export flows of an edition's firms, one row per firm, year and country (together the row's key),
 * headed in `language`.
 */
export function exportsTableData(edition: string, firms: FirmView[], language: Language = 'en'): TableData {
  const rows: TableCellValue[][] = [];
  for (const firm of firms) {
    for (const [year, measures] of Object.entries(firm.years)) {
      for (const [country, value] of Object.entries(measures.byCountry))
        rows.push([firm.id, Number(year), country, value]);
    }
  }
  return table('Exports', edition, language, EXPORT_KEY, rows);
}

/**
 * An edition's budget lines, with the version a publish sends as If-Match, headed in `language`. The
 * moment a line was last changed is written as ISO text to the millisecond, as a table read gives it
 * back, so that a refresh finds it unchanged.
 */
export function budgetTableData(edition: string, lines: BudgetLine[], language: Language = 'en'): TableData {
  return table(
    'Budget',
    edition,
    language,
    ['lineId'],
    lines.map((line) => [
      line.lineId,
      line.source,
      line.action,
      line.allocated,
      line.committed,
      line.paid,
      line.version,
      moment(line.updatedAt),
      line.updatedBy,
    ]),
  );
}
