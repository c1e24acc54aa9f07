import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { validateImportDocument } from '../../../shared/schemas';
import { generateSampleData } from '../../../functions/sample';

const ROOT = path.resolve(__dirname, '../../..');

/** Runs the CLI as a user would, through tsx. */
function runCli(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'functions/sample/cli.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('sample CLI', () => {
  let folder: string;

  beforeAll(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'spring-sample-'));
  });

  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('writes a valid document to --out, byte-identical to generateSampleData', () => {
    const file = path.join(folder, 'sample.json');

    const { status, stderr } = runCli(['--scale', '0.5', '--seed', '3', '--out', file]);

    const text = readFileSync(file, 'utf8');
    expect(status).toBe(0);
    expect(stderr).toContain(`to ${file}`);
    expect(text).toBe(`${JSON.stringify(generateSampleData({ seed: 3, scale: 0.5 }))}\n`);
    expect(validateImportDocument(JSON.parse(text)).errors).toEqual([]);
  });

  it('writes the document to stdout by default, with nothing on stderr at small scales', () => {
    const { status, stdout, stderr } = runCli(['--scale=0.1']);

    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect((JSON.parse(stdout) as { label: string }).label).toBe('synthetic sample');
  });

  it('refuses an unknown flag with a clear message, the usage and exit code 2', () => {
    const { status, stdout, stderr } = runCli(['--scael', '2']);

    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain("unknown option '--scael'");
    expect(stderr).toContain('Usage: npx tsx functions/sample/cli.ts');
  });

  it('refuses a bad scale and says what a good one is', () => {
    const { status, stderr } = runCli(['--scale', 'lots']);

    expect(status).toBe(2);
    expect(stderr).toContain("--scale must be a number (got 'lots')");
  });

  it('fails with exit code 1 and a hint when the output cannot be written', () => {
    const { status, stderr } = runCli([
      '--scale',
      '0.1',
      '--out',
      path.join(folder, 'missing', 'sample.json'),
    ]);

    expect(status).toBe(1);
    expect(stderr).toContain('could not write the sample');
    expect(stderr).toContain('Check that the folder exists');
  });
});
