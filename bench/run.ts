/**
 * `npm run bench`: runs every benchmark in bench/ in one process and prints one table of the ratios
 * they measured side by side. See bench/README.md for what each figure means and its goal.
 */
import { printFigures, type BenchFigure } from './bench-kit';
import { runFirmsBatchBench } from './firms-batch.bench';
import { runFunctionsBatchingBench } from './functions-batching.bench';
import { runGiniBench } from './gini.bench';
import { runLambdaColdImportBench } from './lambda-cold-import.bench';
import { runLoadBench } from './load.bench';

async function giniRows(): Promise<BenchFigure[]> {
  const rows = await runGiniBench();
  return rows.map((row) => ({
    figure: `${row.name}: time growth`,
    measured: `${row.ratio.toFixed(1)}x`,
    goal: `~${row.predicted.toFixed(1)}x (n log n), not 100x`,
  }));
}

async function main(): Promise<void> {
  const started = Date.now();
  const rows: BenchFigure[] = [];
  const benches = [
    ['gini', giniRows],
    ['firms-batch', () => runFirmsBatchBench()],
    ['functions-batching', () => runFunctionsBatchingBench()],
    ['lambda-cold-import', () => runLambdaColdImportBench()],
    ['load', () => runLoadBench()],
  ] as const;
  for (const [name, bench] of benches) {
    console.log(`bench: ${name} ...`);
    rows.push(...(await bench()));
  }
  console.log('');
  printFigures(rows);
  console.log(`\nall benchmarks in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
