/**
 * The Lambda's cold import, each run in a fresh Node process (what a cold start pays before its first
 * request), medians side by side:
 * - the bundle as deployed (dist/functions/index.mjs: one minified ESM file, AWS SDK inside);
 * - the same code unbundled: our code compiled, every dependency loaded from node_modules as published
 *   (what deploying node_modules in the zip would load);
 * - the TypeScript sources through tsx's loader (`node --import tsx`).
 * Run alone: `npx tsx bench/lambda-cold-import.bench.ts` (after `npm run build`).
 */
import { interleavedMedians, runWhenStarted, type BenchFigure } from './bench-kit';
import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = path.join(ROOT, 'dist/functions/index.mjs');
// Inside the project, so that the unbundled file resolves its dependencies from node_modules.
const UNBUNDLED = path.join(ROOT, 'node_modules/.cache/spring-bench/lambda-unbundled.mjs');
const ROUNDS = 7;
const ONE_MB = 1_000_000;

const run = promisify(execFile);

/** Milliseconds a fresh Node process takes to import `file` (its own startup excluded). */
async function coldImportMs(file: string, nodeArgs: string[] = []): Promise<number> {
  const script = `
    const started = performance.now();
    await import(${JSON.stringify(pathToFileURL(file).href)});
    process.stdout.write(String(performance.now() - started));`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SPRING_TABLE: 'bench_cold_import',
    AWS_REGION: 'eu-south-1',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
  delete env.AWS_LAMBDA_FUNCTION_NAME;
  delete env.DYNAMODB_ENDPOINT;
  const { stdout } = await run(process.execPath, [...nodeArgs, '--input-type=module', '-e', script], {
    cwd: ROOT,
    env,
  });
  return Number(stdout);
}

/** Medians of the variants, run in alternation `rounds` times (after one warm-up each, which fills caches). */
/** Our code compiled into one file with every package left to node_modules. */
async function buildUnbundled(): Promise<void> {
  await mkdir(path.dirname(UNBUNDLED), { recursive: true });
  await build({
    entryPoints: [path.join(ROOT, 'functions/lambda.ts')],
    outfile: UNBUNDLED,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
  });
}

/** Runs the bench and returns its figures. */
export async function runLambdaColdImportBench(
  log: (line: string) => void = console.log,
): Promise<BenchFigure[]> {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npm run build first`);
  await buildUnbundled();
  const bytes = statSync(BUNDLE).size;
  log(`lambda-cold-import: fresh Node ${process.version} processes, median of ${ROUNDS} imports each`);
  const [bundled, unbundled, source] = (await interleavedMedians(
    [
      () => coldImportMs(BUNDLE),
      () => coldImportMs(UNBUNDLED),
      () => coldImportMs(path.join(ROOT, 'functions/lambda.ts'), ['--import', 'tsx']),
    ],
    ROUNDS,
  )) as [number, number, number];
  log(
    `  bundle (${(bytes / 1024).toFixed(0)} KiB): ${bundled.toFixed(0)} ms; node_modules unbundled: ` +
      `${unbundled.toFixed(0)} ms; TypeScript sources via tsx: ${source.toFixed(0)} ms`,
  );
  return [
    {
      figure: 'Lambda bundle size (minified, AWS SDK inside)',
      measured: `${(bytes / ONE_MB).toFixed(2)} MB`,
      goal: '< 1 MB',
    },
    {
      figure: 'Lambda cold import: node_modules unbundled / bundle',
      measured: `${(unbundled / bundled).toFixed(1)}x`,
      goal: '> 1x (the bundle loads faster)',
    },
    {
      figure: 'Lambda cold import: sources via tsx / bundle',
      measured: `${(source / bundled).toFixed(1)}x`,
      goal: '> 1x',
    },
  ];
}

runWhenStarted(import.meta.url, () => runLambdaColdImportBench());
