import { useEffect, useState } from 'react';
import { Subtitle2, Tab, TabList, Text } from '@fluentui/react-components';
import { formatCell } from '../i18n/format';
import type { Language } from '../i18n/language';
import type { PreviewWorkbook } from '../workbook/preview-workbook';
import { PreviewDashboard } from './preview-dashboard';
import type { Translate } from './translate';

/** The workbook the pane writes into outside Excel: a tab per sheet, each table as a grid. */
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
  useEffect(() => workbook.subscribe(() => setVersion((version) => version + 1)), [workbook]);
  const sheets = workbook.sheets;
  const shown = sheet && sheets.includes(sheet) ? sheet : sheets[sheets.length - 1];
  const tables = [...workbook.tables.values()].filter((table) => table.sheetName === shown);
  const dashboard = shown ? workbook.dashboards.get(shown) : undefined;

  return (
    <section aria-labelledby="preview-heading" style={{ display: 'grid', gap: 8 }}>
      <Subtitle2 as="h2" id="preview-heading">
        {t('previewHeading')}
      </Subtitle2>
      {sheets.length === 0 && <Text size={200}>{t('previewEmpty')}</Text>}
      {sheets.length > 0 && (
        <TabList
          selectedValue={shown}
          onTabSelect={(_, data) => setSheet(String(data.value))}
          aria-label={t('previewHeading')}
        >
          {sheets.map((name) => (
            <Tab key={name} value={name}>
              {name}
            </Tab>
          ))}
        </TabList>
      )}
      {dashboard && <PreviewDashboard dashboard={dashboard} language={language} />}
      {tables.map((table) => (
        <div key={table.name} style={{ overflow: 'auto', maxHeight: 360, border: '1px solid #d1d1d1' }}>
          <table
            aria-label={table.name}
            style={{ borderCollapse: 'collapse', fontSize: 12, whiteSpace: 'nowrap' }}
          >
            <thead style={{ position: 'sticky', top: 0, background: '#217346', color: 'white' }}>
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
                    const numeric = typeof value === 'number';
                    return (
                      <td key={c} style={{ padding: '1px 6px', textAlign: numeric ? 'right' : 'left' }}>
                        {table.formulas[r]?.[c] ?? formatCell(value, format, language)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
