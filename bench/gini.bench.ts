/**
 * Shows that gini is O(n log n): times it on 10^3..10^6 random values and prints how the time grows per
 * 10x beside the n·log n prediction (a quadratic method would grow ~100x).
 * Run: `npx tsx bench/gini.bench.ts`.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { gini } from '../shared/indicators';

/** One step of growth: from `fromN` to `n` values. */
export interface GiniBenchRow {
  name: string;
  n: number;
  fromN: number;
  /** Median milliseconds per call at n and at fromN. */
  ms: number;
  fromMs: number;
  /** Measured time ratio ms / fromMs. */
  ratio: number;
  /** What n·log n predicts for that ratio. */
  predicted: number;
}

const SIZES = [1e3, 1e4, 1e5, 1e6];
const SAMPLES = 5;
/** Each sample runs long enough to be well above the timer's resolution. */
const MIN_SAMPLE_MS = 50;

/** Deterministic pseudo-random export values (mulberry32), so runs compare like for like. */
function randomValues(n: number, seed: number): Float64Array {
  let state = seed >>> 0;
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    values[i] = (((t ^ (t >>> 14)) >>> 0) / 4294967296) * 1e6;
  }
  return values;
}

/** Median of a few samples of milliseconds per gini call on n values. */
function medianMs(n: number): number {
  const values = randomValues(n, n);
  let sink = gini(values); // warm-up, and calibrates how many calls a sample needs
  const start = performance.now();
  sink += gini(values);
  const once = Math.max(performance.now() - start, 1e-3);
  const calls = Math.max(1, Math.ceil(MIN_SAMPLE_MS / once));
  const samples: number[] = [];
  for (let s = 0; s < SAMPLES; s++) {
    const t0 = performance.now();
    for (let c = 0; c < calls; c++) sink += gini(values);
    samples.push((performance.now() - t0) / calls);
  }
  // Keeps the calls observable so the engine cannot drop them.
  if (Number.isNaN(sink)) throw new Error('gini returned NaN');
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? Number.NaN;
}

/**
 * Times gini at each size and returns one row per 10x step with the measured and predicted ratios.
 * @example
 * const rows = await runGiniBench(); // [{ name: 'gini 10^3 -> 10^4', ratio: 12.1, predicted: 13.3, ... }, ...]
 */
export async function runGiniBench(): Promise<GiniBenchRow[]> {
  const times = SIZES.map((n) => ({ n, ms: medianMs(n) }));
  const rows: GiniBenchRow[] = [];
  for (let i = 1; i < times.length; i++) {
    const from = times[i - 1];
    const to = times[i];
    if (!from || !to) continue;
    rows.push({
      name: `gini 10^${Math.log10(from.n)} -> 10^${Math.log10(to.n)}`,
      n: to.n,
      fromN: from.n,
      ms: to.ms,
      fromMs: from.ms,
      ratio: to.ms / from.ms,
      predicted: (to.n * Math.log(to.n)) / (from.n * Math.log(from.n)),
    });
  }
  return rows;
}

/** Prints the timings and the growth table. */
function print(rows: GiniBenchRow[]): void {
  console.log('gini: median ms per call (of %d samples)', SAMPLES);
  const first = rows[0];
  if (first)
    console.log(`  n = ${String(first.fromN).padStart(7)}  ${first.fromMs.toFixed(3).padStart(9)} ms`);
  for (const row of rows)
    console.log(`  n = ${String(row.n).padStart(7)}  ${row.ms.toFixed(3).padStart(9)} ms`);
  console.log('\ngrowth per 10x   measured   n·log n predicts   (n^2 would be 100)');
  for (const row of rows) {
    console.log(
      `  ${row.name.padEnd(18)} ${row.ratio.toFixed(1).padStart(7)}x   ${row.predicted.toFixed(1).padStart(9)}x`,
    );
  }
  // V8's own Float64Array sort shows the same first step: 10^3 values (8 KB) sit in L1 cache, 10^4 do not.
  console.log(
    '(the first step is inflated by caches: 10^3 values fit in L1; the later steps show the trend)',
  );
}

const argv1 = process.argv[1];
if (argv1 !== undefined && import.meta.url === pathToFileURL(argv1).href) {
  runGiniBench()
    .then(print)
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
