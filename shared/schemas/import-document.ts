/**
 * The import document (docs/architecture.md, "Import") and its row-by-row validation: unknown columns are warnings,
 * every bad row of every section is an error, and nothing is typed until the whole document is valid.
 */
import * as z from 'zod';
import { AgreementSchema } from './agreement';
import { ApplicationSchema } from './application';
import { BudgetLineInputSchema } from './budget-line';
import { describeValue } from './describe-value';
import { EditionSchema } from './edition';
import { ExportFlowSchema } from './export-flow';
import { FirmSchema } from './firm';
import { findForbiddenKeys, type KeyPath } from './forbidden-keys';
import { objectError, text } from './fields';
import { formatPath, formatZodIssues } from './format-issues';
import { ProjectSchema } from './project';
import { TemSchema } from './tem';

/** The sections of an import document, each a list of rows of one entity, in the order they are checked. */
export const IMPORT_SECTIONS = [
  'editions',
  'tems',
  'firms',
  'applications',
  'agreements',
  'exports',
  'projects',
  'budget',
] as const;
/** One of {@link IMPORT_SECTIONS}. */
export type ImportSection = (typeof IMPORT_SECTIONS)[number];

// Rows take the entities' rules but drop unknown columns: a workbook may carry extra columns of its own.
const ROW_SCHEMAS = {
  editions: EditionSchema.strip(),
  tems: TemSchema.strip(),
  firms: FirmSchema.strip(),
  applications: ApplicationSchema.strip(),
  agreements: AgreementSchema.strip(),
  exports: ExportFlowSchema.strip(),
  projects: ProjectSchema.strip(),
  budget: BudgetLineInputSchema.strip(),
} as const satisfies Record<ImportSection, z.ZodObject>;

/**
 * The columns a section knows, e.g. to lay out a workbook's sheet.
 * @example importColumns('exports') // ['firmId', 'year', 'country', 'value']
 */
export function importColumns(section: ImportSection): string[] {
  return Object.keys(ROW_SCHEMAS[section].shape);
}

const TOP_LEVEL_KEYS: readonly string[] = ['label', ...IMPORT_SECTIONS];

const sectionOf = <S extends z.ZodObject>(section: string, row: S) =>
  z.array(row, { error: sectionError(section) }).optional();

/** The import document: strict at the top, rows with unknown columns dropped. */
export const ImportDocumentSchema = z.strictObject(
  {
    label: text('label').optional(),
    editions: sectionOf('editions', ROW_SCHEMAS.editions),
    tems: sectionOf('tems', ROW_SCHEMAS.tems),
    firms: sectionOf('firms', ROW_SCHEMAS.firms),
    applications: sectionOf('applications', ROW_SCHEMAS.applications),
    agreements: sectionOf('agreements', ROW_SCHEMAS.agreements),
    exports: sectionOf('exports', ROW_SCHEMAS.exports),
    projects: sectionOf('projects', ROW_SCHEMAS.projects),
    budget: sectionOf('budget', ROW_SCHEMAS.budget),
  },
  { error: objectError('the import document') },
);

/** A valid import document. */
export type ImportDocument = z.infer<typeof ImportDocumentSchema>;

/**
 * A problem in an import document: the section (`entity`, "" for the document itself), the 0-based
 * row in that section (null when not about one row), the dotted field inside the row ("" for the
 * whole row) and what is wrong.
 */
export type ImportProblem = {
  entity: string;
  row: number | null;
  field: string;
  message: string;
  /** What kind of problem, for a client to say it in its user's language; absent: a value that fails its check. */
  code?: ImportProblemCode;
  /** The workbook sheet the row came from, added by the client that converted a workbook. */
  sheet?: string;
  /** The row's number in that sheet (header = row 1), added with `sheet`. */
  sheetRow?: number;
};

/**
 * The kinds of import problem past a value failing its own check: a record given twice, a reference to
 * nothing, a column the section does not have (a warning), a firm exporting more than its turnover (a
 * warning).
 */
