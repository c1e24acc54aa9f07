import * as z from 'zod';
import { formatPath, formatZodIssues } from '../../../shared/schemas';

describe('formatPath', () => {
  it('joins segments with dots', () => {
    expect(formatPath(['firms', 3, 'vatNumber'])).toBe('firms.3.vatNumber');
    expect(formatPath([])).toBe('');
  });
});

describe('formatZodIssues', () => {
  it('gives each issue a dotted path and its message', () => {
    // prepare
    const schema = z.object({ items: z.array(z.object({ n: z.number({ error: 'n must be a number' }) })) });
    const result = schema.safeParse({ items: [{ n: 1 }, { n: 'x' }] });
    // act
    const problems = result.success ? [] : formatZodIssues(result.error);
    // assess
    expect(problems).toEqual([{ path: 'items.1.n', message: 'n must be a number' }]);
  });

  it('splits unknown fields into one problem each, at their own path', () => {
    // prepare
    const result = z.strictObject({ a: z.strictObject({}) }).safeParse({ a: { b: 1, c: 2 } });
    // act
    const problems = result.success ? [] : formatZodIssues(result.error);
    // assess
    expect(problems).toEqual([
      { path: 'a.b', message: "unknown field 'b'" },
      { path: 'a.c', message: "unknown field 'c'" },
    ]);
  });
});
