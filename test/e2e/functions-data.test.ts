import { Response } from 'undici';
import { OUTCOMES } from '../../shared/stage';
import { ApiClient } from '../helpers/api-client';
import { loadFunctions, type LoadedFunctions } from '../helpers/functions-runtime';
import { fetchLocal, startLocalServer, type LocalServerProcess } from '../helpers/local-server';

const MEASURES = ['exporting', 'markets', 'intensity'] as const;
const FIELDS = ['estimate', 'se', 'low', 'high', 'df', 'nAdmitted', 'nRejected'] as const;
type Measure = (typeof MEASURES)[number];
type Estimate = Record<(typeof FIELDS)[number], number | null> & { reason: string | null };

let server: LocalServerProcess;
let api: ApiClient;
let excel: LoadedFunctions;
let serverEnv: NodeJS.ProcessEnv;

beforeAll(async () => {
  server = await startLocalServer();
  api = new ApiClient(server.url);
  // Restarts reuse the same port, table and data, as a user restarting npm start would.
  const port = new URL(server.url).port;
  serverEnv = { PORT: port, SPRING_TABLE: server.table, SPRING_DATA_DIR: server.dataDir };
  excel = loadFunctions(server.url);
});
afterAll(async () => {
  await server?.stop();
});

async function signIn(): Promise<void> {
  excel.runtime.session.signIn({
    token: await api.token('officer'),
    name: 'Test officer',
    roles: ['officer'],
  });
}

/** Batch requests the server has logged so far. */
const batchRequests = () =>
  server
    .output()
    .split('\n')
    .filter((line) => line.startsWith('POST /v1/firms/batch ')).length;

describe('before sign-in', () => {
  it('answers #N/A asking to sign in', async () => {
    expect(await excel.call('STAGE', 'F0001')).toEqual({
      code: '#N/A',
      message: 'Sign in to Spring in the task pane',
    });
  });
});

