/**
 * What the on-demand import reader bundle (`import-reader.js`, docs/architecture.md, "Import") puts on
 * the page: the .xlsx reader, which carries exceljs (about 1 MB) and so is loaded only when an admin
 * imports a file. Types only, so that the pane's own bundle does not take the reader in.
 */
import type { WorkbookDocument } from '../../shared/import/sheet-rows';

/** The global the reader bundle sets. */
export const IMPORT_READER_GLOBAL = 'springImportReader';

/** The reader as the pane calls it. */
export interface ImportReader {
  /** An .xlsx file's bytes to an import document, with where each row came from. */
  readWorkbookDocument(bytes: ArrayBuffer | Uint8Array): Promise<WorkbookDocument>;
}

declare global {
  var springImportReader: ImportReader | undefined;
}
