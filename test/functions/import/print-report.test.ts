import {
  createProgress,
  formatProblem,
  formatRejection,
  formatReport,
} from '../../../functions/import/print-report';
import type { ImportProblem } from '../../../shared/schemas';

const problem = (row: number): ImportProblem => ({
  entity: 'exports',
  row,
  field: 'value',
  message: 'value must be an amount in EUR of 0 or more (got -1)',
});

describe('formatProblem', () => {
  it('writes entity, row, field and message, leaving out what does not apply', () => {
    expect(formatProblem(problem(3))).toBe(
      'exports row 3 value: value must be an amount in EUR of 0 or more (got -1)',
    );
    expect(formatProblem({ entity: 'firms', row: 2, field: '', message: 'a firm must be an object' })).toBe(
      'firms row 2: a firm must be an object',
    );
    expect(
      formatProblem({ entity: '', row: null, field: 'sheets', message: "unknown section 'sheets'" }),
    ).toBe("document sheets: unknown section 'sheets'");
  });

  it("names the problem's own sheet and sheet row when the client that converted a workbook added them", () => {
    expect(formatProblem({ ...problem(0), sheet: 'Exports', sheetRow: 2 }, () => 'sheet row 9')).toBe(
      'exports row 0 value: value must be an amount in EUR of 0 or more (got -1) (sheet Exports row 2)',
    );
  });

  it('adds where the row is in the file when it is known', () => {
    expect(formatProblem(problem(0), () => 'sheet row 2')).toBe(
      'exports row 0 value: value must be an amount in EUR of 0 or more (got -1) (sheet row 2)',
    );
  });
});

describe('formatReport', () => {
  it('prints the counts per entity as a table with totals, and the warnings', () => {
    const report = {
      importId: 'job-1',
      dryRun: false,
      counts: {
        exports: { created: 1200, updated: 3, unchanged: 0 },
        firms: { created: 10, updated: 0, unchanged: 5 },
      },
      warnings: [{ entity: 'firms', row: 1, field: 'notes', message: "unknown column 'notes' ignored" }],
    };

    const text = formatReport(report, { target: 'https://localhost:3000', seconds: 1.26 });

    expect(text).toBe(
      [
        'Imported into https://localhost:3000 in 1.3 s (import job-1):',
        '  entity   created  updated  unchanged',
        '  firms         10        0          5',
        '  exports    1,200        3          0',
        '  total      1,210        3          5',
        '1 warning:',
        "  firms row 1 notes: unknown column 'notes' ignored",
        '',
      ].join('\n'),
    );
  });

  it('says a dry run wrote nothing, and an empty document imported nothing', () => {
    const text = formatReport(
      { importId: null, dryRun: true, counts: {}, warnings: [] },
      { target: 'the store' },
    );

    expect(text).toBe(
      'Dry run on the store: nothing was written. The import would do this:\n  nothing: the document has no rows\n',
    );
  });
});

describe('formatReport on a dry run that overwrites stored budget lines', () => {
  it("prints each line's version, who and when, and its amounts now and in the document", () => {
    const line = { edition: '2008', lineId: 'tem-service', source: 'region', action: 'TEM service' } as const;
    const report = {
      importId: null,
      dryRun: true,
      counts: { budget: { created: 0, updated: 1, unchanged: 0 } },
      warnings: [],
      overwrites: [
        {
          entity: 'budget' as const,
          row: 0,
          edition: '2008',
          lineId: 'tem-service',
          current: {
            ...line,
            allocated: 1_500_000,
            committed: 1_200_000,
            paid: 800_001,
            version: 2,
            updatedAt: '2026-12-01T10:00:00.000Z',
            updatedBy: 'Anna Rossi',
          },
          document: { ...line, allocated: 1_505_000, committed: 1_200_000, paid: 800_000 },
        },
      ],
    };

    const text = formatReport(report, { target: 'the store', locate: () => 'sheet row 2' });

    expect(text.split('\n').slice(-4)).toEqual([
      '1 stored budget line would be overwritten:',
      '  budget row 0 2008/tem-service (version 2, Anna Rossi, 2026-12-01T10:00:00.000Z) (sheet row 2):',
      '    allocated 1,500,000 -> 1,505,000; committed 1,200,000; paid 800,001 -> 800,000',
      '',
    ]);
  });
});

describe('formatRejection', () => {
  it('prints every problem, with their number', () => {
    const text = formatRejection({ errors: [problem(0), problem(4)], warnings: [] });

    expect(text).toBe(
      [
        'The document was not imported: 2 problems; nothing was written.',
        '  exports row 0 value: value must be an amount in EUR of 0 or more (got -1)',
        '  exports row 4 value: value must be an amount in EUR of 0 or more (got -1)',
        'Correct these rows and run the import again.',
        '',
      ].join('\n'),
    );
  });

  it('prints the first 50 problems and counts the rest', () => {
    const errors = Array.from({ length: 1234 }, (_, row) => problem(row));

    const lines = formatRejection({ errors, warnings: [] }).trimEnd().split('\n');

    expect(lines[0]).toBe('The document was not imported: 1,234 problems; nothing was written.');
    expect(lines.filter((line) => line.startsWith('  exports row '))).toHaveLength(50);
    expect(lines[51]).toBe('  ... and 1,184 more');
  });
});

describe('createProgress', () => {
  it('writes one line per 10% when the output is no terminal', () => {
    const written: string[] = [];
    const progress = createProgress({ write: (text) => written.push(text), isTTY: false });

    for (let done = 0; done <= 1000; done += 25) progress.update(done, 1000);
    progress.end();

    expect(written).toHaveLength(10);
    expect(written[0]).toBe('  written 100 of 1,000 items (10%)\n');
    expect(written[9]).toBe('  written 1,000 of 1,000 items (100%)\n');
  });

  it('updates one line in place on a terminal and ends it', () => {
    const written: string[] = [];
    const progress = createProgress({ write: (text) => written.push(text), isTTY: true });

    progress.update(1, 4);
    progress.update(1, 4);
    progress.update(4, 4);
    progress.end();

    expect(written).toEqual(['\r  written 1 of 4 items (25%)', '\r  written 4 of 4 items (100%)', '\n']);
  });
});
