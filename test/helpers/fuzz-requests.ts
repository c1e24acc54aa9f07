/**
 * Generated requests for every endpoint (fast-check), and what every answer to them must be. Shared by
 * the in-process fuzz test (app.request on the real store) and the sample sent over HTTPS to the
 * running server, so both send the same kinds of requests and check the same things.
 */
import fc from 'fast-check';
import { IMPORT_SECTIONS, type ImportDocument } from '../../shared/schemas';
import { generateSampleData } from '../../functions/sample';

/** One generated request; the sender adds the bearer token. */
export interface FuzzRequest {
  method: string;
  url: string;
  body?: string;
  contentType?: string;
  ifMatch?: string;
}

/** Path segments: real ids, near misses and anything at all. */
const segment = fc.oneof(
  fc.constantFrom('2006', '2008', '2009-2010', 'F0001', 'F9999', 'region-tem', '', '..', '%00', '__proto__'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);
const query = fc.dictionary(
  fc.oneof(
    fc.constantFrom('limit', 'cursor', 'from', 'to', 'dryRun', 'access_token'),
    fc.string({ maxLength: 10 }),
  ),
  fc.string({ maxLength: 30 }),
  { maxKeys: 4 },
);
const body = fc.oneof(
  fc.json({ maxDepth: 4 }),
  fc.string({ maxLength: 200 }),
  fc.constant('{"__proto__": {"admin": true}}'),
  fc
    .record(
      {
        ids: fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.integer()), { maxLength: 30 }),
        year: fc.oneof(fc.integer(), fc.string()),
      },
      { requiredKeys: [] },
    )
    .map((value) => JSON.stringify(value)),
  fc
    .record(
      { allocated: fc.double(), committed: fc.double(), paid: fc.oneof(fc.double(), fc.string()) },
      { requiredKeys: [] },
    )
    .map((value) => JSON.stringify(value)),
);
const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
  undefined,
);
const ifMatch = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom('"1"', '"2"', 'W/"1"', '*', ''),
  fc.string({ maxLength: 12 }),
);

const encode = (value: string) => encodeURIComponent(value);
const search = (params: Record<string, string>) => {
  const text = new URLSearchParams(params).toString();
  return text ? `?${text}` : '';
};

/** Keeps only the fields that are set, so a request reads the same whoever sends it. */
function request(method: string, url: string, extra: Omit<FuzzRequest, 'method' | 'url'> = {}): FuzzRequest {
  const defined = Object.entries(extra).filter(([, value]) => value !== undefined);
  return { method, url, ...Object.fromEntries(defined) };
}

/** A GET of `/v1/<prefix>/{segment}<suffix>` with a generated segment and query. */
const getUnder = (prefix: string, suffix = '') =>
  fc
    .tuple(segment, query)
    .map(([id, q]) => request('GET', `/v1/${prefix}/${encode(id)}${suffix}${search(q)}`));

/** A POST of a generated body with a generated content type. */
const postTo = (url: fc.Arbitrary<string>) =>
  fc.tuple(url, body, contentType).map(([u, b, t]) => request('POST', u, { body: b, contentType: t }));

/**
 * A small import document that is valid as it is: edition 2008 with three of its projects, their
 * firms, TEMs, applications, exports and agreements, and the edition's budget lines.
 */
function smallValidDocument(): ImportDocument {
  const sample = generateSampleData();
  const projects = (sample.projects ?? []).filter((row) => row.edition === '2008').slice(0, 3);
  const firmIds = new Set(projects.map((row) => row.firmId));
  const temIds = new Set(projects.map((row) => row.temId));
  return {
    editions: (sample.editions ?? []).filter((row) => row.id === '2008'),
    tems: (sample.tems ?? []).filter((row) => temIds.has(row.id)),
    firms: (sample.firms ?? []).filter((row) => firmIds.has(row.id)),
    projects,
    applications: (sample.applications ?? []).filter(
      (row) => row.edition === '2008' && firmIds.has(row.firmId),
    ),
    exports: (sample.exports ?? []).filter((row) => firmIds.has(row.firmId)),
    agreements: (sample.agreements ?? []).filter((row) => firmIds.has(row.firmId)),
    budget: (sample.budget ?? []).filter((row) => row.edition === '2008'),
  };
}

/** One change to a row of a valid document: a field set to any JSON value, removed, or added. */
const rowMutation = fc.record({
  section: fc.constantFrom(...IMPORT_SECTIONS),
  row: fc.nat(),
  field: fc.nat(),
  change: fc.oneof(
    fc.record({ set: fc.jsonValue({ maxDepth: 2 }) }),
    fc.constant({ remove: true }),
    fc.record({ add: fc.string({ maxLength: 12 }), value: fc.jsonValue({ maxDepth: 1 }) }),
  ),
});
type RowMutation = typeof rowMutation extends fc.Arbitrary<infer T> ? T : never;

function mutated(base: ImportDocument, mutations: RowMutation[]): ImportDocument {
  const document = structuredClone(base) as Record<string, Record<string, unknown>[]>;
  for (const { section, row, field, change } of mutations) {
    const rows = document[section] ?? [];
    const target = rows[row % Math.max(rows.length, 1)];
    if (!target) continue;
    const name = Object.keys(target)[field % Math.max(Object.keys(target).length, 1)] ?? 'id';
    if ('set' in change) target[name] = change.set;
    else if ('remove' in change) delete target[name];
    else target[change.add] = change.value;
  }
  return document as ImportDocument;
}

