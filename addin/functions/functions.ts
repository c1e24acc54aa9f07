/**
 * The SPRING.* custom functions. The JSDoc of each is its contract: custom-functions-metadata turns it
 * into dist/addin/functions.json at build time (ids are the @customfunction names).
 */
import {
  concentrationRatio,
  gini,
  hhi,
  hhiNormalised,
  isMicroExporter,
  microShare,
  theil,
} from '../../shared/indicators';
import { springRuntime } from '../runtime';
import {
  choiceArgument,
  editionArgument,
  firmIdArgument,
  isBlank,
  optionalYearArgument,
  rangeNumbers,
  shown,
  yearArgument,
} from './arguments';
import { editionWindow } from '../../shared/edition/window';
import {
  budgetField,
  BUDGET_FIELDS,
  EFFECT_FIELDS,
  EFFECT_MEASURES,
  effectField,
  editionValue,
  firmField,
  FIRM_FIELDS,
  projectsTable,
} from './edition-cells';
import { dataCell, firmYearOf, knownFirm } from './cells';
import { excelResultSync, invalid, notAvailable } from './excel-errors';

/**
 * The internationalisation stage of a firm in a year: 0 none, 1 entering, 2 diversifying, 3 partnering.
 * @customfunction STAGE
 * @param firmId Firm id, e.g. "F0001".
 * @param [year] Year; leave out for the latest year with data.
 * @param invocation Cancellation.
 * @returns Stage 0 to 3.
 * @cancelable
 * @requiresAddress
 */
export function stage(
  firmId: string,
  year: number | undefined,
  invocation: CustomFunctions.CancelableInvocation,
): Promise<number> {
  return dataCell(
    invocation,
    async (signal) => (await firmYearOf(firmIdArgument(firmId), optionalYearArgument(year), signal)).stage,
  );
}

/**
 * Why the firm is at its stage: the clause of the stage rule that decided, e.g. PARTNERSHIP or EXPORTER.
 * @customfunction STAGEREASON
 * @param firmId Firm id, e.g. "F0001".
 * @param [year] Year; leave out for the latest year with data.
 * @param invocation Cancellation.
 * @returns The reason code.
 * @cancelable
 * @requiresAddress
 */
export function stageReason(
  firmId: string,
  year: number | undefined,
  invocation: CustomFunctions.CancelableInvocation,
): Promise<string> {
  return dataCell(
    invocation,
    async (signal) => (await firmYearOf(firmIdArgument(firmId), optionalYearArgument(year), signal)).reason,
  );
}

/**
 * The outcome of the firm's project in an edition: withdrawn, ongoing, not-observed, collaboration, started-exporting, retreated, expanded, declined or organisational. With several projects in the edition, the one that started last.
 * @customfunction OUTCOME
 * @param firmId Firm id, e.g. "F0001".
 * @param edition Edition: 2006, 2007, 2008 or "2009-2010".
 * @param invocation Cancellation.
 * @returns The outcome.
 * @cancelable
 * @requiresAddress
 */
export function outcome(
  firmId: string,
  edition: string,
  invocation: CustomFunctions.CancelableInvocation,
): Promise<string> {
  return dataCell(invocation, async (signal) => {
    const id = firmIdArgument(firmId);
    const wanted = editionArgument(edition);
    const [first, ...others] = (await knownFirm(id, signal)).projects.filter(
      (candidate) => candidate.edition === wanted,
    );
    if (!first) throw notAvailable(`${id} has no project in edition ${wanted}`);
    // With several projects in the edition, the one that started last (ISO dates compare as text).
    return others.reduce((latest, candidate) => (candidate.start > latest.start ? candidate : latest), first)
      .outcome;
  });
}

/**
 * A field of a firm's record: name, vatNumber, province, sector, artisan, employees or latestYear.
 * @customfunction FIRM
 * @param firmId Firm id, e.g. "F0001".
 * @param field Field name, e.g. "name" or "province".
 * @param invocation Cancellation.
 * @returns The field's value.
 * @cancelable
 * @requiresAddress
 */
