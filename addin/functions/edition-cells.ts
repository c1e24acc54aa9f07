/** How the data-backed functions read one value out of a firm, an edition's indicators, a budget line or its projects. */
import type { FirmView } from '../../shared/api/firms';
import type { EditionIndicators, Estimate } from '../../shared/edition';
import type { EditionWindow } from '../../shared/edition/window';
import { MeasureEstimatesShape } from '../../shared/api/edition-indicators';
import type { BudgetLine, Project } from '../../shared/schemas';
import { PROJECT_COLUMNS, projectValue } from '../project-columns';
import { excelError, EXCEL_ERRORS, invalid, notAvailable } from './excel-errors';

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

/** What an estimate's null numbers mean, in words, for the pair of years (before, after) it compares. */
function reasonWords(reason: 'TOO_FEW_ADMITTED' | 'TOO_FEW_REJECTED', before: number, after: number): string {
  const group = reason === 'TOO_FEW_ADMITTED' ? 'admitted' : 'rejected';
  return `fewer than 2 ${group} firms observed in ${before} and ${after}`;
}

/** df of an estimate whose numbers are there: null only when se is 0. */
const NO_SPREAD = "df is not defined: the two groups' changes have no spread";

/** Whether a value of the indicators is an estimate (shared/api/edition-indicators.ts, EstimateSchema). */
function isEstimate(value: unknown): value is Estimate {
  return typeof value === 'object' && value !== null && 'reason' in value && 'nAdmitted' in value;
}

const isGroup = (value: unknown): value is object => typeof value === 'object' && value !== null;
const childrenOf = (group: object) => Object.keys(group);
/** Whether a group's value is text: an estimate's `reason` (a code, or null when its numbers are there). */
const isText = (group: object, name: string) =>
  (isEstimate(group) && name === 'reason') || typeof childOf(group, name) === 'string';
const childOf = (group: object, name: string): unknown =>
  Object.hasOwn(group, name) ? (group as Record<string, unknown>)[name] : undefined;

/** The path of the first number or TRUE/FALSE inside a group, e.g. `effect.exporting.estimate`. */
function firstLeaf(path: string, group: object): string {
  for (const name of childrenOf(group)) {
    const child = childOf(group, name);
    if (isGroup(child)) return firstLeaf(`${path}.${name}`, child);
    if (!isText(group, name)) return `${path}.${name}`;
  }
  return path;
}

/** What a user may ask for inside a group: its values one by one, or an example when they are groups too. */
function askFor(path: string, group: object): string {
  const names = childrenOf(group).filter((name) => !isText(group, name));
  const [first, ...others] = names;
  if (first === undefined) return path;
  if (isGroup(childOf(group, first))) return `one inside it, such as ${firstLeaf(path, group)}`;
  return [`${path}.${first}`, ...others.map((name) => `.${name}`)].join(', ');
}

/** A key that names no indicator: #VALUE! naming the first few. */
function unknownKey(indicators: EditionIndicators, key: unknown): Error {
  const keys = Object.keys(indicators).filter(
    (name) => typeof (indicators as unknown as Record<string, unknown>)[name] !== 'object',
  );
  return invalid(
    `key must be an indicator such as ${keys.slice(0, 6).join(', ')}, or transitions.0.2 (got "${String(key)}")`,
  );
}

/**
 * An edition indicator by the API's key, nested keys by a dotted path: `transitions.0.2` reads the stage
 * transition matrix, `effect.exporting.low` an estimate's value, `eventStudy.points.0.exporting.estimate`
 * an event-study point's, `window.before`/`window.after` the years compared. A null value is #N/A with
 * its reason: in words when it is an estimate's ("fewer than 2 rejected firms observed in 2007 and
 * 2010", the years of its pair), else "not defined for edition …". A key naming a group of values is
 * #VALUE! suggesting the values inside it.
 */
