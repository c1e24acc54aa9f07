/**
 * Writes the import template (./import-template.ts) into the workbook through office-js
 * (docs/architecture.md, "Import"): one sheet per import section with its header row, each listed
 * column's rows under the header validated by an in-cell drop-down (`Range.dataValidation`, ExcelApi
 * 1.8), and the long lists on the hidden sheet they refer to. Sheets already in the workbook are left
 * as they are and named in the answer.
 */
import type { ExcelRun } from './excel-writer';
import { buildImportTemplate, LISTS_SHEET, TEMPLATE_ROWS, type ImportTemplate } from './import-template';

/** What inserting the template did. */
export interface TemplateOutcome {
  /** The sheets added. */
  added: string[];
  /** The sheets left as they were, because the workbook has them already. */
  kept: string[];
}

/**
 * Adds the template's sheets that the workbook lacks, and the hidden lists sheet when a list needs it.
 * @example await insertImportTemplate((batch) => Excel.run(batch))
 */
export async function insertImportTemplate(
  run: ExcelRun,
  template: ImportTemplate = buildImportTemplate(),
): Promise<TemplateOutcome> {
  return run(async (context) => {
    const { worksheets } = context.workbook;
    const names = [...template.sheets.map((sheet) => sheet.name), LISTS_SHEET];
    const found = new Map(names.map((name) => [name, worksheets.getItemOrNullObject(name)]));
    await context.sync();
    const outcome: TemplateOutcome = { added: [], kept: [] };
    const missing = (name: string) => found.get(name)?.isNullObject ?? true;
    if (template.lists.length > 0) {
      // Rewritten every time: the lists follow the schemas of this version of the add-in.
      const lists = missing(LISTS_SHEET) ? worksheets.add(LISTS_SHEET) : found.get(LISTS_SHEET)!;
      template.lists.forEach((list, column) => {
        const cells = [[list.name], ...list.values.map((value) => [value])];
        lists.getRangeByIndexes(0, column, cells.length, 1).values = cells;
      });
      lists.visibility = 'Hidden';
    }
    for (const spec of template.sheets) {
      if (!missing(spec.name)) {
        outcome.kept.push(spec.name);
        continue;
      }
      const sheet = worksheets.add(spec.name);
      const header = sheet.getRangeByIndexes(0, 0, 1, spec.columns.length);
      header.values = [spec.columns.map((column) => column.header)];
      header.format.font.bold = true;
      sheet.freezePanes.freezeRows(1);
      spec.columns.forEach((column, index) => {
        if (!column.list) return;
        const { source } = column.list;
        sheet.getRangeByIndexes(1, index, TEMPLATE_ROWS, 1).dataValidation.rule = {
          list: { inCellDropDown: true, source: 'inline' in source ? source.inline : source.range },
        };
      });
      header.format.autofitColumns();
      outcome.added.push(spec.name);
    }
    await context.sync();
    return outcome;
  });
}