export function firmFieldOf(
  firmId: string,
  field: string,
  invocation: CustomFunctions.CancelableInvocation,
): Promise<string | number | boolean> {
  return dataCell(invocation, async (signal) => {
    const id = firmIdArgument(firmId);
    const wanted = choiceArgument(field, 'field', FIRM_FIELDS);
    return firmField(await knownFirm(id, signal), wanted);
  });
}

/**
 * A firm's exports (EUR) in a year, to all markets or to one country.
 * @customfunction EXPORTS
 * @param firmId Firm id, e.g. "F0001".
 * @param year Year.
 * @param [country] ISO country code, e.g. "DE"; leave out for all markets.
 * @param invocation Cancellation.
 * @returns Exports in EUR.
 * @cancelable
 * @requiresAddress
 */
export function exportsOf(
  firmId: string,
  year: number,
  country: string | undefined,
  invocation: CustomFunctions.CancelableInvocation,
): Promise<number> {
  return dataCell(invocation, async (signal) => {
    const id = firmIdArgument(firmId);
    const wantedYear = yearArgument(year);
    const code =
      country === undefined || country === null || country === ''
        ? undefined
        : String(country).trim().toUpperCase();
    if (code !== undefined && !/^[A-Z]{2}$/.test(code))
      throw invalid(`country must be a two-letter ISO code such as DE (got "${String(country)}")`);
    const found = await firmYearOf(id, wantedYear, signal);
    return code === undefined ? found.exports : (found.byCountry[code] ?? 0);
  });
}

/**
 * The number of foreign markets a firm exported to in a year.
 * @customfunction MARKETS
 * @param firmId Firm id, e.g. "F0001".
 * @param year Year.
 * @param invocation Cancellation.
 * @returns Markets with exports above 0.
 * @cancelable
 * @requiresAddress
 */
export function markets(
  firmId: string,
  year: number,
  invocation: CustomFunctions.CancelableInvocation,
): Promise<number> {
  return dataCell(
    invocation,
    async (signal) => (await firmYearOf(firmIdArgument(firmId), yearArgument(year), signal)).markets,
  );
}

/**
 * The concentration (HHI, as a fraction) of a firm's exports across markets in a year.
 * @customfunction FIRMHHI
 * @param firmId Firm id, e.g. "F0001".
 * @param year Year.
 * @param invocation Cancellation.
 * @returns HHI from 1/N to 1.
 * @cancelable
 * @requiresAddress
 */
export function firmHhi(
  firmId: string,
  year: number,
  invocation: CustomFunctions.CancelableInvocation,
): Promise<number> {
  return dataCell(invocation, async (signal) => {
    const found = await firmYearOf(firmIdArgument(firmId), yearArgument(year), signal);
    if (found.hhi === null)
      throw notAvailable(`${String(firmId)} had no exports in ${found.year}, so no HHI`);
    return found.hhi;
  });
}

/**
 * Export intensity: a firm's exports divided by its turnover of the same year.
 * @customfunction INTENSITY
 * @param firmId Firm id, e.g. "F0001".
 * @param year Year.
 * @param invocation Cancellation.
 * @returns Exports / turnover.
 * @cancelable
 * @requiresAddress
 */
export function intensity(
  firmId: string,
  year: number,
  invocation: CustomFunctions.CancelableInvocation,
): Promise<number> {
  return dataCell(invocation, async (signal) => {
    const found = await firmYearOf(firmIdArgument(firmId), yearArgument(year), signal);
    if (found.intensity === null)
      throw notAvailable(`${String(firmId)} has no turnover for ${found.year}, so no export intensity`);
    return found.intensity;
  });
}

