/**
 * The Excel mock's `Range`: values, formulas and number formats read and written, fonts, fills,
 * hyperlinks, hidden columns, autofit, clear.
 */
import { jsonBytes, Loadable, type MockContext } from './excel-mock-context';
import {
  address,
  enter,
  forEachCell,
  NO_FILL_COLOR,
  writeCells,
  type Cell,
  type HyperlinkModel,
  type Rect,
  type Scalar,
} from './excel-mock-model';

/**
 * A range's fill (`Range.format.fill`): its colour read and set, and `clear()`, which the "Excel.RangeFill
 * class" page (https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangefill) describes as
 * "Resets the range background": the cells get no fill. A cell with no fill reads {@link NO_FILL_COLOR};
 * a range whose cells differ reads null, as office-js reads a format that is not uniform.
 */
export class MockRangeFill extends Loadable<Rect> {
  constructor(context: MockContext) {
    super(context, 'fill', { color: '' });
  }

  get color(): string {
    return this.read('color');
  }

  set color(color: string) {
    this.command('color', (rect) =>
      forEachCell(rect, (row, column) =>
        rect.sheet.put(row, column, { ...rect.sheet.cell(row, column), fill: color }),
      ),
    );
  }

  clear(): void {
    this.command('clear', (rect) =>
      forEachCell(rect, (row, column) => {
        const { fill: _, ...cell } = rect.sheet.cell(row, column);
        rect.sheet.put(row, column, cell);
      }),
    );
  }

  protected snapshot(_name: string, rect: Rect): unknown {
    const colors = new Set<string>();
    forEachCell(rect, (row, column) => colors.add(rect.sheet.cell(row, column).fill ?? NO_FILL_COLOR));
    return colors.size === 1 ? [...colors][0] : null;
  }
}

/**
 * A range of cells. Cells take input as Excel does (see `enter`); `null` in a 2-D input leaves a cell as
 * it is; formulas are kept as text and not evaluated, so a formula cell's value reads as
 * `FORMULA_STAND_IN`. `formulas` reads a plain cell's value, as the "Excel.Range class" page says:
 * "If a cell has no formula, its value is returned instead."
 */
export class MockRange extends Loadable<Rect> {
  /** @param orNull made by a `…OrNullObject` method (`getUsedRangeOrNullObject`) */
  constructor(context: MockContext, orNull = false) {
    super(
      context,
      'range',
      {
        values: [],
        formulas: [],
        numberFormat: [],
        address: '',
        rowIndex: 0,
        columnIndex: 0,
        rowCount: 0,
        columnCount: 0,
        isNullObject: false,
      },
      orNull,
    );
  }

  rect(): Rect {
    return this.resolved();
  }

  get values(): Scalar[][] {
    return this.read('values');
  }

  set values(values: (Scalar | null)[][]) {
    this.command('values', (rect) => writeCells(rect, values, enter), values.length, jsonBytes(values));
  }

  get formulas(): Scalar[][] {
    return this.read('formulas');
  }

