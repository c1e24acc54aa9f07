/**
 * `npm run bench:scale`: how the API's reads grow with the data. The sample at scale 1, 10 and 100
 * (about 60,000 firms, 1,000 projects an edition at 10x) is imported into a table each on one
 * DynamoDB Local, and the built server answers, at each size:
 * - a 1,000-id `POST /v1/firms/batch` (goal: flat: the same work whatever the table holds);
 * - `GET /v1/editions/2008/indicators`: its time per read at each size, and its growth per 10x (goal:
 *   at most linear in the edition's size: never the table), with the items the edition holds beside
 *   the table's. Whatever the route does (compute or read a stored result) is what is measured.
 * Then the 100x import's time against BatchWriteItem of the very items it wrote, into a fresh table.
 * Not part of `npm run bench` (it takes a few minutes); run alone: `npx tsx bench/scale.bench.ts`.
 */
import { randomUUID } from 'node:crypto';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { elapsedMs, interleavedMedians, runWhenStarted, type BenchFigure } from './bench-kit';
import { loadSample, withDynamoDbLocal, withServer } from './bench-server';
import { rawBatchWrite } from './raw-store';
import type { ImportDocument } from '../shared/schemas';
import { openStore, type Store } from '../functions/data/store';
import { ensureTable } from '../functions/data/table';
import { planImport } from '../functions/import/plan';
import { loadStoreState } from '../functions/import/store-state';
import { generateSampleData } from '../functions/sample';
import { firmItemWithView } from '../functions/services/stored-views';
import { ApiClient } from '../test/helpers/api-client';

const SCALES = [1, 10, 100] as const;
const EDITION = '2008';
const BATCH_IDS = 1000;

/** What one size measured. */
interface SizeFigures {
  scale: number;
  firms: number;
  tableItems: number;
  editionRows: number;
  indicatorReads: number;
  importMs: number;
  batchMs: number;
  indicatorsMs: number;
}

/** How many items a table holds (DynamoDB Local counts live; a Scan of 100x takes minutes there). */
async function countItems(store: Store): Promise<number> {
  const described = await store.doc.send(new DescribeTableCommand({ TableName: store.table }));
  return described.Table?.ItemCount ?? Number.NaN;
}

/**
 * 1,000 firm ids spread evenly over the whole sample, so the batch touches all of the table. The 1x
 * sample has fewer firms: ids nobody has fill the batch up (each still a key the store looks up).
 */
function spreadIds(sample: ImportDocument): string[] {
  const firms = sample.firms ?? [];
  const step = Math.max(1, Math.floor(firms.length / BATCH_IDS));
  const ids = firms.filter((_, index) => index % step === 0).map((firm) => firm.id);
  const unknown = Array.from({ length: Math.max(0, BATCH_IDS - ids.length) }, (_, i) => `NOFIRM${i}`);
  return [...ids, ...unknown].slice(0, BATCH_IDS);
}

/** Rows of the edition's partition, and the items the indicators read: those rows and their firms. */
function editionReads(sample: ImportDocument): { rows: number; reads: number } {
  const projects = (sample.projects ?? []).filter((project) => project.edition === EDITION);
  const applications = (sample.applications ?? []).filter((application) => application.edition === EDITION);
  const budget = (sample.budget ?? []).filter((line) => line.edition === EDITION);
  const rows = 1 + projects.length + applications.length + budget.length;
  const firms = new Set([...projects, ...applications].map((entry) => entry.firmId));
  return { rows, reads: rows + firms.size };
}

/** Median time of `rounds` calls of a request that must answer 200, after one warm-up call. */
async function timeRequest(rounds: number, request: () => Promise<{ status: number }>): Promise<number> {
  const checked = async () => {
    const { status } = await request();
    if (status !== 200) throw new Error(`the request answered ${status}`);
  };
  const [ms = Number.NaN] = await interleavedMedians([() => elapsedMs(checked)], rounds);
  return ms;
}