/**
 * An edition indicator, e.g. "completionRate", "transitions.0.2" or "effect.exporting.low"; #N/A with the reason when it is not defined.
 * @customfunction EDITION
 * @param edition Edition: 2006, 2007, 2008 or "2009-2010".
 * @param key Indicator key as the API names it, nested keys by a dotted path, e.g. "eventStudy.points.0.exporting.estimate".
 * @param invocation Cancellation.
 * @returns The indicator's value.
 * @cancelable
 * @requiresAddress
 */
export function editionIndicator(
  edition: string,
  key: string,
  invocation: CustomFunctions.CancelableInvocation,
): Promise<number | boolean> {
  return dataCell(invocation, async () => {
    const id = editionArgument(edition);
    return editionValue(await springRuntime().client.editionIndicators(id), id, key);
  });
}

/**
 * The programme effect (admitted minus rejected firms' change, call year - 1 to call year + 2) on exporting, markets or intensity, for an edition or pooled over the editions, with its uncertainty.
 * @customfunction EFFECT
 * @param measure exporting, markets or intensity.
 * @param [edition] Edition: 2006, 2007, 2008 or "2009-2010"; leave out for the pooled effect.
 * @param [field] estimate (default), se, low, high, df, nAdmitted or nRejected.
 * @param invocation Cancellation.
 * @returns The estimate or the value asked for.
 * @cancelable
 * @requiresAddress
 */
export function effectOf(
  measure: string,
  edition: string | undefined,
  field: string | undefined,
  invocation: CustomFunctions.CancelableInvocation,
): Promise<number> {
  return dataCell(invocation, async () => {
    const wantedMeasure = choiceArgument(measure, 'measure', EFFECT_MEASURES);
    const wantedField = isBlank(field) ? 'estimate' : choiceArgument(field, 'field', EFFECT_FIELDS);
    const client = springRuntime().client;
    if (isBlank(edition)) {
      const pooled = (await client.effects()).pooled[wantedMeasure];
      return effectField(pooled, wantedField, { pooled: wantedMeasure });
    }
    const id = typeof edition === 'number' ? String(edition) : String(edition).trim();
    // The editions list gives the call year, hence the years an estimate's #N/A names.
    const [effects, editions] = await Promise.all([client.effects(), client.editions()]);
    const found = effects.editions.find((candidate) => candidate.edition === id);
    const summary = editions.find((candidate) => candidate.id === id);
    if (!found || !summary) {
      const ids = effects.editions.map((candidate) => candidate.edition);
      throw invalid(
        `edition must be one of ${ids.join(', ')}, or left out for the pooled effect (got ${shown(edition)})`,
      );
    }
    const window = editionWindow(summary.callYear);
    return effectField(found[wantedMeasure], wantedField, { edition: id, window });
  });
}

/**
 * A budget line's amount or rate: allocated, committed, paid, commitmentRate, paymentRate or absorption.
 * @customfunction BUDGET
 * @param edition Edition: 2006, 2007, 2008 or "2009-2010".
 * @param lineId Budget line id, e.g. "region-tem".
 * @param field allocated, committed, paid, commitmentRate, paymentRate or absorption.
 * @param invocation Cancellation.
 * @returns The amount in EUR, or the rate.
 * @cancelable
 * @requiresAddress
 */
export function budgetOf(
  edition: string,
  lineId: string,
  field: string,
  invocation: CustomFunctions.CancelableInvocation,
): Promise<number> {
  return dataCell(invocation, async () => {
    const id = editionArgument(edition);
    const wanted = choiceArgument(field, 'field', BUDGET_FIELDS);
    const line = (await springRuntime().client.budget(id)).find(
      (candidate) => candidate.lineId === String(lineId).trim(),
    );
    if (!line) throw notAvailable(`Edition ${id} has no budget line ${String(lineId)}`);
    return budgetField(line, wanted);
  });
}

/**
 * The projects of an edition as a table with a header row (spills).
 * @customfunction PROJECTS
 * @param edition Edition: 2006, 2007, 2008 or "2009-2010".
 * @param invocation Cancellation.
 * @returns One row per project.
 * @cancelable
 * @requiresAddress
 */
