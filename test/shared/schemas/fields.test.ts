import * as z from 'zod';
import {
  count,
  describeValue,
  flag,
  id,
  isoDate,
  isoDateTime,
  languageCode,
  money,
  score,
  share,
  text,
  year,
} from '../../../shared/schemas';
import { problemsOf } from './fixtures';

/** Wraps a field in an object so that problems carry its path, as inside an entity. */
const inRow = (field: z.ZodType) => z.strictObject({ f: field });

describe('field schemas', () => {
  it.each([
    ['year', year('callYear'), 2008],
    ['year (lower bound)', year('callYear'), 1990],
    ['year (upper bound)', year('callYear'), 2100],
    ['count', count('employees'), 0],
    ['money with cents', money('paid'), 1234.56],
    ['money zero', money('paid'), 0],
    ['share', share('publicShare'), 0.5],
    ['score', score('score'), 100],
    ['flag', flag('artisan'), false],
    ['text', text('name'), 'Rossi Srl'],
    ['id', id('id'), 'P2008-001_a.b'],
    ['ISO date in a leap year', isoDate('start'), '2008-02-29'],
    ['ISO date-time in UTC', isoDateTime('at'), '2024-05-31T14:30:00.000Z'],
    ['ISO date-time with an offset', isoDateTime('at'), '2024-05-31T16:30:00+02:00'],
    ['language code', languageCode('languages'), 'en'],
  ])('accepts a valid %s', (_, schema, value) => {
    // prepare / act
    const problems = problemsOf(inRow(schema), { f: value });
    // assess
    expect(problems).toEqual([]);
  });

  it.each([
    ['a missing field', year('callYear'), undefined, 'callYear is required'],
    [
      'a year before 1990',
      year('callYear'),
      1985,
      'callYear must be a whole year from 1990 to 2100 (got 1985)',
    ],
    [
      'a year after 2100',
      year('callYear'),
      2101,
      'callYear must be a whole year from 1990 to 2100 (got 2101)',
    ],
    [
      'a fractional year',
      year('callYear'),
      2008.5,
      'callYear must be a whole year from 1990 to 2100 (got 2008.5)',
    ],
    [
      'a year as text',
      year('callYear'),
      '2008',
      "callYear must be a whole year from 1990 to 2100 (got '2008')",
    ],
    ['a negative count', count('employees'), -1, 'employees must be a whole number of 0 or more (got -1)'],
    ['a fractional count', count('temDays'), 2.5, 'temDays must be a whole number of 0 or more (got 2.5)'],
    ['negative money', money('paid'), -5, 'paid must be an amount in EUR of 0 or more (got -5)'],
    ['infinite money', money('paid'), Infinity, 'paid must be an amount in EUR of 0 or more (got Infinity)'],
    ['NaN money', money('paid'), NaN, 'paid must be an amount in EUR of 0 or more (got NaN)'],
    ['money as text', money('paid'), '12', "paid must be an amount in EUR of 0 or more (got '12')"],
    [
      'a share above 1',
      share('publicShare'),
      50,
      'publicShare must be a fraction from 0 to 1, e.g. 0.5 for 50% (got 50)',
    ],
    ['a score above 100', score('score'), 101, 'score must be a number from 0 to 100 (got 101)'],
    ['a flag as text', flag('artisan'), 'yes', "artisan must be true or false (got 'yes')"],
    ['blank text', text('name'), '  ', 'name must not be empty'],
    ['text as a number', text('name'), 42, 'name must be text (got 42)'],
    ['text that is too long', text('name', 5), 'abcdef', 'name must be at most 5 characters (got 6)'],
    [
      'an id with a space',
      id('firmId'),
      'F 1',
      "firmId must be 1 to 64 characters: letters, digits, '.', '_' or '-' (got 'F 1')",
    ],
    [
      'an id with a #',
      id('firmId'),
      'F#1',
      "firmId must be 1 to 64 characters: letters, digits, '.', '_' or '-' (got 'F#1')",
    ],
    [
      'an empty id',
      id('firmId'),
      '',
      "firmId must be 1 to 64 characters: letters, digits, '.', '_' or '-' (got '')",
    ],
    [
      '30 February',
      isoDate('start'),
      '2008-02-30',
      "start must be a real date written YYYY-MM-DD (got '2008-02-30')",
    ],
    [
      '29 February of a common year',
      isoDate('start'),
      '2009-02-29',
      "start must be a real date written YYYY-MM-DD (got '2009-02-29')",
    ],
    [
      'a date written day first',
      isoDate('start'),
      '01/03/2008',
      "start must be a real date written YYYY-MM-DD (got '01/03/2008')",
    ],
    [
      'a date-time without a zone',
      isoDateTime('at'),
      '2024-05-31T14:30:00',
      "at must be a date and time such as 2024-05-31T14:30:00Z (got '2024-05-31T14:30:00')",
    ],
    [
      'an uppercase language',
      languageCode('languages'),
      'EN',
      "languages must be a two-letter lowercase language code such as en (got 'EN')",
    ],
  ])('refuses %s with a plain message', (_, schema, value, message) => {
    // prepare / act
    const problems = problemsOf(inRow(schema), { f: value });
    // assess
    expect(problems).toEqual([{ path: 'f', message }]);
  });
});

describe('describeValue', () => {
  it.each([
    ['abc', "'abc'"],
    [12.5, '12.5'],
    [null, 'an empty value'],
    [undefined, 'nothing'],
    [[1], 'a list'],
    [{ a: 1 }, 'an object'],
    [true, 'true'],
  ])('describes %p as %p', (value, shown) => {
    expect(describeValue(value)).toBe(shown);
  });

  it('shortens long text so that a message stays readable', () => {
    // prepare
    const long = 'x'.repeat(100);
    // act
    const shown = describeValue(long);
    // assess
    expect(shown).toBe(`'${'x'.repeat(40)}…'`);
  });
});
