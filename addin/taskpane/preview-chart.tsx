import { useId } from 'react';
import { formatCell, formatter } from '../i18n/format';
import type { Language } from '../i18n/language';
import { axisScale, axisTicks, stepDecimals } from '../workbook/chart-scale';
import type { ChartSpec, ColumnFormat } from '../workbook/writer';
import { translator } from './translate';

const COLORS = ['#217346', '#2b88d8', '#e3a21a', '#c50f1f', '#8764b8'];
/**
 * The drawing's own units (the SVG's viewBox): it is drawn 300 wide and scaled to the pane's width, so
 * the 10-unit labels read at about 10 px in a pane of 320 to 420 px.
 */
const WIDTH = 300;
const HEIGHT = 220;
/** Room for the value axis's title on top, tick labels on the left, category labels and the axis title below. */
const PAD = { left: 56, right: 18, top: 22, bottom: 52 };
/** Roughly how wide a character of the 10-unit labels is, to wrap category labels instead of cutting them. */
const CHAR_WIDTH = 5.5;
const LINE_HEIGHT = 11;
const FONT = 10;

/** Splits a label into lines of at most `width` characters, at spaces (a longer word keeps its own line). */
export function wrapLabel(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length > 0 ? lines : [''];
}

/**
 * A tick label: the chart's format with only the decimals the step needs; percentage points signed and
 * without their unit, which the axis title gives.
 */
export function tickLabel(value: number, format: ColumnFormat, step: number, language: Language): string {
  const intl = formatter(language);
  const digits = stepDecimals(step);
  switch (format) {
    case 'percent':
      return intl.formatNumber(value, { style: 'percent', maximumFractionDigits: Math.max(0, digits - 2) });
    case 'points':
      return intl.formatNumber(value, { maximumFractionDigits: digits, signDisplay: 'exceptZero' });
    case 'integer':
    case 'decimal':
      return intl.formatNumber(value, { maximumFractionDigits: digits, useGrouping: 'always' });
    case 'year':
      return String(value);
    default:
      return formatCell(value, format, language);
  }
}

/**
 * A dashboard chart drawn as SVG in preview mode (Excel draws its own native chart): columns for column
 * and bar charts, lines with a marker per point for scatters (x values to scale: a Lorenz curve from 0 to
 * 1, an event study by year). Both axes are titled and stepped at 4 to 6 readable ticks, as in Excel
 * (`chart-scale.ts`). The SVG scales to the pane's width; it is labelled by the chart's title and
 * described by its data, kept below as a table.
 */
