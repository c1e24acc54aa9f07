/**
 * The Excel mock's charts: a sheet's chart collection (`add`, `getItemAt`, `items`, `count`), a chart's
 * `name`, `chartType`, `title.text`, `series` (`items`, `getItemAt`, `add`; a series' `name`,
 * `setValues`, `setXAxisValues`), the value and category axes (`numberFormat`, `minimum`, `maximum`,
 * `majorUnit`, `title.text`, `title.visible`) and `setPosition`.
 */
import { addChart, addSeries, placeChart, seriesRange } from './excel-mock-charts';
import { Loadable, MockCollection, type MockContext } from './excel-mock-context';
import {
  cellAt,
  MockExcelError,
  type ChartModel,
  type SeriesModel,
  type SheetModel,
} from './excel-mock-model';
import { MockRange } from './excel-mock-range';

const rangeOf = (source: unknown, method: string): MockRange => {
  if (!(source instanceof MockRange)) throw new Error(`mock: ${method} takes a range object`);
  return source;
};

export class MockChartCollection extends MockCollection<ChartModel, MockChart> {
  constructor(
    context: MockContext,
    private readonly sheet: () => SheetModel,
  ) {
    super(context, 'charts', () => sheet().charts);
  }

  protected item(): MockChart {
    return new MockChart(this.context);
  }

  add(type: string, sourceData: MockRange, seriesBy?: string): MockChart {
    const source = rangeOf(sourceData, 'charts.add');
    const chart = new MockChart(this.context);
    this.context.enqueue('charts.add', () =>
      chart.settle(addChart(this.sheet(), source.rect(), type, seriesBy)),
    );
    return chart;
  }

  getItemAt(index: number): MockChart {
    const chart = new MockChart(this.context);
    this.context.enqueue('charts.getItemAt', () => chart.settle(this.scope()[index] ?? null));
    return chart;
  }
}

class MockChart extends Loadable<ChartModel> {
  private titleProxy: MockChartTitle | undefined;
  private seriesCollection: MockSeriesCollection | undefined;
  private axisProxies: { valueAxis: MockAxis; categoryAxis: MockAxis } | undefined;

  constructor(context: MockContext) {
    super(context, 'chart', { name: '', chartType: '' });
  }

  get name(): string {
    return this.read('name');
  }

  set name(name: string) {
    this.command('name', (chart) => {
      if (!name) throw new MockExcelError('InvalidArgument', 'a chart name cannot be empty');
      chart.name = name;
    });
  }

  get chartType(): string {
    return this.read('chartType');
  }

  get title(): MockChartTitle {
    this.titleProxy ??= this.child(new MockChartTitle(this.context), 'title', (chart) => chart);
    return this.titleProxy;
  }

  get series(): MockSeriesCollection {
    this.seriesCollection ??= new MockSeriesCollection(this.context, () => this.resolved());
    return this.seriesCollection;
  }

  get axes(): { valueAxis: MockAxis; categoryAxis: MockAxis } {
    this.axisProxies ??= {
      valueAxis: this.child(new MockAxis(this.context, 'value'), 'axes.valueAxis', (chart) => chart),
      categoryAxis: this.child(new MockAxis(this.context, 'category'), 'axes.categoryAxis', (chart) => chart),
    };
    return this.axisProxies;
  }

  /** Cells by A1 address (`K3`) or range objects; the end cell is the chart's bottom-right one. */
  setPosition(startCell: string | MockRange, endCell?: string | MockRange): void {
    const corner = (cell: string | MockRange, end: boolean) => {
      if (typeof cell === 'string') return cellAt(cell);
      const rect = rangeOf(cell, 'setPosition').rect();
      return end
        ? { row: rect.row + rect.rows - 1, column: rect.column + rect.columns - 1 }
        : { row: rect.row, column: rect.column };
    };
    this.command('setPosition', (chart) =>
      placeChart(chart, corner(startCell, false), endCell === undefined ? undefined : corner(endCell, true)),
    );
  }

