import type { Page } from 'playwright-core';

/** The page's preview workbook, as the pane exposes it (`springPreviewWorkbook`). */
type PreviewTables = { tables: Map<string, { columns: { header: string }[]; rows: unknown[][] }> };

/**
 * Edits of a preview table's cells, by the row's key (its first column) and a column's header, made
 * through the page's workbook model: what the grid does not let a user type (text in an amount cell, an
 * amount past the others), as a workbook edited in Excel may hold it.
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
