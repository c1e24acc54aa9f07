/** Finds keys that could reach an object's prototype if some code later merged the input naively. */

/** Keys refused anywhere in a request body or import document. */
export const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

const FORBIDDEN: ReadonlySet<string> = new Set(FORBIDDEN_KEYS);

/** Where a key sits in a JSON value: object keys and array indexes from the root. */
export type KeyPath = (string | number)[];

// A node links to its parent, so that walking a deep document does not copy its path at every level.
type WalkNode = { value: unknown; key: string | number | null; parent: WalkNode | null; forbidden?: boolean };

function pathOf(node: WalkNode): KeyPath {
  const path: KeyPath = [];
  for (let at: WalkNode | null = node; at !== null && at.key !== null; at = at.parent) path.push(at.key);
  return path.reverse();
}

const isWalkable = (value: unknown): value is object => typeof value === 'object' && value !== null;

/**
 * Lists the path of every forbidden key in a JSON value, in document order; empty when there is none.
 * Walks with its own stack, so a deeply nested document cannot overflow the call stack.
 * @example findForbiddenKeys(JSON.parse('{"firms":[{"__proto__":{}}]}')) // [['firms', 0, '__proto__']]
 */
export function findForbiddenKeys(value: unknown): KeyPath[] {
  const found: KeyPath[] = [];
  const seen = new WeakSet<object>();
  const stack: WalkNode[] = [{ value, key: null, parent: null }];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    // Reported when popped rather than when met, so that the paths come out in document order.
    if (node.forbidden === true) {
      found.push(pathOf(node));
      continue;
    }
    const current = node.value;
    if (!isWalkable(current) || seen.has(current)) continue;
    seen.add(current);
    // Only objects and forbidden keys become nodes: a document is mostly strings and numbers, and a
    // node for each of them was most of the walk's cost on a 100x import.
    const children: WalkNode[] = [];
    if (Array.isArray(current)) {
      current.forEach((item: unknown, index) => {
        if (isWalkable(item)) children.push({ value: item, key: index, parent: node });
      });
    } else {
      for (const key in current) {
        if (!Object.hasOwn(current, key)) continue;
        const item = (current as Record<string, unknown>)[key];
        // A forbidden key is not descended into: what lies under it is rejected with it.
        if (FORBIDDEN.has(key)) children.push({ value: item, key, parent: node, forbidden: true });
        else if (isWalkable(item)) children.push({ value: item, key, parent: node });
      }
    }
    // Pushed last first so that the stack pops them in document order (no spread: sections can be long).
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as WalkNode);
  }
  return found;
}
