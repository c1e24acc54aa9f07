import { formatCell } from '../i18n/format';
import type { Language } from '../i18n/strings';
import type { ChartSpec } from '../workbook/writer';

const COLORS = ['#217346', '#2b88d8', '#e3a21a', '#c50f1f', '#8764b8'];
const WIDTH = 420;
const HEIGHT = 220;
const PAD = { left: 56, right: 12, top: 12, bottom: 40 };

/** A dashboard chart drawn as SVG in preview mode (Excel draws its own native chart). */
export function PreviewChart({ chart, language }: { chart: ChartSpec; language: Language }) {
  const values = chart.series.flatMap((series) => series.values);
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const span = max - min || 1;
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const y = (value: number) => PAD.top + plotH - ((value - min) / span) * plotH;
  const n = chart.categories.length;

  const marks =
    chart.kind === 'scatterLines'
      ? chart.series.map((series, s) => {
          const xs = chart.categories.map(Number);
          const points = series.values
            .map((value, i) => `${PAD.left + (xs[i] ?? 0) * plotW},${y(value)}`)
            .join(' ');
          return (
            <polyline
              key={series.name}
              points={points}
              fill="none"
              stroke={COLORS[s % COLORS.length]}
              strokeWidth={2}
            />
          );
        })
      : chart.series.flatMap((series, s) =>
          series.values.map((value, i) => {
            const group = plotW / n;
            const width = (group * 0.8) / chart.series.length;
            const x = PAD.left + i * group + group * 0.1 + s * width;
            return (
              <rect
                key={`${series.name}-${i}`}
                x={x}
                y={Math.min(y(value), y(0))}
                width={width}
                height={Math.abs(y(value) - y(0))}
                fill={COLORS[s % COLORS.length]}
              >
                <title>{`${series.name}, ${chart.categories[i]}: ${formatCell(value, chart.format, language)}`}</title>
              </rect>
            );
          }),
        );

  return (
    <figure style={{ margin: 0 }}>
      <figcaption style={{ fontWeight: 600, fontSize: 13 }}>{chart.title}</figcaption>
      <svg
        role="img"
        aria-label={chart.title}
        width={WIDTH}
        height={HEIGHT}
        style={{ background: 'white', border: '1px solid #e0e0e0' }}
      >
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} stroke="#888" />
        <text x={PAD.left - 4} y={y(max) + 4} fontSize={10} textAnchor="end">
          {formatCell(max, chart.format, language)}
        </text>
        <text x={PAD.left - 4} y={y(min) + 4} fontSize={10} textAnchor="end">
          {formatCell(min, chart.format, language)}
        </text>
        {marks}
        {chart.kind !== 'scatterLines' &&
          chart.categories.map((category, i) => (
            <text
              key={String(category)}
              x={PAD.left + (i + 0.5) * (plotW / n)}
              y={HEIGHT - 24}
              fontSize={10}
              textAnchor="middle"
            >
              {String(category).slice(0, 18)}
            </text>
          ))}
      </svg>
      <div style={{ display: 'flex', gap: 12, fontSize: 11 }}>
        {chart.series.map((series, s) => (
          <span key={series.name}>
            <span style={{ color: COLORS[s % COLORS.length] }}>■</span> {series.name}
          </span>
        ))}
      </div>
    </figure>
  );
}
