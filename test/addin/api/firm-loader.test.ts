import { FirmLoader, MAX_GATHER_MS, QUIET_MS } from '../../../addin/api/firm-loader';
import type { FirmView } from '../../../shared/api/firms';

/** A firm as the batch answers it (only the id matters here). */
const firm = (id: string) => ({ id }) as unknown as FirmView;

/** A fetchFirms that records each batch and its signal, answering what `answer` says. */
function recorder(
  answer: (ids: string[]) => Promise<Record<string, FirmView | null>> = async (ids) =>
    Object.fromEntries(ids.map((id) => [id, id.startsWith('X') ? null : firm(id)])),
) {
  const batches: { ids: string[]; signal: AbortSignal }[] = [];
  const loader = new FirmLoader((ids, signal) => {
    batches.push({ ids, signal });
    return answer(ids);
  });
  return { loader, batches };
}

beforeEach(() => jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate'] }));
afterEach(() => jest.useRealTimers());

describe('FirmLoader', () => {
  it('gathers the calls of one burst into one batch, each id once, and answers null for unknown ids', async () => {
    const { loader, batches } = recorder();

    const answers = Promise.all(['F1', 'F2', 'F1', 'X9'].map((id) => loader.load(id)));
    await jest.advanceTimersByTimeAsync(QUIET_MS);

    expect(await answers).toEqual([firm('F1'), firm('F2'), firm('F1'), null]);
    expect(batches.map((batch) => batch.ids)).toEqual([['F1', 'F2', 'X9']]);
  });

  it(`sends a burst that keeps coming after ${MAX_GATHER_MS} ms, and 1,000 ids at once without waiting`, async () => {
    const { loader, batches } = recorder();
    for (let ms = 0; ms < MAX_GATHER_MS + 5; ms++) {
      void loader.load(`F${ms}`);
      await jest.advanceTimersByTimeAsync(1);
    }
    expect(batches.length).toBeGreaterThanOrEqual(1);
    expect(batches[0]?.ids.length).toBeLessThanOrEqual(MAX_GATHER_MS + 1);

    const before = batches.length;
    for (let i = 0; i < 1000; i++) void loader.load(`G${i}`);
    expect(batches.length).toBe(before + 1);
    expect(batches.at(-1)?.ids).toHaveLength(1000);
  });

  it('keeps answers until clear(), then asks again', async () => {
    const { loader, batches } = recorder();
    const first = loader.load('F1');
    await jest.advanceTimersByTimeAsync(QUIET_MS);
    await first;

    await loader.load('F1');
    expect(batches).toHaveLength(1);

    loader.clear();
    const again = loader.load('F1');
    await jest.advanceTimersByTimeAsync(QUIET_MS);
    await again;
    expect(batches).toHaveLength(2);
  });

  it('rejects every caller of a failed batch and forgets its ids, so a later call tries again', async () => {
    let fail = true;
    const { loader, batches } = recorder(async (ids) => {
      if (fail) throw new Error('Spring service unreachable: down');
      return Object.fromEntries(ids.map((id) => [id, firm(id)]));
    });
    const failed = ['F1', 'F2'].map((id) => loader.load(id).catch((error: Error) => error.message));
    await jest.advanceTimersByTimeAsync(QUIET_MS);
    expect(await Promise.all(failed)).toEqual([
      'Spring service unreachable: down',
      'Spring service unreachable: down',
    ]);

    fail = false;
    const retried = loader.load('F1');
    await jest.advanceTimersByTimeAsync(QUIET_MS);
    expect(await retried).toEqual(firm('F1'));
    expect(batches).toHaveLength(2);
  });

  it('settles a cancelled caller at once, and aborts the request only when every caller has gone', async () => {
    let answer: (items: Record<string, FirmView | null>) => void = () => undefined;
    const { loader, batches } = recorder(() => new Promise((resolve) => (answer = resolve)));
    const [a, b] = [new AbortController(), new AbortController()];
    const first = loader.load('F1', a.signal).catch((error: Error) => error.message);
    const second = loader.load('F2', b.signal).catch((error: Error) => error.message);
    await jest.advanceTimersByTimeAsync(QUIET_MS);

    a.abort();
    expect(await first).toBe('Cancelled');
    expect(batches[0]?.signal.aborted).toBe(false);

    b.abort();
    expect(await second).toBe('Cancelled');
    expect(batches[0]?.signal.aborted).toBe(true);
    answer({ F1: firm('F1'), F2: firm('F2') });
  });

  it('does not send a batch whose every caller was cancelled before it went out', async () => {
    const { loader, batches } = recorder();
    const controller = new AbortController();
    const cancelled = loader.load('F1', controller.signal).catch((error: Error) => error.message);
    controller.abort();
    await jest.advanceTimersByTimeAsync(QUIET_MS);

    expect(await cancelled).toBe('Cancelled');
    expect(batches).toHaveLength(0);
  });
});
