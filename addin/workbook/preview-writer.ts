import { chunkBySize, jsonBytes } from './payload';
import type { PreviewWorkbook } from './preview-workbook';
import { planRefresh, refreshCounts } from './refresh-plan';
import {
  checkBlock,
  checkChart,
  springFlags,
  type TableData,
  type TableSnapshot,
  type WorkbookWriter,
} from './writer';

/**
 * The preview implementation of {@link WorkbookWriter}: writes into an on-page {@link PreviewWorkbook}.
 * Cells hold values as given: text is never taken for a formula (only a user's calculated column has
 * one), so `=1+1` from the service stays text here as in Excel.
 */
export function createPreviewWriter(workbook: PreviewWorkbook): WorkbookWriter {
  /** A table as it stands; `columns`, given its header, says which columns' cells to read (all when absent). */
  const snapshot = (
    name: string,
    columns?: (header: readonly string[]) => readonly boolean[],
  ): TableSnapshot | undefined => {
    const table = workbook.tables.get(name);
    if (!table) return undefined;
    const header = table.columns.map((column) => column.header);
    // As the Excel writer, a read of some columns leaves the others' cells null.
    const chosen = columns?.(header);
    const read = header.map((_, c) => (chosen ? chosen[c] === true : true));
    return {
      name,
      sheetName: table.sheetName,
      header,
      rows: table.rows.map((row) => row.map((value, c) => (read[c] ? value : null))),
      formulas: table.formulas.map((row) => row.map((formula, c) => (read[c] ? formula : null))),
    };
  };
  return {
    listTables: async (prefix) =>
      [...workbook.tables.keys()].filter((name) => name.startsWith(prefix)).sort(),
    readTable: async (name, headers) => {
      const wanted = headers && new Set(headers);
      return snapshot(name, wanted && ((header) => header.map((cell) => wanted.has(cell))));
    },
    createTable: async (data: TableData, onProgress) => {
      const rows: TableData['rows'] = [];
      // Chunked by size like the Excel writer, so progress reads much the same in both.
      for (const chunk of chunkBySize(data.rows, jsonBytes)) {
        rows.push(...chunk.map((row) => [...row]));
        onProgress?.(rows.length, data.rows.length);
        await Promise.resolve();
      }
      workbook.put({
        name: data.name,
        sheetName: data.sheetName,
        columns: data.columns.map((column) => ({ header: column.header, format: column.format })),
        rows,
        formulas: rows.map((row) => row.map(() => null)),
      });
      if (data.rows.length === 0) onProgress?.(0, 0);
    },
    refreshTable: async (data: TableData) => {
      const table = workbook.tables.get(data.name);
      // Only Spring's columns are read, found by their headers in either language.
      const current = snapshot(data.name, (header) => springFlags(header, data.columns));
      if (!table || !current) throw new Error(`There is no table ${data.name} to refresh: insert it first`);
      const plan = planRefresh(current, data);
      for (const { row, column, value } of plan.updates) {
        (table.rows[row] as unknown[])[column] = value;
        (table.formulas[row] as unknown[])[column] = null;
      }
      for (const index of plan.deletions) {
        table.rows.splice(index, 1);
        table.formulas.splice(index, 1);
      }
      for (const row of plan.appends) {
        table.rows.push(row);
        table.formulas.push(table.columns.map((column) => column.formula ?? null));
      }
      workbook.changed();
      return refreshCounts(plan);
    },
    writeDashboard: async (spec) => {
      spec.charts.forEach(checkChart);
      spec.blocks.forEach(checkBlock);
      workbook.putDashboard(structuredClone(spec));
    },
    readCharts: async (sheetName) =>
      (workbook.dashboards.get(sheetName)?.charts ?? []).map((chart) => ({
        id: chart.id,
        title: chart.title,
        kind: chart.kind,
        seriesNames: chart.series.map((series) => series.name),
      })),
  };
}
