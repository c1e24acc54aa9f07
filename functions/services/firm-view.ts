import type { FirmView } from '../../shared/api/firms';
import { firmYear, latestYear, outcomeOf, outcomeWindow } from '../../shared/stage';
import { marketsIn } from '../../shared/stage/history';
import type { FirmRecord } from '../data/records';

/** The first year with any data: an export flow, a turnover figure or an agreement. */
function firstYear(firm: FirmRecord): number | null {
  const years = [
    ...firm.exports.map((flow) => flow.year),
    ...Object.keys(firm.turnover).map(Number),
    ...firm.agreements.map((term) => term.year),
  ];
  return years.length > 0 ? Math.min(...years) : null;
}

/**
 * A firm as the API serves it: its record, agreements, projects with their measured outcome, and its
 * stage and export measures for every year from its first to its latest year with data (or just
 * `onlyYear`). An outcome is null until the data reaches the year after the project's end.
 */
export function firmView(firm: FirmRecord, onlyYear?: number): FirmView {
  const { exports: _exports, projects, ...record } = firm;
  const latest = latestYear(firm);
  const first = firstYear(firm);
  const years: FirmView['years'] = {};
  const from = onlyYear ?? first;
  const to = onlyYear ?? latest;
  if (from !== null && to !== null) {
    for (let year = from; year <= to; year++) {
      years[year] = { ...firmYear(firm, year), byCountry: Object.fromEntries(marketsIn(firm, year)) };
    }
  }
  return {
    ...record,
    projects: projects.map((project) => ({
      ...project,
      outcome:
        project.status !== 'ongoing' && latest !== null && outcomeWindow(project).after <= latest
          ? outcomeOf(firm, project)
          : null,
    })),
    latestYear: latest,
    years,
  };
}
