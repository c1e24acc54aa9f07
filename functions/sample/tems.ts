/**
 * The Temporary Export Managers: consultants from a handful of providers, each covering a few target
 * markets and speaking their languages, and the choice of a TEM for a project.
 */
import type { Tem } from '../../shared/schemas';
import { formatId, idWidth } from './ids';
import { languageOf, TARGET_MARKETS } from './markets';
import { personName, TEM_PROVIDERS } from './names';
import { distinctDraws, type Random } from './random';

/** TEMs at scale 1: the report speaks of "50+". */
export const TEMS_AT_SCALE_1 = 56;

/**
 * Generates `count` TEMs with ids T001, T002, ...
 * @example generateTems(rng, 56)[0] // { id: 'T001', name: 'Elena Crippa', provider: '...', languages: ['it', 'en', 'ru'], markets: ['RU', 'KZ'] }
 */
export function generateTems(rng: Random, count: number): Tem[] {
  const width = idWidth(count, 3);
  const tems: Tem[] = [];
  for (let n = 1; n <= count; n++) {
    const markets = distinctDraws(rng, TARGET_MARKETS, rng.int(2, 5));
    // Every TEM works in Italian with the firm and in English abroad, plus the markets' own languages.
    const languages = new Set(['it', 'en']);
    for (const market of markets) if (rng.chance(0.8)) languages.add(languageOf(market));
    tems.push({
      id: formatId('T', n, width),
      name: personName(rng),
      provider: rng.pick(TEM_PROVIDERS),
      languages: [...languages],
      markets,
    });
  }
  return tems;
}

/**
 * Picks TEMs for projects: preferably one who covers the project's first target market, as the programme
 * matched consultants to markets, otherwise any TEM.
 */
export class TemMatcher {
  private readonly byMarket = new Map<string, string[]>();
  private readonly all: string[];

  constructor(tems: readonly Tem[]) {
    if (tems.length === 0) throw new RangeError('at least one TEM is needed to staff projects');
    this.all = tems.map((tem) => tem.id);
    for (const tem of tems) {
      for (const market of tem.markets) {
        const list = this.byMarket.get(market) ?? [];
        list.push(tem.id);
        this.byMarket.set(market, list);
      }
    }
  }

  /** A TEM id for a project aimed first at `market`. */
  pick(rng: Random, market: string): string {
    const covering = this.byMarket.get(market);
    // A few projects get a TEM from outside the market, as when the specialists were fully booked.
    return covering !== undefined && rng.chance(0.9) ? rng.pick(covering) : rng.pick(this.all);
  }
}