/** Import documents near a valid one: one to three rows changed, sent as a dry run three times in four. */
const importDocuments = (() => {
  const base = smallValidDocument();
  return fc
    .tuple(
      fc.array(rowMutation, { minLength: 1, maxLength: 3 }),
      fc.constantFrom('true', 'true', 'true', 'false'),
    )
    .map(([mutations, dryRun]) =>
      request('POST', `/v1/import?dryRun=${dryRun}`, {
        body: JSON.stringify(mutated(base, mutations)),
        contentType: 'application/json',
      }),
    );
})();

/** Every endpoint of the API, with the requests generated for it. */
export const FUZZED_ENDPOINTS: [string, fc.Arbitrary<FuzzRequest>][] = [
  ['GET /v1/editions', query.map((q) => request('GET', `/v1/editions${search(q)}`))],
  ['GET /v1/editions/{id}/projects', getUnder('editions', '/projects')],
  ['GET /v1/editions/{id}/firms', getUnder('editions', '/firms')],
  ['GET /v1/editions/{id}/indicators', getUnder('editions', '/indicators')],
  ['GET /v1/firms/{id}', getUnder('firms')],
  ['GET /v1/firms/{id}/exports', getUnder('firms', '/exports')],
  ['POST /v1/firms/batch', postTo(fc.constant('/v1/firms/batch'))],
  ['GET /v1/editions/{id}/budget', getUnder('editions', '/budget')],
  [
    'GET /v1/editions/{id}/budget/{lineId}/history',
    fc
      .tuple(segment, segment)
      .map(([id, line]) => request('GET', `/v1/editions/${encode(id)}/budget/${encode(line)}/history`)),
  ],
  [
    'PATCH /v1/editions/{id}/budget/{lineId}',
    fc.tuple(segment, segment, body, contentType, ifMatch).map(([id, line, b, t, m]) =>
      request('PATCH', `/v1/editions/${encode(id)}/budget/${encode(line)}`, {
        body: b,
        contentType: t,
        ifMatch: m,
      }),
    ),
  ],
  [
    'POST /v1/import',
    postTo(fc.constantFrom('', '?dryRun=true', '?dryRun=false', '?dryRun=1').map((q) => `/v1/import${q}`)),
  ],
  ['POST /v1/import (documents near a valid one)', importDocuments],
  ['GET /v1/imports', query.map((q) => request('GET', `/v1/imports${search(q)}`))],
  ['POST /v1/dev/token', postTo(fc.constant('/v1/dev/token'))],
  ['GET /v1/health', query.map((q) => request('GET', `/v1/health${search(q)}`))],
];

/** An answer as the checks need it. */
export interface FuzzAnswer {
  status: number;
  contentType: string | null;
  text: string;
}

/** What the checks read of a response, whoever sent the request. */
interface ResponseLike {
  status: number;
  headers: { get: (name: string) => string | null };
  text: () => Promise<string>;
}

/** Anything that sends a request: `app.request` in process, fetch over HTTPS. */
export type Sender = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
) => ResponseLike | Promise<ResponseLike>;

/** Sends a generated request, signed in with `token`, and reads its answer. */
export async function sendFuzzed(send: Sender, sent: FuzzRequest, token: string): Promise<FuzzAnswer> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (sent.contentType) headers['content-type'] = sent.contentType;
  if (sent.ifMatch !== undefined) headers['if-match'] = sent.ifMatch;
  const response = await send(sent.url, {
    method: sent.method,
    headers,
    ...(sent.body === undefined ? {} : { body: sent.body }),
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    text: await response.text(),
  };
}

/** What every answer must be: never a 500 (a 503 is a clear "try again"); every error a problem document. */
export function expectSoundAnswer(sent: FuzzRequest, answer: FuzzAnswer): void {
  expect([sent.url, answer.status < 500 || answer.status === 503]).toEqual([sent.url, true]);
  if (answer.status < 400) return;
  expect([sent.url, answer.contentType]).toEqual([sent.url, 'application/problem+json']);
  expect(JSON.parse(answer.text)).toMatchObject({
    status: answer.status,
    title: expect.any(String),
    detail: expect.any(String),
  });
}

/** Writes that were accepted, so the store's state can be checked against them afterwards. */
export class AcceptedWrites {
  patches = 0;
  imports = 0;

  count(sent: FuzzRequest, answer: FuzzAnswer): void {
    if (answer.status !== 200) return;
    if (sent.method === 'PATCH') this.patches++;
    if (sent.url.startsWith('/v1/import') && JSON.parse(answer.text).dryRun === false) this.imports++;
  }
}

/** How many times the budget lines of every edition were changed, read through `readJson`. */
export async function budgetVersionsGained(readJson: (url: string) => Promise<unknown>): Promise<number> {
  let gained = 0;
  for (const edition of ['2006', '2007', '2008', '2009-2010']) {
    const page = (await readJson(`/v1/editions/${edition}/budget`)) as { items: { version: number }[] };
    for (const line of page.items) gained += line.version - 1;
  }
  return gained;
}
