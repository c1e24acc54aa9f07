import {
  AgreementSchema,
  ApplicationSchema,
  EditionSchema,
  ExportFlowSchema,
  FirmSchema,
  TemSchema,
} from '../../../shared/schemas';
import {
  agreement,
  application,
  edition,
  exportFlow,
  firm,
  OTHER_VALID_VAT,
  problemsOf,
  tem,
} from './fixtures';

describe('EditionSchema', () => {
  it('accepts a valid edition', () => {
    expect(problemsOf(EditionSchema, edition())).toEqual([]);
  });

  it('refuses an edition id outside the four editions', () => {
    // prepare / act
    const problems = problemsOf(EditionSchema, { ...edition(), id: '2011' });
    // assess
    expect(problems).toEqual([
      { path: 'id', message: "id must be one of 2006, 2007, 2008, 2009-2010 (got '2011')" },
    ]);
  });

  it('refuses a fractional number of planned projects', () => {
    expect(problemsOf(EditionSchema, { ...edition(), projectsPlanned: 99.5 })).toEqual([
      { path: 'projectsPlanned', message: 'projectsPlanned must be a whole number of 0 or more (got 99.5)' },
    ]);
  });

  it('refuses an unknown field, naming it in the path', () => {
    // prepare / act
    const problems = problemsOf(EditionSchema, { ...edition(), budget: 3000000 });
    // assess
    expect(problems).toEqual([{ path: 'budget', message: "unknown field 'budget'" }]);
  });

  it('says what is wrong when the value is not an object', () => {
    expect(problemsOf(EditionSchema, 'Spring 3')).toEqual([
      { path: '', message: "an edition must be an object with named fields (got 'Spring 3')" },
    ]);
  });
});

describe('TemSchema', () => {
  it('accepts a valid TEM, and one with no languages or markets yet', () => {
    expect(problemsOf(TemSchema, tem())).toEqual([]);
    expect(problemsOf(TemSchema, { ...tem(), languages: [], markets: [] })).toEqual([]);
  });

  it('refuses a language that is not a lowercase ISO 639-1 code, at its index', () => {
    // prepare / act
    const problems = problemsOf(TemSchema, { ...tem(), languages: ['en', 'English'] });
    // assess
    expect(problems).toEqual([
      {
        path: 'languages.1',
        message: "languages must be a two-letter lowercase language code such as en (got 'English')",
      },
    ]);
  });

  it('refuses a market that is not a country code', () => {
    expect(problemsOf(TemSchema, { ...tem(), markets: ['RU', 'ZZ'] })).toEqual([
      {
        path: 'markets.1',
        message: "markets 'ZZ' is not a country code (ISO 3166-1, two letters such as DE)",
      },
    ]);
  });

  it('refuses markets written as one text cell', () => {
    expect(problemsOf(TemSchema, { ...tem(), markets: 'RU,CN' })).toEqual([
      { path: 'markets', message: "markets must be a list of country codes (got 'RU,CN')" },
    ]);
  });
});

describe('FirmSchema', () => {
  it('accepts a valid firm', () => {
    expect(problemsOf(FirmSchema, firm())).toEqual([]);
    expect(problemsOf(FirmSchema, { ...firm(), vatNumber: OTHER_VALID_VAT, sector: '25.62.00' })).toEqual([]);
  });

  it('refuses a VAT number with a wrong check digit', () => {
    // prepare / act
    const problems = problemsOf(FirmSchema, { ...firm(), vatNumber: '01234567890' });
    // assess
    expect(problems).toEqual([
      { path: 'vatNumber', message: 'VAT number 01234567890 has a wrong check digit' },
    ]);
  });

  it('refuses a VAT number that is not 11 digits', () => {
    expect(problemsOf(FirmSchema, { ...firm(), vatNumber: '0015956036' })).toEqual([
      { path: 'vatNumber', message: 'VAT number 0015956036 must have exactly 11 digits' },
    ]);
  });

  it('asks for the VAT number as text when a spreadsheet turned it into a number', () => {
    expect(problemsOf(FirmSchema, { ...firm(), vatNumber: 159560366 })).toEqual([
      {
        path: 'vatNumber',
        message:
          'vatNumber must be 11 digits written as text, so that leading zeros are kept (got 159560366)',
      },
    ]);
  });

  it('refuses a province outside Lombardy', () => {
    expect(problemsOf(FirmSchema, { ...firm(), province: 'RM' })).toEqual([
      {
        path: 'province',
        message:
          "province must be a Lombardy province: BG, BS, CO, CR, LC, LO, MB, MI, MN, PV, SO, VA (got 'RM')",
      },
    ]);
  });

  it('refuses a sector that is not an ATECO code', () => {
    expect(problemsOf(FirmSchema, { ...firm(), sector: 'mechanics' })).toEqual([
      { path: 'sector', message: "sector must be an ATECO code such as 25.62 or 25.62.00 (got 'mechanics')" },
    ]);
  });

  it('refuses a negative or fractional number of employees', () => {
    expect(problemsOf(FirmSchema, { ...firm(), employees: -2 })).toEqual([
      { path: 'employees', message: 'employees must be a whole number of 0 or more (got -2)' },
    ]);
  });

  it('refuses turnover years outside 1990-2100 and negative amounts, each at its year', () => {
    // prepare / act
    const problems = problemsOf(FirmSchema, { ...firm(), turnover: { '1985': 100, '2008': -1, FY08: 5 } });
    // assess
    expect(problems).toEqual([
      { path: 'turnover.2008', message: 'turnover must be an amount in EUR of 0 or more (got -1)' },
      { path: 'turnover.1985', message: "turnover year '1985' must be a whole year from 1990 to 2100" },
      { path: 'turnover.FY08', message: "turnover year 'FY08' must be a whole year from 1990 to 2100" },
    ]);
  });

  it('refuses turnover given as a list', () => {
    expect(problemsOf(FirmSchema, { ...firm(), turnover: [2100000] })).toEqual([
      {
        path: 'turnover',
        message: 'turnover must be a table of years and amounts, e.g. {"2008": 1200000} (got a list)',
      },
    ]);
  });

  it('lists every missing field', () => {
    // prepare / act
    const problems = problemsOf(FirmSchema, { id: 'F1', name: 'Rossi' });
    // assess
    expect(problems.map((problem) => problem.path)).toEqual([
      'vatNumber',
      'province',
      'sector',
      'artisan',
      'employees',
      'turnover',
    ]);
    expect(problems[0]?.message).toBe('vatNumber is required');
    expect(problems[3]?.message).toBe('artisan is required');
  });
});

