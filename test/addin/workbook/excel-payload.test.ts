/**
 * The Excel writer against Excel on the web's 5 MB payload limit, which the mock enforces ("Resource
 * limits and performance optimization for Office Add-ins",
 * https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins:
 * "Excel on the web has a payload size limit for requests and responses of 5MB.").
 */
import { createExcelWriter } from '../../../addin/workbook/excel-writer';
import { MAX_REQUEST_BYTES } from '../../../addin/workbook/payload';
import { firmsTableData, projectsTableData, springColumnsOf } from '../../../addin/workbook/spring-tables';
import type { TableData } from '../../../addin/workbook/writer';
import { FirmYearSchema, type FirmView } from '../../../shared/api/firms';
import {
  ApplicationSchema,
  FirmSchema,
  ID_MAX_LENGTH,
  ProjectSchema,
  type Application,
  type Project,
} from '../../../shared/schemas';
import {
  createExcelMock,
  PAYLOAD_ERRORS,
  PAYLOAD_LIMIT_BYTES,
  type ExcelMock,
  type SyncRecord,
} from './excel-harness';

const longest = (options: readonly string[]) =>
  options.reduce((best, option) => (option.length > best.length ? option : best), '');
const maxLength = (column: string) =>
  springColumnsOf('Spring_Firms_2008')?.find((spec) => spec.name === column)?.maxLength ?? 0;

/**
 * A firm whose every text is as long as the schemas allow: the name at its maximum in `€` (3 bytes of
 * UTF-8 each), the id at the id maximum, the longest application status and stage reason; the VAT
 * number and ATECO sector at their fixed longest forms. Checked against the schema, so it is legal.
 */
function longestFirm(i: number): FirmView & { application: Application } {
  const firm = FirmSchema.parse({
    id: `F${i}-`.padEnd(ID_MAX_LENGTH, 'x'),
    name: '€'.repeat(maxLength('name')),
    vatNumber: '00000000000',
    province: 'MB',
    sector: '25.62.00',
    artisan: true,
    employees: 49,
    turnover: { '2010': 12_345_678.9 },
  });
  return {
    ...firm,
    agreements: [],
    projects: [],
    latestYear: 2010,
    years: {
      '2010': {
        stage: 3,
        reason: longest(FirmYearSchema.shape.reason.options) as never,
        flags: [],
        exports: 0,
        markets: 0,
        hhi: null,
        intensity: null,
        byCountry: {},
      },
    },
    application: {
      edition: '2008',
      firmId: firm.id,
      status: longest(ApplicationSchema.shape.status.options) as Application['status'],
      score: 99.95,
    },
  };
}

/** A withdrawn project with every text at its longest: the withdrawal reason at its maximum in `€`. */
function longestProject(i: number): Project {
  const spec = (column: string) =>
    springColumnsOf('Spring_Projects_2008')?.find((candidate) => candidate.name === column)?.maxLength ?? 0;
  return ProjectSchema.parse({
    id: `P${i}-`.padEnd(spec('id'), 'x'),
    edition: '2008',
    firmId: `F${i}-`.padEnd(spec('firmId'), 'x'),
    temId: `T${i}-`.padEnd(spec('temId'), 'x'),
    targetMarkets: ['DE', 'FR', 'US', 'CN', 'BR', 'IN', 'JP', 'GB', 'ES', 'CH'],
    start: '2008-03-01',
    end: '2010-02-28',
    status: 'withdrawn',
    temDays: 120,
    eligibleCost: 80_000,
    publicShare: 0.5,
    grant: 40_000,
    withdrawalReason: '€'.repeat(spec('withdrawalReason')),
  });
}

/** 7,000 firms with the longest legal values: about 5.8 MB of cell data, too much for one request. */
const ROWS = 7000;
const FIRMS: TableData = firmsTableData(
  '2008',
  Array.from({ length: ROWS }, (_, i) => longestFirm(i)),
);

const after = (mock: ExcelMock, from: number): SyncRecord[] => mock.syncs.slice(from);
const largest = (syncs: SyncRecord[], side: 'requestBytes' | 'responseBytes') =>
  Math.max(...syncs.map((sync) => sync[side]));

