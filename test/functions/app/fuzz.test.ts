import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { createApp } from '../../../functions/app/create-app';
import { verifyingAuthenticator } from '../../../functions/auth/authenticators';
import { openDevTokens } from '../../../functions/auth/dev-tokens';
import { listImportJobs } from '../../../functions/data/imports';
import type { Store } from '../../../functions/data/store';
import { runImport } from '../../../functions/import/run-import';
import { generateSampleData } from '../../../functions/sample';
import {
  AcceptedWrites,
  budgetVersionsGained,
  expectSoundAnswer,
  FUZZED_ENDPOINTS,
  type FuzzRequest,
  sendFuzzed,
} from '../../helpers/fuzz-requests';
import { freshStore } from '../../helpers/store';

// Every endpoint gets 1,000 generated requests through app.request on the real store.
jest.setTimeout(600_000);
const RUNS = 1000;

let store: Store;
let app: ReturnType<typeof createApp>;
let token: string;
beforeAll(async () => {
  store = await freshStore('fuzz');
  const imported = await runImport(store, generateSampleData(), { dryRun: false, who: 'test' });
  if (!imported.ok) throw new Error('the sample did not import');
  const tokens = await openDevTokens(mkdtempSync(path.join(tmpdir(), 'spring-fuzz-')));
  app = createApp({
    version: 'test',
    store,
    authenticate: verifyingAuthenticator(tokens.verify),
    devTokens: tokens,
  });
  token = await tokens.sign('admin');
});

const accepted = new AcceptedWrites();

/** Sends one generated request through the app and checks the answer. */
async function probe(sent: FuzzRequest): Promise<void> {
  const answer = await sendFuzzed((url, init) => app.request(url, init), sent, token);
  expectSoundAnswer(sent, answer);
  accepted.count(sent, answer);
}

describe('fuzzing every endpoint (fast-check, 1,000 requests each, on the real store)', () => {
  it.each(FUZZED_ENDPOINTS)(
    '%s never answers 500, and answers every error as problem+json',
    async (_name, requests) => {
      await fc.assert(fc.asyncProperty(requests, probe), { numRuns: RUNS, seed: 2006 });
    },
  );

  it('wrote nothing on rejection: import jobs and budget versions account only for accepted writes', async () => {
    const jobs = await listImportJobs(store);
    const versionsGained = await budgetVersionsGained(async (url) => {
      const response = await app.request(url, { headers: { authorization: `Bearer ${token}` } });
      return response.json();
    });

    expect(jobs.length).toBeLessThanOrEqual(1 + accepted.imports);
    expect(versionsGained).toBe(accepted.patches);
  });
});
