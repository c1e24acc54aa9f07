/**
 * The one .xlsx reader of the import (docs/architecture.md, "Import"), for the CLI and the task pane:
 * a workbook's bytes (one sheet per import section, a header row of field names) to an import document,
 * through the pure sheet conversion of ./sheet-rows.ts. No Node API: it bundles for the browser, where
 * the pane loads it only when an admin imports.
 */
import ExcelJS from 'exceljs';
import {
  HEADER_ROW,
  LISTS_SHEET,
  workbookToDocument,
  type SheetCellValue,
  type SheetData,
  type WorkbookDocument,
} from './sheet-rows';

/** The sheets of a workbook, with plain cell values, and notes on what could not be read. */
export interface XlsxSheets {
  sheets: SheetData[];
  notes: string[];
}

export { HEADER_ROW };

/**
 * A cell's value as plain data: rich text and hyperlinks become their text, formulas their saved
 * result, errors their code (`#N/A`); dates stay dates. `undefined` marks a formula without a saved
 * result (a file written by a program that does not calculate), which reads as blank.
 * @example plainCellValue({ richText: [{ text: 'Rossi ' }, { text: 'Srl' }] }) // 'Rossi Srl'
 */
export function plainCellValue(value: ExcelJS.CellValue): SheetCellValue | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return richText(value);
  if ('hyperlink' in value) return hyperlinkText(value.text);
  if ('formula' in value || 'sharedFormula' in value) {
    const { result } = value;
    if (result === undefined) return undefined;
    return typeof result === 'object' && !(result instanceof Date) ? result.error : result;
  }
  if ('error' in value) return value.error;
  return null;
}

/**
 * Reads every sheet of an .xlsx file's bytes: row 1 is the header, the rows below are the data. The
 * hidden lists sheet of the import template ({@link LISTS_SHEET}) is not read.
 * @param bytes - the file's bytes (a Node Buffer is a Uint8Array)
 */
export async function readWorkbookSheets(bytes: ArrayBuffer | Uint8Array): Promise<XlsxSheets> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's typings want its own Buffer type; JSZip, which it reads with, takes these bytes.
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const result: XlsxSheets = { sheets: [], notes: [] };
  for (const worksheet of workbook.worksheets) {
    if (worksheet.name === LISTS_SHEET) continue;
    const columns = worksheet.columnCount;
    const uncalculated: string[] = [];
    const readRow = (number: number): SheetCellValue[] => {
      const row = worksheet.getRow(number);
      const cells: SheetCellValue[] = [];
      for (let column = 1; column <= columns; column++) {
        const cell = row.getCell(column);
        const value = plainCellValue(cell.value);
        if (value === undefined) uncalculated.push(cell.address);
        cells.push(value ?? null);
      }
      return cells;
    };
    const rows: SheetCellValue[][] = [];
    for (let number = HEADER_ROW + 1; number <= worksheet.rowCount; number++) rows.push(readRow(number));
    result.sheets.push({ name: worksheet.name, header: readRow(HEADER_ROW), rows });
    if (uncalculated.length > 0) {
      result.notes.push(
        `sheet '${worksheet.name}': ${uncalculated.length} formula cell(s) have no saved result (first ${uncalculated[0]}) and were read as blank; open and save the file in Excel to calculate them`,
      );
    }
  }
  return result;
}

/**
 * Reads an .xlsx file's bytes into an import document; the notes say which sheets, columns and cells
 * were left out. `sourceRows` keeps each row's place in its sheet (sheet row = index + 2).
 * @example
 * const { document, notes } = await readWorkbookDocument(await file.arrayBuffer());
 */
export async function readWorkbookDocument(bytes: ArrayBuffer | Uint8Array): Promise<WorkbookDocument> {
  const { sheets, notes } = await readWorkbookSheets(bytes);
  const converted = workbookToDocument(sheets);
  return { ...converted, notes: [...notes, ...converted.notes] };
}

function richText(value: ExcelJS.CellRichTextValue): string {
  return value.richText.map((part) => part.text).join('');
}

function hyperlinkText(text: unknown): string {
  // exceljs keeps a styled link text as rich text, despite its typings.
  if (typeof text === 'object' && text !== null && 'richText' in text) {
    return richText(text as ExcelJS.CellRichTextValue);
  }
  return String(text ?? '');
}
