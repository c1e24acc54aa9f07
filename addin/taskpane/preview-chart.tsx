import { useId } from 'react';
import { formatCell } from '../i18n/format';
import type { Language } from '../i18n/language';
import { translator } from './translate';
import type { ChartSpec } from '../workbook/writer';

const COLORS = ['#217346', '#2b88d8', '#e3a21a', '#c50f1f', '#8764b8'];
const WIDTH = 420;
const HEIGHT = 240;
const PAD = { left: 64, right: 16, top: 12, bottom: 56 };
/** Roughly how wide a character of the 10px labels is, to wrap category labels instead of cutting them. */
const CHAR_WIDTH = 5.5;
const LINE_HEIGHT = 11;
/** A scatter with more x values than this labels its first and last only. */
const MAX_X_TICKS = 10;

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
 * A dashboard chart drawn as SVG in preview mode (Excel draws its own native chart): columns for column
 * and bar charts, lines with a marker per point for scatters (x values to scale: a Lorenz curve from 0 to
 * 1, an event study by years from the call). The SVG is labelled by the chart's title and described by
 * its data, kept below as a table.
 */
export function PreviewChart({ chart, language }: { chart: ChartSpec; language: Language }) {
  const tableId = useId();
  const values = chart.series.flatMap((series) => series.values);
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const span = max - min || 1;
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const y = (value: number) => PAD.top + plotH - ((value - min) / span) * plotH;
  const n = chart.categories.length;
  const scatter = chart.kind === 'scatterLines';
  const xs = chart.categories.map(Number);
  const xMin = Math.min(...xs);
  const xSpan = Math.max(...xs) - xMin || 1;
  const x = (value: number) => PAD.left + ((value - xMin) / xSpan) * plotW;
  const show = (value: number) => formatCell(value, chart.format, language);
  const point = (series: ChartSpec['series'][number], i: number) =>
    `${series.name}, ${chart.categories[i]}: ${show(series.values[i] ?? 0)}`;

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
              <circle key={i} cx={x(xs[i] ?? 0)} cy={y(value)} r={3} fill={color}>
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

  const tickLines = (text: string, at: number, lines: string[]) => (
    <text key={text} x={at} y={HEIGHT - PAD.bottom + 14} fontSize={10} textAnchor="middle">
      {lines.map((line, l) => (
        <tspan key={l} x={at} dy={l === 0 ? 0 : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
  const ticks = scatter
    ? xs
        .map((value, i) => ({ value, i }))
        .filter(({ i }) => n <= MAX_X_TICKS || i === 0 || i === n - 1)
        .map(({ value }) => tickLines(String(value), x(value), [String(value)]))
    : chart.categories.map((category, i) =>
        tickLines(
          String(category),
          PAD.left + (i + 0.5) * (plotW / n),
          wrapLabel(String(category), Math.max(4, Math.floor(plotW / n / CHAR_WIDTH))),
        ),
      );

  return (
    <figure style={{ margin: 0, maxWidth: WIDTH }}>
      <figcaption style={{ fontWeight: 600, fontSize: 13 }}>{chart.title}</figcaption>
      <svg
        role="img"
        aria-label={chart.title}
        aria-describedby={tableId}
        width={WIDTH}
        height={HEIGHT}
        style={{ background: 'white', border: '1px solid #e0e0e0' }}
      >
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} stroke="#888" />
        <text x={PAD.left - 4} y={y(max) + 4} fontSize={10} textAnchor="end">
          {show(max)}
        </text>
        <text x={PAD.left - 4} y={y(min) + 4} fontSize={10} textAnchor="end">
          {show(min)}
        </text>
        {marks}
        {ticks}
      </svg>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, fontSize: 11 }}>
        {chart.series.map((series, s) => (
          <span key={series.name}>
            <span style={{ color: COLORS[s % COLORS.length] }}>■</span> {series.name}
          </span>
        ))}
      </div>
      <details style={{ fontSize: 11 }}>
        <summary>{translator(language)('chartData')}</summary>
        <table id={tableId} aria-label={chart.title} style={{ borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th scope="col" />
              {chart.series.map((series) => (
                <th key={series.name} scope="col" style={{ padding: '1px 6px', textAlign: 'right' }}>
                  {series.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {chart.categories.map((category, i) => (
              <tr key={`${category}-${i}`}>
                <th scope="row" style={{ fontWeight: 400, textAlign: 'left', padding: '1px 6px 1px 0' }}>
                  {String(category)}
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