export function projectsOf(
  edition: string,
  invocation: CustomFunctions.CancelableInvocation,
): Promise<unknown[][]> {
  return dataCell(invocation, async () =>
    projectsTable(await springRuntime().client.projects(editionArgument(edition))),
  );
}

/**
 * Herfindahl-Hirschman index of exports by market: the sum of squared shares (1/N to 1; 10,000 on the % scale).
 * @customfunction HHI
 * @param values Exports by market; blank cells are skipped.
 * @param [scale] 1 for fractions (default) or 10000 for the % scale.
 * @returns The HHI.
 */
export function hhiOf(values: unknown[][], scale?: number): number {
  return excelResultSync(() => {
    const numbers = rangeNumbers(values, 'values');
    if (scale === undefined || scale === null || (scale as unknown) === '' || scale === 1)
      return hhi(numbers);
    if (scale === 10000) return hhi(numbers, '10000');
    throw invalid(`scale must be 1 (fractions) or 10000 (the % scale) (got ${String(scale)})`);
  });
}

/**
 * Normalised HHI: (HHI - 1/N) / (1 - 1/N), from 0 (even) to 1 (one market). Undefined for one market.
 * @customfunction HHINORM
 * @param values Exports by market; blank cells are skipped.
 * @returns The normalised HHI.
 */
export function hhiNorm(values: unknown[][]): number {
  return excelResultSync(() => hhiNormalised(rangeNumbers(values, 'values')));
}

/**
 * Concentration ratio: the share of the k largest markets.
 * @customfunction CRATIO
 * @param values Exports by market; blank cells are skipped.
 * @param k How many of the largest markets, a whole number of 1 or more.
 * @returns The share, from 0 to 1.
 */
export function cRatio(values: unknown[][], k: number): number {
  return excelResultSync(() => {
    if (typeof k !== 'number' || !Number.isInteger(k) || k < 1)
      throw invalid(`k must be a whole number of 1 or more (got ${String(k)})`);
    return concentrationRatio(rangeNumbers(values, 'values'), k);
  });
}

/**
 * Gini coefficient of the values (population form; standardised multiplies by n/(n-1)).
 * @customfunction GINI
 * @param values Values; blank cells are skipped, zeros count.
 * @param [standardised] TRUE for the standardised form.
 * @returns The Gini coefficient.
 */
export function giniOf(values: unknown[][], standardised?: boolean): number {
  return excelResultSync(() => {
    if (
      standardised !== undefined &&
      standardised !== null &&
      typeof standardised !== 'boolean' &&
      (standardised as unknown) !== ''
    ) {
      throw invalid(`standardised must be TRUE or FALSE (got ${String(standardised)})`);
    }
    return gini(rangeNumbers(values, 'values'), standardised === true);
  });
}

/**
 * Theil index of the values: 0 when equal, ln n at most.
 * @customfunction THEIL
 * @param values Values; blank cells are skipped, zeros count.
 * @returns The Theil index.
 */
export function theilOf(values: unknown[][]): number {
  return excelResultSync(() => theil(rangeNumbers(values, 'values')));
}

/**
 * Whether yearly exports make a micro-exporter: above 0 and under 75,000 EUR (ISTAT-ICE).
 * @customfunction MICRO
 * @param exports Exports of one year, in EUR.
 * @returns TRUE for a micro-exporter.
 */
export function micro(exports: number): boolean {
  return excelResultSync(() => isMicroExporter(rangeNumbers([[exports]], 'exports')[0] as number));
}

/**
 * The share of micro-exporters among exporters: count(0 < x < 75,000) / count(x > 0).
 * @customfunction MICROSHARE
 * @param values Yearly exports of firms; blank cells are skipped.
 * @returns The share, from 0 to 1.
 */
export function microShareOf(values: unknown[][]): number {
  return excelResultSync(() => microShare(rangeNumbers(values, 'values')));
}
