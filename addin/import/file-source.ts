/**
 * The import source of preview mode: an .xlsx file the admin picks, read by the shared reader, which the
 * pane loads only now (addin/import-reader). A file has no cells to mark: its problems are listed.
 */
import { loadImportReader } from '../import-reader/load';
import type { ImportSource } from './import-flow';

/** The picked file cannot be read as an .xlsx workbook (not a zip, not a workbook, damaged). */
export class UnreadableFileError extends Error {
  override readonly name = 'UnreadableFileError';
  readonly code = 'ERR_UNREADABLE_FILE';

  constructor(
    readonly fileName: string,
    options?: ErrorOptions,
  ) {
    super(`${fileName} is not a readable .xlsx workbook`, options);
  }
}

/** Reads `file` at each check and import, so that a file picked again after a fix is read afresh. */
export function fileImportSource(file: Blob & { name: string }): ImportSource {
  return {
    read: async () => {
      const reader = await loadImportReader();
      try {
        // A file changed on disk since it was picked cannot be read again (NotReadableError): pick it anew.
        return await reader.readWorkbookDocument(await file.arrayBuffer());
      } catch (error) {
        throw new UnreadableFileError(file.name, { cause: error });
      }
    },
  };
}
