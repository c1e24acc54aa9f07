import { translatorOf } from '../../../addin/i18n/catalog';
import { TABLE_MESSAGES } from '../../../addin/i18n/messages/tables';
import {
  budgetTableData,
  codeMeanings,
  TABLE_CODES,
  exportsTableData,
  firmsTableData,
  SPRING_TABLE_KINDS,
  springColumns,
  springColumnsOf,
  springSheetName,
} from '../../../addin/workbook/spring-tables';
import { columnIndexes } from '../../../addin/workbook/writer';
import type { FirmView } from '../../../shared/api/firms';
import type { Application, BudgetLine } from '../../../shared/schemas';

/** A firm observed in 2007 and 2008, exporting to the given countries each year. */
function firm(
  id: string,
  byYear: Record<string, Record<string, number>>,
): FirmView & { application: Application } {
  return {
    id,
    name: `Firm ${id}`,
    vatNumber: '00000000000',
    province: 'MI',
    sector: '25.62.00',
    artisan: id.endsWith('1'),
    employees: 12,
    turnover: {},
    agreements: [],
    projects: [],
    latestYear: 2008,
    years: Object.fromEntries(
      Object.entries(byYear).map(([year, byCountry]) => [
        year,
        {
          stage: Object.keys(byCountry).length > 0 ? 1 : 0,
          reason: Object.keys(byCountry).length > 0 ? 'EXPORTER' : 'NO_EXPORTS',
          flags: [],
          exports: Object.values(byCountry).reduce((sum, value) => sum + value, 0),
          markets: Object.keys(byCountry).length,
          hhi: null,
          intensity: null,
          byCountry,
        },
      ]),
    ),
    application: { edition: '2008', firmId: id, status: 'admitted', score: 71.5 },
  };
}

const LINE: BudgetLine = {
  edition: '2008',
  lineId: 'region-tem',
  source: 'region',
  action: 'TEM service',
  allocated: 100,
  committed: 50,
  paid: 10,
  version: 3,
  updatedAt: '2026-01-05T09:30:00Z',
  updatedBy: 'finance@example.test',
};

describe('Spring tables: headers and sheets', () => {
  it('heads the Projects columns in Italian or English, each known in the other language too', () => {
    const italian = springColumns('Projects', 'it');
    const english = springColumns('Projects', 'en');

    expect(italian.map((column) => column.header)).toEqual([
      'Progetto',
      'Impresa',
      'TEM',
      'Mercati obiettivo',
      'Inizio',
      'Fine',
      'Stato',
      'Giornate TEM',
      'Costo ammissibile',
      'Quota pubblica',
      'Contributo',
      'Motivo del ritiro',
    ]);
    expect(english.map((column) => column.header)).toEqual([
      'Project',
      'Firm',
      'TEM',
      'Target markets',
      'Start',
      'End',
      'Status',
      'TEM days',
      'Eligible cost',
      'Public share',
      'Grant',
      'Withdrawal reason',
    ]);
    expect(italian.map((column) => column.name)).toEqual(english.map((column) => column.name));
    expect(italian.find((column) => column.name === 'eligibleCost')?.aliases).toEqual(['Eligible cost']);
    // The same word in both languages is no alias of itself.
    expect(italian.find((column) => column.name === 'temId')?.aliases).toBeUndefined();
  });

  it('heads the Firms, Exports and Budget columns in Italian', () => {
    const headers = (kind: (typeof SPRING_TABLE_KINDS)[number]) =>
      springColumns(kind, 'it').map((column) => column.header);

    expect(headers('Firms')).toEqual([
      'Impresa',
      'Ragione sociale',
      'Partita IVA',
      'Provincia',
      'Settore',
      'Artigiana',
      'Dipendenti',
      'Domanda',
      'Punteggio',
      'Ultimo anno',
      'Stadio',
      'Motivo',
    ]);
    expect(headers('Exports')).toEqual(['Impresa', 'Anno', 'Paese', 'Valore']);
    expect(headers('Budget')).toEqual([
      'Voce',
      'Fonte',
      'Azione',
      'Stanziato',
      'Impegnato',
      'Pagato',
      'Versione',
      'Aggiornato il',
      'Aggiornato da',
    ]);
  });

  it.each(SPRING_TABLE_KINDS)(
    'gives every %s column a header of its own in each language, no header naming two columns in either',
    (kind) => {
      const columns = springColumns(kind);
      const everyHeader = columns.flatMap((column) => [column.header, ...(column.aliases ?? [])]);

      for (const language of ['en', 'it'] as const) {
        for (const column of springColumns(kind, language))
          expect([column.name, column.header]).not.toEqual([
            column.name,
            `${kind.toLowerCase()}.${column.name}`,
          ]);
      }
      // Each header, in either language, finds its own column and no other.
      for (const column of columns) {
        for (const header of [column.header, ...(column.aliases ?? [])]) {
          const found = columnIndexes([header], columns).map((index, i) =>
            index === 0 ? columns[i]?.name : null,
          );
          expect([header, found.filter(Boolean)]).toEqual([header, [column.name]]);
        }
      }
      expect(new Set(everyHeader).size).toBe(everyHeader.length);
    },
  );

  it("names the sheets in the user's language, the table names staying the stable ids", () => {
    expect(
      SPRING_TABLE_KINDS.map((kind) => [
        springSheetName(kind, '2008', 'it'),
        springSheetName(kind, '2008', 'en'),
      ]),
    ).toEqual([
      ['Progetti 2008', 'Projects 2008'],
      ['Imprese 2008', 'Firms 2008'],
      ['Esportazioni 2008', 'Exports 2008'],
      ['Budget 2008', 'Budget 2008'],
    ]);
    expect(budgetTableData('2009-2010', [], 'it')).toMatchObject({
      name: 'Spring_Budget_2009_2010',
      sheetName: 'Budget 2009-2010',
    });
  });

  it('knows the columns of a Spring table by its name, with headers in both languages', () => {
    const columns = springColumnsOf('Spring_Budget_2008');

    expect(columns?.find((column) => column.name === 'paid')).toMatchObject({
      header: 'Paid',
      aliases: ['Pagato'],
      format: 'eur',
    });
    expect(springColumnsOf('Table1')).toBeUndefined();
  });
});

