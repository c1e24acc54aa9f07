/**
 * Field schemas shared by the entities, each with messages a spreadsheet user understands. A field's
 * label is its column name, so that the message and the column the user sees agree.
 */
import * as z from 'zod';
import { describeValue } from './describe-value';

/** First year any Spring figure may refer to (turnover before the programme included). */
export const YEAR_MIN = 1990;
/** Last year any Spring figure may refer to. */
export const YEAR_MAX = 2100;
/** Longest id accepted: ids end up in URLs and store keys, so they stay short. */
export const ID_MAX_LENGTH = 64;

// Ids go into store keys (which use '#' as a separator) and URL paths: no '#', '/', spaces or '?'.
const ID_PATTERN = new RegExp(`^[A-Za-z0-9._-]{1,${ID_MAX_LENGTH}}$`);
const LANGUAGE_PATTERN = /^[a-z]{2}$/;

/** The `input` of an issue, the only part of it the messages need. */
type IssueInput = { readonly input?: unknown };

/**
 * Builds an error function saying a field is required when missing, or which rule its value broke.
 * @example fieldError('employees', 'a whole number of 0 or more')({ input: 2.5 })
 * // 'employees must be a whole number of 0 or more (got 2.5)'
 */
export function fieldError(label: string, rule: string): (issue: IssueInput) => string {
  return (issue) =>
    issue.input === undefined
      ? `${label} is required`
      : `${label} must be ${rule} (got ${describeValue(issue.input)})`;
}

/** Builds an error function for a closed list of values, listing them. */
export function enumError(label: string, values: readonly string[]): (issue: IssueInput) => string {
  return fieldError(label, `one of ${values.join(', ')}`);
}

/** The message for unknown fields of a strict object. */
export function unknownFieldsMessage(keys: readonly string[]): string {
  const quoted = keys.map((key) => `'${key}'`).join(', ');
  return keys.length === 1 ? `unknown field ${quoted}` : `unknown fields ${quoted}`;
}

/** Builds the error function of a strict object: unknown fields, or a value that is not an object. */
export function objectError(what: string): (issue: z.core.$ZodRawIssue) => string {
  return (issue) =>
    issue.code === 'unrecognized_keys'
      ? unknownFieldsMessage(issue.keys)
      : `${what} must be an object with named fields (got ${describeValue(issue.input)})`;
}

/**
 * Non-blank text of at most `max` characters.
 * @example text('name').parse('Rossi Srl')
 */
export function text(label: string, max = 200) {
  return z
    .string({ error: fieldError(label, 'text') })
    .refine((value) => value.trim() !== '', { error: `${label} must not be empty` })
    .refine((value) => value.length <= max, {
      error: (issue) => `${label} must be at most ${max} characters (got ${String(issue.input).length})`,
    });
}

/** An id: 1 to 64 letters, digits, '.', '_' or '-'. */
export function id(label: string) {
  return z.string({ error: fieldError(label, 'text') }).regex(ID_PATTERN, {
    error: fieldError(label, `1 to ${ID_MAX_LENGTH} characters: letters, digits, '.', '_' or '-'`),
  });
}

/** Tells whether a number is a whole year in the accepted range. */
export function isYear(value: number): boolean {
  return Number.isInteger(value) && value >= YEAR_MIN && value <= YEAR_MAX;
}

/** A whole year from 1990 to 2100. */
export function year(label: string) {
  const error = fieldError(label, `a whole year from ${YEAR_MIN} to ${YEAR_MAX}`);
  return z.number({ error }).int({ error }).min(YEAR_MIN, { error }).max(YEAR_MAX, { error });
}

/** A whole number of 0 or more (people, days, projects). */
export function count(label: string) {
  const error = fieldError(label, 'a whole number of 0 or more');
  return z.number({ error }).int({ error }).min(0, { error });
}

/**
 * An amount in EUR: a finite number of 0 or more (cents allowed).
 * @example money('allocated').optional() // a PATCH field
 */
export function money(label: string) {
  const error = fieldError(label, 'an amount in EUR of 0 or more');
  return z.number({ error }).min(0, { error });
}

/** A fraction from 0 to 1, such as a public co-financing share. */
export function share(label: string) {
  const error = fieldError(label, 'a fraction from 0 to 1, e.g. 0.5 for 50%');
  return z.number({ error }).min(0, { error }).max(1, { error });
}

/** A score from 0 to 100. */
export function score(label: string) {
  const error = fieldError(label, 'a number from 0 to 100');
  return z.number({ error }).min(0, { error }).max(100, { error });
}

/** true or false. */
export function flag(label: string) {
  return z.boolean({ error: fieldError(label, 'true or false') });
}

/** A real calendar date written YYYY-MM-DD (29 February only in leap years). */
export function isoDate(label: string) {
  return z.iso.date({ error: fieldError(label, 'a real date written YYYY-MM-DD') });
}

/** A date and time in ISO 8601 with a zone, as `Date.prototype.toISOString` writes it. */
export function isoDateTime(label: string) {
  return z.iso.datetime({
    offset: true,
    error: fieldError(label, 'a date and time such as 2024-05-31T14:30:00Z'),
  });
}

/** An ISO 639-1 language code, two lowercase letters such as `en`. */
export function languageCode(label: string) {
  return z
    .string({ error: fieldError(label, 'a language code such as en') })
    .regex(LANGUAGE_PATTERN, { error: fieldError(label, 'a two-letter lowercase language code such as en') });
}
