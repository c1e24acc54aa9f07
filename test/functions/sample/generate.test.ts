import { createHash } from 'node:crypto';
import { SYNTHETIC_DATASET } from '../../../shared/api/health';
import { isMicroExporter, microShare } from '../../../shared/indicators';
import {
  EDITION_IDS,
  isValidPartitaIva,
  validateImportDocument,
  type ImportDocument,
} from '../../../shared/schemas';
import { stageOf } from '../../../shared/stage';
import { generateSampleData } from '../../../functions/sample';
import { byFirm, exportsByFirmYear, sectionsOf } from './helpers';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('generateSampleData at the default seed and scale', () => {
  let document: ImportDocument;
  let sections: ReturnType<typeof sectionsOf>;

  beforeAll(() => {
    document = generateSampleData();
    sections = sectionsOf(document);
  });

  it('is a valid import document with no errors and no warnings', () => {
    const { errors, warnings } = validateImportDocument(JSON.parse(JSON.stringify(document)));

    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('says it is synthetic', () => {
    expect(document.label).toBe(SYNTHETIC_DATASET);
  });

  it('resolves every reference inside the document', () => {
    const firmIds = new Set(sections.firms.map((firm) => firm.id));
    const temIds = new Set(sections.tems.map((tem) => tem.id));
    const editionIds = new Set<string>(sections.editions.map((edition) => edition.id));

    const dangling = [
      ...sections.projects.filter(
        (p) => !firmIds.has(p.firmId) || !temIds.has(p.temId) || !editionIds.has(p.edition),
      ),
      ...sections.applications.filter((a) => !firmIds.has(a.firmId) || !editionIds.has(a.edition)),
      ...sections.agreements.filter((a) => !firmIds.has(a.firmId)),
      ...sections.exports.filter((e) => !firmIds.has(e.firmId)),
      ...sections.budget.filter((b) => !editionIds.has(b.edition)),
    ];

    expect(dangling).toEqual([]);
  });

  it('keeps ids, VAT numbers and natural keys unique', () => {
    const unique = (keys: string[]): boolean => new Set(keys).size === keys.length;

    expect(unique(sections.firms.map((f) => f.id))).toBe(true);
    expect(unique(sections.firms.map((f) => f.vatNumber))).toBe(true);
    expect(unique(sections.tems.map((t) => t.id))).toBe(true);
    expect(unique(sections.projects.map((p) => p.id))).toBe(true);
    expect(unique(sections.applications.map((a) => `${a.edition}|${a.firmId}`))).toBe(true);
    expect(unique(sections.agreements.map((a) => `${a.firmId}|${a.year}|${a.country}|${a.kind}`))).toBe(true);
    expect(unique(sections.exports.map((e) => `${e.firmId}|${e.year}|${e.country}`))).toBe(true);
    expect(unique(sections.budget.map((b) => `${b.edition}|${b.lineId}`))).toBe(true);
  });

  it('has the four editions with their labels and call years', () => {
    expect(sections.editions.map((e) => [e.id, e.label, e.callYear])).toEqual([
      ['2006', 'Spring 1 (2006)', 2006],
      ['2007', 'Spring 2 (2007)', 2007],
      ['2008', 'Spring 3 (2008)', 2008],
      ['2009-2010', 'Spring 4 (2009-2010)', 2009],
    ]);
    expect(sections.editions.every((e) => e.projectsPlanned >= 90 && e.projectsPlanned <= 110)).toBe(true);
  });

  it('matches edition 1 exactly: 95 admitted of 153 applicants, BG 31, MI 25, CO 10, LC 10', () => {
    const applications = sections.applications.filter((a) => a.edition === '2006');
    const admitted = applications.filter((a) => a.status === 'admitted').map((a) => a.firmId);
    const firms = byFirm(sections.firms);
    const provinces: Record<string, number> = {};
    for (const id of admitted) {
      const province = firms.get(id)?.province ?? '?';
      provinces[province] = (provinces[province] ?? 0) + 1;
    }

    expect(applications).toHaveLength(153);
    expect(admitted).toHaveLength(95);
    expect(provinces).toMatchObject({ BG: 31, MI: 25, CO: 10, LC: 10 });
    expect(admitted.length - 31 - 25 - 10 - 10).toBe(19);
  });

  it('has about 400 admitted firms and 250 rejected applicants, with rejected ones in every edition', () => {
    const admitted = sections.applications.filter((a) => a.status === 'admitted');
    const rejected = sections.applications.filter((a) => a.status === 'rejected');

    expect(admitted.length).toBeGreaterThanOrEqual(380);
    expect(admitted.length).toBeLessThanOrEqual(420);
    expect(rejected.length).toBeGreaterThanOrEqual(230);
    expect(rejected.length).toBeLessThanOrEqual(270);
    for (const edition of EDITION_IDS) {
      expect(rejected.some((a) => a.edition === edition)).toBe(true);
    }
  });

  it('scores the admitted higher than the rejected on average', () => {
    const mean = (values: number[]): number => values.reduce((s, v) => s + v, 0) / values.length;
    const scores = (status: string) =>
      sections.applications.filter((a) => a.status === status).map((a) => a.score);

    expect(mean(scores('admitted'))).toBeGreaterThan(mean(scores('rejected')) + 10);
  });

  it('makes Spring 3 100 firms, 70 SMEs and 30 artisan firms', () => {
    const firms = byFirm(sections.firms);
    const admitted = sections.applications.filter((a) => a.edition === '2008' && a.status === 'admitted');
    const artisan = admitted.filter((a) => firms.get(a.firmId)?.artisan === true);

    expect(admitted).toHaveLength(100);
    expect(artisan).toHaveLength(30);
  });

  it('keeps firms small: at most 50 employees, 37% micro, valid Partita IVA, turnover within 2003-2013', () => {
    const micro = sections.firms.filter((f) => f.employees < 10).length / sections.firms.length;
    const years = Array.from({ length: 11 }, (_, i) => String(2003 + i));

    expect(sections.firms.every((f) => f.employees <= 50 && isValidPartitaIva(f.vatNumber))).toBe(true);
    expect(micro).toBeCloseTo(0.37, 2);
    expect(sections.firms.every((f) => Object.keys(f.turnover).every((year) => years.includes(year)))).toBe(
      true,
    );
  });

  it('leaves about 5% of firm-years unobserved: no turnover entry and no export row', () => {
    const exportYears = new Set(sections.exports.map((e) => `${e.firmId}|${e.year}`));
    let unobserved = 0;
    let exportsWithoutTurnover = 0;
    for (const firm of sections.firms) {
      for (let year = 2003; year <= 2013; year++) {
        if (firm.turnover[String(year)] !== undefined) continue;
        unobserved++;
        if (exportYears.has(`${firm.id}|${year}`)) exportsWithoutTurnover++;
      }
    }
    const share = unobserved / (sections.firms.length * 11);

    expect(share).toBeGreaterThan(0.04);
    expect(share).toBeLessThan(0.06);
    expect(exportsWithoutTurnover).toBe(0);
  });

  it('runs the export series to 2013, so that every event-study year of every edition exists', () => {
    const years = new Set(sections.exports.map((e) => e.year));

    expect(Math.min(...years)).toBe(2003);
    expect(Math.max(...years)).toBe(2013);
  });

  it('admits some rejected applicants in a later edition, and each firm at most once', () => {
    const callYear = new Map(sections.editions.map((e) => [e.id, e.callYear]));
    const byFirmId = new Map<string, { year: number; status: string }[]>();
    for (const a of sections.applications) {
      const list = byFirmId.get(a.firmId) ?? [];
      list.push({ year: callYear.get(a.edition) ?? 0, status: a.status });
      byFirmId.set(a.firmId, list);
    }
    const lists = [...byFirmId.values()];
    const laterAdmitted = lists.filter((list) =>
      list.some(
        (r) => r.status === 'rejected' && list.some((w) => w.status === 'admitted' && w.year > r.year),
      ),
    );

    expect(laterAdmitted.length).toBeGreaterThanOrEqual(5);
    expect(lists.every((list) => list.filter((a) => a.status === 'admitted').length <= 1)).toBe(true);
    expect(lists.every((list) => list.every((a, i) => i === 0 || a.year > (list[i - 1]?.year ?? 0)))).toBe(
      true,
    );
  });

  it('admits the top scores of each edition', () => {
    for (const edition of sections.editions) {
      const applications = sections.applications.filter((a) => a.edition === edition.id);
      const admitted = applications.filter((a) => a.status === 'admitted').map((a) => a.score);
      const rejected = applications.filter((a) => a.status === 'rejected').map((a) => a.score);

      expect(Math.min(...admitted)).toBeGreaterThanOrEqual(Math.max(...rejected));
    }
  });

  it('has 50+ TEMs from a handful of providers', () => {
    const providers = new Set(sections.tems.map((t) => t.provider));

    expect(sections.tems.length).toBeGreaterThanOrEqual(50);
    expect(providers.size).toBeGreaterThanOrEqual(3);
    expect(providers.size).toBeLessThanOrEqual(10);
  });

  it('never exports to Italy', () => {
    expect(sections.exports.filter((e) => e.country === 'IT')).toEqual([]);
    expect(sections.agreements.filter((a) => a.country === 'IT')).toEqual([]);
  });

  it('makes micro-exporters the majority of exporters in every year', () => {
    const totals = exportsByFirmYear(sections.exports);

    for (let year = 2003; year <= 2013; year++) {
      const yearTotals = [...totals.values()].map((years) => years.get(year)?.total ?? 0);

      expect(microShare(yearTotals)).toBeGreaterThan(0.5);
      expect(yearTotals.filter((x) => x > 0 && !isMicroExporter(x)).length).toBeGreaterThan(0);
    }
  });

  it('spreads exporters over markets roughly as the national figures: ~44% one market, ~75% at most five', () => {
    const totals = exportsByFirmYear(sections.exports);
    const markets = [...totals.values()].map((years) => years.get(2008)?.markets ?? 0).filter((n) => n > 0);
    const share = (test: (n: number) => boolean): number => markets.filter(test).length / markets.length;

    expect(share((n) => n === 1)).toBeGreaterThan(0.33);
    expect(share((n) => n === 1)).toBeLessThan(0.55);
    expect(share((n) => n <= 5)).toBeGreaterThan(0.68);
    expect(share((n) => n <= 5)).toBeLessThan(0.9);
  });

  it('gives admitted firms a positive but modest edge over rejected ones (difference in differences)', () => {
    const totals = exportsByFirmYear(sections.exports);
    const change = {
      admitted: { n: 0, exporting: 0, markets: 0 },
      rejected: { n: 0, exporting: 0, markets: 0 },
    };
    for (const edition of sections.editions) {
      const [before, after] = [edition.callYear - 1, edition.callYear + 2];
      for (const application of sections.applications.filter((a) => a.edition === edition.id)) {
        const years = totals.get(application.firmId);
        const marketsBefore = years?.get(before)?.markets ?? 0;
        const marketsAfter = years?.get(after)?.markets ?? 0;
        const group = change[application.status];
        group.n++;
        group.exporting += Number(marketsAfter > 0) - Number(marketsBefore > 0);
        group.markets += marketsAfter - marketsBefore;
      }
    }
    const did = (key: 'exporting' | 'markets'): number =>
      change.admitted[key] / change.admitted.n - change.rejected[key] / change.rejected.n;

    expect(did('exporting')).toBeGreaterThan(0.03);
    expect(did('exporting')).toBeLessThan(0.35);
    expect(did('markets')).toBeGreaterThan(0);
    expect(did('markets')).toBeLessThan(1.5);
  });

  it('has firms that start exporting, that stop, that lose a partner and that reach stage III after a project', () => {
    const histories = new Map(
      sections.firms.map((f) => [
        f.id,
        {
          turnover: f.turnover,
          exports: [] as typeof sections.exports,
          agreements: [] as typeof sections.agreements,
        },
      ]),
    );
    for (const flow of sections.exports) histories.get(flow.firmId)?.exports.push(flow);
    for (const agreement of sections.agreements) histories.get(agreement.firmId)?.agreements.push(agreement);
    const flags = new Set<string>();
    for (const history of histories.values()) {
      for (let year = 2004; year <= 2013; year++)
        for (const flag of stageOf(history, year).flags) flags.add(flag);
    }
    const afterProject = sections.projects.filter((p) => {
      const history = histories.get(p.firmId);
      const year = Number(p.end.slice(0, 4)) + 1;
      return (
        history !== undefined && stageOf(history, year).stage === 3 && stageOf(history, year - 2).stage < 3
      );
    });

    expect(flags).toEqual(new Set(['DEINTERNATIONALISED', 'PARTNER_LOST']));
    expect(afterProject.length).toBeGreaterThan(10);
    expect(sections.agreements.some((a) => a.endYear !== undefined)).toBe(true);
    expect(sections.agreements.some((a) => a.kind === 'agent' || a.kind === 'distributor')).toBe(true);
  });

  it('runs projects of about 15 TEM days over 4 months, mostly completed, with grant = cost x 50%', () => {
    const completed = sections.projects.filter((p) => p.status === 'completed');
    const withdrawn = sections.projects.filter((p) => p.status === 'withdrawn');
    const months = (p: { start: string; end: string }): number =>
      (Number(p.end.slice(0, 4)) - Number(p.start.slice(0, 4))) * 12 +
      Number(p.end.slice(5, 7)) -
      Number(p.start.slice(5, 7));

    expect(completed.length / sections.projects.length).toBeGreaterThan(0.85);
    expect(withdrawn.length).toBeGreaterThan(0);
    expect(withdrawn.every((p) => p.withdrawalReason !== undefined)).toBe(true);
    expect(
      completed.every((p) => months(p) >= 4 && months(p) <= 5 && p.temDays >= 12 && p.temDays <= 18),
    ).toBe(true);
    expect(
      sections.projects.every((p) => p.publicShare === 0.5 && p.grant === p.eligibleCost * p.publicShare),
    ).toBe(true);
    expect(
      sections.projects.filter((p) => p.status === 'ongoing').every((p) => p.edition === '2009-2010'),
    ).toBe(true);
  });

  it('dates every project inside its edition', () => {
    const years: Record<string, [string, string]> = {
      '2006': ['2006', '2006'],
      '2007': ['2007', '2007'],
      '2008': ['2008', '2008'],
      '2009-2010': ['2009', '2010'],
    };
    const outside = sections.projects.filter((p) => {
      const [first, last] = years[p.edition] ?? ['', ''];
      return p.start.slice(0, 4) < first || p.end.slice(0, 4) > last;
    });

    expect(outside).toEqual([]);
  });

  it('gives one project to each admitted firm and none to rejected ones', () => {
    const admitted = sections.applications
      .filter((a) => a.status === 'admitted')
      .map((a) => `${a.edition}|${a.firmId}`);

    expect(sections.projects.map((p) => `${p.edition}|${p.firmId}`).sort()).toEqual(admitted.sort());
  });

  it('keeps budget lines consistent and totals at the public figures (Spring 3 3.0M, Spring 4 2.0M)', () => {
    const total = (edition: string): number =>
      sections.budget.filter((b) => b.edition === edition).reduce((sum, b) => sum + b.allocated, 0);
    const region2008 = sections.budget
      .filter((b) => b.edition === '2008' && b.source === 'region')
      .reduce((sum, b) => sum + b.allocated, 0);

    expect(
      sections.budget.every((b) => b.allocated >= b.committed && b.committed >= b.paid && b.paid >= 0),
    ).toBe(true);
    expect(total('2008')).toBe(3_000_000);
    expect(total('2009-2010')).toBe(2_000_000);
    expect(region2008).toBe(1_500_000);
    expect(
      new Set(sections.budget.filter((b) => b.edition === '2006').map((b) => b.source)).has('mise'),
    ).toBe(false);
  });
});

describe('generateSampleData determinism', () => {
  it('gives a byte-identical document for the same seed and scale', () => {
    const first = JSON.stringify(generateSampleData({ seed: 11, scale: 1 }));
    const second = JSON.stringify(generateSampleData({ seed: 11, scale: 1 }));

    expect(second).toBe(first);
    expect(sha256(second)).toBe(sha256(first));
  });

  it('gives different data for a different seed', () => {
    const first = generateSampleData({ seed: 1 });
    const second = generateSampleData({ seed: 2 });

    expect(JSON.stringify(second.firms)).not.toBe(JSON.stringify(first.firms));
    expect(JSON.stringify(second.exports)).not.toBe(JSON.stringify(first.exports));
  });

  it('keeps the public facts whatever the seed', () => {
    const document = generateSampleData({ seed: 987_654 });
    const sections = sectionsOf(document);
    const admitted2006 = sections.applications.filter((a) => a.edition === '2006' && a.status === 'admitted');

    expect(admitted2006).toHaveLength(95);
    expect(sections.applications.filter((a) => a.edition === '2006')).toHaveLength(153);
    expect(validateImportDocument(document).errors).toEqual([]);
  });
});
