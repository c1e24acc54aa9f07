/** Task pane entry: waits for office.js, then renders the pane in Excel or, outside Office, in preview mode. */
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { workbookImportSource } from '../import/workbook-source';
import { insertImportTemplate } from '../workbook/excel-import-template';
import { createExcelWriter, type ExcelRun } from '../workbook/excel-writer';
import { PROBLEMS_SHEET } from '../workbook/import-marks';
import { PreviewWorkbook } from '../workbook/preview-workbook';
import { createPreviewWriter } from '../workbook/preview-writer';

/** Resolves once office.js is ready; outside Office (no office.js, or no host) reports `inOffice: false`. */
async function officeContext(): Promise<{ inOffice: boolean; displayLanguage: string }> {
  const browserLanguage = navigator.language;
  if (typeof Office === 'undefined') return { inOffice: false, displayLanguage: browserLanguage };
  const info = await Office.onReady();
  if (!info.host) return { inOffice: false, displayLanguage: browserLanguage };
  return { inOffice: true, displayLanguage: Office.context.displayLanguage || browserLanguage };
}

async function render(): Promise<void> {
  const { inOffice, displayLanguage } = await officeContext();
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  const previewWorkbook = inOffice ? undefined : new PreviewWorkbook();
  // Preview mode's workbook is reachable from the page, so a browser test (or a curious user) can edit it.
  if (previewWorkbook) Object.assign(globalThis, { springPreviewWorkbook: previewWorkbook });
  const writer = previewWorkbook ? createPreviewWriter(previewWorkbook) : createExcelWriter();
  const run: ExcelRun = (batch) => Excel.run(batch);
  // In Excel an admin imports the open workbook; in preview mode, a file (the section's own picker).
  const workbookImport = inOffice
    ? {
        source: workbookImportSource(run),
        problemsSheet: PROBLEMS_SHEET,
        insertTemplate: () => insertImportTemplate(run),
      }
    : undefined;
  createRoot(container).render(
    <App
      inOffice={inOffice}
      displayLanguage={displayLanguage}
      serviceUrl={window.location.origin}
      writer={writer}
      {...(previewWorkbook ? { previewWorkbook } : {})}
      {...(workbookImport ? { workbookImport } : {})}
    />,
  );
}

render().catch((error: unknown) => {
  document.body.textContent = `Spring Workbench could not start: ${error instanceof Error ? error.message : String(error)}`;
});
