import type { FirmRecord } from '../../../functions/data/records';
import { firmView } from '../../../functions/services/firm-view';
import { FirmViewSchema } from '../../../shared/api/firms';

/** F0001: observed in 2007 (turnover) and 2009-2010 (exports), not in 2008; three projects. */
function record(): FirmRecord {
  return {
    id: 'F0001',
    name: 'Meccanica Orobica Srl',
    vatNumber: '00159560366',
    province: 'BG',
    sector: '25.62',
    artisan: false,
    employees: 18,
    turnover: { '2007': 2_000_000 },
    exports: [
      { year: 2009, country: 'DE', value: 60_000 },
      { year: 2010, country: 'DE', value: 0 },
    ],
    agreements: [{ year: 2006, country: 'DE', kind: 'agent' }],
    projects: [
      { id: 'P1', edition: '2007', start: '2007-03-01', end: '2007-11-30', status: 'completed' },
      { id: 'P2', edition: '2008', start: '2008-02-01', end: '2008-10-31', status: 'completed' },
      { id: 'P3', edition: '2009-2010', start: '2009-04-01', end: '2010-06-30', status: 'ongoing' },
    ],
  };
}

describe('firmView', () => {
  it('leaves a year without data out of the years, and ends them at the latest observed year', () => {
    const view = firmView(record());

    expect(Object.keys(view.years)).toEqual(['2007', '2009', '2010']);
    expect(view.latestYear).toBe(2010);
    expect(view.years['2010']).toMatchObject({ stage: 0, reason: 'NO_EXPORTS', exports: 0, byCountry: {} });
  });

  it('gives every project an outcome: not-observed for a missing year, ongoing, and measured ones', () => {
    const view = firmView(record());

    // P1 compares 2006 (no data) with 2008 (no data); P2 compares 2007 (no exports) with 2009 (exports).
    expect(view.projects.map((project) => [project.id, project.outcome])).toEqual([
      ['P1', 'not-observed'],
      ['P2', 'started-exporting'],
      ['P3', 'ongoing'],
    ]);
  });

  it('gives no year at all for an unobserved onlyYear, and that year alone when observed', () => {
    expect(firmView(record(), 2008).years).toEqual({});
    expect(Object.keys(firmView(record(), 2009).years)).toEqual(['2009']);
  });

  it('serves a view the API schema accepts, outcomes included', () => {
    expect(FirmViewSchema.safeParse(firmView(record())).success).toBe(true);
  });

  it('rejects a project without an outcome in the schema', () => {
    const view = firmView(record());
    const withNull = { ...view, projects: view.projects.map((project) => ({ ...project, outcome: null })) };

    expect(FirmViewSchema.safeParse(withNull).success).toBe(false);
  });
});
