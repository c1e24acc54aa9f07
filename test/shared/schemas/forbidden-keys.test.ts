import { findForbiddenKeys } from '../../../shared/schemas';

describe('findForbiddenKeys', () => {
  it('finds nothing in ordinary data', () => {
    expect(findForbiddenKeys({ firms: [{ id: 'F1', turnover: { '2008': 1 } }], label: 'x' })).toEqual([]);
    expect(findForbiddenKeys('text')).toEqual([]);
    expect(findForbiddenKeys(null)).toEqual([]);
  });

  it('finds __proto__, constructor and prototype anywhere, in document order', () => {
    // prepare: JSON.parse makes __proto__ an own key, as a request body would
    const body: unknown = JSON.parse(
      '{"__proto__":{"admin":true},"firms":[{"id":"F1"},{"constructor":{"prototype":1}}],"x":{"y":{"prototype":2}}}',
    );
    // act
    const paths = findForbiddenKeys(body);
    // assess
    expect(paths).toEqual([['__proto__'], ['firms', 1, 'constructor'], ['x', 'y', 'prototype']]);
  });

  it('finds them inside arrays of arrays, past nulls, numbers and strings, and ignores inherited keys', () => {
    // prepare
    const body: unknown = JSON.parse(
      '[null, 1, "a", [[{"a":null,"prototype":null}], {"b":[{"__proto__":"x"}]}]]',
    );
    const inheriting = Object.create({ constructor: 1 }) as object;
    // act
    const paths = findForbiddenKeys(body);
    // assess
    expect(paths).toEqual([
      [3, 0, 0, 'prototype'],
      [3, 1, 'b', 0, '__proto__'],
    ]);
    expect(findForbiddenKeys({ inheriting })).toEqual([]);
  });

  it('walks a very deep document without overflowing the stack', () => {
    // prepare
    let deep: unknown = JSON.parse('{"__proto__":1}');
    for (let i = 0; i < 100000; i += 1) deep = [deep];
    // act
    const paths = findForbiddenKeys(deep);
    // assess
    expect(paths).toHaveLength(1);
    expect(paths[0]?.at(-1)).toBe('__proto__');
  });
});
