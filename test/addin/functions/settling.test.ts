/**
 * Every cell settles, whatever the service does: the built functions.js in a stub Excel runtime, against
 * real sockets on loopback, with a fake clock inside the runtime only (the sockets keep real time).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import FakeTimers from '@sinonjs/fake-timers';
import { fetch as undiciFetch } from 'undici';
import { loadFunctions, type FakeInvocation } from '../../helpers/functions-runtime';

/** A service on loopback whose every answer is decided by `answer`; counts the requests it receives. */
async function service(answer: (request: IncomingMessage, response: ServerResponse) => void) {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    answer(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Answers the sign-in mode; the API routes as `api` says. */
const withAuthConfig =
  (api: (request: IncomingMessage, response: ServerResponse) => void) =>
  (request: IncomingMessage, response: ServerResponse) => {
    if (request.url === '/auth-config.json') {
      response.setHeader('content-type', 'application/json');
      response.end('{"mode":"development"}');
      return;
    }
    api(request, response);
  };

/** Loads functions.js against `url` with a fake clock, signed in. */
async function excelAt(url: string) {
  const clock = FakeTimers.createClock(Date.now());
  const excel = loadFunctions(url, {
    clock,
    fetch: (input, init) => undiciFetch(String(input), init as never),
  });
  excel.runtime.session.signIn({ token: 'a.b.c', name: 'Test officer', roles: ['officer'] });
  return { excel, clock };
}

/** Lets real I/O and the runtime's promises run, without moving the fake clock. */
const settleIo = () => new Promise((resolve) => setTimeout(resolve, 100));

/** Whether a promise has settled yet. */
function tracked<T>(promise: Promise<T>) {
  const state = { settled: false, value: undefined as T | undefined };
  void promise.then((value) => Object.assign(state, { settled: true, value }));
  return state;
}

describe('a service that accepts the connection and never answers', () => {
  let stalled: Awaited<ReturnType<typeof service>>;
  beforeAll(async () => {
    stalled = await service(withAuthConfig(() => undefined));
  });
  afterAll(() => stalled.close());

  it('settles every waiting cell with #N/A "Spring service unreachable" once the 30 s limit has passed, and later requests still go out', async () => {
    const { excel, clock } = await excelAt(stalled.url);
    // Five bursts: five batch requests, one more than the four the client sends at once.
    const bursts: ReturnType<typeof tracked<unknown>>[][] = [];
    for (let burst = 0; burst < 5; burst++) {
      bursts.push(['F0001', 'F0002'].map((id) => tracked(excel.call('STAGE', `${id}${burst}`))));
      await clock.tickAsync(5);
    }
    await settleIo();
    const sentAtFirst = stalled.requests.filter((r) => r === 'POST /v1/firms/batch').length;

    await clock.tickAsync(29_000);
    await settleIo();
    const settledBefore = bursts.flat().filter((cell) => cell.settled).length;
    await clock.tickAsync(1_100);
    await settleIo();
    const firstFour = bursts.slice(0, 4).flat();

    expect(sentAtFirst).toBe(4);
    expect(settledBefore).toBe(0);
    expect(firstFour.every((cell) => cell.settled)).toBe(true);
    expect(firstFour[0]?.value).toEqual({
      code: '#N/A',
      message: 'Spring service unreachable: no answer within 30 s (POST /v1/firms/batch)',
    });
    // The fifth request went out as soon as a slot was free, and has its own 30 s.
    expect(stalled.requests.filter((r) => r === 'POST /v1/firms/batch')).toHaveLength(5);
    await clock.tickAsync(30_100);
    await settleIo();
    expect(bursts[4]?.map((cell) => cell.value)).toEqual([
      expect.objectContaining({ code: '#N/A' }),
      expect.objectContaining({ code: '#N/A' }),
    ]);

    // Nothing is stuck: a later calculation sends its request at once.
    const later = tracked(excel.call('STAGE', 'F0400'));
    await clock.tickAsync(5);
    await settleIo();
    expect(stalled.requests.filter((r) => r === 'POST /v1/firms/batch')).toHaveLength(6);
    await clock.tickAsync(30_100);
    await settleIo();
    expect(later.settled).toBe(true);
  });

  it('abandons a request when Excel cancels every cell waiting on it, and frees its slot', async () => {
    const { excel, clock } = await excelAt(stalled.url);
    const batches = () => stalled.requests.filter((r) => r === 'POST /v1/firms/batch').length;
    const before = batches();
    const invocations: FakeInvocation[] = [{ address: 'Sheet1!A1' }, { address: 'Sheet1!A2' }];
    const cells = invocations.map((invocation, i) => tracked(excel.callAt(invocation, 'STAGE', `F010${i}`)));
    await clock.tickAsync(5);
    await settleIo();
    expect(batches() - before).toBe(1);

    for (const invocation of invocations) invocation.onCanceled?.();
    await settleIo();

    expect(cells.map((cell) => cell.value)).toEqual([
      { code: '#N/A', message: 'Cancelled by Excel' },
      { code: '#N/A', message: 'Cancelled by Excel' },
    ]);
    // Four new bursts all go out at once: the cancelled request no longer holds a slot.
    for (let burst = 0; burst < 4; burst++) {
      void excel.call('STAGE', `F020${burst}`);
      await clock.tickAsync(5);
    }
    await settleIo();
    expect(batches() - before).toBe(5);
    await clock.tickAsync(31_000);
  });
});

describe('a service that answers 200 without items', () => {
  let odd: Awaited<ReturnType<typeof service>>;
  beforeAll(async () => {
    odd = await service(
      withAuthConfig((_request, response) => {
        response.setHeader('content-type', 'application/json');
        response.end('{"firms":[]}');
      }),
    );
  });
  afterAll(() => odd.close());

  it('gives every waiting cell #N/A with a message saying the answer could not be read', async () => {
    const { excel, clock } = await excelAt(odd.url);
    const cells = ['F0001', 'F0002', 'F0003'].map((id) => tracked(excel.call('STAGE', id)));
    await clock.tickAsync(5);
    await settleIo();

    expect(cells.map((cell) => cell.value)).toEqual(
      Array(3).fill({
        code: '#N/A',
        message:
          'The Spring service sent an answer the add-in cannot read (POST /v1/firms/batch: items: Invalid input: expected record, received undefined)',
      }),
    );
  });
});
