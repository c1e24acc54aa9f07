/**
 * The synthetic sample: a whole import document (docs/architecture.md, "Import") with the
 * programme's four editions, its TEMs, admitted firms and rejected applicants with their exports,
 * agreements, projects and budgets; and its known truth (truth.ts), the potential outcomes of every
 * admitted firm. Deterministic: the same seed and scale give the same document, byte for byte.
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
import { dealApplicants, type Reapplicant } from './applicants';
import { generateBudget, temServiceBudget } from './budget';
import { generateFirm } from './firms';
import { potentialYear, simulateFirm, type SampleFirm } from './histories';
import { formatId, idWidth } from './ids';
import { resolveSampleOptions, type SampleOptions } from './options';
import { FIRST_YEAR, planEditions, type EditionPlan } from './plan';
import { generateProject, PUBLIC_SHARE } from './projects';
import { Random } from './random';
import { generateTems, TemMatcher, TEMS_AT_SCALE_1 } from './tems';
import { TRUE_EFFECTS, type EditionTruth, type FirmTruth, type SampleTruth } from './truth';
import { VatNumbers } from './vat-numbers';

// Share of the TEM-service budget the grants take up: the rest covers withdrawals and savings.
const GRANTS_OF_TEM_BUDGET = 0.93;
/** Chance that a rejected applicant never admitted applies again to each later edition. */
export const REAPPLY_CHANCE = 0.12;

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

/** What every edition shares: the id counter and width, the VAT numbers, the TEMs, the firms so far. */
interface Shared {
  seed: number;
  firmWidth: number;
  nextFirm: number;
  vatNumbers: VatNumbers;
  tems: TemMatcher;
  /** Every firm drawn, by id, with what its exports are simulated from. */
  firms: Map<string, SampleFirm>;
  /** Rejected applicants never admitted, in id order: the ones who may apply again. */
  rejected: Reapplicant[];
}

/** A generated sample: the import document and the truth behind it. */
export interface GeneratedSample {
  document: ImportDocument;
  truth: SampleTruth;
}

/** The earlier rejected applicants who apply to this edition, at most its rejected places. */
function reapplicantsOf(rng: Random, plan: EditionPlan, shared: Shared): Reapplicant[] {
  return shared.rejected.filter(() => rng.chance(REAPPLY_CHANCE)).slice(0, plan.rejected);
}

/** Generates one edition's applicants, new firms, applications and projects into `out`. */
function generateEdition(plan: EditionPlan, shared: Shared, out: Sections): void {
  // One stream per edition: an edition's data does not depend on how much the previous ones drew.
  const rng = Random.stream(shared.seed, 'edition', plan.id);
  const budget = generateBudget(Random.stream(shared.seed, 'budget', plan.id), plan);
  out.budget.push(...budget);
  const meanEligibleCost = (temServiceBudget(budget) * GRANTS_OF_TEM_BUDGET) / plan.admitted / PUBLIC_SHARE;
  const projectWidth = idWidth(plan.admitted, 4);
  let projectNumber = 0;

  for (const applicant of dealApplicants(rng, plan, reapplicantsOf(rng, plan, shared))) {
    const { province, artisan, micro, propensity, status } = applicant;
    let firmId = applicant.firmId;
    if (firmId === null) {
      firmId = formatId('F', shared.nextFirm++, shared.firmWidth);
      const firm = generateFirm(rng, shared.vatNumbers, { id: firmId, province, artisan, micro });
      out.firms.push(firm);
      shared.firms.set(firmId, { firm, propensity, firstCallYear: plan.callYear, treatment: null });
    }
    out.applications.push({ edition: plan.id, firmId, status, score: applicant.score });
    const sample = shared.firms.get(firmId);
    if (status === 'rejected') {
      if (applicant.firmId === null) shared.rejected.push({ firmId, propensity, province, artisan, micro });
    } else if (sample !== undefined) {
      const id = formatId(`P${plan.id}-`, ++projectNumber, projectWidth);
      const project = generateProject(rng, shared.tems, { id, firmId, plan, meanEligibleCost });
      out.projects.push(project);
      sample.treatment = { project, effects: TRUE_EFFECTS[plan.id] };
      shared.rejected = shared.rejected.filter((r) => r.firmId !== firmId);
    }
  }
}

