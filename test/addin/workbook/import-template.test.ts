import { getAlpha2Codes } from 'i18n-iso-countries/index.js';
import { insertImportTemplate } from '../../../addin/workbook/excel-import-template';
import {
  buildImportTemplate,
  INLINE_LIST_LIMIT,
  LISTS_SHEET,
  TEMPLATE_ROWS,
} from '../../../addin/workbook/import-template';
import {
  AGREEMENT_KINDS,
  APPLICATION_STATUSES,
  HOME_COUNTRY,
  IMPORT_SECTIONS,
  importColumns,
  LOMBARDY_PROVINCES,
  PROJECT_STATUSES,
} from '../../../shared/schemas';
import { createExcelMock } from './excel-harness';

const FOREIGN_COUNTRIES = Object.keys(getAlpha2Codes())
  .filter((code) => code !== HOME_COUNTRY)
  .sort();

/** Every list the template puts on each section's columns, as `section.header`. */
const EXPECTED_LISTS: Record<string, readonly string[]> = {
  'firms.province': LOMBARDY_PROVINCES,
  'applications.status': APPLICATION_STATUSES,
  'projects.status': PROJECT_STATUSES,
  'agreements.kind': AGREEMENT_KINDS,
  'agreements.country': FOREIGN_COUNTRIES,
  'exports.country': FOREIGN_COUNTRIES,
};

describe('the import template', () => {
  const template = buildImportTemplate();

  it('has a sheet per import section, in reference order, with the section columns as headers', () => {
    expect(template.sheets.map((sheet) => sheet.name)).toEqual([...IMPORT_SECTIONS]);
    for (const sheet of template.sheets) {
      const headers = sheet.columns.map((column) => column.header.replace(/\.\d{4}$/, ''));
      expect(headers).toEqual(importColumns(sheet.section));
    }
  });

  it('puts the lists derived from the schemas on their columns, short ones inline, long ones on the lists sheet', () => {
    const lists = Object.fromEntries(
      template.sheets.flatMap((sheet) =>
        sheet.columns.flatMap((column) =>
          column.list ? [[`${sheet.name}.${column.header}`, column.list] as const] : [],
        ),
      ),
    );
    for (const [column, values] of Object.entries(EXPECTED_LISTS)) {
      expect(lists[column]?.values).toEqual([...values]);
    }
    for (const list of Object.values(lists)) {
      const inline = list.values.join(',');
      if (inline.length <= INLINE_LIST_LIMIT) expect(list.source).toEqual({ inline });
      else
        expect(list.source).toEqual({
          column: 0,
          range: `='${LISTS_SHEET}'!$A$2:$A$${list.values.length + 1}`,
        });
    }
    expect(template.lists).toEqual([{ name: 'country', values: FOREIGN_COUNTRIES }]);
  });
});

describe('insertImportTemplate (Excel mock)', () => {
  it('writes the sheets, their validations and the hidden lists sheet', async () => {
    const { run, model } = createExcelMock();

    const outcome = await insertImportTemplate(run);

    expect(outcome).toEqual({ added: [...IMPORT_SECTIONS], kept: [] });
    const lists = model.sheet(LISTS_SHEET)!;
    expect(lists.visibility).toBe('Hidden');
    const column = Array.from({ length: FOREIGN_COUNTRIES.length + 1 }, (_, row) => lists.cell(row, 0).value);
    expect(column).toEqual(['country', ...FOREIGN_COUNTRIES]);
    const validations = Object.fromEntries(
      IMPORT_SECTIONS.flatMap((section) => {
        const sheet = model.sheet(section)!;
        expect(sheet.visibility).toBe('Visible');
        expect(sheet.frozenRows).toBe(1);
        const headers = importColumns(section).map((_, at) => String(sheet.cell(0, at).value));
        return sheet.validations.map((validation) => {
          const at = /!([A-Z]+)2:/.exec(validation.address)![1]!.charCodeAt(0) - 65;
          expect(validation.address).toMatch(
            new RegExp(`!${String.fromCharCode(65 + at)}2:[A-Z]+${TEMPLATE_ROWS + 1}$`),
          );
          expect(validation.list.inCellDropDown).toBe(true);
          return [`${section}.${headers[at]}`, validation.list.source] as const;
        });
      }),
    );
    const listed = (source: string) =>
      source.startsWith('=')
        ? Array.from({ length: FOREIGN_COUNTRIES.length }, (_, row) => lists.cell(row + 1, 0).value)
        : source.split(',');
    expect(Object.keys(validations).sort()).toEqual(
      [
        ...Object.keys(EXPECTED_LISTS),
        'editions.id',
        'applications.edition',
        'projects.edition',
        'budget.edition',
        'budget.source',
      ].sort(),
    );
    for (const [column, values] of Object.entries(EXPECTED_LISTS)) {
      expect(listed(validations[column]!)).toEqual([...values]);
    }
  });

  it('leaves sheets the workbook already has as they are', async () => {
    const mock = createExcelMock();
    await insertImportTemplate(mock.run);
    mock.model.sheet('firms')!.put(1, 0, { value: 'F1', formula: null, format: 'General' });

    const again = await insertImportTemplate(mock.run);

    expect(again).toEqual({ added: [], kept: [...IMPORT_SECTIONS] });
    expect(mock.model.sheet('firms')!.cell(1, 0).value).toBe('F1');
  });
});
