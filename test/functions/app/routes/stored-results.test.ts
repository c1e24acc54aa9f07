/**
 * The stored results of `GET /v1/editions/{id}/indicators` and `GET /v1/effects` (docs/architecture.md,
 * "Decisions"): equal to a fresh computation from the raw items, never older than the last completed
 * import, computed once per process however many readers wait, with budget rates always read fresh.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { createApp } from '../../../../functions/app/create-app';
import { otherApplications } from '../../../../functions/app/routes/editions';
import { verifyingAuthenticator } from '../../../../functions/auth/authenticators';
import { openDevTokens, type DevTokens } from '../../../../functions/auth/dev-tokens';
import { listBudget } from '../../../../functions/data/budget';
import {
  getEditionContents,
  getEditions,
  getEditionsApplications,
} from '../../../../functions/data/editions';
import { getFirms } from '../../../../functions/data/firms';
import { getDataVersion } from '../../../../functions/data/imports';
import { editionResultKey, POOLED_RESULT_KEY, RESULTS_PK } from '../../../../functions/data/keys';
import { getStoredResult } from '../../../../functions/data/results';
import type { Store } from '../../../../functions/data/store';
import { runImport } from '../../../../functions/import/run-import';
import {
  budgetRates,
  editionIndicators,
  programmeEffects,
  type EditionIndicators,
  type ProgrammeEffects,
} from '../../../../shared/edition';
import type { BudgetLine, ImportDocument, Role } from '../../../../shared/schemas';
import { FAULTS, faultyStore } from '../../../helpers/faulty-store';
import { smallSample } from '../../../helpers/route-app';
import { freshStore } from '../../../helpers/store';

/** A store whose result writes are counted, by sort key (`EDITION#2008`, `POOLED`). */
function countingStore(store: Store) {
  const computed: string[] = [];
  const send = ((command: Parameters<Store['doc']['send']>[0], options?: unknown) => {
    if (command instanceof PutCommand && command.input.Item?.pk === RESULTS_PK)
      computed.push(String(command.input.Item.sk));
    return (store.doc.send as (c: unknown, o?: unknown) => Promise<unknown>)(command, options);
  }) as Store['doc']['send'];
  return { store: { table: store.table, doc: { send } }, computed };
}

let raw: Store;
let counted: ReturnType<typeof countingStore>;
let tokens: DevTokens;
const sample = smallSample();

beforeAll(async () => {
  raw = await freshStore('stored_results');
  const imported = await runImport(raw, sample, { dryRun: false, who: 'seed' });
  if (!imported.ok) throw new Error('the sample did not import');
  counted = countingStore(raw);
  tokens = await openDevTokens(mkdtempSync(path.join(tmpdir(), 'spring-stored-results-')));
});

/** The app of version `version` on the counting store, and a call of it. */
function appOf(version: string) {
  const app = createApp({
    version,
    store: counted.store,
    authenticate: verifyingAuthenticator(tokens.verify),
  });
  return async (method: string, url: string, role: Role = 'officer', body?: unknown, headers = {}) => {
    const token = await tokens.sign(role);
    const response = await app.request(url, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as unknown };
  };
}

/** The indicators computed now from the raw items of the store, as the route computed them before results were stored. */
async function freshIndicators(id: string, localK?: number): Promise<EditionIndicators> {
  const [contents, all] = await Promise.all([getEditionContents(raw, id), getEditionsApplications(raw)]);
  if (!contents.edition) throw new Error(`no edition ${id}`);
  const firmIds = [...new Set([...contents.projects, ...contents.applications].map((e) => e.firmId))];
  return editionIndicators({
    edition: contents.edition,
    projects: contents.projects,
    applications: contents.applications,
    otherApplications: otherApplications(all, id),
    firms: await getFirms(raw, firmIds),
    budget: contents.budget,
    ...(localK === undefined ? {} : { localK }),
  });
}

/** The effects computed now from the raw items. */
async function freshEffects(): Promise<ProgrammeEffects> {
  const editions = await getEditions(raw);
  const effects = await Promise.all(
    editions.map(async ({ id }) => ({ edition: id, ...(await freshIndicators(id)).effect })),
  );
  return programmeEffects(effects);
}

/** The stored result of edition `id`, parsed. */
async function stored(id: string) {
  const result = await getStoredResult(raw, editionResultKey(id));
  if (!result) throw new Error(`no stored result for ${id}`);
  return { ...result, indicators: JSON.parse(result.json) as EditionIndicators };
}

/** Computations of edition results (and pooled ones) since `before`. */
const since = (before: number) => counted.computed.slice(before);

