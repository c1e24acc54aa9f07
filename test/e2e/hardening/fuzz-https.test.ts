import fc from 'fast-check';
import { useApiServer } from '../../helpers/api-server';
import {
  AcceptedWrites,
  budgetVersionsGained,
  expectSoundAnswer,
  FUZZED_ENDPOINTS,
  type FuzzRequest,
  sendFuzzed,
} from '../../helpers/fuzz-requests';
import { fetchLocal } from '../../helpers/local-server';
import { conformanceChecker, type RecordedResponse } from '../../helpers/openapi-conformance';

// A sample of the in-process fuzzer's requests, sent over HTTPS to the running server (built bundle,
// Node's HTTP parser and TLS in the way): the same checks must hold there.
const served = useApiServer();
jest.setTimeout(180_000);
const SAMPLE = 60;

const accepted = new AcceptedWrites();
const answers: RecordedResponse[] = [];

async function send(sent: FuzzRequest, token: string) {
  const answer = await sendFuzzed((url, init) => fetchLocal(`${served.server.url}${url}`, init), sent, token);
  const isJson = answer.contentType?.includes('json') && answer.text !== '';
  answers.push({ ...sent, ...answer, body: isJson ? JSON.parse(answer.text) : answer.text });
  return answer;
}

describe(`fuzzing over HTTPS (a sample of ${SAMPLE} generated requests per endpoint, the running server)`, () => {
  it.each(FUZZED_ENDPOINTS)('%s: never a 500, every error problem+json', async (_name, requests) => {
    const token = await served.api.token('admin');
    for (const sent of fc.sample(requests, { numRuns: SAMPLE, seed: 2010 })) {
      const answer = await send(sent, token);
      expectSoundAnswer(sent, answer);
      accepted.count(sent, answer);
    }
  });

  it('every answer on a path of the contract matches the contract', async () => {
    const check = await conformanceChecker((await served.api.get('/v1/openapi.json')).body, {
      skipUnknownPaths: true,
    });

    expect(answers.length).toBe(SAMPLE * FUZZED_ENDPOINTS.length);
    expect([...new Set(answers.map(check).filter((problem) => problem !== undefined))]).toEqual([]);
  });

  it('wrote nothing on rejection: import jobs and budget versions account only for accepted writes', async () => {
    const jobs = await served.api.get('/v1/imports', { role: 'admin' });
    const versionsGained = await budgetVersionsGained(
      async (url) => (await served.api.get(url, { role: 'finance' })).body,
    );

    expect(jobs.status).toBe(200);
    // The seed's own import, and one per accepted import.
    expect((jobs.body as { items: unknown[] }).items.length).toBeLessThanOrEqual(1 + accepted.imports);
    expect(versionsGained).toBe(accepted.patches);
  });
});
