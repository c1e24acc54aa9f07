/**
 * Loads the import reader bundle (./contract.ts) once, when an admin first reads an .xlsx file: a
 * `<script>` of the page's own origin beside the pane's bundle, which the content security policy
 * allows (`script-src 'self'`).
 */
import { IMPORT_READER_GLOBAL, type ImportReader } from './contract';

/** The bundle's file, beside taskpane.js (dist/addin). */
export const IMPORT_READER_FILE = 'import-reader.js';

/** Why the reader could not be loaded: the pane says the file cannot be read now. */
export class ReaderLoadError extends Error {
  readonly code = 'ERR_READER_LOAD';
  constructor(url: string) {
    super(`Could not load ${url}`);
    this.name = 'ReaderLoadError';
  }
}

// Read while this bundle runs: `document.currentScript` is null once its first run is over.
const bundleUrl =
  typeof document === 'undefined' ? '' : ((document.currentScript as HTMLScriptElement | null)?.src ?? '');

let loading: Promise<ImportReader> | undefined;

/** The reader, loading its bundle on the first call; a failed load is tried again on the next call. */
export function loadImportReader(): Promise<ImportReader> {
  const loaded = globalThis[IMPORT_READER_GLOBAL];
  if (loaded) return Promise.resolve(loaded);
  loading ??= new Promise<ImportReader>((resolve, reject) => {
    const url = new URL(IMPORT_READER_FILE, bundleUrl || document.baseURI).href;
    const script = document.createElement('script');
    script.src = url;
    script.onload = () => {
      const reader = globalThis[IMPORT_READER_GLOBAL];
      if (reader) resolve(reader);
      else reject(new ReaderLoadError(url));
    };
    script.onerror = () => {
      script.remove();
      reject(new ReaderLoadError(url));
    };
    document.head.append(script);
  }).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
