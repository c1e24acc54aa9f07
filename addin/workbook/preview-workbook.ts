import type { TableCellValue, ColumnFormat, DashboardSpec } from './writer';

/** A column of a preview table: Spring's (with a format) or the user's (maybe a calculated formula). */
export interface PreviewColumn {
  header: string;
  format: ColumnFormat;
  /** A calculated column's formula, which new rows take, as Excel's tables do. */
  formula?: string;
}

/** A table on the preview page's grid. */
export interface PreviewTable {
  name: string;
  sheetName: string;
  columns: PreviewColumn[];
  rows: TableCellValue[][];
  formulas: (string | null)[][];
}

/**
 * The workbook the task pane writes into when opened outside Excel: sheets of tables, shown by the
 * preview grid, which re-renders on every change.
 */
export class PreviewWorkbook {
  readonly tables = new Map<string, PreviewTable>();
  /** Dashboard sheets by sheet name. */
  readonly dashboards = new Map<string, DashboardSpec>();
  private readonly listeners = new Set<() => void>();

  /** The sheets in the order their first table was made. */
  get sheets(): string[] {
    return [
      ...new Set([...[...this.tables.values()].map((table) => table.sheetName), ...this.dashboards.keys()]),
    ];
  }

  /** Replaces (or adds) a dashboard sheet and tells the grid. */
  putDashboard(spec: DashboardSpec): void {
    this.dashboards.set(spec.sheetName, spec);
    this.changed();
  }

  /** Replaces (or adds) a table and tells the grid. */
  put(table: PreviewTable): void {
    this.tables.set(table.name, table);
    this.changed();
  }

  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(): void {
    for (const listener of this.listeners) listener();
  }
}
