import { Text } from '@fluentui/react-components';
import { formatCell } from '../i18n/format';
import type { Language } from '../i18n/language';
import type { DashboardSpec } from '../workbook/writer';
import { PreviewChart } from './preview-chart';

/** A dashboard sheet of the preview workbook: its title, notes, indicators, blocks and charts. */
export function PreviewDashboard({ dashboard, language }: { dashboard: DashboardSpec; language: Language }) {
  return (
    <div style={{ display: 'grid', gap: 12 }}>
      <Text weight="semibold" size={400}>
        {dashboard.title}
      </Text>
      {dashboard.notes.map((note) => (
        <Text key={note} size={200}>
          {note}
        </Text>
      ))}
      <table aria-label={dashboard.title} style={{ borderCollapse: 'collapse', fontSize: 12 }}>
        <tbody>
          {dashboard.items.map((item) => (
            <tr key={item.label}>
              <th scope="row" style={{ textAlign: 'left', fontWeight: 400, padding: '1px 8px 1px 0' }}>
                {item.label}
              </th>
              <td style={{ textAlign: 'right', padding: '1px 0' }}>
                {formatCell(item.value, item.format, language)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {dashboard.blocks.map((block) => (
        <table key={block.id} style={{ borderCollapse: 'collapse', fontSize: 12 }}>
          <caption style={{ textAlign: 'left', fontWeight: 600, paddingBottom: 2 }}>{block.title}</caption>
          <thead>
            <tr>
              {block.header.map((name, c) => (
                <th
                  key={c}
                  scope="col"
                  style={{ textAlign: c === 0 ? 'left' : 'right', padding: '1px 8px 1px 0' }}
                >
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) =>
                  c === 0 ? (
                    <th
                      key={c}
                      scope="row"
                      style={{ textAlign: 'left', fontWeight: 400, padding: '1px 8px 1px 0' }}
                    >
                      {formatCell(cell.value, cell.format, language)}
                    </th>
                  ) : (
                    <td
                      key={c}
                      style={{
                        textAlign: typeof cell.value === 'number' ? 'right' : 'left',
                        padding: '1px 8px 1px 0',
                      }}
                    >
                      {formatCell(cell.value, cell.format, language)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16 }}>
        {dashboard.charts.map((chart) => (
          <PreviewChart key={chart.id} chart={chart} language={language} />
        ))}
      </div>
    </div>
  );
}
