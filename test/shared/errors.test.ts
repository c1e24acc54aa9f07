import { IndicatorError } from '../../shared/errors';

describe('IndicatorError', () => {
  it('carries its kind and a stable code', () => {
    const error = new IndicatorError('undefined', 'no such measure');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('IndicatorError');
    expect(error.kind).toBe('undefined');
    expect(error.code).toBe('ERR_INDICATOR_UNDEFINED');
    expect(new IndicatorError('invalid', 'x').code).toBe('ERR_INDICATOR_INVALID');
  });
});
