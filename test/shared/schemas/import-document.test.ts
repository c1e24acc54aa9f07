import { ImportDocumentSchema, importColumns, validateImportDocument } from '../../../shared/schemas';
import { agreement, budgetLineInput, edition, exportFlow, firm, problemsOf, project, tem } from './fixtures';

const goodDocument = () => ({
  label: 'Spring 3 evaluation, May 2024',
  editions: [edition()],
  tems: [tem()],
  firms: [firm()],
  applications: [{ edition: '2008', firmId: 'F0001', status: 'admitted', score: 80 }],
  agreements: [agreement()],
  exports: [exportFlow()],
  projects: [project()],
  budget: [budgetLineInput()],
});

describe('validateImportDocument', () => {
  it('accepts a valid document and returns it typed, with nothing to report', () => {
    // prepare
    const input = goodDocument();
    // act
    const result = validateImportDocument(input);
    // assess
    expect(result).toEqual({
      document: input,
      errors: [],
      warnings: [],
      validRows: expect.objectContaining({ firms: [{ row: 0, value: firm() }] }),
    });
  });

  it('accepts an empty document: every section is optional', () => {
    expect(validateImportDocument({})).toMatchObject({ document: {}, errors: [], warnings: [] });
  });

  it('ignores unknown columns, warns about each, and drops them from the document', () => {
    // prepare
    const input = {
      firms: [{ ...firm(), notes: 'call back' }, firm()],
      exports: [{ ...exportFlow(), Currency: 'EUR' }],
    };
    // act
    const result = validateImportDocument(input);
    // assess
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      {
        entity: 'firms',
        row: 0,
        field: 'notes',
        message: "unknown column 'notes' ignored",
        code: 'unknown_column',
      },
      {
        entity: 'exports',
        row: 0,
        field: 'Currency',
        message: "unknown column 'Currency' ignored",
        code: 'unknown_column',
      },
    ]);
    expect(result.document).toEqual({ firms: [firm(), firm()], exports: [exportFlow()] });
  });

  it('lists every bad row of every section, with its row index and field, and returns no document', () => {
    // prepare
    const input = {
      firms: [firm(), { ...firm(), vatNumber: '01234567890' }, { ...firm(), province: 'RM', employees: -1 }],
      exports: [{ ...exportFlow(), country: 'IT' }, exportFlow()],
      projects: [project(), project(), { ...project(), status: 'withdrawn' }],
      budget: [{ ...budgetLineInput(), committed: 100, paid: 120, allocated: 1000, note: 'x' }],
    };
    // act
    const result = validateImportDocument(input);
    // assess
    expect(result.document).toBeNull();
    expect(result.errors).toEqual([
      {
        entity: 'firms',
        row: 1,
        field: 'vatNumber',
        message: 'VAT number 01234567890 has a wrong check digit',
      },
      {
        entity: 'firms',
        row: 2,
        field: 'province',
        message:
          "province must be a Lombardy province: BG, BS, CO, CR, LC, LO, MB, MI, MN, PV, SO, VA (got 'RM')",
      },
      {
        entity: 'firms',
        row: 2,
        field: 'employees',
        message: 'employees must be a whole number of 0 or more (got -1)',
      },
      { entity: 'exports', row: 0, field: 'country', message: 'IT is the home market, not a foreign market' },
      {
        entity: 'projects',
        row: 2,
        field: 'withdrawalReason',
        message: 'a withdrawn project needs a withdrawalReason',
      },
      { entity: 'budget', row: 0, field: 'paid', message: 'paid (120) cannot exceed committed (100)' },
    ]);
    expect(result.warnings).toEqual([
      {
        entity: 'budget',
        row: 0,
        field: 'note',
        message: "unknown column 'note' ignored",
        code: 'unknown_column',
      },
    ]);
  });

  it('reports a row that is not an object as a whole-row error', () => {
    expect(validateImportDocument({ tems: [tem(), 'T02'] }).errors).toEqual([
      { entity: 'tems', row: 1, field: '', message: "a TEM must be an object with named fields (got 'T02')" },
    ]);
  });

  it('uses dotted fields for problems nested inside a row', () => {
    expect(validateImportDocument({ firms: [{ ...firm(), turnover: { '2008': -5 } }] }).errors).toEqual([
      {
        entity: 'firms',
        row: 0,
        field: 'turnover.2008',
        message: 'turnover must be an amount in EUR of 0 or more (got -5)',
      },
    ]);
  });

  it('refuses an unknown top-level section, since the document itself is strict', () => {
    // prepare / act
    const result = validateImportDocument({ firms: [firm()], companies: [] });
    // assess
    expect(result.document).toBeNull();
    expect(result.errors).toEqual([
      {
        entity: '',
        row: null,
        field: 'companies',
        message:
          "unknown section 'companies'; the sections are label, editions, tems, firms, applications, agreements, exports, projects, budget",
      },
    ]);
  });

  it('refuses a section that is not a list', () => {
    expect(validateImportDocument({ firms: firm() }).errors).toEqual([
      { entity: 'firms', row: null, field: '', message: 'firms must be a list of rows (got an object)' },
    ]);
  });

  it('refuses a blank label', () => {
    expect(validateImportDocument({ label: ' ' }).errors).toEqual([
      { entity: '', row: null, field: 'label', message: 'label must not be empty' },
    ]);
  });

  it('keeps the valid rows of a document with bad ones, each with its position, for the checks past the rows', () => {
    const result = validateImportDocument({
      firms: [
        { ...firm(), vatNumber: '01234567890' },
        { ...firm(), id: 'F0002' },
      ],
      exports: [{ ...exportFlow(), country: 'IT' }, exportFlow()],
    });

    expect(result.document).toBeNull();
    expect(result.validRows.firms).toEqual([{ row: 1, value: { ...firm(), id: 'F0002' } }]);
    expect(result.validRows.exports).toEqual([{ row: 1, value: exportFlow() }]);
    expect(result.validRows.projects).toEqual([]);
  });

  it('refuses a document that is not an object', () => {
    expect(validateImportDocument([firm()])).toMatchObject({
      document: null,
      errors: [
        {
          entity: '',
          row: null,
          field: '',
          message:
            'the import document must be a JSON object with sections such as firms and projects (got a list)',
        },
      ],
      warnings: [],
    });
  });

  it('refuses __proto__, constructor and prototype keys anywhere, as errors rather than unknown columns', () => {
    // prepare: parsed from text, as the API receives it, so that __proto__ is an own key
    const input: unknown = JSON.parse(
      JSON.stringify({ firms: [firm()], exports: [exportFlow()], projects: [project()] })
        .replace('{"id":"F0001"', '{"__proto__":{"isAdmin":true},"id":"F0001"')
        .replace('"exports":[', '"constructor":1,"exports":[')
        .replace('"value":120000', '"value":{"prototype":0}'),
    );
    // act
    const result = validateImportDocument(input);
    // assess
    const reserved = (key: string) =>
      `'${key}' is a reserved name and cannot be used as a field or column name`;
    expect(result.document).toBeNull();
    expect(result.errors).toEqual([
      { entity: 'firms', row: 0, field: '__proto__', message: reserved('__proto__') },
      { entity: '', row: null, field: 'constructor', message: reserved('constructor') },
      { entity: 'exports', row: 0, field: 'value.prototype', message: reserved('prototype') },
    ]);
    expect(result.warnings).toEqual([]);
  });
});

describe('ImportDocumentSchema', () => {
  it('accepts a valid document and drops unknown columns of rows', () => {
    // prepare
    const input = { ...goodDocument(), tems: [{ ...tem(), phone: '+39 02 1234' }] };
    // act
    const result = ImportDocumentSchema.safeParse(input);
    // assess
    expect(result.success && result.data.tems).toEqual([tem()]);
  });

  it('refuses an unknown top-level key and reports bad rows with their index', () => {
    expect(
      problemsOf(ImportDocumentSchema, { firms: [firm(), { ...firm(), employees: 1.5 }], extra: true }),
    ).toEqual([
      { path: 'firms.1.employees', message: 'employees must be a whole number of 0 or more (got 1.5)' },
      { path: 'extra', message: "unknown field 'extra'" },
    ]);
  });
});

describe('importColumns', () => {
  it('lists the columns of a section in schema order', () => {
    expect(importColumns('exports')).toEqual(['firmId', 'year', 'country', 'value']);
  });
});