describe('ApplicationSchema', () => {
  it('accepts admitted and rejected applications', () => {
    expect(problemsOf(ApplicationSchema, application())).toEqual([]);
    expect(problemsOf(ApplicationSchema, { ...application(), status: 'rejected', score: 0 })).toEqual([]);
  });

  it('refuses an unknown status', () => {
    expect(problemsOf(ApplicationSchema, { ...application(), status: 'pending' })).toEqual([
      { path: 'status', message: "status must be one of admitted, rejected (got 'pending')" },
    ]);
  });

  it('refuses a score above 100', () => {
    expect(problemsOf(ApplicationSchema, { ...application(), score: 120 })).toEqual([
      { path: 'score', message: 'score must be a number from 0 to 100 (got 120)' },
    ]);
  });

  it('refuses an edition that does not exist', () => {
    expect(problemsOf(ApplicationSchema, { ...application(), edition: 2008 })).toEqual([
      { path: 'edition', message: 'edition must be one of 2006, 2007, 2008, 2009-2010 (got 2008)' },
    ]);
  });
});

describe('AgreementSchema', () => {
  it('accepts an agreement with or without an end year, and one that lasts a single year', () => {
    const { endYear: _, ...open } = agreement();
    expect(problemsOf(AgreementSchema, agreement())).toEqual([]);
    expect(problemsOf(AgreementSchema, open)).toEqual([]);
    expect(problemsOf(AgreementSchema, { ...agreement(), endYear: 2008 })).toEqual([]);
  });

  it('refuses an end year before the start year, on endYear', () => {
    // prepare / act
    const problems = problemsOf(AgreementSchema, { ...agreement(), year: 2009, endYear: 2007 });
    // assess
    expect(problems).toEqual([{ path: 'endYear', message: 'endYear (2007) cannot be before year (2009)' }]);
  });

  it('refuses Italy as the partner country', () => {
    expect(problemsOf(AgreementSchema, { ...agreement(), country: 'IT' })).toEqual([
      { path: 'country', message: 'IT is the home market, not a foreign market' },
    ]);
  });

  it('refuses an unknown kind of agreement', () => {
    expect(problemsOf(AgreementSchema, { ...agreement(), kind: 'franchise' })).toEqual([
      {
        path: 'kind',
        message:
          "kind must be one of agent, distributor, co-design, co-production, licensing, joint-venture, branch, subsidiary (got 'franchise')",
      },
    ]);
  });

  it('still checks the years when another field is wrong, so the user sees both at once', () => {
    // prepare / act
    const problems = problemsOf(AgreementSchema, {
      ...agreement(),
      kind: 'franchise',
      year: 2009,
      endYear: 2007,
    });
    // assess
    expect(problems.map((problem) => problem.path)).toEqual(['kind', 'endYear']);
  });
});

describe('ExportFlowSchema', () => {
  it('accepts a flow, including a zero value', () => {
    expect(problemsOf(ExportFlowSchema, exportFlow())).toEqual([]);
    expect(problemsOf(ExportFlowSchema, { ...exportFlow(), value: 0 })).toEqual([]);
  });

  it('refuses exports to Italy', () => {
    expect(problemsOf(ExportFlowSchema, { ...exportFlow(), country: 'IT' })).toEqual([
      { path: 'country', message: 'IT is the home market, not a foreign market' },
    ]);
  });

  it('refuses a negative value', () => {
    expect(problemsOf(ExportFlowSchema, { ...exportFlow(), value: -10 })).toEqual([
      { path: 'value', message: 'value must be an amount in EUR of 0 or more (got -10)' },
    ]);
  });

  it('refuses a lowercase country', () => {
    expect(problemsOf(ExportFlowSchema, { ...exportFlow(), country: 'cn' })).toEqual([
      { path: 'country', message: "country must be written in capital letters: CN (got 'cn')" },
    ]);
  });

  it('refuses a year outside 1990-2100', () => {
    expect(problemsOf(ExportFlowSchema, { ...exportFlow(), year: 1989 })).toEqual([
      { path: 'year', message: 'year must be a whole year from 1990 to 2100 (got 1989)' },
    ]);
  });
});