  protected snapshot(name: string, chart: ChartModel): unknown {
    return name === 'name' ? chart.name : chart.type;
  }
}

class MockChartTitle extends Loadable<ChartModel> {
  constructor(context: MockContext) {
    super(context, 'chartTitle', { text: '' });
  }

  get text(): string {
    return this.read('text');
  }

  set text(text: string) {
    this.command('text', (chart) => {
      chart.title = text;
    });
  }

  protected snapshot(_name: string, chart: ChartModel): unknown {
    return chart.title;
  }
}

class MockAxis extends Loadable<ChartModel> {
  private titleProxy: MockAxisTitle | undefined;

  constructor(
    context: MockContext,
    private readonly which: 'value' | 'category',
  ) {
    super(context, 'chartAxis', { numberFormat: '' });
  }

  get numberFormat(): string {
    return this.read('numberFormat');
  }

  set numberFormat(code: string) {
    this.command('numberFormat', (chart) => {
      chart.axes[this.which].numberFormat = code;
    });
  }

  set minimum(value: number) {
    this.setScale('minimum', value);
  }

  set maximum(value: number) {
    this.setScale('maximum', value);
  }

  set majorUnit(value: number) {
    if (!(value > 0)) throw new MockExcelError('InvalidArgument', 'majorUnit must be above 0');
    this.setScale('majorUnit', value);
  }

  get title(): MockAxisTitle {
    this.titleProxy ??= this.child(new MockAxisTitle(this.context, this.which), 'title', (chart) => chart);
    return this.titleProxy;
  }

  private setScale(field: 'minimum' | 'maximum' | 'majorUnit', value: number): void {
    this.command(field, (chart) => {
      chart.axes[this.which][field] = value;
    });
  }

  protected snapshot(_name: string, chart: ChartModel): unknown {
    return chart.axes[this.which].numberFormat;
  }
}

class MockAxisTitle extends Loadable<ChartModel> {
  constructor(
    context: MockContext,
    private readonly which: 'value' | 'category',
  ) {
    super(context, 'chartAxisTitle', { text: '' });
  }

  get text(): string {
    return this.read('text');
  }

  set text(text: string) {
    this.command('text', (chart) => {
      chart.axes[this.which].title = text;
    });
  }

  set visible(visible: boolean) {
    this.command('visible', (chart) => {
      chart.axes[this.which].titleVisible = visible;
    });
  }

  protected snapshot(_name: string, chart: ChartModel): unknown {
    return chart.axes[this.which].title;
  }
}

class MockSeriesCollection extends MockCollection<SeriesModel, MockSeries> {
  constructor(
    context: MockContext,
    private readonly chart: () => ChartModel,
  ) {
    super(context, 'series', () => chart().series);
  }

  protected item(): MockSeries {
    return new MockSeries(this.context);
  }

  getItemAt(index: number): MockSeries {
    const series = new MockSeries(this.context);
    this.context.enqueue('series.getItemAt', () => series.settle(this.scope()[index] ?? null));
    return series;
  }

  add(name?: string, index?: number): MockSeries {
    if (index !== undefined) throw new Error('mock: series are added at the end');
    const series = new MockSeries(this.context);
    this.context.enqueue('series.add', () => series.settle(addSeries(this.chart(), name)));
    return series;
  }
}

class MockSeries extends Loadable<SeriesModel> {
  constructor(context: MockContext) {
    super(context, 'chartSeries', { name: '' });
  }

  get name(): string {
    return this.read('name');
  }

  set name(name: string) {
    this.command('name', (series) => {
      series.name = name;
    });
  }

  setValues(sourceData: MockRange): void {
    const source = rangeOf(sourceData, 'setValues');
    this.command('setValues', (series) => {
      series.values = seriesRange(source.rect());
    });
  }

  setXAxisValues(sourceData: MockRange): void {
    const source = rangeOf(sourceData, 'setXAxisValues');
    this.command('setXAxisValues', (series) => {
      series.xValues = seriesRange(source.rect());
    });
  }

  protected snapshot(_name: string, series: SeriesModel): unknown {
    return series.name;
  }
}
