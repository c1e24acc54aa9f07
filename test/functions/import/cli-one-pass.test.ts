import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateSampleData } from '../../../functions/sample';
import type { ImportDocument } from '../../../shared/schemas';
import { smallImportDocument, withSixProblems } from '../../helpers/import-documents';
import { dynamoEndpoint, uniqueTable } from '../../helpers/store';
import { runCli, writeWorkbook } from './workbook-fixture';

jest.setTimeout(60_000);

describe('npm run import of a workbook with problems in several sheets', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'spring-import-one-pass-'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('lists row checks and references together on --dry-run, each with its sheet and sheet row', async () => {
    const { label: _label, ...document } = smallImportDocument(generateSampleData({ scale: 0.05 }));
    const six = withSixProblems(document).document as ImportDocument;
    const file = path.join(folder, 'six.xlsx');
    await writeWorkbook(file, six);

    const run = await runCli([file, '--dry-run', '--direct', '--table', uniqueTable('onepass')], {
      DYNAMODB_ENDPOINT: dynamoEndpoint(),
    });

    expect(run.status).toBe(1);
    expect(run.stderr).toContain('The document was not imported: 6 problems; nothing was written.');
    const lines = run.stderr.split('\n').filter((line) => line.startsWith('  '));
    expect(lines).toEqual([
      '  firms row 0 vatNumber: VAT number 12345678901 has a wrong check digit (sheet Firms row 2)',
      expect.stringMatching(/^ {2}firms row 1 province: .+ \(sheet Firms row 3\)$/),
      expect.stringMatching(/^ {2}exports row 0 country: .+ \(sheet Exports row 2\)$/),
      '  exports row 1 value: value must be an amount in EUR of 0 or more (got -1) (sheet Exports row 3)',
      '  projects row 0 firmId: firm F-GHOST is neither in this document nor in the store (sheet Projects row 2)',
      '  projects row 0 temId: TEM T-GHOST is neither in this document nor in the store (sheet Projects row 2)',
    ]);
  });
});
