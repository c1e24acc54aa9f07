import type { FirmView } from '../../shared/api/firms';
import { firmYear, latestYear, observedYears, outcomeOf } from '../../shared/stage';
import { marketsIn } from '../../shared/stage/history';
import type { FirmRecord } from '../data/records';

/**
 * A firm as the API serves it: its record, agreements, projects with their outcome, and its stage and
 * export measures for every year it is observed in (or just `onlyYear`, when observed). A year without
 * data is left out: it has no stage (docs/indicators.md, "Observed"). Every project has an outcome,
 * `not-observed` when a year it compares has no data (docs/indicators.md, "Outcome").
 */
export function firmView(firm: FirmRecord, onlyYear?: number): FirmView {
  const { exports: _exports, projects, ...record } = firm;
  const years: FirmView['years'] = {};
  for (const year of observedYears(firm)) {
    if (onlyYear !== undefined && year !== onlyYear) continue;
    years[year] = { ...firmYear(firm, year), byCountry: Object.fromEntries(marketsIn(firm, year)) };
  }
  return {
    ...record,
    projects: projects.map((project) => ({ ...project, outcome: outcomeOf(firm, project) })),
    latestYear: latestYear(firm),
    years,
  };
}
