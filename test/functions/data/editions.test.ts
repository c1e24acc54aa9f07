import type { Application, BudgetLine, Edition, Project } from '../../../shared/schemas';
import { batchWrite } from '../../../functions/data/batch';
import {
  getEdition,
  getEditionContents,
  getEditions,
  listApplications,
  listProjects,
} from '../../../functions/data/editions';
import { applicationKey, budgetKey, editionKey, projectKey } from '../../../functions/data/keys';
import type { Store } from '../../../functions/data/store';
import { freshStore } from '../../helpers/store';

const edition = (id: Edition['id'], callYear: number): Edition => ({
  id,
  label: `Spring ${id}`,
  callYear,
  projectsPlanned: 40,
});

const project = (n: number): Project => ({
  id: `P${String(n).padStart(3, '0')}`,
  edition: '2008',
  firmId: `F${n}`,
  temId: 'T1',
  targetMarkets: ['FR'],
  start: '2008-03-01',
  end: '2009-02-28',
  status: 'completed',
  temDays: 20,
  eligibleCost: 30_000,
  publicShare: 0.5,
  grant: 15_000,
});

const application = (n: number): Application => ({
  edition: '2008',
  firmId: `F${String(n).padStart(3, '0')}`,
  status: n % 3 === 0 ? 'rejected' : 'admitted',
  score: 50 + n,
});

const line: BudgetLine = {
  edition: '2008',
  lineId: 'L1',
  source: 'region',
  action: 'TEM service',
  allocated: 100,
  committed: 50,
  paid: 10,
  version: 1,
  updatedAt: '2024-01-01T00:00:00.000Z',
  updatedBy: 'finance-1',
};

const PROJECTS = Array.from({ length: 12 }, (_, i) => project(i));
const APPLICATIONS = Array.from({ length: 7 }, (_, i) => application(i));

let store: Store;
beforeAll(async () => {
  store = await freshStore('editions');
  await batchWrite(store, {
    puts: [
      // Stored out of order, and one edition missing.
      { ...editionKey('2009-2010'), ...edition('2009-2010', 2009) },
      { ...editionKey('2006'), ...edition('2006', 2006) },
      { ...editionKey('2008'), ...edition('2008', 2008) },
      ...PROJECTS.map((each) => ({ ...projectKey('2008', each.id), ...each })),
      ...APPLICATIONS.map((each) => ({ ...applicationKey('2008', each.firmId), ...each })),
      { ...budgetKey('2008', line.lineId), ...line },
      { ...projectKey('2007', 'P900'), ...project(900), edition: '2007' },
    ],
  });
});

describe('getEditions', () => {
  it('returns the stored editions in edition order, without keys', async () => {
    expect(await getEditions(store)).toEqual([
      edition('2006', 2006),
      edition('2008', 2008),
      edition('2009-2010', 2009),
    ]);
  });

  it('finds one edition, or undefined when it is not stored', async () => {
    expect(await getEdition(store, '2008')).toEqual(edition('2008', 2008));
    expect(await getEdition(store, '2007')).toBeUndefined();
  });
});

describe('listProjects and listApplications', () => {
  it("page through an edition's projects in id order, without keys", async () => {
    const first = await listProjects(store, '2008', 5);
    const second = await listProjects(store, '2008', 5, first.nextCursor);
    const third = await listProjects(store, '2008', 5, second.nextCursor);

    expect([...first.items, ...second.items, ...third.items]).toEqual(PROJECTS);
    expect(third.nextCursor).toBeUndefined();
  });

  it("list an edition's applications only", async () => {
    const page = await listApplications(store, '2008', 50);

    expect(page).toEqual({ items: APPLICATIONS });
  });

  it('refuse a projects cursor for the applications listing', async () => {
    const { nextCursor } = await listProjects(store, '2008', 5);

    await expect(listApplications(store, '2008', 5, nextCursor)).rejects.toMatchObject({
      name: 'InvalidCursorError',
    });
  });
});

describe('getEditionContents', () => {
  it("sorts an edition's partition into its record, projects, applications and budget", async () => {
    expect(await getEditionContents(store, '2008')).toEqual({
      edition: edition('2008', 2008),
      projects: PROJECTS,
      applications: APPLICATIONS,
      budget: [line],
    });
  });

  it('answers empty lists for an edition with nothing stored', async () => {
    expect(await getEditionContents(store, '2006')).toEqual({
      edition: edition('2006', 2006),
      projects: [],
      applications: [],
      budget: [],
    });
  });
});
