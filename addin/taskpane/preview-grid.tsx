import { useEffect, useState } from 'react';
import { Subtitle2, Tab, TabList, Text } from '@fluentui/react-components';
import { formatCell } from '../i18n/format';
import type { Language } from '../i18n/language';
import type { PreviewTable, PreviewWorkbook } from '../workbook/preview-workbook';
import { PreviewDashboard } from './preview-dashboard';
import { AmountCell, budgetAmountColumns, checkAmountEdit } from './preview-amounts';
import { Notice, WRAP, type NoticeContent } from './notice';
import type { Translate } from './translate';

/** One table of the preview workbook as a grid, scrollable by keyboard; budget amounts editable. */
function PreviewTableGrid({
  table,
  language,
  onEdit,
  t,
}: {
  table: PreviewTable;
  language: Language;
  /** Applies an edit of a cell; false when it was refused. */
  onEdit: (row: number, column: number, text: string) => boolean;
  t: Translate;
}) {
  const amounts = budgetAmountColumns(table);
  return (
    // Focusable, so keyboard users can scroll it with the arrow keys (WCAG 2.1.1).
    <div
      role="region"
      aria-label={t('previewTable', { table: table.name })}
      tabIndex={0}
      style={{ overflow: 'auto', maxHeight: 360, border: '1px solid #d1d1d1' }}
    >
      <table
        aria-label={table.name}
        style={{ borderCollapse: 'collapse', fontSize: 12, whiteSpace: 'nowrap' }}
      >
        <thead style={{ position: 'sticky', top: 0, background: '#217346', color: 'white', zIndex: 1 }}>
          <tr>
            {table.columns.map((column) => (
              <th key={column.header} scope="col" style={{ padding: '2px 6px', textAlign: 'left' }}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r} style={{ background: r % 2 ? '#f3f9f5' : 'white' }}>
              {row.map((value, c) => {
                const format = table.columns[c]?.format ?? 'text';
                const amount = amounts?.fields.get(c);
                if (amounts && amount) {
                  return (
                    <td key={c} style={{ padding: 0 }}>
                      <AmountCell
                        value={value}
                        label={t('editAmount', { field: t(amount), line: String(row[amounts.lineId] ?? '') })}
                        language={language}
                        onCommit={(text) => onEdit(r, c, text)}
                      />
                    </td>
                  );
                }
                return (
                  <td
                    key={c}
                    style={{ padding: '1px 6px', textAlign: typeof value === 'number' ? 'right' : 'left' }}
                  >
                    {table.formulas[r]?.[c] ?? formatCell(value, format, language)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The workbook the pane writes into outside Excel: a tab per sheet, each table as a grid. A budget
 * table's amounts can be edited, with the checks the service makes, so the finance flow can be tried in
 * a browser; other cells are shown as Excel would show them.
 */
export function PreviewGrid({
  workbook,
  language,
  t,
}: {
  workbook: PreviewWorkbook;
  language: Language;
  t: Translate;
}) {
  const [, setVersion] = useState(0);
  const [sheet, setSheet] = useState<string>();
  const [notice, setNotice] = useState<NoticeContent>();
  useEffect(() => workbook.subscribe(() => setVersion((version) => version + 1)), [workbook]);
  const sheets = workbook.sheets;
  const shown = sheet && sheets.includes(sheet) ? sheet : sheets[sheets.length - 1];
  const tables = [...workbook.tables.values()].filter((table) => table.sheetName === shown);
  const dashboard = shown ? workbook.dashboards.get(shown) : undefined;

  const edit = (table: PreviewTable, row: number, column: number, text: string): boolean => {
    const checked = checkAmountEdit(table, row, column, text, language);
    if ('refused' in checked) {
      setNotice({ intent: 'error', text: t('editRefused', { reason: t(checked.refused) }) });
      return false;
    }
    setNotice(undefined);
    const cells = table.rows[row];
    if (cells) cells[column] = checked.value;
    workbook.changed();
    return true;
  };

  return (
    <section aria-labelledby="preview-heading" style={{ display: 'grid', gap: 8, paddingTop: 16, ...WRAP }}>
      <Subtitle2 as="h2" id="preview-heading">
        {t('previewHeading')}
      </Subtitle2>
      {sheets.length === 0 && <Text size={200}>{t('previewEmpty')}</Text>}
      {sheets.length > 0 && (
        <TabList
          selectedValue={shown}
          onTabSelect={(_, data) => setSheet(String(data.value))}
          aria-label={t('previewSheets')}
          size="small"
          style={{ flexWrap: 'wrap' }}
        >
          {sheets.map((name) => (
            <Tab key={name} value={name}>
              {name}
            </Tab>
          ))}
        </TabList>
      )}
      {dashboard && <PreviewDashboard dashboard={dashboard} />}
      <Notice notice={notice} t={t} />
      {tables.map((table) => (
        <PreviewTableGrid
          key={table.name}
          table={table}
          language={language}
          onEdit={(row, column, text) => edit(table, row, column, text)}
          t={t}
        />
      ))}
    </section>
  );
}
