import { createPanel, observeAll } from '../../../shared/edition';
import type { FirmHistory } from '../../../shared/stage/types';
import { firm } from '../stage/builders';

const WINDOW = { before: 2007, after: 2010 };

describe('createPanel', () => {
  it('observes a firm in both years of the window', () => {
    const history = firm({
      exports: [
        [2010, 'DE', 60_000],
        [2010, 'DE', 20_000],
      ],
      turnover: { 2010: 400_000 },
    });
    const panel = createPanel(new Map([['A', history]]), WINDOW, {});

    const observed = panel.observe('A');

    expect(observed?.before).toEqual({
      stage: 0,
      exports: 0,
      markets: 0,
      intensity: null,
      byMarket: new Map(),
    });
    expect(observed?.after).toEqual({
      stage: 1,
      exports: 80_000,
      markets: 1,
      intensity: 0.2,
      byMarket: new Map([['DE', 80_000]]),
    });
  });

  it('reads each history once however often a firm is asked for', () => {
    let reads = 0;
    const history: FirmHistory = {
      get exports() {
        reads++;
        return [];
      },
      turnover: {},
      agreements: [],
    };
    const panel = createPanel({ A: history }, WINDOW, {});

    panel.observe('A');
    const readsAfterFirst = reads;
    panel.observe('A');

    expect(reads).toBe(readsAfterFirst);
  });

  it('counts a missing firm once however often it is asked for', () => {
    const panel = createPanel({}, WINDOW, {});

    panel.observe('M');
    panel.observe('M');
    panel.observe('N');

    expect(panel.missing()).toBe(2);
  });
});

describe('observeAll', () => {
  it('returns the distinct firms found, skipping the missing', () => {
    const panel = createPanel({ A: firm(), B: firm() }, WINDOW, {});

    const found = observeAll(panel, ['A', 'M', 'A', 'B']);

    expect(found).toHaveLength(2);
    expect(panel.missing()).toBe(1);
  });
});