export function PreviewChart({ chart, language }: { chart: ChartSpec; language: Language }) {
  const tableId = useId();
  const values = chart.series.flatMap((series) => series.values);
  const yScale = axisScale(values, { integer: chart.format === 'integer' });
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const y = (value: number) => PAD.top + plotH - ((value - yScale.min) / (yScale.max - yScale.min)) * plotH;
  const n = chart.categories.length;
  const scatter = chart.kind === 'scatterLines';
  const xs = chart.categories.map(Number);
  const xFormat = chart.categoryFormat ?? 'decimal';
  const xScale = axisScale(xs, { includeZero: false, integer: xFormat === 'year' });
  const x = (value: number) => PAD.left + ((value - xScale.min) / (xScale.max - xScale.min)) * plotW;
  const show = (value: number) => formatCell(value, chart.format, language);
  const category = (i: number) =>
    scatter ? tickLabel(xs[i] ?? 0, xFormat, xScale.step, language) : String(chart.categories[i]);
  const point = (series: ChartSpec['series'][number], i: number) =>
    `${series.name}, ${category(i)}: ${show(series.values[i] ?? 0)}`;

  const marks = scatter
    ? chart.series.map((series, s) => {
        const color = COLORS[s % COLORS.length];
        return (
          <g key={series.name}>
            <polyline
              points={series.values.map((value, i) => `${x(xs[i] ?? 0)},${y(value)}`).join(' ')}
              fill="none"
              stroke={color}
              strokeWidth={2}
            />
            {series.values.map((value, i) => (
              <circle key={i} cx={x(xs[i] ?? 0)} cy={y(value)} r={2.5} fill={color}>
                <title>{point(series, i)}</title>
              </circle>
            ))}
          </g>
        );
      })
    : chart.series.flatMap((series, s) =>
        series.values.map((value, i) => {
          const group = plotW / n;
          const width = (group * 0.8) / chart.series.length;
          return (
            <rect
              key={`${series.name}-${i}`}
              x={PAD.left + i * group + group * 0.1 + s * width}
              y={Math.min(y(value), y(0))}
              width={width}
              height={Math.abs(y(value) - y(0))}
              fill={COLORS[s % COLORS.length]}
            >
              <title>{point(series, i)}</title>
            </rect>
          );
        }),
      );

  const below = (key: string, at: number, lines: string[]) => (
    <text key={key} x={at} y={PAD.top + plotH + 13} fontSize={FONT} textAnchor="middle">
      {lines.map((line, l) => (
        <tspan key={l} x={at} dy={l === 0 ? 0 : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
  const xTicks = scatter
    ? axisTicks(xScale).map((value) =>
        below(String(value), x(value), [tickLabel(value, xFormat, xScale.step, language)]),
      )
    : chart.categories.map((name, i) =>
        below(
          `${name}-${i}`,
          PAD.left + (i + 0.5) * (plotW / n),
          wrapLabel(String(name), Math.max(4, Math.floor(plotW / n / CHAR_WIDTH))),
        ),
      );
  const yTicks = axisTicks(yScale).map((value) => (
    <g key={value}>
      <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(value)} y2={y(value)} stroke="#e6e6e6" />
      <text x={PAD.left - 4} y={y(value) + 3} fontSize={FONT} textAnchor="end">
        {tickLabel(value, chart.format, yScale.step, language)}
      </text>
    </g>
  ));

  return (
    <figure style={{ margin: 0, width: '100%', minWidth: 0 }}>
      <figcaption style={{ fontWeight: 600, fontSize: 13, overflowWrap: 'anywhere' }}>
        {chart.title}
      </figcaption>
      <svg
        role="img"
        aria-label={chart.title}
        aria-describedby={tableId}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        style={{
          display: 'block',
          width: '100%',
          height: 'auto',
          background: 'white',
          border: '1px solid #e0e0e0',
        }}
      >
        <text x={4} y={12} fontSize={FONT} fontWeight={600}>
          {chart.axisTitles.value}
        </text>
        {yTicks}
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} stroke="#888" />
        {marks}
        {xTicks}
        <text x={PAD.left + plotW / 2} y={HEIGHT - 6} fontSize={FONT} fontWeight={600} textAnchor="middle">
          {chart.axisTitles.category}
        </text>
      </svg>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '2px 12px', fontSize: 11 }}>
        {chart.series.map((series, s) => (
          <span key={series.name}>
            <span style={{ color: COLORS[s % COLORS.length] }}>■</span> {series.name}
          </span>
        ))}
      </div>
      <details style={{ fontSize: 11 }}>
        <summary>{translator(language)('chartData')}</summary>
        <table id={tableId} aria-label={chart.title} style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th scope="col" style={{ textAlign: 'left', overflowWrap: 'anywhere' }}>
                {chart.axisTitles.category}
              </th>
              {chart.series.map((series) => (
                <th
                  key={series.name}
                  scope="col"
                  style={{ padding: '1px 6px', textAlign: 'right', overflowWrap: 'anywhere' }}
                >
                  {series.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {chart.categories.map((name, i) => (
              <tr key={`${name}-${i}`}>
                <th
                  scope="row"
                  style={{
                    fontWeight: 400,
                    textAlign: 'left',
                    padding: '1px 6px 1px 0',
                    overflowWrap: 'anywhere',
                  }}
                >
                  {category(i)}
                </th>
                {chart.series.map((series) => (
                  <td key={series.name} style={{ padding: '1px 6px', textAlign: 'right' }}>
                    {show(series.values[i] ?? 0)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