export function editionValue(indicators: EditionIndicators, edition: string, key: unknown): number | boolean {
  const text = typeof key === 'string' ? key.trim() : '';
  const path = text === '' ? [] : text.split('.');
  let value: unknown = indicators;
  let estimate: Estimate | undefined;
  // The pair an estimate compares: the main pair, or (call year - 1, year) inside an event-study point.
  let after = indicators.window.after;
  path.forEach((part, depth) => {
    if (!isGroup(value) || !Object.hasOwn(value, part)) {
      if (depth === 0 || !isGroup(value)) {
        throw unknownKey(indicators, key);
      }
      const parent = path.slice(0, depth).join('.');
      throw invalid(`${parent} has no ${part}: ask for ${askFor(parent, value)} (got "${text}")`);
    }
    if (isText(value, part))
      throw invalid(`${text} is text: when the values of an estimate are not defined, their #N/A says why`);
    value = childOf(value, part);
    if (isEstimate(value)) estimate = value;
    if (isGroup(value) && 'k' in value && 'year' in value && typeof value.year === 'number')
      after = value.year;
  });
  if (value === null) {
    if (estimate?.reason === 'TOO_FEW_ADMITTED' || estimate?.reason === 'TOO_FEW_REJECTED') {
      throw notAvailable(
        `edition ${edition}: ${reasonWords(estimate.reason, indicators.window.before, after)}`,
      );
    }
    if (estimate && path.at(-1) === 'df') throw notAvailable(NO_SPREAD);
    throw notAvailable(`${text} is not defined for edition ${edition} (nothing to measure it on)`);
  }
  if (isGroup(value) && path.length > 0)
    throw invalid(`${text} is a group of values: ask for ${askFor(text, value)}`);
  if (typeof value !== 'number' && typeof value !== 'boolean') {
    throw unknownKey(indicators, key);
  }
  return value;
}

/** The measures `SPRING.EFFECT` estimates the programme effect on: exporting, markets, intensity. */
export const EFFECT_MEASURES = Object.keys(MeasureEstimatesShape) as (keyof typeof MeasureEstimatesShape)[];

/** The values of an estimate `SPRING.EFFECT` reads. */
export const EFFECT_FIELDS = ['estimate', 'se', 'low', 'high', 'df', 'nAdmitted', 'nRejected'] as const;

/** Where an estimate comes from, for the words of its #N/A: an edition's main pair, or the pool. */
export type EffectSource =
  { edition: string; window: EditionWindow } | { pooled: (typeof EFFECT_MEASURES)[number] };

/**
 * One value of a programme effect's estimate. A null is #N/A with its reason in words ("edition 2008:
 * fewer than 2 rejected firms observed in 2007 and 2010", "no edition has an estimate of markets with a
 * standard error above 0"), or, for df alone, why df is not defined.
 */
export function effectField(
  estimate: Estimate,
  field: (typeof EFFECT_FIELDS)[number],
  source: EffectSource,
): number {
  const value = estimate[field];
  if (value !== null) return value;
  if ('pooled' in source) {
    if (estimate.estimate !== null)
      throw notAvailable(
        'df is not defined for the pooled effect: its interval uses the normal distribution',
      );
    throw notAvailable(`no edition has an estimate of ${source.pooled} with a standard error above 0`);
  }
  if (estimate.reason === 'TOO_FEW_ADMITTED' || estimate.reason === 'TOO_FEW_REJECTED') {
    const { before, after } = source.window;
    throw notAvailable(`edition ${source.edition}: ${reasonWords(estimate.reason, before, after)}`);
  }
  throw notAvailable(NO_SPREAD);
}

/** An edition's projects as a table: the header row, then one row per project (lists joined, blanks as ""). */
export function projectsTable(projects: Project[]): (string | number)[][] {
  const rows = projects.map((project) =>
    PROJECT_COLUMNS.map((column) => projectValue(project, column) ?? ''),
  );
  return [[...PROJECT_COLUMNS], ...rows];
}
