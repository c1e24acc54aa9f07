/**
 * A small seeded pseudo-random generator for the sample data. The generator must give the same document
 * for the same seed on every machine and Node version, so it never touches `Math.random()` and uses only
 * 32-bit integer arithmetic, which JavaScript defines exactly.
 */

const UINT32 = 0x1_0000_0000;

/** splitmix32: spreads a 32-bit seed over the generator's state, so nearby seeds give unrelated streams. */
function splitmix32(state: number): [next: number, output: number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return [next, (z ^ (z >>> 15)) >>> 0];
}

/** FNV-1a over a label: turns a stream's name into 32 bits to mix into the seed. */
function hashLabel(label: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    hash = Math.imul(hash ^ label.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A deterministic random stream (sfc32, period about 2^128).
 * @example
 * const rng = Random.stream(42, 'firms', '2006');
 * rng.int(1, 6); // the same value on every run
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** @param seed - any 32-bit value; other numbers are reduced to their low 32 bits */
  constructor(seed: number) {
    let state = seed | 0;
    const words: number[] = [];
    for (let i = 0; i < 4; i++) {
      const [next, output] = splitmix32(state);
      state = next;
      words.push(output);
    }
    [this.a, this.b, this.c, this.d] = words as [number, number, number, number];
    // The first outputs of sfc32 still echo the seed: discard them.
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /**
   * An independent stream named by labels, so that one part of the data (say the TEMs) does not shift
   * when another part draws more or fewer numbers.
   */
  static stream(seed: number, ...labels: string[]): Random {
    let mixed = seed >>> 0;
    for (const label of labels) mixed = (Math.imul(mixed ^ hashLabel(label), 0x9e3779b1) + 0x7f4a7c15) >>> 0;
    return new Random(mixed);
  }

  /** The next 32 random bits as an unsigned integer. */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    return this.nextUint32() / UINT32;
  }

  /** A number in [min, max). */
  uniform(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** true with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A normally distributed number (Box-Muller; one draw per call keeps the stream easy to reason about). */
  normal(mean = 0, sd = 1): number {
    // 1 - next() is in (0, 1], so the logarithm is finite.
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A log-normally distributed number with the given median: money amounts are skewed this way. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(this.normal(0, sigma));
  }

  /** An exponentially distributed number with mean 1. */
  exponential(): number {
    return -Math.log(1 - this.next());
  }

  /** One item of a non-empty list, each equally likely. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('cannot pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One item of a weighted table. */
  weighted<T>(table: WeightedTable<T>): T {
    return table.at(this.next());
  }

  /** Shuffles a list in place (Fisher-Yates) and returns it. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const held = items[i] as T;
      items[i] = items[j] as T;
      items[j] = held;
    }
    return items;
  }
}

/**
 * Items with weights, prepared once so that each draw is a binary search.
 * @example
 * const sizes = new WeightedTable([['micro', 37], ['small', 63]]);
 * rng.weighted(sizes);
 */
export class WeightedTable<T> {
  private readonly items: T[];
  private readonly cumulative: number[];

  constructor(entries: readonly (readonly [T, number])[]) {
    let total = 0;
    this.items = [];
    this.cumulative = [];
    for (const [item, weight] of entries) {
      if (!(weight > 0)) continue;
      total += weight;
      this.items.push(item);
      this.cumulative.push(total);
    }
    if (total === 0) throw new RangeError('a weighted table needs at least one positive weight');
    for (let i = 0; i < this.cumulative.length; i++)
      this.cumulative[i] = (this.cumulative[i] as number) / total;
  }

  /** The item at `u` in [0, 1) of the cumulative weights. */
  at(u: number): T {
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (u < (this.cumulative[middle] as number)) high = middle;
      else low = middle + 1;
    }
    return this.items[low] as T;
  }

  /** The items with positive weight, in table order. */
  values(): readonly T[] {
    return this.items;
  }
}

/**
 * Draws up to `count` distinct items from a weighted table (fewer when the table is smaller), by
 * redrawing duplicates a bounded number of times and then filling in table order.
 */
export function distinctDraws<T>(
  rng: Random,
  table: WeightedTable<T>,
  count: number,
  exclude?: ReadonlySet<T>,
): T[] {
  const chosen = new Set<T>();
  const wanted = Math.min(count, table.values().length - (exclude?.size ?? 0));
  for (let attempt = 0; chosen.size < wanted && attempt < wanted * 8; attempt++) {
    const item = rng.weighted(table);
    if (!exclude?.has(item)) chosen.add(item);
  }
  // Rarely the redraws keep hitting the heavy items: top up deterministically rather than loop on.
  for (const item of table.values()) {
    if (chosen.size >= wanted) break;
    if (!exclude?.has(item)) chosen.add(item);
  }
  return [...chosen];
}