  set formulas(formulas: (Scalar | null)[][]) {
    this.command(
      'formulas',
      (rect) => writeCells(rect, formulas, enter),
      formulas.length,
      jsonBytes(formulas),
    );
  }

  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }

  set numberFormat(codes: (string | null)[][]) {
    this.command(
      'numberFormat',
      (rect) => writeCells(rect, codes, (cell, code) => ({ ...cell, format: code })),
      undefined,
      jsonBytes(codes),
    );
  }

  get rowIndex(): number {
    return this.read('rowIndex');
  }

  get columnIndex(): number {
    return this.read('columnIndex');
  }

  get rowCount(): number {
    return this.read('rowCount');
  }

  get columnCount(): number {
    return this.read('columnCount');
  }

  get address(): string {
    return this.read('address');
  }

  /**
   * Sets a hyperlink on the range's cells. The "Excel.RangeHyperlink interface" page
   * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangehyperlink, ExcelApi 1.7) says
   * `textToDisplay` "Represents the string that is displayed in the top left most cell in the range":
   * the mock writes it there, as typed input.
   */
  set hyperlink(link: HyperlinkModel) {
    this.command('hyperlink', (rect) => {
      forEachCell(rect, (row, column) =>
        rect.sheet.put(row, column, { ...rect.sheet.cell(row, column), hyperlink: { ...link } }),
      );
      if (link.textToDisplay !== undefined)
        rect.sheet.put(
          rect.row,
          rect.column,
          enter(rect.sheet.cell(rect.row, rect.column), link.textToDisplay),
        );
    });
  }

  /** Hides or shows the range's columns (reading it is not modelled). */
  set columnHidden(hidden: boolean) {
    this.command('columnHidden', (rect) => {
      for (let c = rect.column; c < rect.column + rect.columns; c++) {
        if (hidden) rect.sheet.hiddenColumns.add(c);
        else rect.sheet.hiddenColumns.delete(c);
      }
    });
  }

  get format(): {
    autofitColumns(): void;
    fill: MockRangeFill;
    font: { bold: boolean; italic: boolean; size: number };
  } {
    const setFont = (op: string, font: Cell['font']) =>
      this.command(`format.font.${op}`, (rect) =>
        forEachCell(rect, (row, column) => {
          const cell = rect.sheet.cell(row, column);
          rect.sheet.put(row, column, { ...cell, font: { ...cell.font, ...font } });
        }),
      );
    const fill = () => this.child(new MockRangeFill(this.context), 'format.fill', (rect) => rect);
    return {
      autofitColumns: () =>
        this.command('format.autofitColumns', (rect) => rect.sheet.autofitted.push(address(rect))),
      get fill(): MockRangeFill {
        return fill();
      },
      font: {
        get bold(): boolean {
          throw new Error('mock: reading font.bold is not modelled');
        },
        set bold(bold: boolean) {
          setFont('bold', { bold });
        },
        get italic(): boolean {
          throw new Error('mock: reading font.italic is not modelled');
        },
        set italic(italic: boolean) {
          setFont('italic', { italic });
        },
        get size(): number {
          throw new Error('mock: reading font.size is not modelled');
        },
        set size(size: number) {
          setFont('size', { size });
        },
      },
    };
  }

  /** List validation only (the import template's); other rules are not modelled. */
  get dataValidation(): { rule: { list?: { inCellDropDown?: boolean; source: string } } } {
    const command = (rule: { list?: { inCellDropDown?: boolean; source: string } }) =>
      this.command('dataValidation.rule', (rect) => {
        if (!rule.list || typeof rule.list.source !== 'string') {
          throw new Error('mock: only list rules with a text source are modelled');
        }
        const at = address(rect);
        const kept = rect.sheet.validations.filter((validation) => validation.address !== at);
        rect.sheet.validations.splice(0, rect.sheet.validations.length, ...kept, {
          address: at,
          list: { inCellDropDown: rule.list.inCellDropDown ?? true, source: rule.list.source },
        });
      });
    return {
      get rule(): never {
        throw new Error('mock: reading dataValidation.rule is not modelled');
      },
      set rule(rule) {
        command(rule);
      },
    };
  }

  clear(): void {
    this.command('clear', (rect) =>
      forEachCell(rect, (row, column) => rect.sheet.cells.delete(`${row}:${column}`)),
    );
  }

  protected snapshot(name: string, rect: Rect): unknown {
    const grid = <V>(read: (cell: Cell) => V): V[][] =>
      Array.from({ length: rect.rows }, (_, r) =>
        Array.from({ length: rect.columns }, (_, c) => read(rect.sheet.cell(rect.row + r, rect.column + c))),
      );
    switch (name) {
      case 'values':
        return grid((cell) => cell.value);
      case 'formulas':
        return grid((cell) => cell.formula ?? cell.value);
      case 'numberFormat':
        return grid((cell) => cell.format);
      case 'address':
        return address(rect);
      case 'rowIndex':
        return rect.row;
      case 'columnIndex':
        return rect.column;
      case 'rowCount':
        return rect.rows;
      default:
        return rect.columns;
    }
  }
}
