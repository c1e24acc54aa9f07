/**
 * `npm run bench`: runs every benchmark in bench/ in one process and prints one table of the ratios
 * they measured side by side. See bench/README.md for what each figure means and its goal.
 */
import { runFirmsBatchBench } from './firms-batch.bench';
import { runFunctionsBatchingBench } from './functions-batching.bench';
import { runGiniBench } from './gini.bench';
import { runLambdaColdImportBench } from './lambda-cold-import.bench';

/** One line of the summary table. */
interface SummaryRow {
  figure: string;
  measured: string;
  goal: string;
}

async function giniRows(): Promise<SummaryRow[]> {
  const rows = await runGiniBench();
  return rows.map((row) => ({
    figure: `${row.name}: time growth`,
    measured: `${row.ratio.toFixed(1)}x`,
    goal: `~${row.predicted.toFixed(1)}x (n log n), not 100x`,
  }));
}

function printTable(rows: SummaryRow[]): void {
  const width = (key: keyof SummaryRow) => Math.max(key.length, ...rows.map((row) => row[key].length));
  const [f, m, g] = [width('figure'), width('measured'), width('goal')];
  console.log(`${'figure'.padEnd(f)}  ${'measured'.padStart(m)}  goal`);
  console.log(`${'-'.repeat(f)}  ${'-'.repeat(m)}  ${'-'.repeat(g)}`);
  for (const row of rows) console.log(`${row.figure.padEnd(f)}  ${row.measured.padStart(m)}  ${row.goal}`);
}

async function main(): Promise<void> {
  const started = Date.now();
  const rows: SummaryRow[] = [];
  const benches = [
    ['gini', giniRows],
    ['firms-batch', () => runFirmsBatchBench()],
    ['functions-batching', () => runFunctionsBatchingBench()],
    ['lambda-cold-import', () => runLambdaColdImportBench()],
  ] as const;
  for (const [name, bench] of benches) {
    console.log(`bench: ${name} ...`);
    rows.push(...(await bench()));
  }
  console.log('');
  printTable(rows);
  console.log(`\nall benchmarks in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
