/**
 * `npm run lint`'s import-cycle check: fails on any cycle of value imports between the project's modules
 * (type-only imports are erased at build time, so a cycle made only of them is allowed). A value cycle
 * makes the order modules initialise in depend on which one is imported first: the kind of bug that
 * shows only in one bundle. Uses dpdm's API with `transform` (type-only imports dropped).
 *
 *   npx tsx scripts/check-cycles.ts [entry ...]   (default: every bundle's and command's entry point)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCircular, parseDependencyTree } from 'dpdm';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The entry points of every bundle and command: each module the project runs is reached from one. */
export const ENTRIES = [
  'addin/taskpane/index.tsx',
  'addin/functions/index.ts',
  'addin/auth-dialog/index.ts',
  'functions/lambda.ts',
  'functions/local/start.ts',
  'functions/import/cli.ts',
  'functions/sample/cli.ts',
  'infra/bin/app.ts',
  'scripts/build.ts',
  'scripts/synth.ts',
  'scripts/token.ts',
  'scripts/write-manifest.ts',
  'bench/run.ts',
];

/** The cycles of value imports reachable from `entries`, each as the list of files around it. */
export async function valueImportCycles(entries: string[], cwd = ROOT): Promise<string[][]> {
  const tree = await parseDependencyTree(entries, { cwd, context: cwd, transform: true });
  const ours = Object.fromEntries(Object.entries(tree).filter(([file]) => !file.includes('node_modules')));
  return parseCircular(ours);
}

async function main(): Promise<void> {
  const entries = process.argv.slice(2);
  const cycles = await valueImportCycles(entries.length > 0 ? entries : ENTRIES);
  if (cycles.length === 0) return;
  console.error(`import cycles (value imports; make one side import a type, or move the shared part out):`);
  for (const cycle of cycles) console.error(`  ${[...cycle, cycle[0]].join(' -> ')}`);
  process.exit(1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`check-cycles failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
