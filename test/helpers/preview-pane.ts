import type { Page } from 'playwright-core';

/** The page's preview workbook, as the pane exposes it (`springPreviewWorkbook`). */
type PreviewTables = { tables: Map<string, { columns: { header: string }[]; rows: unknown[][] }> };

/**
 * A user's edits of a preview table's cells, by the row's key (its first column) and a column's header.
 * The preview grid shows tables read-only, so the edits go through the page's workbook model.
 */
export function editPreviewCells(
  page: Page,
  table: string,
  column: string,
  edits: [key: string, value: unknown][],
): Promise<void> {
  return page.evaluate(
    ([name, header, changes]) => {
      const found = (
        globalThis as unknown as { springPreviewWorkbook: PreviewTables }
      ).springPreviewWorkbook.tables.get(name);
      const index = found?.columns.findIndex((c) => c.header === header) ?? -1;
      for (const [key, value] of changes) {
        const row = found?.rows.find((r) => r[0] === key);
        if (row && index >= 0) row[index] = value;
      }
    },
    [table, column, edits] as const,
  );
}

/** A preview table's rows, those columns only, in table order. */
export function previewRows(page: Page, table: string, columns: string[]): Promise<unknown[][]> {
  return page.evaluate(
    ([name, headers]) => {
      const found = (
        globalThis as unknown as { springPreviewWorkbook: PreviewTables }
      ).springPreviewWorkbook.tables.get(name);
      const indexes = headers.map((header) => found?.columns.findIndex((c) => c.header === header) ?? -1);
      return (found?.rows ?? []).map((row) => indexes.map((i) => row[i]));
    },
    [table, columns] as const,
  );
}