describe('data-backed functions against the real server', () => {
  beforeAll(signIn);

  it('give the same values as the API for the same firm and year', async () => {
    for (const id of ['F0001', 'F0100', 'F0200', 'F0400']) {
      const { body } = await api.get(`/v1/firms/${id}`, { role: 'officer' });
      const firm = body as {
        latestYear: number;
        years: Record<
          string,
          {
            stage: number;
            reason: string;
            markets: number;
            hhi: number | null;
            intensity: number | null;
            exports: number;
            byCountry: Record<string, number>;
          }
        >;
      };
      const latest = firm.years[String(firm.latestYear)];

      expect(await excel.call('STAGE', id)).toBe(latest?.stage);
      expect(await excel.call('STAGEREASON', id)).toBe(latest?.reason);
      for (const [year, measures] of Object.entries(firm.years)) {
        expect(await excel.call('STAGE', id, Number(year))).toBe(measures.stage);
        expect(await excel.call('MARKETS', id, Number(year))).toBe(measures.markets);
        expect(await excel.call('EXPORTS', id, Number(year))).toBe(measures.exports);
        for (const [country, value] of Object.entries(measures.byCountry)) {
          expect(await excel.call('EXPORTS', id, Number(year), country.toLowerCase())).toBe(value);
        }
        if (measures.hhi !== null) expect(await excel.call('FIRMHHI', id, Number(year))).toBe(measures.hhi);
        if (measures.intensity !== null)
          expect(await excel.call('INTENSITY', id, Number(year))).toBe(measures.intensity);
      }
    }
  });

  it('read the firm record, its outcome, edition indicators, budget and projects', async () => {
    const { body: page } = await api.get('/v1/editions/2008/projects?limit=1', { role: 'officer' });
    const firmId = (page as { items: { firmId: string }[] }).items[0]?.firmId ?? '';
    const { body: firm } = await api.get(`/v1/firms/${firmId}`, { role: 'officer' });
    const { body: indicators } = await api.get('/v1/editions/2008/indicators', { role: 'officer' });
    const { body: budget } = await api.get('/v1/editions/2008/budget', { role: 'officer' });
    const line = (
      budget as { items: { lineId: string; allocated: number; committed: number; paid: number }[] }
    ).items[0];
    // SPRING.OUTCOME answers for the edition's project that started last.
    const project = (firm as { projects: { edition: string; start: string; outcome: string }[] }).projects
      .filter((p) => p.edition === '2008')
      .sort((a, b) => a.start.localeCompare(b.start))
      .at(-1);
    if (!line || !project) throw new Error('the sample lacks a budget line or a project');

    expect(await excel.call('FIRM', firmId, 'name')).toBe((firm as { name: string }).name);
    expect(await excel.call('FIRM', firmId, 'PROVINCE')).toBe((firm as { province: string }).province);
    expect(await excel.call('OUTCOME', firmId, 2008)).toBe(project.outcome);
    expect(await excel.call('EDITION', '2008', 'completionRate')).toBe(
      (indicators as { completionRate: number }).completionRate,
    );
    expect(await excel.call('EDITION', 2008, 'transitions.0.2')).toBe(
      (indicators as { transitions: number[][] }).transitions[0]?.[2],
    );
    expect(await excel.call('BUDGET', '2008', line.lineId, 'paid')).toBe(line.paid);
    expect(await excel.call('BUDGET', '2008', line.lineId, 'absorption')).toBe(line.paid / line.allocated);
    const table = (await excel.call('PROJECTS', '2008')) as unknown[][];
    expect(table[0]).toEqual([
      'id',
      'firmId',
      'temId',
      'targetMarkets',
      'start',
      'end',
      'status',
      'temDays',
      'eligibleCost',
      'publicShare',
      'grant',
      'withdrawalReason',
    ]);
    expect(table).toHaveLength(101);
  });

  it('give the programme effect of edition 2008 with its uncertainty, the same as the API', async () => {
    const { body: indicators } = await api.get('/v1/editions/2008/indicators', { role: 'officer' });
    const { body: effects } = await api.get('/v1/effects', { role: 'officer' });
    const edition = indicators as {
      effect: Record<Measure, Estimate>;
      eventStudy: { points: Record<Measure, Estimate>[] };
      outcomes: Record<string, number>;
    };
    const all = effects as {
      editions: ({ edition: string } & Record<Measure, Estimate>)[];
      pooled: Record<Measure, Estimate>;
    };
    const exporting = edition.effect.exporting;

    // The sample's 2008 effect on exporting: 0.109 [0.001, 0.216], 87 admitted against 47 rejected.
    expect(exporting).toEqual({
      estimate: expect.closeTo(0.1086, 4),
      se: expect.closeTo(0.0544, 4),
      low: expect.closeTo(0.001, 4),
      high: expect.closeTo(0.2162, 4),
      df: expect.closeTo(127.39, 2),
      nAdmitted: 87,
      nRejected: 47,
      reason: null,
    });
    expect(all.editions.find((each) => each.edition === '2008')).toEqual({
      edition: '2008',
      ...edition.effect,
    });
    expect(await excel.call('EDITION', '2008', 'effect.exporting.estimate')).toBe(exporting.estimate);
    expect(await excel.call('EDITION', 2008, 'effect.exporting.low')).toBe(exporting.low);
    expect(await excel.call('EDITION', '2008', 'effect.exporting.high')).toBe(exporting.high);
    expect(await excel.call('EDITION', '2008', 'effect.markets.se')).toBe(edition.effect.markets.se);
    expect(await excel.call('EDITION', '2008', 'eventStudy.points.0.exporting.estimate')).toBe(
      edition.eventStudy.points[0]?.exporting.estimate,
    );
    for (const outcome of OUTCOMES)
      expect([outcome, await excel.call('EDITION', '2008', `outcomes.${outcome}`)]).toEqual([
        outcome,
        edition.outcomes[outcome],
      ]);
    for (const measure of MEASURES) {
      expect(await excel.call('EFFECT', measure, 2008)).toBe(edition.effect[measure].estimate);
      expect(await excel.call('EFFECT', measure)).toBe(all.pooled[measure].estimate);
      for (const field of FIELDS) {
        expect([measure, field, await excel.call('EFFECT', measure, '2008', field)]).toEqual([
          measure,
          field,
          edition.effect[measure][field],
        ]);
        // The pooled interval uses the normal distribution: no df.
        if (field !== 'df')
          expect([measure, field, await excel.call('EFFECT', measure, '', field.toUpperCase())]).toEqual([
            measure,
            field,
            all.pooled[measure][field],
          ]);
      }
    }
  });

  it.each([
    ['STAGE', ['F9999'], '#N/A', 'No firm F9999 in Spring'],
    ['STAGE', [''], '#VALUE!', 'firmId must be a firm id such as F0001 (got a blank cell)'],
    ['STAGE', ['F0001', 1800], '#VALUE!', 'year must be a year from 1990 to 2100 (got 1800)'],
    ['STAGE', ['F0001', 1995], '#N/A', 'F0001 has no data for 1995'],
    [
      'EXPORTS',
      ['F0001', 2008, 'Germany'],
      '#VALUE!',
      'country must be a two-letter ISO code such as DE (got "Germany")',
    ],
    ['MARKETS', ['F0001'], '#VALUE!', 'year must be a year from 1990 to 2100 (got a blank cell)'],
    [
      'FIRM',
      ['F0001', 'salary'],
      '#VALUE!',
      'field must be one of name, vatNumber, province, sector, artisan, employees, latestYear (got text "salary")',
    ],
    ['OUTCOME', ['F0001', '2011'], '#N/A', 'F0001 has no project in edition 2011'],
    [
      'EDITION',
      ['2008', 'happiness'],
      '#VALUE!',
      expect.stringMatching(/^key must be an indicator such as projects, completionRate/),
    ],
    [
      'EDITION',
      ['2031', 'projects'],
      '#N/A',
      'No edition 2031: the editions are 2006, 2007, 2008 and 2009-2010',
    ],
    [
      'EDITION',
      ['2008', 'effect.exporting'],
      '#VALUE!',
      'effect.exporting is a group of values: ask for effect.exporting.estimate, .se, .low, .high, .df, .nAdmitted, .nRejected',
    ],
    [
      'EDITION',
      ['2008', 'effect'],
      '#VALUE!',
      'effect is a group of values: ask for one inside it, such as effect.exporting.estimate',
    ],
    [
      'EDITION',
      ['2008', 'effect.exporting.pvalue'],
      '#VALUE!',
      'effect.exporting has no pvalue: ask for effect.exporting.estimate, .se, .low, .high, .df, .nAdmitted, .nRejected (got "effect.exporting.pvalue")',
    ],
    [
      'EDITION',
      ['2008', 'effect.exporting.reason'],
      '#VALUE!',
      'effect.exporting.reason is text: when the values of an estimate are not defined, their #N/A says why',
    ],
    [
      'EDITION',
      ['2008', 'transitions.7'],
      '#VALUE!',
      'transitions has no 7: ask for one inside it, such as transitions.0.0 (got "transitions.7")',
    ],
    ['EFFECT', ['jobs'], '#VALUE!', 'measure must be one of exporting, markets, intensity (got text "jobs")'],
    [
      'EFFECT',
      ['exporting', '2008', 'pvalue'],
      '#VALUE!',
      'field must be one of estimate, se, low, high, df, nAdmitted, nRejected (got text "pvalue")',
    ],
    [
      'EFFECT',
      ['exporting', '2031'],
      '#VALUE!',
      'edition must be one of 2006, 2007, 2008, 2009-2010, or left out for the pooled effect (got text "2031")',
    ],
    [
      'EFFECT',
      ['markets', undefined, 'df'],
      '#N/A',
      'df is not defined for the pooled effect: its interval uses the normal distribution',
    ],
    ['BUDGET', ['2008', 'no-line', 'paid'], '#N/A', 'Edition 2008 has no budget line no-line'],
    [
      'BUDGET',
      ['2008', 'x', 'spent'],
      '#VALUE!',
      'field must be one of allocated, committed, paid, commitmentRate, paymentRate, absorption (got text "spent")',
    ],
    ['PROJECTS', [''], '#VALUE!', 'edition must be 2006, 2007, 2008 or 2009-2010 (got a blank cell)'],
  ])('%s(%j) is %s', async (id, args, code, message) => {
    expect(await excel.call(id, ...args)).toEqual({ code, message });
  });
});

