import { sheetToRows, workbookToDocument } from '../../../shared/import/sheet-rows';
import { validateImportDocument } from '../../../shared/schemas';

describe('sheetToRows', () => {
  it('builds nested objects from dotted headers', () => {
    const header = ['id', 'turnover.2008', 'turnover.2009'];

    const rows = sheetToRows('firms', header, [['F1', 1_200_000, 1_300_000]]);

    expect(rows).toEqual([{ id: 'F1', turnover: { '2008': 1_200_000, '2009': 1_300_000 } }]);
  });

  it('splits list fields written as comma- or semicolon-separated text', () => {
    const header = ['id', 'languages', 'markets'];

    const rows = sheetToRows('tems', header, [['T1', 'it, en;de', ' DE ; FR ,, US ']]);

    expect(rows).toEqual([{ id: 'T1', languages: ['it', 'en', 'de'], markets: ['DE', 'FR', 'US'] }]);
  });

  it('leaves commas alone in fields that are no list', () => {
    const rows = sheetToRows('tems', ['name', 'provider'], [['Rossi, Mario', 'A, B & C']]);

    expect(rows).toEqual([{ name: 'Rossi, Mario', provider: 'A, B & C' }]);
  });

  it('turns dates in start and end into YYYY-MM-DD, from a Date or an Excel serial number', () => {
    const header = ['id', 'start', 'end'];

    const rows = sheetToRows('projects', header, [['P1', new Date(Date.UTC(2008, 4, 14)), 39_705.75]]);

    expect(rows).toEqual([{ id: 'P1', start: '2008-05-14', end: '2008-09-14' }]);
  });

  it('keeps text dates as given', () => {
    const rows = sheetToRows('projects', ['start', 'end'], [['2008-05-14', '14/09/2008']]);

    expect(rows).toEqual([{ start: '2008-05-14', end: '14/09/2008' }]);
  });

  it('leaves blank cells out and skips blank rows', () => {
    const header = ['firmId', 'year', 'country', 'value'];

    const rows = sheetToRows('exports', header, [
      ['F1', 2008, 'DE', null],
      [null, '  ', null, null],
      [],
      ['F2', 2008, '', 10],
    ]);

    expect(rows).toEqual([
      { firmId: 'F1', year: 2008, country: 'DE' },
      { firmId: 'F2', year: 2008, value: 10 },
    ]);
  });

  it('keeps numbers as numbers and numeric text as text, for validation to judge', () => {
    const header = ['firmId', 'year', 'country', 'value'];

    const rows = sheetToRows('exports', header, [['F1', '2008', 'DE', 1500.5]]);

    expect(rows).toEqual([{ firmId: 'F1', year: '2008', country: 'DE', value: 1500.5 }]);
  });

  it('takes whole numbers in id fields as text, as Excel turns a typed 2006 into a number', () => {
    const rows = sheetToRows('editions', ['id', 'callYear'], [[2006, 2006]]);

    expect(rows).toEqual([{ id: '2006', callYear: 2006 }]);
  });

  it('keeps a VAT number typed as a number as it is, so validation asks for text', () => {
    const rows = sheetToRows('firms', ['vatNumber', 'artisan'], [[1_234_567_890, true]]);

    expect(rows).toEqual([{ vatNumber: 1_234_567_890, artisan: true }]);
  });

  it('makes a __proto__ column an own key that validation refuses, not a prototype', () => {
    const rows = sheetToRows('tems', ['id', '__proto__.polluted'], [['T1', 'yes']]);

    const { errors } = validateImportDocument({ tems: rows });
    expect(Object.getPrototypeOf(rows[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(errors).toContainEqual(expect.objectContaining({ entity: 'tems', row: 0, field: '__proto__' }));
  });

  it('uses the first of two columns for the same field', () => {
    const rows = sheetToRows('exports', ['value', 'value'], [[1, 2]]);

    expect(rows).toEqual([{ value: 1 }]);
  });
});

describe('workbookToDocument', () => {
  it('maps sheets to sections by name, in any case, and notes the others', () => {
    const sheets = [
      { name: 'Notes', header: ['text'], rows: [['hello']] },
      { name: 'EXPORTS', header: ['firmId', 'year'], rows: [['F1', 2008]] },
      { name: ' editions ', header: ['id'], rows: [['2006']] },
    ];

    const { document, notes } = workbookToDocument(sheets);

    expect(document).toEqual({ editions: [{ id: '2006' }], exports: [{ firmId: 'F1', year: 2008 }] });
    expect(Object.keys(document)).toEqual(['editions', 'exports']);
    expect(notes).toEqual([
      "sheet 'Notes' ignored: it is not an import section (editions, tems, firms, applications, agreements, exports, projects, budget)",
    ]);
  });

  it('says where each document row came from in its sheet', () => {
    const sheets = [{ name: 'exports', header: ['firmId'], rows: [['F1'], [null], ['F2']] }];

    const { sourceRows } = workbookToDocument(sheets);

    expect(sourceRows).toEqual({ exports: [0, 2] });
  });

  it('notes repeated columns, unnamed columns with values and a second sheet of a section', () => {
    const sheets = [
      { name: 'firms', header: ['id', 'id', null], rows: [['F1', 'F2', 'stray']] },
      { name: 'Firms', header: ['id'], rows: [['F3']] },
    ];

    const { document, notes } = workbookToDocument(sheets);

    expect(document).toEqual({ firms: [{ id: 'F1' }] });
    expect(notes).toEqual([
      "sheet 'Firms' ignored: sheet 'firms' already gives the firms",
      "sheet 'firms': column 'id' appears more than once; the first one is used",
      "sheet 'firms': values in columns without a name in the header row were left out",
    ]);
  });

  it('notes a workbook with no section at all', () => {
    const { document, notes } = workbookToDocument([{ name: 'Sheet1', header: [], rows: [] }]);

    expect(document).toEqual({});
    expect(notes).toContain(
      'no sheet is named after an import section (editions, tems, firms, applications, agreements, exports, projects, budget)',
    );
  });

  it('gives a document that validates like the JSON of the same rows', () => {
    const sheets = [
      {
        name: 'tems',
        header: ['id', 'name', 'provider', 'languages', 'markets'],
        rows: [['T1', 'Anna Bassi', 'Export Lab', 'it, en', 'DE; FR']],
      },
      {
        name: 'projects',
        header: [
          'id',
          'edition',
          'firmId',
          'temId',
          'targetMarkets',
          'start',
          'end',
          'status',
          'temDays',
          'eligibleCost',
          'publicShare',
          'grant',
        ],
        rows: [
          [
            'P1',
            2006,
            'F1',
            'T1',
            'RU, CN',
            new Date(Date.UTC(2006, 4, 14)),
            new Date(Date.UTC(2006, 8, 14)),
            'completed',
            15,
            44_500,
            0.5,
            22_250,
          ],
        ],
      },
    ];

    const { document } = workbookToDocument(sheets);
    const validation = validateImportDocument(document);

    expect(validation.errors).toEqual([]);
    expect(validation.document).toEqual({
      tems: [
        {
          id: 'T1',
          name: 'Anna Bassi',
          provider: 'Export Lab',
          languages: ['it', 'en'],
          markets: ['DE', 'FR'],
        },
      ],
      projects: [
        {
          id: 'P1',
          edition: '2006',
          firmId: 'F1',
          temId: 'T1',
          targetMarkets: ['RU', 'CN'],
          start: '2006-05-14',
          end: '2006-09-14',
          status: 'completed',
          temDays: 15,
          eligibleCost: 44_500,
          publicShare: 0.5,
          grant: 22_250,
        },
      ],
    });
  });
});
