import { exportIntensity, isMicroExporter, microShare } from '../../../shared/indicators/exports';
import { MICRO_EXPORTER_THRESHOLD } from '../../../shared/indicators/constants';
import { expectClose, fixture, indicatorErrorOf } from './fixtures';

const calls: Record<string, (args: unknown[]) => unknown> = {
  exportIntensity: ([exports, turnover]) => exportIntensity(exports as number, turnover as number | null),
  isMicroExporter: ([exports]) => isMicroExporter(exports as number),
  microShare: ([values]) => microShare(values as number[]),
};

describe('exportIntensity', () => {
  it.each(fixture.intensity)('gives exports over turnover: $name', ({ exports, turnover, expected }) => {
    expectClose(exportIntensity(exports, turnover), expected);
  });

  it('is undefined when the turnover is not given', () => {
    const error = indicatorErrorOf(() => exportIntensity(100, undefined));

    expect(error.kind).toBe('undefined');
    expect(error.code).toBe('ERR_INDICATOR_UNDEFINED');
  });
});

describe('isMicroExporter', () => {
  it.each(fixture.micro)('calls $exports EUR micro: $expected', ({ exports, expected }) => {
    expect(isMicroExporter(exports)).toBe(expected);
  });

  it('uses the national threshold of 75,000 EUR', () => {
    expect(MICRO_EXPORTER_THRESHOLD).toBe(75_000);
  });
});

describe('microShare', () => {
  it.each(fixture.microShare)('gives the share of micro-exporters: $name', ({ values, expected }) => {
    expectClose(microShare(values), expected);
  });
});

describe('export measure errors', () => {
  it.each(fixture.errors.exports)('$call fails as $kind: $message', ({ call, args, kind, message }) => {
    const act = calls[call];
    if (!act) throw new Error(`no call named ${call}`);

    const error = indicatorErrorOf(() => act(args));

    expect(error.kind).toBe(kind);
    expect(error.message).toBe(message);
  });
});