describe('estimates without a value, in answers altered on their way from the real server', () => {
  // The sample defines every estimate, so these answers are edited as they arrive: still valid answers.
  const nulls = { estimate: null, se: null, low: null, high: null, df: null };
  const alter = (url: string, body: Record<string, unknown>) => {
    if (url.endsWith('/v1/editions/2009-2010/indicators')) {
      const indicators = body as {
        effect: Record<string, Estimate>;
        eventStudy: { points: Record<string, Estimate>[] };
        didExporting: number | null;
      };
      Object.assign(indicators.effect.exporting ?? {}, nulls, { nRejected: 1, reason: 'TOO_FEW_REJECTED' });
      Object.assign(indicators.effect.markets ?? {}, { se: 0, df: null });
      Object.assign(indicators.eventStudy.points[0]?.intensity ?? {}, nulls, {
        nAdmitted: 0,
        reason: 'TOO_FEW_ADMITTED',
      });
      indicators.didExporting = null;
    }
    if (url.endsWith('/v1/effects')) {
      const effects = body as {
        editions: ({ edition: string } & Record<string, Estimate>)[];
        pooled: Record<string, Estimate & { editions: string[] }>;
      };
      const edition = effects.editions.find((each) => each.edition === '2009-2010');
      Object.assign(edition?.exporting ?? {}, nulls, { nRejected: 1, reason: 'TOO_FEW_REJECTED' });
      Object.assign(edition?.markets ?? {}, { se: 0, df: null });
      Object.assign(effects.pooled.intensity ?? {}, nulls, {
        nAdmitted: 0,
        nRejected: 0,
        reason: 'NO_EDITION',
        editions: [],
      });
    }
    return body;
  };
  let altered: LoadedFunctions;

  beforeAll(async () => {
    altered = loadFunctions(server.url, {
      fetch: async (input, init) => {
        const answer = await fetchLocal(String(input), init as never);
        if (!answer.ok || !String(input).match(/\/(indicators|effects)$/)) return answer;
        const body = alter(String(input), (await answer.json()) as Record<string, unknown>);
        return new Response(JSON.stringify(body), {
          status: answer.status,
          headers: { 'content-type': 'application/json' },
        });
      },
    });
    altered.runtime.session.signIn({
      token: await api.token('officer'),
      name: 'Test officer',
      roles: ['officer'],
    });
  });

  it.each([
    [
      'EDITION',
      ['2009-2010', 'effect.exporting.low'],
      'edition 2009-2010: fewer than 2 rejected firms observed in 2008 and 2011',
    ],
    [
      'EDITION',
      ['2009-2010', 'eventStudy.points.0.intensity.estimate'],
      'edition 2009-2010: fewer than 2 admitted firms observed in 2008 and 2006',
    ],
    [
      'EDITION',
      ['2009-2010', 'effect.markets.df'],
      "df is not defined: the two groups' changes have no spread",
    ],
    [
      'EDITION',
      ['2009-2010', 'didExporting'],
      'didExporting is not defined for edition 2009-2010 (nothing to measure it on)',
    ],
    [
      'EFFECT',
      ['exporting', '2009-2010'],
      'edition 2009-2010: fewer than 2 rejected firms observed in 2008 and 2011',
    ],
    [
      'EFFECT',
      ['exporting', '2009-2010', 'high'],
      'edition 2009-2010: fewer than 2 rejected firms observed in 2008 and 2011',
    ],
    ['EFFECT', ['markets', '2009-2010', 'df'], "df is not defined: the two groups' changes have no spread"],
    ['EFFECT', ['intensity'], 'no edition has an estimate of intensity with a standard error above 0'],
    [
      'EFFECT',
      ['intensity', undefined, 'se'],
      'no edition has an estimate of intensity with a standard error above 0',
    ],
  ])('%s(%j) is #N/A with its reason', async (id, args, message) => {
    expect(await altered.call(id, ...args)).toEqual({ code: '#N/A', message });
  });

  it('still answers the counts and the values that are there', async () => {
    expect(await altered.call('EFFECT', 'exporting', '2009-2010', 'nRejected')).toBe(1);
    expect(await altered.call('EDITION', '2009-2010', 'effect.exporting.nRejected')).toBe(1);
    expect(await altered.call('EFFECT', 'markets', '2009-2010', 'se')).toBe(0);
    expect(await altered.call('EFFECT', 'intensity', undefined, 'nAdmitted')).toBe(0);
  });
});

