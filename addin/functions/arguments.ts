import { YEAR_MAX, YEAR_MIN } from '../../shared/schemas/fields';
import { invalid } from './excel-errors';

/** A cell that holds nothing: Excel passes empty cells of a range as null or "". */
export const isBlank = (cell: unknown) => cell === null || cell === undefined || cell === '';

/** Describes a cell's content for a message. */
export const shown = (cell: unknown) => (typeof cell === 'string' ? `text "${cell}"` : String(cell));

/**
 * The numbers of a range argument, in reading order: blank cells are skipped; text, TRUE/FALSE,
 * negative or non-finite numbers are a #VALUE! naming the argument and the cell.
 * @example rangeNumbers([[50], [''], [30]], 'values') // [50, 30]
 */
export function rangeNumbers(range: unknown[][], label: string): number[] {
  const numbers: number[] = [];
  let position = 0;
  for (const row of Array.isArray(range) ? range : [[range]]) {
    for (const cell of Array.isArray(row) ? row : [row]) {
      position++;
      if (isBlank(cell)) continue;
      if (typeof cell !== 'number' || !Number.isFinite(cell)) {
        throw invalid(`${label} must be numbers: cell ${position} of the range holds ${shown(cell)}`);
      }
      if (cell < 0)
        throw invalid(`${label} must not be negative: cell ${position} of the range holds ${cell}`);
      numbers.push(cell);
    }
  }
  if (numbers.length === 0) throw invalid(`${label} must include at least one number (the range is empty)`);
  return numbers;
}

/** A firm id: text (or a number typed in a cell), not blank. */
export function firmIdArgument(value: unknown): string {
  const id = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (id === '')
    throw invalid(
      `firmId must be a firm id such as F0001 (got ${isBlank(value) ? 'a blank cell' : shown(value)})`,
    );
  return id;
}

/** An optional year: blank means "the latest year with data" (undefined). */
export function optionalYearArgument(value: unknown, label = 'year'): number | undefined {
  if (isBlank(value)) return undefined;
  return yearArgument(value, label);
}

/** A year from 1990 to 2100. */
export function yearArgument(value: unknown, label = 'year'): number {
  const year = typeof value === 'string' && /^\d{4}$/.test(value.trim()) ? Number(value) : value;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < YEAR_MIN || year > YEAR_MAX) {
    throw invalid(
      `${label} must be a year from ${YEAR_MIN} to ${YEAR_MAX} (got ${isBlank(value) ? 'a blank cell' : shown(value)})`,
    );
  }
  return year;
}

/** An edition: 2006, 2007, 2008 or "2009-2010" (a number typed in a cell is read as text). */
export function editionArgument(value: unknown): string {
  const edition = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (edition === '')
    throw invalid(
      `edition must be 2006, 2007, 2008 or 2009-2010 (got ${isBlank(value) ? 'a blank cell' : shown(value)})`,
    );
  return edition;
}

/** A text argument from a list of choices, compared without regard to case. */
export function choiceArgument<T extends string>(value: unknown, label: string, choices: readonly T[]): T {
  const text = typeof value === 'string' ? value.trim() : '';
  const found = choices.find((choice) => choice.toLowerCase() === text.toLowerCase());
  if (!found)
    throw invalid(
      `${label} must be one of ${choices.join(', ')} (got ${isBlank(value) ? 'a blank cell' : shown(value)})`,
    );
  return found;
}