async function measureSize(
  endpoint: string,
  scale: number,
  sample: ImportDocument,
  log: (line: string) => void,
): Promise<SizeFigures> {
  const firms = sample.firms?.length ?? 0;
  let reported = 0;
  let store: Store | undefined;
  const importMs = await elapsedMs(async () => {
    store = await loadSample(endpoint, `bench_scale_${scale}`, sample, (written, total) => {
      // A line every tenth of the way on the large sizes: the 100x import takes a minute or more.
      if (scale >= 10 && written >= reported + total / 10) {
        reported = written;
        log(`    importing ${scale}x: ${written} of ${total} items`);
      }
    });
  });
  if (!store) throw new Error('the sample did not load');
  const loaded = store;
  const tableItems = await countItems(loaded);
  const { rows, reads } = editionReads(sample);
  const ids = spreadIds(sample);
  const timed = await withServer(endpoint, loaded, async (server) => {
    const api = new ApiClient(server.url);
    const batchMs = await timeRequest(5, () => api.post('/v1/firms/batch', { ids }, { role: 'officer' }));
    const indicatorsMs = await timeRequest(scale >= 100 ? 3 : 5, () =>
      api.get(`/v1/editions/${EDITION}/indicators`, { role: 'officer' }),
    );
    return { batchMs, indicatorsMs };
  });
  const figures = { scale, firms, tableItems, editionRows: rows, indicatorReads: reads, importMs, ...timed };
  log(
    `  ${scale}x: ${firms} firms, ${tableItems} items in the table (imported in ${(importMs / 1000).toFixed(1)} s); ` +
      `batch of ${ids.length}: ${timed.batchMs.toFixed(0)} ms; indicators ${EDITION} (${rows} rows, ${reads} items read): ${timed.indicatorsMs.toFixed(0)} ms`,
  );
  return figures;
}

/**
 * The raw baseline of an import: the items the import of `sample` writes (its plan, made against an
 * empty table, as the timed import had), written to that table with BatchWriteItem and nothing else.
 */
async function rawWriteMs(endpoint: string, sample: ImportDocument, table: string) {
  const target = openStore({ endpoint }, table);
  await ensureTable(target);
  const state = await loadStoreState(target, sample);
  const plan = planImport(sample, state, { who: 'bench', now: new Date().toISOString(), newId: randomUUID });
  const items = [...plan.puts, ...plan.firms.map(firmItemWithView)];
  return { ms: await elapsedMs(() => rawBatchWrite(target, items)), items: items.length };
}

const growth = (sizes: SizeFigures[], pick: (size: SizeFigures) => number) =>
  sizes.slice(1).map((size, index) => pick(size) / pick(sizes[index] as SizeFigures));
const asFactors = (factors: number[]) => factors.map((factor) => `${factor.toFixed(1)}x`).join(', ');

/** Runs the bench and returns its figures. */
export async function runScaleBench(log: (line: string) => void = console.log): Promise<BenchFigure[]> {
  return withDynamoDbLocal(async (endpoint) => {
    log(
      `scale: samples at ${SCALES.join('x, ')}x, one table each on one DynamoDB Local, the built server over HTTPS`,
    );
    const sizes: SizeFigures[] = [];
    let sample: ImportDocument = {};
    for (const scale of SCALES) {
      sample = generateSampleData({ scale });
      sizes.push(await measureSize(endpoint, scale, sample, log));
    }
    const last = sizes.at(-1) as SizeFigures;
    const raw = await rawWriteMs(endpoint, sample, `bench_scale_${last.scale}_raw`);
    log(
      `  ${last.scale}x import: ${(last.importMs / 1000).toFixed(1)} s; BatchWriteItem of the same ${raw.items} items into an empty table: ${(raw.ms / 1000).toFixed(1)} s`,
    );
    const steps = SCALES.slice(1)
      .map((scale, index) => `${SCALES[index]}x -> ${scale}x`)
      .join(', ');
    return [
      {
        figure: `scale: 1,000-id batch read, growth per 10x (${steps})`,
        measured: asFactors(growth(sizes, (size) => size.batchMs)),
        goal: 'flat: ~1x each',
      },
      {
        figure: `scale: edition ${EDITION} indicators, time per read (${SCALES.join('x, ')}x)`,
        measured: sizes.map((size) => `${size.indicatorsMs.toFixed(0)} ms`).join(', '),
        goal: 'for the record: the growth below is the goal',
      },
      {
        figure: `scale: edition ${EDITION} indicators, growth per 10x`,
        measured: asFactors(growth(sizes, (size) => size.indicatorsMs)),
        goal: `at most the edition's growth (${asFactors(growth(sizes, (size) => size.indicatorReads))} items read)`,
      },
      {
        figure: `scale: edition ${EDITION} indicators, items read / items in the table at ${last.scale}x`,
        measured: `${((100 * last.indicatorReads) / last.tableItems).toFixed(1)}%`,
        goal: 'the edition only (a scan would read 100%)',
      },
      {
        figure: `scale: ${last.scale}x import / BatchWriteItem of the same items`,
        measured: `${(last.importMs / raw.ms).toFixed(2)}x`,
        goal: '<= 2x',
      },
    ];
  });
}

runWhenStarted(import.meta.url, () => runScaleBench());
