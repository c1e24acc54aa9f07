/**
 * Exact quotas: the public facts (95 firms of 153 applicants, 31 from Bergamo, 30 artisan firms of 100,
 * 37% micro) must hold exactly, not just on average, so they are dealt out as shuffled quotas rather than
 * drawn one firm at a time.
 */
import type { Random } from './random';

/**
 * Splits `total` into whole parts proportional to `weights` (largest remainder), so that the parts add
 * up to `total` and equal the weights whenever the weights already add up to it.
 * @example apportion(10, { a: 1, b: 1, c: 1 }) // { a: 4, b: 3, c: 3 }
 */
export function apportion<K extends string>(
  total: number,
  weights: Readonly<Record<K, number>>,
): Record<K, number> {
  const keys = Object.keys(weights) as K[];
  const sum = keys.reduce((acc, key) => acc + weights[key], 0);
  const parts = {} as Record<K, number>;
  if (sum <= 0 || total <= 0) {
    for (const key of keys) parts[key] = 0;
    return parts;
  }
  let given = 0;
  const remainders: { key: K; remainder: number; order: number }[] = [];
  keys.forEach((key, order) => {
    const exact = (total * weights[key]) / sum;
    const whole = Math.floor(exact);
    parts[key] = whole;
    given += whole;
    remainders.push({ key, remainder: exact - whole, order });
  });
  // Ties go to the key listed first, so the split never depends on sort stability.
  remainders.sort((x, y) => y.remainder - x.remainder || x.order - y.order);
  for (let i = 0; i < total - given; i++) {
    const { key } = remainders[i % remainders.length] as { key: K };
    parts[key] += 1;
  }
  return parts;
}

/**
 * A shuffled list holding each key as many times as its quota, to deal out one per firm.
 * @example quotaDeck(rng, { admitted: 95, rejected: 58 }) // 153 statuses in random order
 */
export function quotaDeck<K extends string>(rng: Random, quotas: Readonly<Partial<Record<K, number>>>): K[] {
  const deck: K[] = [];
  for (const key of Object.keys(quotas) as K[]) {
    const quota = quotas[key] ?? 0;
    for (let i = 0; i < quota; i++) deck.push(key);
  }
  return rng.shuffle(deck);
}

/** `count` booleans of which exactly `yes` are true, in random order. */
export function flagDeck(rng: Random, count: number, yes: number): boolean[] {
  return quotaDeck(rng, { yes, no: count - yes }).map((key) => key === 'yes');
}

/** `count` booleans of which `share` (rounded) are true, in random order. */
export function shareDeck(rng: Random, count: number, share: number): boolean[] {
  return flagDeck(rng, count, apportion(count, { yes: share, no: 1 - share }).yes);
}

/**
 * The weights of a partial table without its missing keys, for {@link apportion}: the parts then exist
 * only for the keys the table gives.
 */
export function presentWeights<K extends string>(
  weights: Readonly<Partial<Record<K, number>>>,
): Record<K, number> {
  const present = {} as Record<K, number>;
  for (const key of Object.keys(weights) as K[]) {
    const weight = weights[key];
    if (weight !== undefined) present[key] = weight;
  }
  return present;
}
