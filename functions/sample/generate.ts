/**
 * The synthetic sample: a whole import document (DESIGN section 6) with the programme's four editions,
 * its TEMs, admitted firms and rejected applicants with their exports, agreements, projects and budgets.
 * Deterministic: the same seed and scale give the same document, byte for byte.
 */
import { SYNTHETIC_DATASET } from '../../shared/api/health';
import type {
  Agreement,
  Application,
  BudgetLineInput,
  Edition,
  ExportFlow,
  Firm,
  ImportDocument,
  Project,
  Tem,
} from '../../shared/schemas';
import { planAgreements } from './agreements';
import { dealApplicants } from './applicants';
import { generateBudget, temServiceBudget } from './budget';
import { simulateExports } from './export-history';
import { generateFirm } from './firms';
import { formatId, idWidth } from './ids';
import { resolveSampleOptions, type SampleOptions } from './options';
import { FIRST_YEAR, planEditions, type EditionPlan } from './plan';
import { effectYearOf, generateProject, PUBLIC_SHARE } from './projects';
import { Random } from './random';
import { generateTems, TemMatcher, TEMS_AT_SCALE_1 } from './tems';
import { VatNumbers } from './vat-numbers';

// Share of the TEM-service budget the grants take up: the rest covers withdrawals and savings.
const GRANTS_OF_TEM_BUDGET = 0.93;

/** The document's sections, filled edition by edition. */
interface Sections {
  editions: Edition[];
  tems: Tem[];
  firms: Firm[];
  applications: Application[];
  agreements: Agreement[];
  exports: ExportFlow[];
  projects: Project[];
  budget: BudgetLineInput[];
}

/** What every edition shares: the id counter and width, the VAT numbers, the TEMs. */
interface Shared {
  seed: number;
  firmWidth: number;
  nextFirm: number;
  vatNumbers: VatNumbers;
  tems: TemMatcher;
}

/** Generates one edition's applicants, firms, histories and projects into `out`. */
function generateEdition(plan: EditionPlan, shared: Shared, out: Sections): void {
  // One stream per edition: an edition's data does not depend on how much the previous ones drew.
  const rng = Random.stream(shared.seed, 'edition', plan.id);
  const budget = generateBudget(Random.stream(shared.seed, 'budget', plan.id), plan);
  out.budget.push(...budget);
  const meanEligibleCost = (temServiceBudget(budget) * GRANTS_OF_TEM_BUDGET) / plan.admitted / PUBLIC_SHARE;
  const projectWidth = idWidth(plan.admitted, 4);
  let projectNumber = 0;

  for (const applicant of dealApplicants(rng, plan)) {
    const firmId = formatId('F', shared.nextFirm++, shared.firmWidth);
    const { province, artisan, micro } = applicant;
    const firm = generateFirm(rng, shared.vatNumbers, { id: firmId, province, artisan, micro });
    out.firms.push(firm);
    out.applications.push({ edition: plan.id, firmId, status: applicant.status, score: applicant.score });

    let project: Project | null = null;
    if (applicant.status === 'admitted') {
      const id = formatId(`P${plan.id}-`, ++projectNumber, projectWidth);
      project = generateProject(rng, shared.tems, { id, firmId, plan, meanEligibleCost });
      out.projects.push(project);
    }
    const scenario = {
      callYear: plan.callYear,
      employees: firm.employees,
      turnover: firm.turnover,
      effectYear: project === null ? null : effectYearOf(project),
      targetMarkets: project?.targetMarkets ?? [],
    };
    const history = simulateExports(rng, scenario);
    for (const agreement of planAgreements(rng, history, scenario))
      out.agreements.push({ firmId, ...agreement });
    history.forEach((markets, index) => {
      for (const [country, value] of markets)
        out.exports.push({ firmId, year: FIRST_YEAR + index, country, value });
    });
  }
}

/**
 * Generates the synthetic sample document, labelled "synthetic sample". At scale 1 it has the four
 * editions, 56 TEMs, about 400 admitted firms and 250 rejected applicants; edition 2006 has exactly 95
 * admitted firms of 153 applicants. Throws `SampleOptionsError` (functions/errors.ts) for a bad seed or scale.
 * @example
 * const document = generateSampleData({ seed: 7, scale: 10 });
 * validateImportDocument(document).errors; // []
 */
export function generateSampleData(options: SampleOptions = {}): ImportDocument {
  const { seed, scale } = resolveSampleOptions(options);
  const progress = options.onProgress;
  const plans = planEditions(scale);
  const firmCount = plans.reduce((sum, plan) => sum + plan.admitted + plan.rejected, 0);
  const tems = generateTems(Random.stream(seed, 'tems'), Math.max(3, Math.round(TEMS_AT_SCALE_1 * scale)));
  const shared: Shared = {
    seed,
    firmWidth: idWidth(firmCount, 4),
    nextFirm: 1,
    vatNumbers: new VatNumbers(Random.stream(seed, 'vat')),
    tems: new TemMatcher(tems),
  };
  const out: Sections = {
    editions: [],
    tems,
    firms: [],
    applications: [],
    agreements: [],
    exports: [],
    projects: [],
    budget: [],
  };
  for (const plan of plans) {
    progress?.(`generating edition ${plan.id}: ${plan.admitted + plan.rejected} applicants`);
    out.editions.push({
      id: plan.id,
      label: plan.label,
      callYear: plan.callYear,
      projectsPlanned: plan.projectsPlanned,
    });
    generateEdition(plan, shared, out);
  }
  progress?.(`generated ${out.firms.length} firms and ${out.exports.length} export flows`);
  // Keys in the order of the import document's sections, so the JSON reads top-down.
  return { label: SYNTHETIC_DATASET, ...out };
}
