import { EDITION_IDS, type Application, type Edition, type Project } from '../../shared/schemas';
import type { BudgetLine } from '../../shared/schemas';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { batchGet, foundKey } from './batch';
import { DEFAULT_RETRY } from './retry';
import { guard } from './guard';
import { EDITION_SK, editionKey, editionPk, withoutKeys } from './keys';
import { queryAll, queryPage, type Page } from './query';
import type { Store } from './store';

/** How a read is made: strongly consistent when a stored result is computed from it. */
export interface ReadOptions {
  consistent?: boolean;
}

/** Every edition the store has. */
export async function getEditions(
  store: Store,
  { consistent = false }: ReadOptions = {},
): Promise<Edition[]> {
  const found = await batchGet(store, EDITION_IDS.map(editionKey), DEFAULT_RETRY, undefined, consistent);
  return EDITION_IDS.flatMap((id) => {
    const item = found.get(foundKey(editionKey(id)));
    return item ? [withoutKeys<Edition>(item)] : [];
  });
}

/** One edition, or undefined (an id that is not an edition's is not looked up). */
export async function getEdition(store: Store, id: string): Promise<Edition | undefined> {
  if (!(EDITION_IDS as readonly string[]).includes(id)) return undefined;
  const { Item } = await guard(
    store.doc.send(new GetCommand({ TableName: store.table, Key: editionKey(id) })),
  );
  return Item ? withoutKeys<Edition>(Item) : undefined;
}

const stripKeys = <T extends object>(page: Page<Record<string, unknown>>): Page<T> => ({
  ...page,
  items: page.items.map((item) => withoutKeys<T>(item)),
});

/** A page of an edition's projects, in id order. */
export async function listProjects(store: Store, edition: string, limit: number, cursor?: string) {
  const listing = { pk: editionPk(edition), skPrefix: EDITION_SK.project };
  return stripKeys<Project>(await queryPage(store, listing, limit, cursor));
}

/** A page of an edition's applications (admitted and rejected), in firm id order. */
export async function listApplications(store: Store, edition: string, limit: number, cursor?: string) {
  const listing = { pk: editionPk(edition), skPrefix: EDITION_SK.application };
  return stripKeys<Application>(await queryPage(store, listing, limit, cursor));
}

/** Everything in an edition's partition, read in one paged query, sorted by kind. */
export interface EditionContents {
  edition?: Edition;
  projects: Project[];
  applications: Application[];
  budget: BudgetLine[];
}

/**
 * Sorts the items of an edition's partition by kind: the one place its sort keys are decoded
 * (docs/architecture.md, "The data model").
 */
export function decodeEditionItems(items: readonly Record<string, unknown>[]): EditionContents {
  const contents: EditionContents = { projects: [], applications: [], budget: [] };
  for (const item of items) {
    const sk = String(item.sk);
    if (sk === EDITION_SK.meta) contents.edition = withoutKeys<Edition>(item);
    else if (sk.startsWith(EDITION_SK.project)) contents.projects.push(withoutKeys<Project>(item));
    else if (sk.startsWith(EDITION_SK.application))
      contents.applications.push(withoutKeys<Application>(item));
    else if (sk.startsWith(EDITION_SK.budget)) contents.budget.push(withoutKeys<BudgetLine>(item));
  }
  return contents;
}

/** Reads an edition's whole partition: its record, projects, applications and budget lines. */
export async function getEditionContents(
  store: Store,
  edition: string,
  options: ReadOptions = {},
): Promise<EditionContents> {
  return decodeEditionItems(await queryAll(store, { pk: editionPk(edition), skPrefix: '' }, options));
}

/** An edition and all its applications (admitted and rejected). */
export interface EditionApplications {
  edition: Edition;
  applications: Application[];
}

/**
 * Every edition in the store with all its applications, in edition id order: what the programme
 * effect needs to find rejected applicants admitted to another edition.
 */
export async function getEditionsApplications(
  store: Store,
  options: ReadOptions = {},
): Promise<EditionApplications[]> {
  const editions = await getEditions(store, options);
  return Promise.all(
    editions.map(async (edition) => {
      const listing = { pk: editionPk(edition.id), skPrefix: EDITION_SK.application };
      const items = await queryAll(store, listing, options);
      return { edition, applications: items.map((item) => withoutKeys<Application>(item)) };
    }),
  );
}
