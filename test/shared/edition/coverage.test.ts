/**
 * The edition estimator against the sample's known truth: over seeds 1-200 the 95% interval of each
 * edition's main exporting effect covers that seed's true effect (the mean of [y1(a) - y1(b)] -
 * [y0(a) - y0(b)] over the admitted firms of the estimator's panel) in 91-99% of the seeds.
 */
import { generateSample, trueEffect, type SampleTruth } from '../../../functions/sample';
import { mainEffect } from '../../../shared/edition';
import type { ImportDocument } from '../../../shared/schemas';
import { isObserved } from '../../../shared/stage/observed';
import { historiesOf } from '../../helpers/import-documents';

const SEEDS = 200;

/** One seed's estimate and truth per edition. */
interface Check {
  edition: string;
  low: number | null;
  high: number | null;
  truth: number | null;
}

/** Runs the estimator on every edition of one sample and computes the truth over its panel. */
function checkSeed(document: ImportDocument, truth: SampleTruth): Check[] {
  const firms = historiesOf(document);
  const editions = document.editions ?? [];
  const callYear = new Map(editions.map((e) => [e.id, e.callYear]));
  const applications = document.applications ?? [];
  return truth.editions.map((edition) => {
    // The main pair's estimates alone (what the edition indicators' `effect` holds), to keep 200 seeds fast.
    const effect = mainEffect({
      edition: { callYear: edition.callYear },
      applications: applications.filter((a) => a.edition === edition.edition),
      otherApplications: applications
        .filter((a) => a.edition !== edition.edition)
        .map((a) => ({ firmId: a.firmId, status: a.status, callYear: callYear.get(a.edition) ?? 0 })),
      firms,
    });
    // The estimator's treated panel: the edition's admitted firms observed in both years.
    const panel = new Set(
      edition.firms
        .map((f) => f.firmId)
        .filter((id) => {
          const history = firms.get(id);
          return (
            history !== undefined && isObserved(history, edition.before) && isObserved(history, edition.after)
          );
        }),
    );
    const { low, high, nAdmitted } = effect.exporting;
    expect(nAdmitted).toBe(panel.size);
    return { edition: edition.edition, low, high, truth: trueEffect(edition, 'exporting', panel) };
  });
}

describe('edition estimator against the sample truth', () => {
  const checks: Check[] = [];

  beforeAll(() => {
    for (let seed = 1; seed <= SEEDS; seed++) {
      const { document, truth } = generateSample({ seed });
      checks.push(...checkSeed(document, truth));
    }
  });

  it.each(['2006', '2007', '2008', '2009-2010'])(
    'covers the true exporting effect of edition %s in 91-99% of 200 seeds',
    (edition) => {
      const own = checks.filter((c) => c.edition === edition);
      const covered = own.filter(
        (c) => c.low !== null && c.high !== null && c.truth !== null && c.low <= c.truth && c.truth <= c.high,
      );
      const coverage = covered.length / own.length;

      expect(own).toHaveLength(SEEDS);
      expect(coverage).toBeGreaterThanOrEqual(0.91);
      expect(coverage).toBeLessThanOrEqual(0.99);
    },
  );
});
