import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateSampleData } from '../../../functions/sample';
import type { ImportDocument } from '../../../shared/schemas';
import { fetchLocal, startLocalServer, type LocalServerProcess } from '../../helpers/local-server';
import { dynamoEndpoint, uniqueTable } from '../../helpers/store';
import { runCli, trimmedSample, writeWorkbook } from './workbook-fixture';

/** The line of the counts table for `entity`: created, updated, unchanged. */
function countsLine(entity: string, created: number, updated: number, unchanged: number): RegExp {
  const n = (value: number) => value.toLocaleString('en-US');
  return new RegExp(`^ +${entity} +${n(created)} +${n(updated)} +${n(unchanged)}$`, 'm');
}

function rowsOf(document: ImportDocument): number {
  return Object.values(document).reduce<number>(
    (sum, rows) => sum + (Array.isArray(rows) ? rows.length : 0),
    0,
  );
}

describe('npm run import', () => {
  let folder: string;
  let server: LocalServerProcess;
  let serverEnv: NodeJS.ProcessEnv;
  const sample = generateSampleData();
  const sampleFile = () => path.join(folder, 'sample.json');
  const timings: string[] = [];

  beforeAll(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'spring-import-cli-'));
    writeFileSync(sampleFile(), JSON.stringify(sample));
    server = await startLocalServer({ SPRING_SEED: 'false' });
    // The CLI signs its admin token with the development key in the server's data folder.
    serverEnv = { SPRING_DATA_DIR: server.dataDir };
  }, 30_000);

  afterAll(async () => {
    await server?.stop();
    rmSync(folder, { recursive: true, force: true });
    if (timings.length > 0) process.stdout.write(`import CLI timings: ${timings.join(', ')}\n`);
  });

  it('imports a JSON file over HTTPS and prints the counts per entity', async () => {
    const run = await runCli([sampleFile(), '--url', server.url], serverEnv);

    timings.push(`scale-1 sample over HTTP ${run.seconds.toFixed(1)} s`);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      `Sending ${sampleFile()} (${rowsOf(sample).toLocaleString('en-US')} rows) to ${server.url} ...`,
    );
    expect(run.stdout).toContain(`Imported into ${server.url}`);
    expect(run.stdout).toMatch(countsLine('firms', sample.firms?.length ?? 0, 0, 0));
    expect(run.stdout).toMatch(countsLine('exports', sample.exports?.length ?? 0, 0, 0));
    expect(run.stdout).toMatch(countsLine('total', rowsOf(sample), 0, 0));
  });

  it('changes nothing when the same file is imported again', async () => {
    const run = await runCli([sampleFile(), '--url', server.url], serverEnv);

    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(countsLine('total', 0, 0, rowsOf(sample)));
  });

  it('validates and counts on --dry-run, writing nothing, with a token from SPRING_TOKEN', async () => {
    const answer = await fetchLocal(`${server.url}/v1/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'admin' }),
    });
    const { token } = (await answer.json()) as { token: string };
    const file = path.join(folder, 'new-tem.json');
    const tem = {
      id: 'T-NEW',
      name: 'Nuovo Tem',
      provider: 'Export Lab',
      languages: ['it'],
      markets: ['DE'],
    };
    writeFileSync(file, JSON.stringify({ tems: [tem] }));
    const env = { SPRING_TOKEN: token, SPRING_DATA_DIR: folder };

    const first = await runCli([file, '--url', server.url, '--dry-run'], env);
    const second = await runCli([file, '--url', server.url, '--dry-run'], env);

    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`Dry run on ${server.url}`);
    expect(first.stdout).toContain('nothing was written');
    expect(first.stdout).toMatch(countsLine('tems', 1, 0, 0));
    expect(second.stdout).toMatch(countsLine('tems', 1, 0, 0));
  });

  it('imports an .xlsx workbook as the JSON it was made from', async () => {
    const file = path.join(folder, 'trimmed.xlsx');
    const { label: _label, ...document } = trimmedSample(20);
    await writeWorkbook(file, document);

    const run = await runCli([file, '--url', server.url], serverEnv);

    expect(run.status).toBe(0);
    expect(run.stdout).toContain("note: sheet 'Read me' ignored");
    // The sample is in the store already: every row of the workbook matches it exactly.
    expect(run.stdout).toMatch(countsLine('total', 0, 0, rowsOf(document)));
  });

  it('rejects a document with bad rows, prints each problem and exits with 1', async () => {
    const file = path.join(folder, 'bad.json');
    const [flow] = sample.exports ?? [];
    const bad = {
      exports: [
        { ...flow, value: -1 },
        { ...flow, year: 2009 },
        { ...flow, year: 2010, country: 'IT' },
      ],
    };
    writeFileSync(file, JSON.stringify(bad));

    const run = await runCli([file, '--url', server.url], serverEnv);

    expect(run.status).toBe(1);
    expect(run.stderr).toContain('The document was not imported: 2 problems; nothing was written.');
    expect(run.stderr).toContain(
      '  exports row 0 value: value must be an amount in EUR of 0 or more (got -1)',
    );
    expect(run.stderr).toMatch(/^ {2}exports row 2 country: .+$/m);
    expect(run.stderr).not.toContain('exports row 1');
  });

  it('says which sheet row a bad row of a workbook is on', async () => {
    const file = path.join(folder, 'bad.xlsx');
    const [flow] = sample.exports ?? [];
    await writeWorkbook(file, { exports: [flow!, { ...flow!, year: 2009, value: -5 }] });

    const run = await runCli([file, '--url', server.url], serverEnv);

    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      '  exports row 1 value: value must be an amount in EUR of 0 or more (got -5) (sheet Exports row 3)',
    );
  });

  it('imports in process with --direct, showing progress for a large document', async () => {
    const table = uniqueTable('cli');

    const run = await runCli([sampleFile(), '--direct', '--table', table], {
      DYNAMODB_ENDPOINT: dynamoEndpoint(),
    });

    timings.push(`scale-1 sample direct ${run.seconds.toFixed(1)} s`);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`in process into DynamoDB at ${dynamoEndpoint()}, table ${table} ...`);
    const lines = [...run.stdout.matchAll(/^ {2}written [\d,]+ of [\d,]+ items \((\d+)%\)$/gm)];
    // One line as each tenth is passed.
    expect(lines.map((line) => Math.floor(Number(line[1]) / 10))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(run.stdout).toMatch(countsLine('total', rowsOf(sample), 0, 0));
  });

  it('sends a document over the 5.5 MB limit in parts: every part dry-run, then imported; again, all unchanged', async () => {
    const file = path.join(folder, 'large.json');
    const large = generateSampleData({ scale: 7 });
    writeFileSync(file, JSON.stringify(large));

    const first = await runCli([file, '--url', server.url], serverEnv);
    const again = await runCli([file, '--url', server.url], serverEnv);

    timings.push(`scale-7 sample in parts over HTTP ${first.seconds.toFixed(1)} s`);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(
      /^\S+large\.json is \d+\.\d MB, over the server's 5\.5 MB limit: it is sent in parts\.$/m,
    );
    const steps = [...first.stdout.matchAll(/^ {2}(dry-run|import) part (\d+) of (\d+) /gm)];
    const parts = Number(steps[0]?.[3]);
    expect(parts).toBeGreaterThan(1);
    expect(steps.map((step) => `${step[1]} ${step[2]}`)).toEqual([
      ...Array.from({ length: parts }, (_, at) => `dry-run ${at + 1}`),
      ...Array.from({ length: parts }, (_, at) => `import ${at + 1}`),
    ]);
    expect(first.stdout).toContain(`Imported into ${server.url}`);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(countsLine('total', 0, 0, rowsOf(large)));
  }, 600_000);

  it('sends in parts when asked, listing every bad row by its place in the whole document', async () => {
    const file = path.join(folder, 'bad-parts.json');
    const flows = (sample.exports ?? []).slice(0, 4000).map((flow) => ({ ...flow }));
    flows[5] = { ...flows[5]!, value: -1 };
    flows[3900] = { ...flows[3900]!, value: -2 };
    writeFileSync(file, JSON.stringify({ firms: sample.firms, exports: flows }));

    const run = await runCli([file, '--url', server.url, '--part-mb', '0.2'], serverEnv);

    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(/^ {2}import part/m);
    expect(run.stderr).toContain(
      '  exports row 5 value: value must be an amount in EUR of 0 or more (got -1)',
    );
    expect(run.stderr).toContain(
      '  exports row 3900 value: value must be an amount in EUR of 0 or more (got -2)',
    );
  }, 120_000);

  it('says what to do when the server refuses the token', async () => {
    const file = path.join(folder, 'small.json');
    writeFileSync(file, JSON.stringify({ editions: sample.editions }));

    const run = await runCli([file, '--url', server.url], { SPRING_TOKEN: 'not-a-token' });

    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^import: the server refused the import \(401: .+\)\nset SPRING_TOKEN to an admin token/,
    );
  });

  it('refuses a file that is neither .json nor .xlsx with the usage and exit code 2', async () => {
    const run = await runCli(['data.csv']);

    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^import: data\.csv is not a \.json or \.xlsx file; save the data as one of those\nUsage: npm run import -- /,
    );
  });

  it('says a missing file does not exist and exits with 1', async () => {
    const missing = path.join(folder, 'missing.json');

    const run = await runCli([missing]);

    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`import: ${missing} does not exist; check the path\n`);
  });

  it('says the server cannot be reached, suggests npm start or --direct, and exits with 1', async () => {
    const run = await runCli([sampleFile(), '--url', 'https://localhost:1'], serverEnv);

    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^import: cannot reach the Spring server at https:\/\/localhost:1 \(.+\); start it with npm start, or import in process with --direct\n$/,
    );
  });
});
