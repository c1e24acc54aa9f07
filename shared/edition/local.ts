/**
 * The local effect: the effect among the applicants closest to the admission cutoff, the K admitted
 * with the lowest scores and the K rejected with the highest (docs/indicators.md, "Local effect").
 */
import { measureEffects, type Groups, type MeasureEstimates } from './effect';
import type { Applicant, PanelFirm } from './groups';

/** The local effect and where it was taken. */
export interface LocalEffect extends MeasureEstimates {
  /** Firms taken on each side of the cutoff (at most). */
  k: number;
  /** The lowest score among the edition's admitted applicants; null without admitted applicants. */
  cutoff: number | null;
}

/** The first `k` firms by `order`, ties broken by firm id ascending. */
function firstK(firms: readonly PanelFirm[], k: number, order: (a: PanelFirm, b: PanelFirm) => number) {
  const byId = (a: PanelFirm, b: PanelFirm) => (a.firmId < b.firmId ? -1 : a.firmId > b.firmId ? 1 : 0);
  return [...firms].sort((a, b) => order(a, b) || byId(a, b)).slice(0, k);
}

/**
 * The panel firms nearest the cutoff: the `k` admitted with the lowest scores and the `k` rejected with
 * the highest, ties at the k-th score broken by firm id ascending; a smaller group is taken whole.
 * @example
 * localSelection({ admitted, rejected }, 20).admitted.length; // min(20, admitted.length)
 */
export function localSelection(panel: Groups<PanelFirm>, k: number): Groups<PanelFirm> {
  return {
    admitted: firstK(panel.admitted, k, (a, b) => a.score - b.score),
    rejected: firstK(panel.rejected, k, (a, b) => b.score - a.score),
  };
}

/**
 * The lowest score among the admitted applicants, null without any.
 * @example
 * admissionCutoff([{ firmId: 'A', score: 71 }, { firmId: 'B', score: 64 }]); // 64
 */
export function admissionCutoff(admitted: readonly Applicant[]): number | null {
  return admitted.length === 0 ? null : Math.min(...admitted.map((a) => a.score));
}

/**
 * The effect on the local selection of the main pair's panel (intensity on those of them with a
 * turnover above 0 in both years).
 * @example
 * localEffect(mainPanel, groups.admitted, 20).exporting.estimate;
 */
export function localEffect(
  panel: Groups<PanelFirm>,
  admitted: readonly Applicant[],
  k: number,
): LocalEffect {
  return { k, cutoff: admissionCutoff(admitted), ...measureEffects(localSelection(panel, k)) };
}
