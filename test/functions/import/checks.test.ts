import type { FirmRecord } from '../../../functions/data/records';
import { findDuplicates, NATURAL_KEYS } from '../../../shared/import/natural-keys';
import { checkReferences } from '../../../functions/import/references';
import type { StoreState } from '../../../functions/import/store-state';
import { checkTurnover } from '../../../functions/import/warnings';
import { validateImportDocument } from '../../../shared/schemas';
import { exportFlow, firm, project } from '../../shared/schemas/fixtures';

const emptyState = (firms: FirmRecord[] = []): StoreState => ({
  firms: new Map(firms.map((record) => [record.id, record])),
  firmViewVersions: new Map(),
  tems: new Map(),
  editions: new Map(),
  projects: new Map(),
  applications: new Map(),
  budget: new Map(),
});

describe('the checks past the rows, on documents with bad rows', () => {
  it('keys rows by the one list of key fields', () => {
    expect(NATURAL_KEYS.exports(exportFlow())).toBe('F0001|2008|CN');
    expect(
      NATURAL_KEYS.applications({ edition: '2008', firmId: 'F0001', status: 'admitted', score: 80 }),
    ).toBe('2008|F0001');
  });

  it('finds a duplicate of a row whose other fields are bad, and skips rows whose key is bad', () => {
    const input = {
      exports: [exportFlow(), { ...exportFlow(), value: -1 }, { ...exportFlow(), year: 'soon' }],
    };

    expect(findDuplicates(input)).toEqual([
      {
        entity: 'exports',
        row: 1,
        field: '',
        message: 'same firmId, year and country as row 0: each record may appear once',
        code: 'duplicate',
      },
    ]);
  });

  it('counts a firm with a bad VAT number as present, and leaves a malformed reference to the row check', () => {
    const input = {
      firms: [{ ...firm(), vatNumber: 'x' }],
      projects: [project(), { ...project(), firmId: 42 }],
    };

    expect(checkReferences(input, emptyState()).map(({ row, field }) => ({ row, field }))).toEqual([
      { row: 0, field: 'temId' },
      { row: 0, field: 'edition' },
      { row: 1, field: 'temId' },
      { row: 1, field: 'edition' },
    ]);
  });
});

describe('checkTurnover', () => {
  const stored: FirmRecord = {
    ...firm(),
    turnover: { '2008': 200_000 },
    exports: [{ year: 2008, country: 'DE', value: 150_000 }],
    agreements: [],
    projects: [],
  };

  it("warns on the export row that takes a firm's exports past the stored turnover", () => {
    const { validRows } = validateImportDocument({ exports: [{ ...exportFlow(), value: 60_000 }] });

    expect(checkTurnover(validRows, emptyState([stored]))).toEqual([
      {
        entity: 'exports',
        row: 0,
        field: 'value',
        message:
          'firm F0001 exports EUR 210,000 in 2008, above its 2008 turnover of EUR 200,000 (from the store); check both figures',
        code: 'exports_above_turnover',
      },
    ]);
  });

  it("warns on the firm's turnover when only the firm row is in the document, and not within the turnover", () => {
    const lowered = validateImportDocument({ firms: [{ ...firm(), turnover: { '2008': 100_000 } }] });
    const raised = validateImportDocument({ firms: [{ ...firm(), turnover: { '2008': 900_000 } }] });

    expect(checkTurnover(lowered.validRows, emptyState([stored]))).toEqual([
      {
        entity: 'firms',
        row: 0,
        field: 'turnover.2008',
        message:
          'firm F0001 exports EUR 150,000 in 2008, above its 2008 turnover of EUR 100,000 (from this document); check both figures',
        code: 'exports_above_turnover',
      },
    ]);
    expect(checkTurnover(raised.validRows, emptyState([stored]))).toEqual([]);
  });
});
