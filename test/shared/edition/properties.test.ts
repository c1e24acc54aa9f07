/**
 * Properties of editionIndicators on random editions: firms with random histories around the window,
 * projects and applications naming found and missing firms, budgets that keep the invariant.
 */
import fc from 'fast-check';
import { EditionIndicatorsSchema } from '../../../shared/api/edition-indicators';
import { editionIndicators } from '../../../shared/edition';
import type { EditionInput, EditionIndicators } from '../../../shared/edition';
import { AGREEMENT_KINDS, PROJECT_STATUSES } from '../../../shared/schemas';
import type { FirmHistory } from '../../../shared/stage/types';

const CALL_YEAR = 2008;
const FIRM_IDS = ['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8'];
const year = fc.integer({ min: CALL_YEAR - 3, max: CALL_YEAR + 3 });

const history: fc.Arbitrary<FirmHistory> = fc.record({
  exports: fc.array(
    fc.record({
      year,
      country: fc.constantFrom('DE', 'FR', 'US', 'CN', 'RU', 'CH', 'AT'),
      value: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 500_000 })),
    }),
    { maxLength: 12 },
  ),
  turnover: fc.dictionary(year.map(String), fc.integer({ min: 0, max: 5_000_000 })),
  agreements: fc.array(
    fc.record({
      year,
      endYear: fc.option(year, { nil: undefined }),
      country: fc.constant('DE'),
      kind: fc.constantFrom(...AGREEMENT_KINDS),
    }),
    { maxLength: 2 },
  ),
});

/** Ids the lists may name: the firms' own and a few with no history. */
const anyId = fc.constantFrom(...FIRM_IDS, 'M1', 'M2');

const budgetLine = fc
  .tuple(fc.nat(1_000_000), fc.nat(1_000_000), fc.nat(1_000_000))
  .map((amounts) => amounts.sort((a, b) => b - a))
  .map(([allocated = 0, committed = 0, paid = 0]) => ({ allocated, committed, paid }));

const edition: fc.Arbitrary<EditionInput> = fc.record({
  edition: fc.constant({ callYear: CALL_YEAR }),
  projects: fc.array(
    fc.record({
      firmId: anyId,
      status: fc.constantFrom(...PROJECT_STATUSES),
      grant: fc.nat(100_000),
      start: fc.constant('2008-03-01'),
      end: fc.constantFrom('2008-07-31', '2009-02-28'),
    }),
    { maxLength: 12 },
  ),
  applications: fc.array(
    fc.record({
      firmId: anyId,
      status: fc.constantFrom('admitted' as const, 'rejected' as const),
      score: fc.integer({ min: 0, max: 100 }),
    }),
    { maxLength: 12 },
  ),
  otherApplications: fc.array(
    fc.record({
      firmId: anyId,
      status: fc.constantFrom('admitted' as const, 'rejected' as const),
      callYear: fc.constantFrom(2006, 2007, 2009),
    }),
    { maxLength: 6 },
  ),
  localK: fc.integer({ min: 1, max: 5 }),
  firms: fc.dictionary(fc.constantFrom(...FIRM_IDS), history),
  budget: fc.array(budgetLine, { maxLength: 4 }),
});

/** Every key whose value is a share or rate in [0, 1] when defined. */
const SHARE_KEYS = [
  'completionRate',
  'withdrawalRate',
  'startedExportingShare',
  'reachedPartnershipShare',
  'deinternationalisedRate',
  'microShareBefore',
  'microShareAfter',
  'hhi',
  'cr4',
  'gini',
  'singleMarketShare',
  'fiveMarketsShare',
  'commitmentRate',
  'paymentRate',
  'absorption',
] as const satisfies readonly (keyof EditionIndicators)[];

/** Distinct ids of the list that have (or have not) a history. */
function distinct(ids: readonly string[], firms: EditionInput['firms'], found: boolean): number {
  return [...new Set(ids)].filter((id) => Object.hasOwn(firms, id) === found).length;
}

describe('editionIndicators properties', () => {
  it('fills the transition matrix with whole counts adding up to the project firms observed', () => {
    fc.assert(
      fc.property(edition, (input) => {
        const result = editionIndicators(input);

        const entries = result.transitions.flat();
        expect(result.transitions).toHaveLength(4);
        expect(entries).toHaveLength(16);
        for (const n of entries) expect(Number.isInteger(n) && n >= 0).toBe(true);
        const projectFirms = distinct(
          input.projects.map((p) => p.firmId),
          input.firms,
          true,
        );
        expect(entries.reduce((sum, n) => sum + n, 0) + result.projectFirmsNotObserved).toBe(projectFirms);
      }),
    );
  });

  it('keeps every share in [0, 1] or null, and no value NaN', () => {
    fc.assert(
      fc.property(edition, (input) => {
        const result = editionIndicators(input);

        for (const key of SHARE_KEYS) {
          const value = result[key];
          if (value !== null) {
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(1 + 1e-12);
          }
        }
        // JSON would turn NaN into null unseen, so look at the numbers themselves.
        const numbers = [
          ...Object.values(result).filter((value) => typeof value === 'number'),
          ...result.transitions.flat(),
          result.window.before,
          result.window.after,
        ];
        for (const n of numbers) expect(Number.isFinite(n)).toBe(true);
      }),
    );
  });

  it('counts the missing firms and sizes both groups from the distinct ids', () => {
    fc.assert(
      fc.property(edition, (input) => {
        const result = editionIndicators(input);

        const named = [...input.projects, ...input.applications].map((row) => row.firmId);
        const admitted = input.applications.filter((a) => a.status === 'admitted').map((a) => a.firmId);
        const rejected = input.applications
          .filter((a) => a.status === 'rejected' && !admitted.includes(a.firmId))
          .map((a) => a.firmId);
        expect(result.missingFirms).toBe(distinct(named, input.firms, false));
        expect(result.nAdmitted).toBe(distinct(admitted, input.firms, true));
        expect(result.nRejected).toBe(distinct(rejected, input.firms, true));
      }),
    );
  });

  it('counts every project under one outcome and copies the main estimates into the flat keys', () => {
    fc.assert(
      fc.property(edition, (input) => {
        const result = editionIndicators(input);

        expect(Object.values(result.outcomes).reduce((sum, n) => sum + n, 0)).toBe(input.projects.length);
        expect(result.didExporting).toBe(result.effect.exporting.estimate);
        expect(result.didMarkets).toBe(result.effect.markets.estimate);
        expect(result.didIntensity).toBe(result.effect.intensity.estimate);
      }),
    );
  });

  it('gives every estimate an interval around it, or nulls with a reason', () => {
    fc.assert(
      fc.property(edition, (input) => {
        const result = editionIndicators(input);

        const estimates = [
          ...Object.values(result.effect),
          result.movedUp,
          result.local.exporting,
          result.local.markets,
          result.local.intensity,
          ...result.eventStudy.points.flatMap((p) => [p.exporting, p.markets, p.intensity]),
        ];
        for (const e of estimates) {
          if (e.estimate === null) expect(e.reason).not.toBeNull();
          else {
            expect(e.reason).toBeNull();
            expect(e.se).toBeGreaterThanOrEqual(0);
            expect(e.low).toBeLessThanOrEqual(e.estimate);
            expect(e.high).toBeGreaterThanOrEqual(e.estimate);
          }
        }
      }),
    );
  });

  it('always gives a result the API schema accepts', () => {
    fc.assert(
      fc.property(edition, (input) => {
        const result = editionIndicators(input);

        expect(EditionIndicatorsSchema.safeParse(result).success).toBe(true);
      }),
    );
  });
});