/** The truth of one edition from the potential histories of its admitted firms. */
function editionTruth(
  plan: EditionPlan,
  out: Sections,
  outcomes: Map<string, ReturnType<typeof simulateFirm>>,
  shared: Shared,
): EditionTruth {
  const [before, after] = [plan.callYear - 1, plan.callYear + 2];
  const firms: FirmTruth[] = [];
  const admitted = out.applications.filter((a) => a.edition === plan.id && a.status === 'admitted');
  for (const firmId of admitted.map((a) => a.firmId).sort()) {
    const outcome = outcomes.get(firmId);
    const sample = shared.firms.get(firmId);
    if (outcome === undefined || sample === undefined) continue;
    const turnover = sample.firm.turnover;
    const pair = (history: typeof outcome.untreated) => ({
      before: potentialYear(history, turnover, before),
      after: potentialYear(history, turnover, after),
    });
    const seen = (year: number): boolean => outcome.observed[year - FIRST_YEAR] === true;
    firms.push({
      firmId,
      observed: { before: seen(before), after: seen(after) },
      y0: pair(outcome.untreated),
      y1: pair(outcome.treated),
    });
  }
  return { edition: plan.id, callYear: plan.callYear, before, after, effects: TRUE_EFFECTS[plan.id], firms };
}

/**
 * Generates the synthetic sample and its truth. At scale 1 the document has the four editions, 56 TEMs,
 * about 400 admitted firms and 250 rejected applications (some firms apply again and win a later
 * edition); edition 2006 has exactly 95 admitted firms of 153 applicants. Throws `SampleOptionsError`
 * (functions/errors.ts) for a bad seed or scale.
 * @example
 * const { document, truth } = generateSample({ seed: 7 });
 * trueEffect(truth.editions[0]); // the exporting effect of edition 2006 over its main panel
 */
export function generateSample(options: SampleOptions = {}): GeneratedSample {
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
    firms: new Map(),
    rejected: [],
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
    const { id, label, callYear, projectsPlanned } = plan;
    out.editions.push({ id, label, callYear, projectsPlanned });
    generateEdition(plan, shared, out);
  }
  const outcomes = new Map<string, ReturnType<typeof simulateFirm>>();
  out.firms = out.firms.map((firm) => {
    const sample = shared.firms.get(firm.id);
    if (sample === undefined) return firm;
    const outcome = simulateFirm(seed, sample);
    outcomes.set(firm.id, outcome);
    out.exports.push(...outcome.exports);
    out.agreements.push(...outcome.agreements);
    return { ...firm, turnover: outcome.turnover };
  });
  progress?.(`generated ${out.firms.length} firms and ${out.exports.length} export flows`);
  const truth = { editions: plans.map((plan) => editionTruth(plan, out, outcomes, shared)) };
  // Keys in the order of the import document's sections, so the JSON reads top-down.
  return { document: { label: SYNTHETIC_DATASET, ...out }, truth };
}

/**
 * Generates the synthetic sample document, labelled "synthetic sample" (see {@link generateSample}).
 * @example
 * const document = generateSampleData({ seed: 7, scale: 10 });
 * validateImportDocument(document).errors; // []
 */
export function generateSampleData(options: SampleOptions = {}): ImportDocument {
  return generateSample(options).document;
}

/**
 * The truth of the sample of a seed and scale: per edition, each admitted firm's potential outcomes.
 * @example sampleTruth(7).editions.map((e) => trueEffect(e)); // one exporting effect per edition
 */
export function sampleTruth(seed: number, scale = 1): SampleTruth {
  return generateSample({ seed, scale }).truth;
}
