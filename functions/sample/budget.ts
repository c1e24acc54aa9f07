/**
 * An edition's budget lines: each funding source's share of the edition's budget split over the actions
 * it funds, with commitments and payments below the allocation (`0 <= paid <= committed <= allocated`).
 */
import type { BudgetLineInput, BudgetSource } from '../../shared/schemas';
import type { EditionPlan } from './plan';
import { apportion, presentWeights } from './quotas';
import type { Random } from './random';

/** The actions a budget line can fund (named as the Region's officers write them), with their share of a source's money. */
const ACTIONS = {
  tem: { action: 'Servizio TEM', weight: 78 },
  coordination: { action: 'Coordinamento e valutazione', weight: 8 },
  promotion: { action: 'Promozione e missioni sui mercati', weight: 8 },
  training: { action: 'Formazione e seminari per le imprese', weight: 6 },
} as const;
type ActionKey = keyof typeof ACTIONS;

// The region runs the programme; the other sources co-fund only some of its actions.
const SOURCE_ACTIONS: Readonly<Record<BudgetSource, readonly ActionKey[]>> = {
  region: ['tem', 'coordination', 'promotion', 'training'],
  chamber: ['tem', 'promotion', 'training'],
  mise: ['tem'],
  eu: ['tem', 'training'],
};

/** The lineId of the TEM service line of a source, e.g. "region-tem". */
function lineId(source: BudgetSource, key: ActionKey): string {
  return `${source}-${key}`;
}

/**
 * Generates an edition's budget lines; amounts in whole euros, allocations in whole thousands adding up
 * to the plan's budget.
 * @example generateBudget(rng, plan2008) // [{ edition: '2008', lineId: 'region-tem', source: 'region', action: 'TEM service', ... }, ...]
 */
export function generateBudget(rng: Random, plan: EditionPlan): BudgetLineInput[] {
  const lines: BudgetLineInput[] = [];
  const bySource = apportion(plan.budget / 1000, presentWeights(plan.sources));
  for (const source of Object.keys(bySource) as BudgetSource[]) {
    const keys = SOURCE_ACTIONS[source];
    const weights = Object.fromEntries(keys.map((key) => [key, ACTIONS[key].weight])) as Record<
      ActionKey,
      number
    >;
    const thousands = apportion(bySource[source], weights);
    for (const key of keys) {
      const allocated = thousands[key] * 1000;
      // Flooring keeps each amount at or below the one it is a share of.
      const committed = Math.floor(allocated * rng.uniform(...plan.commitment));
      const paid = Math.floor(committed * rng.uniform(...plan.payment));
      lines.push({
        edition: plan.id,
        lineId: lineId(source, key),
        source,
        action: ACTIONS[key].action,
        allocated,
        committed,
        paid,
      });
    }
  }
  return lines;
}

/** Total allocated to TEM services in some budget lines: what the projects' grants draw on. */
export function temServiceBudget(lines: readonly BudgetLineInput[]): number {
  return lines
    .filter((line) => line.action === ACTIONS.tem.action)
    .reduce((sum, line) => sum + line.allocated, 0);
}
