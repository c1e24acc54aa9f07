import { loadFunctions, METADATA } from '../../helpers/functions-runtime';

describe('dist/addin/functions.js in a stub CustomFunctions runtime', () => {
  it('associates every id of functions.json, with the parameters the metadata declares, and nothing else', () => {
    const { registered } = loadFunctions();

    expect([...registered.keys()].sort()).toEqual(METADATA.functions.map((fn) => fn.id).sort());
    for (const fn of METADATA.functions) {
      const invocation = fn.options?.cancelable ? 1 : 0;
      expect([fn.id, registered.get(fn.id)?.length]).toEqual([fn.id, fn.parameters.length + invocation]);
    }
  });

  it('declares all of DESIGN section 7', () => {
    expect(METADATA.functions.map((fn) => fn.id).sort()).toEqual(
      [
        'STAGE',
        'STAGEREASON',
        'OUTCOME',
        'FIRM',
        'EXPORTS',
        'MARKETS',
        'FIRMHHI',
        'INTENSITY',
        'EDITION',
        'BUDGET',
        'PROJECTS',
        'HHI',
        'HHINORM',
        'CRATIO',
        'GINI',
        'THEIL',
        'MICRO',
        'MICROSHARE',
      ].sort(),
    );
  });

  it("describes every function and parameter for Excel's autocomplete, optional ones marked", () => {
    for (const fn of METADATA.functions as {
      id: string;
      description?: string;
      parameters: { name: string; description?: string; optional?: boolean }[];
    }[]) {
      expect([fn.id, (fn.description ?? '').length > 20]).toEqual([fn.id, true]);
      for (const parameter of fn.parameters)
        expect([fn.id, parameter.name, (parameter.description ?? '').length > 3]).toEqual([
          fn.id,
          parameter.name,
          true,
        ]);
    }
    const optional = (id: string) =>
      METADATA.functions
        .find((fn) => fn.id === id)
        ?.parameters.filter((p) => p.optional)
        .map((p) => p.name);
    expect(optional('STAGE')).toEqual(['year']);
    expect(optional('EXPORTS')).toEqual(['country']);
    expect(optional('HHI')).toEqual(['scale']);
    expect(optional('GINI')).toEqual(['standardised']);
  });
});
