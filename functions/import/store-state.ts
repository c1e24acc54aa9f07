import type { Application, BudgetLine, Edition, ImportDocument, Project, Tem } from '../../shared/schemas';
import { batchGet } from '../data/batch';
import { editionPk, firmKey, temKey, withoutKeys, type ItemKey } from '../data/keys';
import { queryAll } from '../data/query';
import { firmFromItem, storedViewOf } from '../data/firms';
import type { FirmRecord } from '../data/records';
import type { Store } from '../data/store';

type Item = Record<string, unknown>;

/** What the store already holds of the records an import document names, by natural key. */
export interface StoreState {
  firms: Map<string, FirmRecord>;
  /** The app version that made each stored firm's view (absent: no view stored). */
  firmViewVersions: Map<string, string>;
  tems: Map<string, Tem>;
  editions: Map<string, Edition>;
  /** By `edition|id`: a project id may also sit in another edition's partition, left by an earlier import. */
  projects: Map<string, Project>;
  applications: Map<string, Application>;
  budget: Map<string, BudgetLine>;
}

/** Where {@link StoreState.projects} files a project. */
export const storedProjectKey = (edition: string, id: string) => `${edition}|${id}`;

/** Every firm id a document mentions, in any section. */
export function firmIdsOf(document: ImportDocument): Set<string> {
  return new Set([
    ...(document.firms ?? []).map((row) => row.id),
    ...(document.exports ?? []).map((row) => row.firmId),
    ...(document.agreements ?? []).map((row) => row.firmId),
    ...(document.projects ?? []).map((row) => row.firmId),
    ...(document.applications ?? []).map((row) => row.firmId),
  ]);
}

/** The editions a document names, in any section: their partitions hold its projects, applications and budget. */
function editionsOf(document: ImportDocument): Set<string> {
  return new Set([
    ...(document.editions ?? []).map((row) => row.id),
    ...(document.projects ?? []).map((row) => row.edition),
    ...(document.applications ?? []).map((row) => row.edition),
    ...(document.budget ?? []).map((row) => row.edition),
  ]);
}

/** The keys of the firms and TEMs a document names: each its own partition, so read by key. */
function ownPartitionKeysOf(document: ImportDocument): ItemKey[] {
  const tems = new Set([
    ...(document.tems ?? []).map((row) => row.id),
    ...(document.projects ?? []).map((row) => row.temId),
  ]);
  return [...[...firmIdsOf(document)].map(firmKey), ...[...tems].map(temKey)];
}

/**
 * Reads every stored record the document names: firms and TEMs in batches by key, and each named
 * edition's whole partition in one paged query (a page holds a thousand rows where a batch read
 * holds a hundred keys; a new edition costs one empty answer instead of a read per row).
 */
async function readNamedItems(store: Store, document: ImportDocument): Promise<Item[]> {
  const [byKey, partitions] = await Promise.all([
    batchGet(store, ownPartitionKeysOf(document)),
    Promise.all(
      [...editionsOf(document)].map((edition) => queryAll(store, { pk: editionPk(edition), skPrefix: '' })),
    ),
  ]);
  return [...byKey.values(), ...partitions.flat()];
}

/** What the store holds of the records the document names (and of the rest of their editions). */
export async function loadStoreState(store: Store, document: ImportDocument): Promise<StoreState> {
  const state: StoreState = {
    firms: new Map(),
    firmViewVersions: new Map(),
    tems: new Map(),
    editions: new Map(),
    projects: new Map(),
    applications: new Map(),
    budget: new Map(),
  };
  for (const item of await readNamedItems(store, document)) {
    const pk = String(item.pk);
    const sk = String(item.sk);
    if (sk === 'FIRM') {
      const id = pk.slice('FIRM#'.length);
      state.firms.set(id, firmFromItem(item));
      const version = storedViewOf(item)?.version;
      if (version) state.firmViewVersions.set(id, version);
    } else if (sk === 'TEM') state.tems.set(pk.slice('TEM#'.length), withoutKeys<Tem>(item));
    else if (sk === 'EDITION') state.editions.set(pk.slice('EDITION#'.length), withoutKeys<Edition>(item));
    else if (sk.startsWith('PROJECT#')) {
      const project = withoutKeys<Project>(item);
      state.projects.set(storedProjectKey(project.edition, project.id), project);
    } else if (sk.startsWith('APPLICATION#')) {
      const application = withoutKeys<Application>(item);
      state.applications.set(`${application.edition}|${application.firmId}`, application);
    } else if (sk.startsWith('BUDGET#')) {
      const line = withoutKeys<BudgetLine>(item);
      state.budget.set(`${line.edition}|${line.lineId}`, line);
    }
  }
  return state;
}
