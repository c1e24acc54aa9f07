import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateSampleData } from '../../functions/sample';
import { ApiClient } from '../helpers/api-client';
import { startLocalServer } from '../helpers/local-server';
import { uniqueTable } from '../helpers/store';

// Each test starts DynamoDB Local on disk (twice) and imports thousands of items: minutes on a busy 2-core CI.
jest.setTimeout(120_000);

/** The server's own DynamoDB Local on disk, in a data folder of the test's, on a table of the test's. */
function onDisk() {
  return {
    SPRING_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'spring-disk-')),
    SPRING_STORE: 'disk',
    SPRING_TABLE: uniqueTable('disk'),
    DYNAMODB_ENDPOINT: '',
  };
}

/** Processes whose command line mentions `text` (e.g. a DynamoDB Local started on a data folder). */
function processesMentioning(text: string): string[] {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  return lines.filter((line) => line.includes(text) && !line.includes('ps -eo'));
}

describe('npm start on an on-disk store', () => {
  it('keeps the seeded data and edits across a restart, and stops DynamoDB Local with it', async () => {
    const env = onDisk();
    const first = await startLocalServer(env);
    const api = new ApiClient(first.url);
    const { body } = await api.get('/v1/editions/2006/budget', { role: 'officer' });
    const line = (body as { items: { lineId: string; version: number; paid: number }[] }).items[0];
    if (!line) throw new Error('no budget line');
    const edit = await api.patch(
      `/v1/editions/2006/budget/${line.lineId}`,
      { paid: line.paid - 10 },
      {
        role: 'finance',
        headers: { 'if-match': `"${line.version}"` },
      },
    );
    expect(edit.status).toBe(200);
    expect(processesMentioning(env.SPRING_DATA_DIR)).toHaveLength(1);

    expect(await first.stop()).toBe(0);
    expect(processesMentioning(env.SPRING_DATA_DIR)).toEqual([]);

    const second = await startLocalServer(env);
    const again = new ApiClient(second.url);
    const { body: after } = await again.get('/v1/editions/2006/budget', { role: 'officer' });
    await second.stop();

    expect(first.output()).toContain('Empty store: loading the synthetic sample data');
    expect(second.output()).not.toContain('Empty store');
    expect(
      (after as { items: { lineId: string }[] }).items.find((item) => item.lineId === line.lineId),
    ).toMatchObject({
      paid: line.paid - 10,
      version: line.version + 1,
    });
  });

  it('says how to install Java, and exits non-zero, when java is missing', async () => {
    const started = startLocalServer({ ...onDisk(), PATH: '/nonexistent' });

    await expect(started).rejects.toThrow(/exited with 1 before serving/);
    await expect(started).rejects.toThrow(
      /DynamoDB Local needs Java 17, and no `java` was found\. Install it \(Debian\/Ubuntu: `sudo apt-get install -y openjdk-17-jre-headless`/,
    );
  });
});

describe('an import interrupted by a crash', () => {
  it('shows as incomplete after a restart, and a re-run completes it with no duplicates', async () => {
    const env = { ...onDisk(), SPRING_SEED: 'false' };
    const document = generateSampleData({ scale: 3 });
    const server = await startLocalServer(env);
    const api = new ApiClient(server.url);
    const importing = api.post('/v1/import', document, { role: 'admin' }).catch((error: unknown) => error);
    let written = 0;
    while (written < 500) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const { body } = await api.get('/v1/imports', { role: 'admin' });
      written = (body as { items: { written: number }[] }).items[0]?.written ?? 0;
    }

    await server.killGroup();
    await importing;
    const restarted = await startLocalServer(env);
    const after = new ApiClient(restarted.url);
    const { body: jobs } = await after.get('/v1/imports', { role: 'admin' });
    const [interrupted] = (
      jobs as { items: { id: string; status: string; written: number; total: number }[] }
    ).items;
    const rerun = await after.post('/v1/import', document, { role: 'admin' });
    const { body: jobsAfter } = await after.get('/v1/imports', { role: 'admin' });
    const projectIds: string[] = [];
    for (const edition of ['2006', '2007', '2008', '2009-2010']) {
      const { body: page } = await after.get(`/v1/editions/${edition}/projects?limit=500`, { role: 'admin' });
      projectIds.push(...(page as { items: { id: string }[] }).items.map((project) => project.id));
    }
    await restarted.stop();

    expect(interrupted).toMatchObject({ status: 'incomplete' });
    expect(interrupted?.written).toBeLessThan(interrupted?.total ?? 0);
    expect(rerun.status).toBe(200);
    expect((rerun.body as { importId: string }).importId).toBe(interrupted?.id);
    expect((jobsAfter as { items: unknown[] }).items).toEqual([
      expect.objectContaining({ id: interrupted?.id, status: 'completed' }),
    ]);
    expect(projectIds.sort()).toEqual((document.projects ?? []).map((project) => project.id).sort());
  });
});
