import { IndicatorError } from '../../../shared/errors';
import { editionWindow } from '../../../shared/edition';

describe('editionWindow', () => {
  it('compares the year before the call with two years after it', () => {
    expect(editionWindow(2008)).toEqual({ before: 2007, after: 2010 });
  });

  it('rejects a call year that is not a whole number', () => {
    expect(() => editionWindow(2008.5)).toThrow(IndicatorError);
  });
});
