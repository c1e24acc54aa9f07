/**
 * Editing a budget table's amounts in the preview grid: which columns are amounts, the checks an edit
 * must pass (the service's own: whole euros, 0 ≤ paid ≤ committed ≤ allocated), and the cell that edits.
 */
import { useEffect, useState } from 'react';
import { formatNumber } from '../i18n/format';
import type { Language } from '../i18n/language';
import type { PaneMessage } from '../i18n/messages/pane';
import { parseAmount } from '../i18n/parse-amount';
import type { PreviewTable } from '../workbook/preview-workbook';
import { EDITABLE } from '../workbook/publish';
import { parseSpringTableName } from '../workbook/pull';
import { springColumnsOf } from '../workbook/spring-tables';
import type { TableCellValue } from '../workbook/writer';
import { columnIndexes } from '../workbook/writer';
import { AMOUNT_LABELS } from './budget-publish';

type Amount = (typeof EDITABLE)[number];

/** Where a budget table keeps its line ids and its amounts (by column index); undefined for other tables. */
export function budgetAmountColumns(
  table: PreviewTable,
): { lineId: number; fields: Map<number, PaneMessage>; columns: Map<Amount, number> } | undefined {
  if (parseSpringTableName(table.name)?.kind !== 'Budget') return undefined;
  const specs = springColumnsOf(table.name) ?? [];
  const indexes = columnIndexes(
    table.columns.map((column) => column.header),
    specs,
  );
  const indexOf = (name: string) => indexes[specs.findIndex((spec) => spec.name === name)] ?? -1;
  const columns = new Map(EDITABLE.map((field) => [field, indexOf(field)] as const));
  const lineId = indexOf('lineId');
  if (lineId < 0 || [...columns.values()].some((index) => index < 0)) return undefined;
  return {
    lineId,
    columns,
    fields: new Map([...columns].map(([field, index]) => [index, AMOUNT_LABELS[field]])),
  };
}

/** An edit of an amount cell checked: the new amount, or why it is refused. */
export function checkAmountEdit(
  table: PreviewTable,
  row: number,
  column: number,
  text: string,
  language: Language,
): { value: number } | { refused: PaneMessage } {
  const value = parseAmount(text, language);
  if (value === undefined) return { refused: 'amountNotNumber' };
  const where = budgetAmountColumns(table);
  const cells = table.rows[row];
  if (!where || !cells) return { refused: 'amountNotNumber' };
  const amount = (field: Amount) => {
    const index = where.columns.get(field) ?? -1;
    return index === column ? value : Number(cells[index]);
  };
  const [allocated, committed, paid] = [amount('allocated'), amount('committed'), amount('paid')];
  return paid <= committed && committed <= allocated ? { value } : { refused: 'amountOrder' };
}

/**
 * An amount the user can change: shown formatted, edited as typed, committed on Enter or on leaving it;
 * Escape, or a refused edit, brings the value back.
 */
export function AmountCell({
  value,
  label,
  language,
  onCommit,
}: {
  value: TableCellValue;
  label: string;
  language: Language;
  /** False when the edit was refused: the cell shows its value again. */
  onCommit: (text: string) => boolean;
}) {
  const shown = typeof value === 'number' ? formatNumber(value, 'eur', language) : String(value ?? '');
  const [text, setText] = useState(shown);
  useEffect(() => setText(shown), [shown]);
  const commit = () => {
    if (text !== shown && !onCommit(text)) setText(shown);
  };
  return (
    <input
      aria-label={label}
      value={text}
      inputMode="numeric"
      onChange={(event) => setText(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
        if (event.key === 'Escape') setText(shown);
      }}
      style={{
        width: '11ch',
        font: 'inherit',
        textAlign: 'right',
        border: '1px solid #8a8886',
        borderRadius: 2,
        padding: '1px 4px',
        background: 'white',
      }}
    />
  );
}