/** An admitted applicant of 2008 with exports in its window, and a document multiplying them by 10. */
function exportsChange(factor: number): ImportDocument {
  const admitted = (sample.applications ?? []).filter((a) => a.edition === '2008' && a.status === 'admitted');
  const firmId = admitted.find((a) =>
    (sample.exports ?? []).some((flow) => flow.firmId === a.firmId && flow.year === 2007 && flow.value > 0),
  )?.firmId;
  if (!firmId) throw new Error('no admitted exporter in 2008');
  return {
    label: `exports of ${firmId} x${factor}`,
    exports: (sample.exports ?? [])
      .filter((flow) => flow.firmId === firmId)
      .map((flow) => ({ ...flow, value: flow.value * factor + 1 })),
  };
}

describe('stored edition indicators', () => {
  it('equal the fresh computation after an import, are stored with both versions, and are then served', async () => {
    const get = appOf('1.0.0');
    const before = counted.computed.length;

    const first = await get('GET', '/v1/editions/2008/indicators');
    const second = await get('GET', '/v1/editions/2008/indicators');

    expect(first.status).toBe(200);
    expect(first.body).toEqual(await freshIndicators('2008'));
    expect(second.body).toEqual(first.body);
    expect(since(before)).toEqual(['EDITION#2008']);
    const item = await stored('2008');
    expect(item).toMatchObject({ dataVersion: await getDataVersion(raw), appVersion: '1.0.0+rules.1' });
    // Budget rates are never stored: they are read with the lines on every read.
    expect(item.indicators).toEqual({
      ...(first.body as EditionIndicators),
      commitmentRate: null,
      paymentRate: null,
      absorption: null,
    });
  });

  it('are computed again, and equal the fresh computation, when the app version changes', async () => {
    await appOf('1.0.0')('GET', '/v1/editions/2007/indicators');
    const before = counted.computed.length;

    const answer = await appOf('1.0.1')('GET', '/v1/editions/2007/indicators');

    expect(answer.body).toEqual(await freshIndicators('2007'));
    expect(since(before)).toEqual(['EDITION#2007']);
    expect((await stored('2007')).appVersion).toBe('1.0.1+rules.1');
  });

  it("serve the new numbers after an import that changed a firm's exports, never the old ones", async () => {
    const get = appOf('1.0.0');
    const old = (await get('GET', '/v1/editions/2008/indicators')).body;
    const version = await getDataVersion(raw);

    const imported = await runImport(raw, exportsChange(10), { dryRun: false, who: 'test' });
    const after = await get('GET', '/v1/editions/2008/indicators');

    expect(imported.ok).toBe(true);
    expect(await getDataVersion(raw)).toBe(version + 1);
    expect(after.body).not.toEqual(old);
    expect(after.body).toEqual(await freshIndicators('2008'));
    expect((await stored('2008')).dataVersion).toBe(version + 1);
  });

  it('leave the data version alone on a dry run and on an import that changes nothing', async () => {
    const version = await getDataVersion(raw);

    await runImport(raw, exportsChange(10), { dryRun: true, who: 'test' });
    await runImport(raw, exportsChange(10), { dryRun: false, who: 'test' });

    expect(await getDataVersion(raw)).toBe(version);
  });

  it('are stale after an interrupted import finished by a re-run that finds nothing left to write', async () => {
    const get = appOf('1.0.0');
    const version = await getDataVersion(raw);
    // The import's second Put, its audit entry, fails: every data write is done, the job is left incomplete.
    const { store: failing } = faultyStore(raw, ({ command, nth }) =>
      command === 'Put' && nth === 2 ? FAULTS.throttled : undefined,
    );
    await expect(runImport(failing, exportsChange(4), { dryRun: false, who: 'test' })).rejects.toThrow();
    // Until the import completes, the result of the last completed one may still be served.
    const between = (await get('GET', '/v1/editions/2008/indicators')).body;

    const rerun = await runImport(raw, exportsChange(4), { dryRun: false, who: 'test' });

    expect(rerun.ok && rerun.report.counts.exports).toMatchObject({ created: 0, updated: 0 });
    expect(await getDataVersion(raw)).toBe(version + 1);
    const after = await get('GET', '/v1/editions/2008/indicators');
    expect(after.body).not.toEqual(between);
    expect(after.body).toEqual(await freshIndicators('2008'));
    expect((await stored('2008')).dataVersion).toBe(version + 1);
  });

  it('are computed once for many concurrent readers of a stale result in one process', async () => {
    const get = appOf('1.0.0');
    await runImport(raw, exportsChange(3), { dryRun: false, who: 'test' });
    const before = counted.computed.length;

    const answers = await Promise.all(
      Array.from({ length: 10 }, () => get('GET', '/v1/editions/2009-2010/indicators')),
    );

    expect(since(before)).toEqual(['EDITION#2009-2010']);
    const fresh = await freshIndicators('2009-2010');
    for (const answer of answers) expect(answer.body).toEqual(fresh);
  });

  it('keep their firm-based part while 20 budget writes race with reads, the budget rates right', async () => {
    const get = appOf('1.0.0');
    await get('GET', '/v1/editions/2008/indicators');
    const kept = await stored('2008');
    const before = counted.computed.length;
    const lines = await listBudget(raw, '2008');
    expect(lines.length).toBeGreaterThan(0);

    /** Raises a line's allocation `times` times, one write after the other. */
    const raise = async (line: BudgetLine, times: number) => {
      let version = line.version;
      for (let i = 1; i <= times; i++) {
        const answer = await get(
          'PATCH',
          `/v1/editions/2008/budget/${line.lineId}`,
          'finance',
          { allocated: line.allocated + i * 1000 },
          { 'if-match': `"${version}"` },
        );
        expect(answer.status).toBe(200);
        version = (answer.body as BudgetLine).version;
      }
    };
    const writes = lines.map((line, i) =>
      raise(line, Math.floor(20 / lines.length) + (i < 20 % lines.length ? 1 : 0)),
    );
    const reads = Array.from({ length: 10 }, () => get('GET', '/v1/editions/2008/indicators'));
    const [, answers] = await Promise.all([Promise.all(writes), Promise.all(reads)]);
    const after = await get('GET', '/v1/editions/2008/indicators');

    for (const answer of answers) expect(answer.status).toBe(200);
    expect(after.body).toEqual(await freshIndicators('2008'));
    expect(after.body).toMatchObject(budgetRates(await listBudget(raw, '2008')));
    expect(after.body).toEqual({ ...kept.indicators, ...budgetRates(await listBudget(raw, '2008')) });
    expect(since(before)).toEqual([]);
    expect(await stored('2008')).toEqual(kept);
  });

  it('are computed on read and not stored for another K of the local effect', async () => {
    const get = appOf('1.0.0');
    await get('GET', '/v1/editions/2008/indicators');
    const kept = await stored('2008');
    const before = counted.computed.length;

    const answer = await get('GET', '/v1/editions/2008/indicators?local=5');

    expect(answer.body).toEqual(await freshIndicators('2008', 5));
    expect((answer.body as EditionIndicators).local.k).toBe(5);
    expect(since(before)).toEqual([]);
    expect(await stored('2008')).toEqual(kept);
  });

  it('still answer 404 for an edition the store does not have', async () => {
    const answer = await appOf('1.0.0')('GET', '/v1/editions/1999/indicators');

    expect(answer.status).toBe(404);
  });
});

