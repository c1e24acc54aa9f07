import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { assertBundleIsFresh, loadFunctions, METADATA } from '../../helpers/functions-runtime';

describe('dist/addin/functions.js in a stub CustomFunctions runtime', () => {
  it('associates every id of functions.json, with the parameters the metadata declares, and nothing else', () => {
    const { registered } = loadFunctions();

    expect([...registered.keys()].sort()).toEqual(METADATA.functions.map((fn) => fn.id).sort());
    for (const fn of METADATA.functions) {
      const invocation = fn.options?.cancelable ? 1 : 0;
      expect([fn.id, registered.get(fn.id)?.length]).toEqual([fn.id, fn.parameters.length + invocation]);
    }
  });

  it('declares the 19 functions of the README, "Excel functions (namespace SPRING)"', () => {
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
        'EFFECT',
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
    expect(optional('EFFECT')).toEqual(['edition', 'field']);
    expect(optional('HHI')).toEqual(['scale']);
    expect(optional('GINI')).toEqual(['standardised']);
  });
});

describe('the bundle freshness check', () => {
  it('names the sources changed since the bundle was built, and passes when there is none', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'spring-fresh-'));
    mkdirSync(path.join(root, 'dist/addin'), { recursive: true });
    mkdirSync(path.join(root, 'addin'));
    writeFileSync(path.join(root, 'addin/a.ts'), '');
    writeFileSync(path.join(root, 'addin/b.ts'), '');
    writeFileSync(path.join(root, 'dist/addin/functions.js'), '');
    writeFileSync(
      path.join(root, 'dist/addin-inputs.json'),
      JSON.stringify({ 'functions.js': ['addin/a.ts', 'addin/b.ts'] }),
    );
    const past = new Date(Date.now() - 60_000);
    utimesSync(path.join(root, 'addin/a.ts'), past, past);
    utimesSync(path.join(root, 'addin/b.ts'), past, past);

    expect(() => assertBundleIsFresh('functions.js', root)).not.toThrow();

    const future = new Date(Date.now() + 60_000);
    utimesSync(path.join(root, 'addin/b.ts'), future, future);
    expect(() => assertBundleIsFresh('functions.js', root)).toThrow(
      'dist/addin/functions.js is older than addin/b.ts: run npm run build first',
    );
  });
});
