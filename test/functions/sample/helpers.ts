/** Views of a generated document the sample tests share. */
import type { ExportFlow, Firm, ImportDocument } from '../../../shared/schemas';

/** Every section of a document, an empty list when absent, so tests need no null checks. */
export function sectionsOf(document: ImportDocument) {
  return {
    editions: document.editions ?? [],
    tems: document.tems ?? [],
    firms: document.firms ?? [],
    applications: document.applications ?? [],
    agreements: document.agreements ?? [],
    exports: document.exports ?? [],
    projects: document.projects ?? [],
    budget: document.budget ?? [],
  };
}

/** Firms by id. */
export function byFirm(firms: readonly Firm[]): Map<string, Firm> {
  return new Map(firms.map((firm) => [firm.id, firm]));
}

/** Each firm's yearly total exports and number of markets: firmId -> year -> {total, markets}. */
export function exportsByFirmYear(
  flows: readonly ExportFlow[],
): Map<string, Map<number, { total: number; markets: number }>> {
  const result = new Map<string, Map<number, { total: number; markets: number }>>();
  for (const flow of flows) {
    const years = result.get(flow.firmId) ?? new Map<number, { total: number; markets: number }>();
    const year = years.get(flow.year) ?? { total: 0, markets: 0 };
    year.total += flow.value;
    if (flow.value > 0) year.markets += 1;
    years.set(flow.year, year);
    result.set(flow.firmId, years);
  }
  return result;
}
