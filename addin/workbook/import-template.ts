/**
 * The import template (docs/architecture.md, "Import"): for each import section a sheet with its
 * header row, and, per column that takes one of a fixed set of values, the Excel validation list of
 * those values. Every list is derived from the row schemas of shared/schemas (a column's enum, or the
 * country codes its schema accepts), so the template cannot drift from what the import checks. Lists
 * whose inline form `a,b,c` passes Excel's 255-character limit live on a hidden sheet
 * ({@link LISTS_SHEET}) that the importer leaves out. Pure: addin/workbook/excel-import-template.ts
 * writes it through office-js.
 */
import { getAlpha2Codes } from 'i18n-iso-countries/index.js';
import * as z from 'zod';
import { LISTS_SHEET } from '../../shared/import/sheet-rows';
import { columnLetters } from './a1';
import {
  AgreementSchema,
  ApplicationSchema,
  BudgetLineInputSchema,
  EditionSchema,
  ExportFlowSchema,
  FirmSchema,
  IMPORT_SECTIONS,
  importColumns,
  ProjectSchema,
  TemSchema,
  type ImportSection,
} from '../../shared/schemas';

export { LISTS_SHEET };

/** Excel's limit on a validation list written inline (`a,b,c`). */
export const INLINE_LIST_LIMIT = 255;
/** Rows below the header that the template's validation covers. */
export const TEMPLATE_ROWS = 5000;

const ROW_SCHEMAS: Record<ImportSection, z.ZodObject> = {
  editions: EditionSchema,
  tems: TemSchema,
  firms: FirmSchema,
  applications: ApplicationSchema,
  agreements: AgreementSchema,
  exports: ExportFlowSchema,
  projects: ProjectSchema,
  budget: BudgetLineInputSchema,
};

/** Where a column's list is: inline text, or a column of the hidden lists sheet. */
export type ListSource =
  | { inline: string }
  | {
      /** The list's column on {@link LISTS_SHEET} (0-based), under a header naming the list. */
      column: number;
      /** The formula Excel's validation takes, e.g. `='Spring lists'!$A$2:$A$248`. */
      range: string;
    };

/** A column of a template sheet: its header, and its validation list when it has one. */
export interface TemplateColumn {
  header: string;
  list?: { values: readonly string[]; source: ListSource };
}

export interface TemplateSheet {
  section: ImportSection;
  /** The sheet's name: the section's own (the importer takes any case). */
  name: string;
  columns: TemplateColumn[];
}

export interface ImportTemplate {
  sheets: TemplateSheet[];
  /** The hidden sheet's columns: a header naming each list, then its values; empty when every list is inline. */
  lists: { name: string; values: readonly string[] }[];
}

/**
 * The values a column takes, from its schema: an enum's options, or, for a country code, every
 * ISO 3166-1 code the schema accepts (so `IT` is left out where a foreign market is wanted).
 * Undefined for free columns and for list columns (`markets`, written `DE, FR` in one cell).
 */
export function columnValues(section: ImportSection, field: string): readonly string[] | undefined {
  let schema = ROW_SCHEMAS[section].shape[field] as z.ZodType | undefined;
  while (schema instanceof z.ZodOptional) schema = schema.unwrap() as z.ZodType;
  if (schema instanceof z.ZodEnum) return schema.options.map(String);
  if (field === 'country' && schema) {
    const accepted = Object.keys(getAlpha2Codes()).filter((code) => schema.safeParse(code).success);
    return accepted.sort();
  }
  return undefined;
}

/**
 * The template: every import section's sheet, in reference order, with its headers (a firm's yearly
 * turnover as one `turnover.YEAR` column per year, one given as the example) and validation lists.
 * @example buildImportTemplate().sheets[2].columns.find((c) => c.header === 'province')?.list?.values
 * // ['BG', 'BS', ...]
 */
export function buildImportTemplate(): ImportTemplate {
  const lists: ImportTemplate['lists'] = [];
  const byValues = new Map<string, ListSource>();
  const sourceOf = (name: string, values: readonly string[]): ListSource => {
    const inline = values.join(',');
    if (inline.length <= INLINE_LIST_LIMIT) return { inline };
    const known = byValues.get(inline);
    if (known) return known;
    const column = lists.length;
    const letters = columnLetters(column);
    lists.push({ name, values });
    const source = {
      column,
      range: `='${LISTS_SHEET}'!$${letters}$2:$${letters}$${values.length + 1}`,
    };
    byValues.set(inline, source);
    return source;
  };
  const sheets = IMPORT_SECTIONS.map((section): TemplateSheet => {
    const columns = importColumns(section).map((field): TemplateColumn => {
      const header = section === 'firms' && field === 'turnover' ? 'turnover.2008' : field;
      const values = columnValues(section, field);
      if (!values) return { header };
      // A list on the lists sheet is headed by its field, or its section and field when taken.
      const name = lists.some((list) => list.name === field) ? `${section}.${field}` : field;
      return { header, list: { values, source: sourceOf(name, values) } };
    });
    return { section, name: section, columns };
  });
  return { sheets, lists };
}
