import { batchWrite } from '../../../functions/data/batch';
import { firmItem, getStoredViews, getFirms } from '../../../functions/data/firms';
import type { FirmRecord } from '../../../functions/data/records';
import type { Store } from '../../../functions/data/store';
import { FAULTS, faultyStore } from '../../helpers/faulty-store';
import { freshStore } from '../../helpers/store';

/** Firm aggregate number `n`, with an export, an agreement and a project. */
function firm(n: number): FirmRecord {
  const id = `F${String(n).padStart(4, '0')}`;
  return {
    id,
    name: `Firm ${n}`,
    vatNumber: '00000000000',
    province: 'BG',
    sector: '25.62',
    artisan: n % 2 === 0,
    employees: 5 + (n % 40),
    turnover: { '2008': 1_000_000 + n },
    exports: [{ year: 2008, country: 'FR', value: 1_000 * n }],
    agreements: [{ year: 2008, country: 'FR', kind: 'agent' }],
    projects: [{ id: `P${n}`, edition: '2008', start: '2008-03-01', end: '2009-02-28', status: 'completed' }],
  };
}

const FIRMS = Array.from({ length: 120 }, (_, i) => firm(i));

let store: Store;
beforeAll(async () => {
  store = await freshStore('firms');
  await batchWrite(store, {
    puts: FIRMS.map((each) => firmItem(each, { json: `{"id":"${each.id}"}`, version: 'v1' })),
  });
});

describe('getFirms', () => {
  it('returns each stored firm whole, by id, leaving out unknown ids and repeats', async () => {
    const ids = [...FIRMS.map((each) => each.id), 'F9999', 'F0003', 'F0003'];

    const found = await getFirms(store, ids);

    expect(found.size).toBe(120);
    expect(found.get('F0003')).toEqual(firm(3));
    expect(found.get('F0119')).toEqual(firm(119));
    expect(found.has('F9999')).toBe(false);
  });

  it('reads every firm even when the store leaves keys unprocessed', async () => {
    const { store: faulty, stats } = faultyStore(store, ({ nth }) =>
      nth <= 2 ? FAULTS.unprocessed : undefined,
    );

    const found = await getFirms(
      faulty,
      FIRMS.map((each) => each.id),
    );

    expect(found.size).toBe(120);
    expect(stats().faults).toEqual({ BatchGet: 2 });
  });
});

describe('getStoredViews', () => {
  it('reads only the stored views, by id, leaving out unknown ids', async () => {
    const views = await getStoredViews(store, ['F0042', 'nobody']);

    expect([...views]).toEqual([['F0042', { json: '{"id":"F0042"}', version: 'v1' }]]);
  });

  it('maps a firm stored without a view to undefined', async () => {
    const {
      view: _view,
      viewVersion: _version,
      ...bare
    } = firmItem(firm(500), { json: '{}', version: 'v1' });
    await batchWrite(store, { puts: [bare] });

    const views = await getStoredViews(store, ['F0500']);

    expect([...views]).toEqual([['F0500', undefined]]);
  });
});
