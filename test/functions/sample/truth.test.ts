import { generateSample, sampleTruth, TRUE_EFFECTS, trueEffect } from '../../../functions/sample';
import { exportingYears, latentPath, trendIn } from '../../../functions/sample/exporting-path';
import { Random } from '../../../functions/sample/random';
import { firmEffect, type EditionTruth } from '../../../functions/sample/truth';
import { exportsByFirmYear, sectionsOf } from './helpers';

describe('the sample truth', () => {
  const { document, truth } = generateSample({ seed: 2006 });
  const sections = sectionsOf(document);
  const exports = exportsByFirmYear(sections.exports);
  const edition = (id: string): EditionTruth => truth.editions.find((e) => e.edition === id) as EditionTruth;

  it('has every admitted firm of every edition, with the main pair b = call year - 1, a = call year + 2', () => {
    expect(truth.editions.map((e) => [e.edition, e.before, e.after, e.firms.length])).toEqual([
      ['2006', 2005, 2008, 95],
      ['2007', 2006, 2009, 100],
      ['2008', 2007, 2010, 100],
      ['2009-2010', 2008, 2011, 100],
    ]);
    for (const e of truth.editions) {
      const admitted = sections.applications
        .filter((a) => a.edition === e.edition && a.status === 'admitted')
        .map((a) => a.firmId)
        .sort();

      expect(e.firms.map((f) => f.firmId)).toEqual(admitted);
      expect(e.effects).toEqual(TRUE_EFFECTS[e.edition]);
    }
  });

  it('agrees with the document: y1 is what an admitted firm shows in its observed years', () => {
    const firms = new Map(sections.firms.map((f) => [f.id, f]));
    for (const e of truth.editions) {
      for (const firm of e.firms) {
        for (const [key, year] of [['before', e.before] as const, ['after', e.after] as const]) {
          const shown = exports.get(firm.firmId)?.get(year);
          const observed = firms.get(firm.firmId)?.turnover[String(year)] !== undefined;

          expect(firm.observed[key]).toBe(observed);
          if (observed)
            expect([shown === undefined ? 0 : 1, shown?.markets ?? 0]).toEqual([
              firm.y1[key].exporting,
              firm.y1[key].markets,
            ]);
          else expect(shown).toBeUndefined();
        }
      }
    }
  });

  it('draws both paths from the same draws: equal before the project, treated never below after it', () => {
    for (const e of truth.editions) {
      for (const firm of e.firms) {
        expect(firm.y1.before).toEqual(firm.y0.before);
        expect(firm.y1.after.exporting).toBeGreaterThanOrEqual(firm.y0.after.exporting);
      }
    }
    expect(
      edition('2009-2010').firms.every((f) => firmEffect(f) === 0 && firmEffect(f, 'markets') === 0),
    ).toBe(true);
  });

  it('gives each edition a true effect near its parameter over the main panel', () => {
    for (const e of truth.editions) {
      const effect = trueEffect(e) ?? NaN;
      const panel = e.firms.filter((f) => f.observed.before && f.observed.after);

      expect(panel.length).toBeGreaterThan(0.8 * e.firms.length);
      expect(effect).toBeCloseTo(panel.reduce((s, f) => s + firmEffect(f), 0) / panel.length, 12);
      expect(Math.abs(effect - e.effects.exporting)).toBeLessThan(0.08);
    }
    expect(trueEffect(edition('2009-2010'))).toBe(0);
    expect(trueEffect(edition('2006'), 'exporting', new Set())).toBeNull();
  });

  it('is deterministic', () => {
    expect(JSON.stringify(sampleTruth(2006))).toBe(JSON.stringify(truth));
  });
});

describe('exporting paths', () => {
  it('move every propensity by the same trend without a project (common trends)', () => {
    const share = (propensity: number, year: number): number => {
      let exporting = 0;
      for (let seed = 0; seed < 4000; seed++) {
        if (exportingYears(latentPath(new Random(seed)), propensity, null, 0)[year - 2003]) exporting++;
      }
      return exporting / 4000;
    };
    const change = (propensity: number): number => share(propensity, 2010) - share(propensity, 2007);

    expect(trendIn(2010) - trendIn(2007)).toBeCloseTo(0.02, 12);
    expect(Math.abs(change(0.15) - change(0.65))).toBeLessThan(0.03);
  });
});