describe('Excel writer, within the 5 MB payload limit', () => {
  let mock: ExcelMock;
  beforeEach(() => {
    mock = createExcelMock();
  });

  it('splits a pull of firms with the longest legal values so that no request writes more than 4 MB', async () => {
    await createExcelWriter(mock.run).createTable(FIRMS);

    const writes = mock.syncs.filter((sync) => sync.requestBytes > 0);
    const total = writes.reduce((sum, sync) => sum + sync.requestBytes, 0);
    expect(total).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(writes.length).toBeGreaterThan(1);
    expect(largest(writes, 'requestBytes')).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    expect(mock.syncs.filter((sync) => sync.error)).toEqual([]);
    expect(mock.model.table('Spring_Firms_2008')?.rows).toBe(ROWS);
  });

  it('splits 3,000 projects with 1,000-character withdrawal reasons (2,000 rows would be 6 MB) into requests of at most 4 MB', async () => {
    const projects = projectsTableData(
      '2008',
      Array.from({ length: 3000 }, (_, i) => longestProject(i)),
    );
    const writer = createExcelWriter(mock.run);

    await writer.createTable(projects);
    const from = mock.syncs.length;
    const table = await writer.readTable('Spring_Projects_2008');

    const writes = mock.syncs.slice(0, from).filter((sync) => sync.requestBytes > 0);
    expect(writes.length).toBeGreaterThan(2);
    expect(largest(writes, 'requestBytes')).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    expect(largest(after(mock, from), 'responseBytes')).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    expect(mock.syncs.filter((sync) => sync.error)).toEqual([]);
    expect(table?.rows).toEqual(projects.rows);
  });

  it('reads the firms table back in answers under the limit, every row complete', async () => {
    const writer = createExcelWriter(mock.run);
    await writer.createTable(FIRMS);
    const from = mock.syncs.length;

    const table = await writer.readTable('Spring_Firms_2008');

    const reads = after(mock, from).filter((sync) => sync.responseBytes > 0);
    expect(reads.length).toBeGreaterThan(1);
    expect(largest(reads, 'responseBytes')).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    expect(after(mock, from).filter((sync) => sync.error)).toEqual([]);
    expect(table?.rows).toEqual(FIRMS.rows);
  });

  it('refreshes every name of that table in requests of at most 4 MB, reading only the Spring columns', async () => {
    const writer = createExcelWriter(mock.run);
    await writer.createTable(FIRMS);
    const renamed = {
      ...FIRMS,
      rows: FIRMS.rows.map((row) => [row[0] ?? null, 'è'.repeat(200), ...row.slice(2)]),
    };
    const from = mock.syncs.length;

    const report = await writer.refreshTable(renamed);

    expect(report).toEqual({ added: 0, changed: ROWS, removed: 0 });
    expect(largest(after(mock, from), 'requestBytes')).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    expect(largest(after(mock, from), 'responseBytes')).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    expect((await writer.readTable('Spring_Firms_2008'))?.rows).toEqual(renamed.rows);
  });

  it('halves a read chunk Excel refuses for its size and asks again, the table still read whole', async () => {
    await createExcelWriter(mock.run).createTable(FIRMS);
    // The same workbook, answered under a limit the writer's estimate does not know about: a chunk the
    // estimate sizes for 4 MB (about 1.2 MB of answer here) is refused, and half of it too.
    const strict = createExcelMock({ payloadLimit: 400_000, model: mock.model });

    const table = await createExcelWriter(strict.run).readTable('Spring_Firms_2008');

    const refused = strict.syncs.filter((sync) => sync.error);
    expect(refused.length).toBeGreaterThan(1);
    expect(refused.every((sync) => sync.error === PAYLOAD_ERRORS.response)).toBe(true);
    // Each refusal halves the chunk: the refused answers shrink by half, one after the other.
    refused.slice(1).forEach((sync, i) => {
      expect(sync.responseBytes).toBeLessThan(refused[i]!.responseBytes * 0.51);
    });
    expect(
      largest(
        strict.syncs.filter((sync) => !sync.error),
        'responseBytes',
      ),
    ).toBeLessThanOrEqual(400_000);
    expect(table?.rows).toEqual(FIRMS.rows);
  });

  it('lets the payload error through when even one row is refused', async () => {
    await createExcelWriter(mock.run).createTable(FIRMS);
    const tiny = createExcelMock({ payloadLimit: 1000, model: mock.model });

    await expect(createExcelWriter(tiny.run).readTable('Spring_Firms_2008')).rejects.toMatchObject({
      code: PAYLOAD_ERRORS.response,
    });
    expect(tiny.syncs.at(-1)?.responseBytes).toBeGreaterThan(1000);
  });
});

describe("the mock's payload limit", () => {
  it('records the UTF-8 JSON bytes of the cell data each request writes and each answer loads', async () => {
    const { run, syncs } = createExcelMock();

    await run(async (context) => {
      const range = context.workbook.worksheets.add('S').getRangeByIndexes(0, 0, 1, 2);
      range.numberFormat = [['@', '@']];
      range.values = [['é', 1]];
      await context.sync();
      range.load('values, formulas, numberFormat');
      await context.sync();
    });

    // [["@","@"]] is 11 bytes, [["é",1]] 10 (é takes 2); the answer holds values, formulas and formats.
    expect(syncs.map(({ requestBytes, responseBytes }) => [requestBytes, responseBytes])).toEqual([
      [21, 0],
      [0, 10 + 10 + 11],
    ]);
  });

  it('fails a request of more than 5 MB with RequestPayloadSizeLimitExceeded, writing none of it', async () => {
    const { run, model, syncs } = createExcelMock();
    const cells = Array.from({ length: 6 }, () => ['x'.repeat(1024 * 1024)]);

    await expect(
      run(async (context) => {
        const sheet = context.workbook.worksheets.add('S');
        sheet.getRangeByIndexes(0, 0, 6, 1).values = cells;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: PAYLOAD_ERRORS.request });
    expect(syncs.at(-1)).toMatchObject({ error: PAYLOAD_ERRORS.request });
    expect(syncs.at(-1)?.requestBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(model.sheets).toEqual([]);
  });
});
