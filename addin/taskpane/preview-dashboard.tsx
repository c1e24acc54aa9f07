import { Text } from '@fluentui/react-components';
import type { CSSProperties } from 'react';
import { formatCell } from '../i18n/format';
import type { Language } from '../i18n/language';
import type { DashboardBlock, DashboardGroup, DashboardSpec } from '../workbook/writer';
import { PreviewChart } from './preview-chart';

/** Cells wrap rather than overflow the pane (320-420 px): long labels break anywhere as a last resort. */
const CELL: CSSProperties = { padding: '1px 6px 1px 0', overflowWrap: 'anywhere', verticalAlign: 'top' };
/** A number breaks only at its space ("+7,7" / "p.p."), never inside its digits. */
const NUMBER: CSSProperties = { ...CELL, overflowWrap: 'normal', textAlign: 'right' };
const TABLE: CSSProperties = { width: '100%', borderCollapse: 'collapse', fontSize: 12 };
const CAPTION: CSSProperties = {
  textAlign: 'left',
  fontWeight: 600,
  paddingBottom: 2,
  overflowWrap: 'anywhere',
};
/** A definition or note under a title: a line of its own, in the caption so that it reads before the values. */
const NOTE: CSSProperties = { display: 'block', fontStyle: 'italic', fontWeight: 400, fontSize: 11 };

/**
 * A dashboard sheet of the preview workbook: its title, notes, indicator groups, blocks and charts, its
 * numbers shown in the dashboard's own language (the sheet keeps the language it was written in, as
 * Excel keeps its text). Everything fits the pane's width: tables take 100% and wrap, charts scale.
 */
export function PreviewDashboard({ dashboard }: { dashboard: DashboardSpec }) {
  const { language } = dashboard;
  return (
    <div style={{ display: 'grid', gap: 12, minWidth: 0, maxWidth: '100%' }}>
      <Text weight="semibold" size={400}>
        {dashboard.title}
      </Text>
      {dashboard.notes.map((note) => (
        <Text key={note} size={200}>
          {note}
        </Text>
      ))}
      {dashboard.groups.map((group) => (
        <Group key={group.id} group={group} language={language} />
      ))}
      {dashboard.blocks.map((block) => (
        <Block key={block.id} block={block} language={language} />
      ))}
      <div style={{ display: 'grid', gap: 16, minWidth: 0 }}>
        {dashboard.charts.map((chart) => (
          <PreviewChart key={chart.id} chart={chart} language={language} />
        ))}
      </div>
    </div>
  );
}

/** An indicator group: its title and definition, then its values beside their labels. */
function Group({ group, language }: { group: DashboardGroup; language: Language }) {
  return (
    <table aria-label={group.title} style={{ ...TABLE, tableLayout: 'fixed' }}>
      <caption style={CAPTION}>
        {group.title}
        <span style={NOTE}>{group.definition}</span>
      </caption>
      <colgroup>
        <col />
        <col style={{ width: '36%' }} />
      </colgroup>
      <tbody>
        {group.items.map((item) => (
          <tr key={item.label}>
            <th scope="row" style={{ ...CELL, textAlign: 'left', fontWeight: 400 }}>
              {item.label}
            </th>
            <td style={{ ...NUMBER, paddingRight: 0 }}>{formatCell(item.value, item.format, language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A block: its title and notes over the table, cells in their formats. */
function Block({ block, language }: { block: DashboardBlock; language: Language }) {
  return (
    <table aria-label={block.title} style={{ ...TABLE, fontSize: 11 }}>
      <caption style={{ ...CAPTION, fontSize: 12 }}>
        {block.title}
        {block.notes.map((note) => (
          <span key={note} style={NOTE}>
            {note}
          </span>
        ))}
      </caption>
      <thead>
        <tr>
          {block.header.map((name, c) => (
            <th key={c} scope="col" style={{ ...CELL, textAlign: c === 0 ? 'left' : 'right' }}>
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
                <th key={c} scope="row" style={{ ...CELL, textAlign: 'left', fontWeight: 400 }}>
                  {formatCell(cell.value, cell.format, language)}
                </th>
              ) : (
                <td key={c} style={typeof cell.value === 'number' ? NUMBER : { ...CELL, textAlign: 'left' }}>
                  {formatCell(cell.value, cell.format, language)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
