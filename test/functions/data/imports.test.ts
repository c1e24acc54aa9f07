import {
  getDatasetLabel,
  listImportJobs,
  recordImportProgress,
  saveImportJob,
  setDatasetLabel,
  type ImportJob,
} from '../../../functions/data/imports';
import type { Store } from '../../../functions/data/store';
import { freshStore } from '../../helpers/store';

/** A job started at minute `minute` of a day. */
function job(id: string, minute: number, overrides: Partial<ImportJob> = {}): ImportJob {
  const startedAt = `2024-05-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
  return {
    id,
    documentHash: `hash-${id}`,
    status: 'incomplete',
    startedAt,
    updatedAt: startedAt,
    startedBy: 'admin-1',
    total: 1_000,
    written: 0,
    counts: { firms: { created: 10, updated: 0, unchanged: 0 } },
    ...overrides,
  };
}

describe('import jobs', () => {
  let store: Store;
  beforeEach(async () => {
    store = await freshStore('imports');
  });

  it('are listed newest first', async () => {
    for (const [id, minute] of [
      ['b', 20],
      ['a', 10],
      ['c', 30],
    ] as const)
      await saveImportJob(store, job(id, minute));

    const jobs = await listImportJobs(store);

    expect(jobs.map((each) => each.id)).toEqual(['c', 'b', 'a']);
    expect(jobs[0]).toEqual(job('c', 30));
  });

  it('are listed up to the limit asked for, newest first', async () => {
    for (let minute = 0; minute < 5; minute++) await saveImportJob(store, job(`j${minute}`, minute));

    expect((await listImportJobs(store, 2)).map((each) => each.id)).toEqual(['j4', 'j3']);
  });

  it('are saved again in place when resumed', async () => {
    await saveImportJob(store, job('resumed', 5));

    await saveImportJob(store, job('resumed', 5, { status: 'completed', written: 1_000 }));

    expect(await listImportJobs(store)).toEqual([job('resumed', 5, { status: 'completed', written: 1_000 })]);
  });

  it('move their progress forward, keeping the rest', async () => {
    const started = job('progress', 7);
    await saveImportJob(store, started);

    await recordImportProgress(store, started, 250, '2024-05-01T10:08:00.000Z');
    await recordImportProgress(store, started, 500, '2024-05-01T10:09:00.000Z');

    expect(await listImportJobs(store)).toEqual([
      { ...started, written: 500, updatedAt: '2024-05-01T10:09:00.000Z' },
    ]);
  });
});

describe('dataset label', () => {
  it('is undefined until set, then the last label set', async () => {
    const store = await freshStore('label');
    const before = await getDatasetLabel(store);

    await setDatasetLabel(store, 'sample 2024-05', '2024-05-01T10:00:00.000Z');
    const first = await getDatasetLabel(store);
    await setDatasetLabel(store, 'official 2024-06', '2024-06-01T10:00:00.000Z');

    expect(before).toBeUndefined();
    expect(first).toBe('sample 2024-05');
    expect(await getDatasetLabel(store)).toBe('official 2024-06');
  });
});
