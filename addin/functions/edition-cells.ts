/** How the data-backed functions read one value out of a firm, an edition's indicators, a budget line or its projects. */
import type { FirmView } from '../../shared/api/firms';
import type { EditionIndicators } from '../../shared/edition';
import type { BudgetLine, Project } from '../../shared/schemas';
import { PROJECT_COLUMNS, projectValue } from '../project-columns';
import { excelError, EXCEL_ERRORS, invalid } from './excel-errors';

/** The fields `SPRING.FIRM` reads. */
export const FIRM_FIELDS = [
  'name',
  'vatNumber',
  'province',
  'sector',
  'artisan',
  'employees',
  'latestYear',
] as const;

/** One field of a firm's record. */
export function firmField(firm: FirmView, field: (typeof FIRM_FIELDS)[number]): string | number | boolean {
  const value = firm[field];
  if (value === null) throw excelError(EXCEL_ERRORS.notAvailable, `${firm.id} has no ${field}`);
  return value;
}

/** The fields `SPRING.BUDGET` reads: the amounts and the three rates. */
export const BUDGET_FIELDS = [
  'allocated',
  'committed',
  'paid',
  'commitmentRate',
  'paymentRate',
  'absorption',
] as const;

const RATES = {
  commitmentRate: ['committed', 'allocated'],
  paymentRate: ['paid', 'committed'],
  absorption: ['paid', 'allocated'],
} as const;

/** An amount of a budget line, or one of its rates (#DIV/0! when the denominator is 0). */
export function budgetField(line: BudgetLine, field: (typeof BUDGET_FIELDS)[number]): number {
  if (field === 'allocated' || field === 'committed' || field === 'paid') return line[field];
  const [numerator, denominator] = RATES[field];
  if (line[denominator] === 0) {
    throw excelError(EXCEL_ERRORS.divisionByZero, `${field} of ${line.lineId} needs ${denominator} above 0`);
  }
  return line[numerator] / line[denominator];
}

/**
 * An edition indicator by the API's key; `transitions.i.j` reads the stage transition matrix and
 * `window.before`/`window.after` the years compared. A measure the edition lacks is #DIV/0!.
 */
export function editionValue(indicators: EditionIndicators, edition: string, key: unknown): number {
  const path = typeof key === 'string' ? key.trim().split('.') : [];
  let value: unknown = indicators;
  for (const part of path) {
    value =
      typeof value === 'object' && value !== null && Object.hasOwn(value, part)
        ? (value as Record<string, unknown>)[part]
        : undefined;
  }
  if (value === null) {
    throw excelError(
      EXCEL_ERRORS.divisionByZero,
      `${String(key)} is not defined for edition ${edition} (nothing to measure it on)`,
    );
  }
  if (typeof value !== 'number') {
    const keys = Object.keys(indicators).filter(
      (name) => typeof (indicators as unknown as Record<string, unknown>)[name] !== 'object',
    );
    throw invalid(
      `key must be an indicator such as ${keys.slice(0, 6).join(', ')}, or transitions.0.2 (got "${String(key)}")`,
    );
  }
  return value;
}

/** An edition's projects as a table: the header row, then one row per project (lists joined, blanks as ""). */
export function projectsTable(projects: Project[]): (string | number)[][] {
  const rows = projects.map((project) =>
    PROJECT_COLUMNS.map((column) => projectValue(project, column) ?? ''),
  );
  return [[...PROJECT_COLUMNS], ...rows];
}
