/**
 * Entry of the on-demand bundle `import-reader.js` (scripts/build.ts): the shared .xlsx reader, set on
 * the page's global object for the pane's loader (./load.ts).
 */
import { readWorkbookDocument } from '../../shared/import/read-workbook';
import { IMPORT_READER_GLOBAL, type ImportReader } from './contract';

const reader: ImportReader = { readWorkbookDocument };
Object.assign(globalThis, { [IMPORT_READER_GLOBAL]: reader });
