import { batchWrite } from '../../../functions/data/batch';
import type { Listing } from '../../../functions/data/cursor';
import { encodeCursor } from '../../../functions/data/cursor';
import { queryAll, queryPage, type Page } from '../../../functions/data/query';
import type { Store } from '../../../functions/data/store';
import { InvalidCursorError } from '../../../functions/errors';
import { faultyStore } from '../../helpers/faulty-store';
import { freshStore } from '../../helpers/store';

type Item = Record<string, unknown>;

const PK = 'EDITION#2008';
const PROJECTS: Listing = { pk: PK, skPrefix: 'PROJECT#' };
const APPLICATIONS: Listing = { pk: PK, skPrefix: 'APPLICATION#' };
const BIG: Listing = { pk: 'BIG', skPrefix: 'BLOB#' };
const pad = (i: number) => String(i).padStart(3, '0');
const projectSks = Array.from({ length: 23 }, (_, i) => `PROJECT#P${pad(i)}`);
const applicationSks = Array.from({ length: 20 }, (_, i) => `APPLICATION#F${pad(i)}`);
/** 40 items of 40 KB: 1.6 MB, more than one of DynamoDB's 1 MB query pages. */
const BLOB = 'x'.repeat(40 * 1024);
const BIG_COUNT = 40;

let store: Store;
beforeAll(async () => {
  store = await freshStore('query');
  const puts: Item[] = [
    ...projectSks.map((sk) => ({ pk: PK, sk })),
    ...applicationSks.map((sk) => ({ pk: PK, sk })),
    // Neighbours sorting before and after the projects, and projects of another partition.
    { pk: PK, sk: 'BUDGET#L1' },
    { pk: PK, sk: 'EDITION' },
    { pk: PK, sk: 'PROJECTION#1' },
    { pk: PK, sk: 'ZZZ' },
    ...projectSks.map((sk) => ({ pk: 'EDITION#2007', sk })),
    ...Array.from({ length: BIG_COUNT }, (_, i) => ({ pk: BIG.pk, sk: `BLOB#${pad(i)}`, blob: BLOB })),
  ];
  await batchWrite(store, { puts });
});

/** Every page of a listing, following the cursors from the first page. */
async function walk(on: Store, listing: Listing, limit: number, newestFirst = false): Promise<Page<Item>[]> {
  const pages: Page<Item>[] = [];
  let cursor: string | undefined;
  do {
    const page = await queryPage(on, listing, limit, cursor, { newestFirst });
    pages.push(page);
    cursor = page.nextCursor;
  } while (cursor !== undefined && pages.length < 100);
  return pages;
}

const sksOf = (pages: Page<Item>[]) => pages.flatMap((page) => page.items.map((item) => item.sk));

describe('queryPage', () => {
  it('walks 23 items 5 at a time: 5 pages, every item once, the last page without a cursor', async () => {
    const { store: counted, stats } = faultyStore(store, () => undefined);

    const pages = await walk(counted, PROJECTS, 5);

    expect(pages.map((page) => page.items.length)).toEqual([5, 5, 5, 5, 3]);
    expect(sksOf(pages)).toEqual(projectSks);
    expect(pages.slice(0, -1).every((page) => typeof page.nextCursor === 'string')).toBe(true);
    expect(pages.at(-1)?.nextCursor).toBeUndefined();
    // Small pages take one Query each.
    expect(stats().calls).toEqual({ Query: 5 });
  });

  it('ends without an empty page when the count is a multiple of the limit', async () => {
    const pages = await walk(store, APPLICATIONS, 5);

    expect(pages.map((page) => page.items.length)).toEqual([5, 5, 5, 5]);
    expect(sksOf(pages)).toEqual(applicationSks);
    expect(pages.at(-1)?.nextCursor).toBeUndefined();
  });

  it.each([23, 24, 100])(
    'serves the whole listing in one page without a cursor at limit %i',
    async (limit) => {
      const page = await queryPage(store, PROJECTS, limit);

      expect(page.items.map((item) => item.sk)).toEqual(projectSks);
      expect(page.nextCursor).toBeUndefined();
    },
  );

  it('walks newest first when asked, in reverse order', async () => {
    const pages = await walk(store, PROJECTS, 10, true);

    expect(pages.map((page) => page.items.length)).toEqual([10, 10, 3]);
    expect(sksOf(pages)).toEqual([...projectSks].reverse());
  });

  it('never lets items of other prefixes or partitions into a listing', async () => {
    const items = (await walk(store, PROJECTS, 7)).flatMap((page) => page.items);

    expect(items).toHaveLength(23);
    for (const item of items) {
      expect(item.pk).toBe(PK);
      expect(String(item.sk)).toMatch(/^PROJECT#P\d{3}$/);
    }
  });

  it("refuses another listing's cursor without reading", async () => {
    const { store: counted, stats } = faultyStore(store, () => undefined);
    const { nextCursor } = await queryPage(store, APPLICATIONS, 5);

    const read = queryPage(counted, PROJECTS, 5, nextCursor);

    await expect(read).rejects.toThrow(InvalidCursorError);
    expect(stats().calls).toEqual({});
  });

  it("follows DynamoDB's 1 MB pages until a page of large items is full", async () => {
    const { store: counted, stats } = faultyStore(store, () => undefined);

    const first = await queryPage(counted, BIG, 30);
    const second = await queryPage(counted, BIG, 30, first.nextCursor);

    expect(first.items).toHaveLength(30);
    expect(first.nextCursor).toBeDefined();
    expect(second.items).toHaveLength(BIG_COUNT - 30);
    expect(second.nextCursor).toBeUndefined();
    // 30 items of 40 KB do not fit in one 1 MB answer.
    expect(stats().calls.Query).toBeGreaterThanOrEqual(3);
  });
});

describe('queryAll', () => {
  it('returns every item of a listing larger than 1 MB, reading it in several pages', async () => {
    const { store: counted, stats } = faultyStore(store, () => undefined);

    const items = await queryAll(counted, BIG);

    expect(items).toHaveLength(BIG_COUNT);
    expect(items.map((item) => item.sk)).toEqual(
      Array.from({ length: BIG_COUNT }, (_, i) => `BLOB#${pad(i)}`),
    );
    expect(items.every((item) => item.blob === BLOB)).toBe(true);
    expect(stats().calls.Query).toBeGreaterThanOrEqual(2);
  });

  it('reads a whole partition when the prefix is empty', async () => {
    const items = await queryAll(store, { pk: PK, skPrefix: '' });

    expect(items).toHaveLength(23 + 20 + 4);
  });

  it('answers nothing for an empty listing', async () => {
    expect(await queryAll(store, { pk: PK, skPrefix: 'NOTHING#' })).toEqual([]);
  });
});

describe('queryPage cursors', () => {
  it('resume right after the key they name', async () => {
    const page = await queryPage(store, PROJECTS, 3, encodeCursor({ pk: PK, sk: 'PROJECT#P010' }));

    expect(page.items.map((item) => item.sk)).toEqual(['PROJECT#P011', 'PROJECT#P012', 'PROJECT#P013']);
  });
});
