/** What every benchmark shares: the figure it reports, medians, and running alone from the command line. */
import { pathToFileURL } from 'node:url';

/** One figure of a bench: a ratio (or size) measured in this run, beside its goal. */
export interface BenchFigure {
  figure: string;
  measured: string;
  goal: string;
}

/** The median of some timings. */
export const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/**
 * Runs `bench` when its module is the one started (`npx tsx bench/x.bench.ts`), printing its figures;
 * does nothing when `bench/run.ts` imports it.
 */
export function runWhenStarted(moduleUrl: string, bench: () => Promise<BenchFigure[]>): void {
  const started = process.argv[1];
  if (started === undefined || moduleUrl !== pathToFileURL(started).href) return;
  bench().then(
    (figures) => printFigures(figures),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}

/** Prints figures as a plain table: figure, measured, goal. */
export function printFigures(rows: readonly BenchFigure[]): void {
  const width = (key: keyof BenchFigure) => Math.max(key.length, ...rows.map((row) => row[key].length));
  const [f, m, g] = [width('figure'), width('measured'), width('goal')];
  console.log(`${'figure'.padEnd(f)}  ${'measured'.padStart(m)}  goal`);
  console.log(`${'-'.repeat(f)}  ${'-'.repeat(m)}  ${'-'.repeat(g)}`);
  for (const row of rows) console.log(`${row.figure.padEnd(f)}  ${row.measured.padStart(m)}  ${row.goal}`);
}

/** How long `fn` takes, in milliseconds. */
export async function elapsedMs(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/**
 * Medians of several measurements taken in alternation, `rounds` each after one warm-up each, so that
 * every variant sees the same machine and the same state. Each variant returns its own milliseconds.
 */
export async function interleavedMedians(
  variants: (() => Promise<number>)[],
  rounds: number,
): Promise<number[]> {
  for (const variant of variants) await variant();
  const times: number[][] = variants.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (const [index, variant] of variants.entries()) times[index]?.push(await variant());
  }
  return times.map(median);
}
