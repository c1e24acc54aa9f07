/**
 * `npx tsx functions/sample/cli.ts [--scale N] [--seed N] [--out FILE]`: writes the synthetic sample
 * import document as JSON, to stdout unless `--out` is given. Progress goes to stderr on large scales,
 * so stdout stays a clean document. Exit codes: 0 done, 1 could not write, 2 bad command line.
 */
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseCliArgs, USAGE, type CliArgs } from './cli-args';
import { generateSampleData } from './generate';
import { jsonChunks } from './serialize';
import type { ImportDocument } from '../../shared/schemas';
import { SampleUsageError } from '../errors';

// From this scale on a run takes long enough to deserve progress lines.
const PROGRESS_FROM_SCALE = 10;

function say(message: string): void {
  process.stderr.write(`sample: ${message}\n`);
}

/** The document's JSON chunks and a final newline, as a stream that honours backpressure. */
function documentStream(
  document: ImportDocument,
  progress: ((message: string) => void) | undefined,
): Readable {
  const onSection =
    progress && ((section: string, rows: number) => progress(`writing ${section}: ${rows} rows`));
  function* withNewline(): Generator<string> {
    yield* jsonChunks(document, onSection);
    yield '\n';
  }
  return Readable.from(withNewline());
}

function isBrokenPipe(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'EPIPE';
}

async function main(argv: readonly string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof SampleUsageError)) throw error;
    say(`${error.message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const started = performance.now();
  const progress = args.scale >= PROGRESS_FROM_SCALE ? say : undefined;
  const target = args.out ?? 'stdout';
  const document = generateSampleData({ seed: args.seed, scale: args.scale, onProgress: progress });
  try {
    const destination = args.out === null ? process.stdout : createWriteStream(args.out);
    await pipeline(documentStream(document, progress), destination);
  } catch (error) {
    // The reader went away (as with `| head`): nothing is wrong with the sample, stop quietly.
    if (args.out === null && isBrokenPipe(error)) return 0;
    const reason = error instanceof Error ? error.message : String(error);
    const hint = args.out === null ? '' : ' Check that the folder exists and is writable.';
    say(`could not write the sample to ${target}: ${reason}.${hint}`);
    return 1;
  }
  if (args.out !== null || progress !== undefined) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    say(`wrote the synthetic sample (scale ${args.scale}, seed ${args.seed}) to ${target} in ${seconds} s`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    say(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  },
);
