import { MissingColumnError, planRefresh, refreshCounts } from '../../../addin/workbook/refresh-plan';
import { exportsTableData, springColumns } from '../../../addin/workbook/spring-tables';
import type { TableCellValue, TableData, TableSnapshot } from '../../../addin/workbook/writer';
import type { FirmView } from '../../../shared/api/firms';

/** A table as a writer reads it: its header and rows, no formulas. */
const snapshot = (name: string, header: string[], rows: TableCellValue[][]): TableSnapshot => ({
  name,
  sheetName: 'Sheet',
  header,
  rows,
  formulas: rows.map((row) => row.map(() => null)),
});

/** Firms exporting `value` to each country of each year. */
const firms = (flows: [id: string, year: number, country: string, value: number][]): FirmView[] => {
  const byId = new Map<string, FirmView>();
  for (const [id, year, country, value] of flows) {
    const firm = byId.get(id) ?? ({ id, years: {} } as unknown as FirmView);
    const measures = (firm.years[String(year)] ??= { byCountry: {} } as FirmView['years'][string]);
    measures.byCountry[country] = value;
    byId.set(id, firm);
  }
  return [...byId.values()];
};

const budget = (language: 'en' | 'it', rows: TableCellValue[][]): TableData => ({
  name: 'Spring_Budget_2008',
  sheetName: 'Budget 2008',
  columns: springColumns('Budget', language),
  rows,
  keyColumns: ['lineId'],
});

const line = (lineId: string, paid: number, version = 1): TableCellValue[] => [
  lineId,
  'region',
  'TEM service',
  100,
  50,
  paid,
  version,
  '2026-01-05T09:30:00.000Z',
  'seed',
];

describe('planRefresh', () => {
  it('refreshes a table headed in Italian from English data, and the reverse, by the headers of either language', () => {
    const italian = springColumns('Budget', 'it').map((column) => column.header);
    const english = springColumns('Budget', 'en').map((column) => column.header);
    // The user's column sits between Spring's: it must be left alone.
    const withNote = (header: string[]) => [...header.slice(0, 3), 'Nota', ...header.slice(3)];
    const rows = [line('L1', 10), line('L2', 20)].map((cells) => [
      ...cells.slice(0, 3),
      'mia',
      ...cells.slice(3),
    ]);

    for (const [header, language] of [
      [withNote(italian), 'en'],
      [withNote(english), 'it'],
    ] as const) {
      const plan = planRefresh(
        snapshot('Spring_Budget_2008', header, rows),
        budget(language, [line('L1', 10), line('L2', 15, 2), line('L3', 30)]),
      );

      expect(plan.updates).toEqual([
        { row: 1, column: 6, value: 15 },
        { row: 1, column: 7, value: 2 },
      ]);
      expect(plan.appends).toEqual([[...line('L3', 30).slice(0, 3), null, ...line('L3', 30).slice(3)]]);
      expect(plan.deletions).toEqual([]);
    }
  });

  it('keys export flows on firm, year and country together: a country more is a row added, not a change', () => {
    const header = springColumns('Exports', 'it').map((column) => column.header);
    const table = snapshot('Spring_Exports_2008', header, [
      ['F1', 2007, 'FR', 100],
      ['F1', 2008, 'FR', 120],
      ['F2', 2008, 'FR', 5],
    ]);

    const plan = planRefresh(
      table,
      exportsTableData(
        '2008',
        firms([
          ['F1', 2007, 'FR', 100],
          ['F1', 2008, 'FR', 125],
          ['F1', 2008, 'DE', 30],
        ]),
      ),
    );

    expect(plan.updates).toEqual([{ row: 1, column: 3, value: 125 }]);
    expect(plan.appends).toEqual([['F1', 2008, 'DE', 30]]);
    expect(plan.deletions).toEqual([2]);
    expect(refreshCounts(plan)).toEqual({ added: 1, changed: 1, removed: 1 });
  });

  it('does not take two keys whose parts run together for one ("F1", 2) and ("F", 12)', () => {
    const header = springColumns('Exports').map((column) => column.header);
    const table = snapshot('Spring_Exports_2008', header, [['F1', 2, 'FR', 1]]);

    const plan = planRefresh(table, { ...exportsTableData('2008', firms([['F', 12, 'FR', 1]])) });

    expect(refreshCounts(plan)).toEqual({ added: 1, changed: 0, removed: 1 });
  });

  it('names a Spring column the user renamed, in both languages', () => {
    const header = springColumns('Budget', 'it').map((column) =>
      column.name === 'paid' ? 'Pagato ok' : column.header,
    );

    const refresh = () => planRefresh(snapshot('Spring_Budget_2008', header, []), budget('en', []));

    expect(refresh).toThrow(MissingColumnError);
    expect(refresh).toThrow(
      'Table Spring_Budget_2008 has no column Paid (Pagato) any more: restore it, or delete the table and insert it again',
    );
  });

  it("takes a user's column headed like a Spring column in the other language for the user's, the first one being Spring's", () => {
    const header = [...springColumns('Exports').map((column) => column.header), 'Valore'];
    const table = snapshot('Spring_Exports_2008', header, [['F1', 2008, 'FR', 100, 'mine']]);

    const plan = planRefresh(table, exportsTableData('2008', firms([['F1', 2008, 'FR', 110]])));

    expect(plan.updates).toEqual([{ row: 0, column: 3, value: 110 }]);
  });
});
