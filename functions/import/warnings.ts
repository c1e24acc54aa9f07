import type { ImportProblem, ValidRows } from '../../shared/schemas';
import { inFirmKey } from '../../shared/import/natural-keys';
import type { StoreState } from './store-state';

const eur = (value: number) => `EUR ${value.toLocaleString('en-US')}`;

/**
 * Legal but suspicious data (docs/architecture.md, "Import"): a firm's exports in a year above its
 * turnover for that year. The exports are the firm's after the import (stored flows with the
 * document's upserted); the turnover is the document's firm row, else the stored firm. Only the
 * years the document touches are looked at: those of its export rows, and every year of a firm row.
 */
export function checkTurnover(rows: ValidRows, state: StoreState): ImportProblem[] {
  const firmRows = new Map(rows.firms.map(({ row, value }) => [value.id, { row, firm: value }]));
  const flows = new Map<string, Map<string, { year: number; value: number }>>();
  /** The last document export row of each firm and year, where the warning points. */
  const exportRows = new Map<string, number>();
  const flowsOf = (firmId: string) => {
    let byKey = flows.get(firmId);
    if (!byKey) {
      byKey = new Map(
        (state.firms.get(firmId)?.exports ?? []).map((flow) => [inFirmKey('exports')(flow), flow]),
      );
      flows.set(firmId, byKey);
    }
    return byKey;
  };
  for (const { row, value } of rows.exports) {
    flowsOf(value.firmId).set(inFirmKey('exports')(value), value);
    exportRows.set(`${value.firmId}|${value.year}`, row);
  }
  for (const firmId of firmRows.keys()) flowsOf(firmId);

  const warnings: ImportProblem[] = [];
  for (const [firmId, byKey] of flows) {
    const inDocument = firmRows.get(firmId);
    const turnover = inDocument?.firm.turnover ?? state.firms.get(firmId)?.turnover ?? {};
    const source = inDocument ? 'this document' : 'the store';
    const totals = new Map<number, number>();
    for (const flow of byKey.values()) totals.set(flow.year, (totals.get(flow.year) ?? 0) + flow.value);
    for (const [year, total] of [...totals].sort(([a], [b]) => a - b)) {
      const limit = turnover[String(year)];
      const exportRow = exportRows.get(`${firmId}|${year}`);
      if (limit === undefined || total <= limit || (exportRow === undefined && !inDocument)) continue;
      warnings.push({
        ...(exportRow === undefined
          ? { entity: 'firms', row: inDocument?.row ?? null, field: `turnover.${year}` }
          : { entity: 'exports', row: exportRow, field: 'value' }),
        message: `firm ${firmId} exports ${eur(total)} in ${year}, above its ${year} turnover of ${eur(limit)} (from ${source}); check both figures`,
        code: 'exports_above_turnover',
      });
    }
  }
  return warnings;
}