describe('batching, counted at the server', () => {
  beforeAll(signIn);

  it('sends 5,000 STAGE calls over 2,500 ids as 3 requests, none on the next calculation, 3 after a refresh', async () => {
    const ids = Array.from({ length: 2500 }, (_, i) => `F${String(i + 1).padStart(4, '0')}`);
    const cells = ids.flatMap((id, i) => [
      [id, i % 2 === 0 ? 2009 : undefined],
      [id, 2005 + (i % 5)],
    ]);
    const calculate = () => Promise.all(cells.map(([id, year]) => excel.call('STAGE', id, year)));
    excel.runtime.client.refresh();

    const before = batchRequests();
    const first = await calculate();
    const afterFirst = batchRequests();
    const second = await calculate();
    const afterSecond = batchRequests();
    excel.runtime.client.refresh();
    await calculate();
    const afterRefresh = batchRequests();

    expect(cells).toHaveLength(5000);
    expect(afterFirst - before).toBe(3);
    expect(afterSecond - afterFirst).toBe(0);
    expect(afterRefresh - afterSecond).toBe(3);
    expect(second).toEqual(first);
    expect(first.filter((value) => typeof value === 'number').length).toBeGreaterThan(1000);
    expect(first).toContainEqual({ code: '#N/A', message: 'No firm F2500 in Spring' });
  });
});

describe('when the service stops', () => {
  beforeAll(signIn);

  it('answers #N/A "Spring service unreachable", and recovers when it returns', async () => {
    excel.runtime.client.refresh();
    await server.stop();

    const down = await excel.call('STAGE', 'F0002');
    server = await startLocalServer(serverEnv);
    const back = await excel.call('STAGE', 'F0002');

    expect(down).toEqual({ code: '#N/A', message: expect.stringMatching(/^Spring service unreachable: /) });
    expect(typeof back).toBe('number');
  });
});
