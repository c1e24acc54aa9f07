/**
 * Reads an .xlsx file for the import CLI: the file's bytes through the shared reader
 * (shared/import/read-workbook.ts), which bundles for the browser so that the task pane can use it too.
 */
import { readFile } from 'node:fs/promises';
import type { WorkbookDocument } from '../../shared/import/sheet-rows';
import { readWorkbookDocument, readWorkbookSheets, type XlsxSheets } from '../../shared/import/read-workbook';

export { HEADER_ROW, plainCellValue, type XlsxSheets } from '../../shared/import/read-workbook';

const bytesOf = async (source: string | Uint8Array) =>
  typeof source === 'string' ? readFile(source) : source;

/**
 * Reads every sheet of an .xlsx file or buffer: row 1 is the header, the rows below are the data.
 * @param source - a file path, or the file's bytes
 */
export async function readXlsxSheets(source: string | Uint8Array): Promise<XlsxSheets> {
  return readWorkbookSheets(await bytesOf(source));
}

/**
 * Reads an .xlsx file into an import document; the notes say which sheets, columns and cells were
 * left out.
 * @example
 * const { document, notes } = await readXlsxDocument('spring.xlsx');
 */
export async function readXlsxDocument(source: string | Uint8Array): Promise<WorkbookDocument> {
  return readWorkbookDocument(await bytesOf(source));
}