describe('Spring tables: rows', () => {
  it('writes export flows without a technical key column, keyed on firm, year and country', () => {
    const data = exportsTableData(
      '2008',
      [firm('F1', { '2007': { FR: 100 }, '2008': { FR: 120, DE: 30 } }), firm('F2', { '2008': {} })],
      'it',
    );

    expect(data.columns.map((column) => column.name)).toEqual(['firmId', 'year', 'country', 'value']);
    expect(data.keyColumns).toEqual(['firmId', 'year', 'country']);
    expect(data.rows).toEqual([
      ['F1', 2007, 'FR', 100],
      ['F1', 2008, 'FR', 120],
      ['F1', 2008, 'DE', 30],
    ]);
  });

  it('keeps the codes in the cells as data, and the stage as a number', () => {
    const data = firmsTableData(
      '2008',
      [firm('F1', { '2008': { FR: 1 } }), firm('F2', { '2008': {} })],
      'it',
    );
    const cells = (name: string) => {
      const index = data.columns.findIndex((column) => column.name === name);
      return data.rows.map((row) => row[index]);
    };

    expect(cells('artisan')).toEqual(['yes', 'no']);
    expect(cells('application')).toEqual(['admitted', 'admitted']);
    expect(cells('stage')).toEqual([1, 0]);
    expect(cells('reason')).toEqual(['EXPORTER', 'NO_EXPORTS']);
    expect(data.columns.find((column) => column.name === 'stage')?.format).toBe('integer');
  });

  it("writes a budget line's last change as a moment to the millisecond, in a date-time column", () => {
    const data = budgetTableData('2008', [LINE], 'it');

    expect(data.columns.find((column) => column.name === 'updatedAt')).toMatchObject({
      header: 'Aggiornato il',
      format: 'datetime',
    });
    expect(data.rows[0]?.[7]).toBe('2026-01-05T09:30:00.000Z');
    expect(data.keyColumns).toEqual(['lineId']);
  });
});

describe('the codes in the cells', () => {
  it('gives every code a column may hold a meaning in both languages', () => {
    const codes = TABLE_CODES.flatMap((entry) => [...entry.codes]);
    for (const language of ['en', 'it'] as const) {
      const meanings = codeMeanings(language);
      expect(meanings.map((meaning) => meaning.code)).toEqual(codes);
      for (const { code, meaning } of meanings) expect([code, meaning]).not.toEqual([code, `code.${code}`]);
    }
    expect(codeMeanings('it').filter((meaning) => meaning.header === 'Motivo')).toHaveLength(6);
    expect(codeMeanings('en')[0]).toEqual({
      header: 'Status',
      code: 'completed',
      meaning: 'the project ended as planned',
    });
  });

  it('has no meaning in the catalog for a code no column holds', () => {
    const codes = new Set<string>(TABLE_CODES.flatMap((entry) => [...entry.codes]));
    const keys = Object.keys(TABLE_MESSAGES.en).filter((key) => key.startsWith('code.'));

    expect(keys.filter((key) => !codes.has(key.slice('code.'.length)))).toEqual([]);
  });

  it('says what each code means in both languages', () => {
    const [en, it] = [translatorOf(TABLE_MESSAGES, 'en'), translatorOf(TABLE_MESSAGES, 'it')];

    expect([en('code.NO_EXPORTS'), it('code.NO_EXPORTS')]).toEqual([
      'stage 0: no exports that year, and no partnership',
      'stadio 0: nessuna esportazione nell’anno, e nessuna partnership',
    ]);
    expect(it('code.withdrawn')).toBe('l’impresa ha rinunciato al progetto');
  });
});
