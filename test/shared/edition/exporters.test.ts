import { marketReach, medianMarkets, microExporterShare } from '../../../shared/edition';
import { snapshot } from './builders';

describe('microExporterShare', () => {
  it('is the share of exporters under 75,000 EUR, non-exporters left out', () => {
    const snapshots = [snapshot({ DE: 40_000 }), snapshot(), snapshot({ DE: 75_000 })];

    expect(microExporterShare(snapshots)).toBe(0.5);
  });

  it('is null without exporters', () => {
    expect(microExporterShare([snapshot(), snapshot()])).toBeNull();
  });
});

describe('medianMarkets', () => {
  it('counts non-exporters as 0 markets', () => {
    expect(medianMarkets([snapshot(), snapshot({ DE: 1, FR: 1, US: 1 })])).toBe(1.5);
  });

  it('is null without firms', () => {
    expect(medianMarkets([])).toBeNull();
  });
});

describe('marketReach', () => {
  it('gives the shares of exporters with one market and with at most five', () => {
    const six = { DE: 1, FR: 1, US: 1, CN: 1, CH: 1, AT: 1 };
    const five = { DE: 1, FR: 1, US: 1, CN: 1, CH: 1 };
    const snapshots = [snapshot({ DE: 1 }), snapshot(five), snapshot(six), snapshot(), snapshot({ RU: 2 })];

    expect(marketReach(snapshots)).toEqual({ singleMarketShare: 0.5, fiveMarketsShare: 0.75 });
  });

  it('is null without exporters', () => {
    expect(marketReach([snapshot()])).toEqual({ singleMarketShare: null, fiveMarketsShare: null });
  });
});