describe('stored effects', () => {
  it('equal the fresh computation after an import, stored once, then served', async () => {
    const get = appOf('1.0.0');
    await runImport(raw, exportsChange(5), { dryRun: false, who: 'test' });
    const before = counted.computed.length;

    const first = await get('GET', '/v1/effects');
    const second = await get('GET', '/v1/effects');

    expect(first.body).toEqual(await freshEffects());
    expect(second.body).toEqual(first.body);
    expect([...since(before)].sort()).toEqual(
      ['EDITION#2006', 'EDITION#2007', 'EDITION#2008', 'EDITION#2009-2010', 'POOLED'].sort(),
    );
    expect((await getStoredResult(raw, POOLED_RESULT_KEY))?.dataVersion).toBe(await getDataVersion(raw));
  });

  it('are made from the stored per-edition results, not from the raw items', async () => {
    const get = appOf('1.0.0');
    await get('GET', '/v1/effects');
    const edition = await getStoredResult(raw, editionResultKey('2006'));
    if (!edition) throw new Error('no stored result for 2006');
    const indicators = JSON.parse(edition.json) as EditionIndicators;
    const marked = { ...indicators.effect.markets, estimate: 123.5 };
    // The 2006 result as a (hypothetical) other computation stored it, and the pooled result gone.
    await raw.doc.send(
      new PutCommand({
        TableName: raw.table,
        Item: {
          ...editionResultKey('2006'),
          ...edition,
          json: JSON.stringify({ ...indicators, effect: { ...indicators.effect, markets: marked } }),
        },
      }),
    );
    await raw.doc.send(new DeleteCommand({ TableName: raw.table, Key: POOLED_RESULT_KEY }));
    const before = counted.computed.length;

    const answer = (await get('GET', '/v1/effects')).body as ProgrammeEffects;

    expect(answer.editions.find((e) => e.edition === '2006')?.markets).toEqual(marked);
    expect(since(before)).toEqual(['POOLED']);
  });

  it('are computed once for concurrent readers, and never served from before an import', async () => {
    const get = appOf('1.0.0');
    await get('GET', '/v1/effects');
    await runImport(raw, exportsChange(7), { dryRun: false, who: 'test' });
    const before = counted.computed.length;

    const answers = await Promise.all(Array.from({ length: 5 }, () => get('GET', '/v1/effects')));

    expect(since(before).filter((sk) => sk === 'POOLED')).toHaveLength(1);
    expect(since(before)).toHaveLength(5);
    const fresh = await freshEffects();
    for (const answer of answers) expect(answer.body).toEqual(fresh);
  });
});