export const IMPORT_PROBLEM_CODES = [
  'duplicate',
  'unknown_reference',
  'unknown_column',
  'exports_above_turnover',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

/** One valid row of a section, with its 0-based position in the document's list. */
export type ValidRow<S extends ImportSection> = {
  row: number;
  value: NonNullable<ImportDocument[S]>[number];
};

/** The valid rows of every section, by position: what the checks past the rows' own run on. */
export type ValidRows = { [S in ImportSection]: ValidRow<S>[] };

/** The outcome of {@link validateImportDocument}; `document` is null whenever there is an error. */
export type ImportValidation = {
  document: ImportDocument | null;
  errors: ImportProblem[];
  warnings: ImportProblem[];
  /** The rows that passed their own checks, even when others did not (docs/architecture.md, "Import"). */
  validRows: ValidRows;
};

type Context = {
  errors: ImportProblem[];
  warnings: ImportProblem[];
  tainted: Set<string>;
  validRows: ValidRows;
};

const noValidRows = (): ValidRows => ({
  editions: [],
  tems: [],
  firms: [],
  applications: [],
  agreements: [],
  exports: [],
  projects: [],
  budget: [],
});

/**
 * Whether one field of a row passes that field's own schema: a row with other bad fields still has a
 * valid natural key or reference when these pass (docs/architecture.md, "Import").
 * @example isValidField('firms', 'id', 'F001') // true
 */
export function isValidField(section: ImportSection, field: string, value: unknown): boolean {
  const schema = (ROW_SCHEMAS[section].shape as Record<string, z.ZodType | undefined>)[field];
  return schema !== undefined && schema.safeParse(value).success;
}

/**
 * Validates an import document row by row, listing every bad row of every section; unknown columns
 * are dropped and reported as warnings. References between entities are left to the caller.
 * @example
 * const { document, errors, warnings } = validateImportDocument(JSON.parse(body));
 * if (document === null) return problem(422, errors);
 */
export function validateImportDocument(input: unknown): ImportValidation {
  const context: Context = { errors: [], warnings: [], tainted: new Set(), validRows: noValidRows() };
  if (!isRecord(input)) {
    const message = `the import document must be a JSON object with sections such as firms and projects (got ${describeValue(input)})`;
    return {
      document: null,
      errors: [{ entity: '', row: null, field: '', message }],
      warnings: [],
      validRows: context.validRows,
    };
  }
  for (const path of findForbiddenKeys(input)) reportForbiddenKey(context, path);
  for (const key of Object.keys(input)) {
    if (!TOP_LEVEL_KEYS.includes(key) && !context.tainted.has(key)) {
      const message = `unknown section '${key}'; the sections are ${TOP_LEVEL_KEYS.join(', ')}`;
      context.errors.push({ entity: '', row: null, field: key, message });
    }
  }

  const document: ImportDocument = {};
  put(document, 'label', validateLabel(context, input.label));
  put(document, 'editions', validateSection(context, input, 'editions', ROW_SCHEMAS.editions));
  put(document, 'tems', validateSection(context, input, 'tems', ROW_SCHEMAS.tems));
  put(document, 'firms', validateSection(context, input, 'firms', ROW_SCHEMAS.firms));
  put(document, 'applications', validateSection(context, input, 'applications', ROW_SCHEMAS.applications));
  put(document, 'agreements', validateSection(context, input, 'agreements', ROW_SCHEMAS.agreements));
  put(document, 'exports', validateSection(context, input, 'exports', ROW_SCHEMAS.exports));
  put(document, 'projects', validateSection(context, input, 'projects', ROW_SCHEMAS.projects));
  put(document, 'budget', validateSection(context, input, 'budget', ROW_SCHEMAS.budget));

  const { errors, warnings, validRows } = context;
  return { document: errors.length === 0 ? document : null, errors, warnings, validRows };
}

function validateLabel(context: Context, label: unknown): string | undefined {
  if (label === undefined || context.tainted.has('label')) return undefined;
  const result = ImportDocumentSchema.shape.label.safeParse(label);
  if (result.success) return result.data;
  for (const issue of formatZodIssues(result.error)) {
    context.errors.push({ entity: '', row: null, field: 'label', message: issue.message });
  }
  return undefined;
}

function validateSection<S extends z.ZodObject>(
  context: Context,
  input: Record<string, unknown>,
  section: ImportSection,
  schema: S,
): z.output<S>[] | undefined {
  const rows = input[section];
  if (rows === undefined || context.tainted.has(section)) return undefined;
  if (!Array.isArray(rows)) {
    context.errors.push({
      entity: section,
      row: null,
      field: '',
      message: sectionError(section)({ input: rows }),
    });
    return undefined;
  }
  const columns = new Set(importColumns(section));
  const parsed: z.output<S>[] = [];
  rows.forEach((row: unknown, index) => {
    // A row with a forbidden key is already reported, and is not read any further.
    if (context.tainted.has(`${section}.${index}`)) return;
    if (isRecord(row)) {
      for (const key of Object.keys(row)) {
        if (!columns.has(key)) {
          const warning = {
            entity: section,
            row: index,
            field: key,
            message: `unknown column '${key}' ignored`,
            code: 'unknown_column' as const,
          };
          context.warnings.push(warning);
        }
      }
    }
    const result = schema.safeParse(row);
    if (result.success) {
      parsed.push(result.data);
      (context.validRows[section] as { row: number; value: unknown }[]).push({
        row: index,
        value: result.data,
      });
      return;
    }
    for (const issue of formatZodIssues(result.error)) {
      context.errors.push({ entity: section, row: index, field: issue.path, message: issue.message });
    }
  });
  return parsed;
}

function reportForbiddenKey(context: Context, path: KeyPath): void {
  const [head, second] = path;
  const key = String(path[path.length - 1]);
  const message = `'${key}' is a reserved name and cannot be used as a field or column name`;
  if (path.length === 1) {
    context.errors.push({ entity: '', row: null, field: key, message });
    context.tainted.add(key);
  } else if (typeof second === 'number') {
    context.errors.push({ entity: String(head), row: second, field: formatPath(path.slice(2)), message });
    context.tainted.add(`${String(head)}.${second}`);
  } else {
    context.errors.push({ entity: String(head), row: null, field: formatPath(path.slice(1)), message });
    context.tainted.add(String(head));
  }
}

function sectionError(section: string): (issue: { readonly input?: unknown }) => string {
  return (issue) => `${section} must be a list of rows (got ${describeValue(issue.input)})`;
}

function put<K extends keyof ImportDocument>(
  document: ImportDocument,
  key: K,
  value: ImportDocument[K],
): void {
  if (value !== undefined) document[key] = value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
