import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { projectKey } from '../../../functions/data/keys';
import type { Store } from '../../../functions/data/store';
import { runImport } from '../../../functions/import/run-import';
import { loadStoreState } from '../../../functions/import/store-state';
import { generateSampleData } from '../../../functions/sample';
import { freshStore } from '../../helpers/store';

jest.setTimeout(60_000);

const sample = generateSampleData();
const project2008 = (sample.projects ?? []).find((row) => row.edition === '2008');
const line2006 = (sample.budget ?? []).find((row) => row.edition === '2006');

let store: Store;
beforeAll(async () => {
  store = await freshStore('state');
  const imported = await runImport(store, sample, { dryRun: false, who: 'test' });
  if (!imported.ok) throw new Error('the sample did not import');
});

describe('the stored state an import compares against', () => {
  it('reads every named edition whole: projects, applications and budget lines, each under its own edition', async () => {
    const state = await loadStoreState(store, { budget: line2006 ? [line2006] : [] });

    expect(state.editions.has('2006')).toBe(true);
    expect(state.budget.size).toBe((sample.budget ?? []).filter((row) => row.edition === '2006').length);
    expect(state.projects.size).toBe((sample.projects ?? []).filter((row) => row.edition === '2006').length);
    expect([...state.projects.keys()].every((key) => key.startsWith('2006|'))).toBe(true);
  });

  it("compares a project with its own edition's copy, not with a same-id copy left in another edition", async () => {
    // prepare: a copy of a 2008 project under 2006, as a project moved between editions leaves behind
    if (!project2008 || !line2006) throw new Error('the sample lacks a 2008 project or a 2006 budget line');
    await store.doc.send(
      new PutCommand({
        TableName: store.table,
        Item: { ...projectKey('2006', project2008.id), ...project2008, edition: '2006' },
      }),
    );
    // act: the same project as stored under 2008, with a 2006 row so that both editions are read
    const imported = await runImport(
      store,
      { projects: [project2008], budget: [line2006] },
      { dryRun: true, who: 'test' },
    );
    // assess
    expect(imported.ok && imported.report.counts).toEqual({
      projects: { created: 0, updated: 0, unchanged: 1 },
      budget: { created: 0, updated: 0, unchanged: 1 },
    });
  });
});
