import type { Application, BudgetLine, Edition, Project, Tem } from '../../shared/schemas';
import { NATURAL_KEYS } from '../../shared/import/natural-keys';
import { batchGet, foundKey } from '../data/batch';
import { getEditionContents } from '../data/editions';
import { firmFromItem, storedViewOf } from '../data/firms';
import { firmKey, temKey, withoutKeys } from '../data/keys';
import type { FirmRecord } from '../data/records';
import type { Store } from '../data/store';
import { namedIds } from './references';

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

/**
 * What the store holds of the records the document names (and of the rest of their editions): firms
 * and TEMs in batches by key, and each named edition's whole partition in one paged query (a page
 * holds a thousand rows where a batch read holds a hundred keys; a new edition costs one empty answer
 * instead of a read per row). The document is taken as sent: the ids of bad rows are read too, so
 * that every problem is found in one pass (docs/architecture.md, "Import").
 */
export async function loadStoreState(store: Store, input: unknown): Promise<StoreState> {
  const named = namedIds(input);
  const firmIds = [...named.firms];
  const temIds = [...named.tems];
  const [byKey, editions] = await Promise.all([
    batchGet(store, [...firmIds.map(firmKey), ...temIds.map(temKey)]),
    Promise.all([...named.editions].map((edition) => getEditionContents(store, edition))),
  ]);
  const state: StoreState = {
    firms: new Map(),
    firmViewVersions: new Map(),
    tems: new Map(),
    editions: new Map(),
    projects: new Map(),
    applications: new Map(),
    budget: new Map(),
  };
  for (const id of firmIds) {
    const item = byKey.get(foundKey(firmKey(id)));
    if (!item) continue;
    state.firms.set(id, firmFromItem(item));
    const version = storedViewOf(item)?.version;
    if (version) state.firmViewVersions.set(id, version);
  }
  for (const id of temIds) {
    const item = byKey.get(foundKey(temKey(id)));
    if (item) state.tems.set(id, withoutKeys<Tem>(item));
  }
  for (const contents of editions) {
    if (contents.edition) state.editions.set(contents.edition.id, contents.edition);
    for (const project of contents.projects)
      state.projects.set(storedProjectKey(project.edition, project.id), project);
    for (const application of contents.applications)
      state.applications.set(NATURAL_KEYS.applications(application), application);
    for (const line of contents.budget) state.budget.set(NATURAL_KEYS.budget(line), line);
  }
  return state;
}
