/** Valid examples of each entity, and a helper that lists a parse's problems as the API shows them. */
import type * as z from 'zod';
import {
  formatZodIssues,
  type Agreement,
  type Application,
  type AuditEntry,
  type BudgetLine,
  type BudgetLineInput,
  type Edition,
  type ExportFlow,
  type FieldProblem,
  type Firm,
  type Project,
  type Tem,
} from '../../../shared/schemas';

/** Parses `value` and returns its problems as `{path, message}`, or [] when it is valid. */
export function problemsOf(schema: z.ZodType, value: unknown): FieldProblem[] {
  const result = schema.safeParse(value);
  return result.success ? [] : formatZodIssues(result.error);
}

// Ferrari's and TIM's published VAT numbers: real, so the check digit is known to be right.
export const VALID_VAT = '00159560366';
export const OTHER_VALID_VAT = '00488410010';

export const edition = (): Edition => ({
  id: '2008',
  label: 'Spring 3',
  callYear: 2008,
  projectsPlanned: 100,
});

export const tem = (): Tem => ({
  id: 'T01',
  name: 'Giulia Bianchi',
  provider: 'Export Partners Srl',
  languages: ['en', 'ru'],
  markets: ['RU', 'CN'],
});

export const firm = (): Firm => ({
  id: 'F0001',
  name: 'Meccanica Orobica Srl',
  vatNumber: VALID_VAT,
  province: 'BG',
  sector: '25.62',
  artisan: false,
  employees: 18,
  turnover: { '2007': 2100000, '2008': 2350000.5 },
});

export const application = (): Application => ({
  edition: '2008',
  firmId: 'F0001',
  status: 'admitted',
  score: 78.5,
});

export const agreement = (): Agreement => ({
  firmId: 'F0001',
  year: 2008,
  endYear: 2010,
  country: 'RU',
  kind: 'distributor',
});

export const exportFlow = (): ExportFlow => ({ firmId: 'F0001', year: 2008, country: 'CN', value: 120000 });

export const project = (): Project => ({
  id: 'P2008-001',
  edition: '2008',
  firmId: 'F0001',
  temId: 'T01',
  targetMarkets: ['RU'],
  start: '2008-03-01',
  end: '2008-06-30',
  status: 'completed',
  temDays: 15,
  eligibleCost: 30000,
  publicShare: 0.5,
  grant: 15000,
});

export const budgetLineInput = (): BudgetLineInput => ({
  edition: '2008',
  lineId: 'tem-service',
  source: 'region',
  action: 'TEM service',
  allocated: 1500000,
  committed: 1200000,
  paid: 800000,
});

export const budgetLine = (): BudgetLine => ({
  ...budgetLineInput(),
  version: 3,
  updatedAt: '2024-05-31T14:30:00.000Z',
  updatedBy: 'anna.rossi@regione.lombardia.it',
});

export const budgetAuditEntry = (): AuditEntry => ({
  id: '01HZX3K9M2',
  at: '2024-05-31T14:30:00.000Z',
  who: 'anna.rossi@regione.lombardia.it',
  action: 'budget.update',
  target: { edition: '2008', lineId: 'tem-service' },
  before: { paid: 700000, version: 2 },
  after: { paid: 800000, version: 3 },
});
