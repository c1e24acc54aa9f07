/**
 * What the data-backed functions read from the client, with the #N/A a user sees when it is not there,
 * and how a cell's answer is made: settled whatever happens, withdrawn when Excel cancels it.
 */
import type { FirmView } from '../../shared/api/firms';
import { isNotSignedIn } from '../errors';
import { springRuntime } from '../runtime';
import { excelResult, notAvailable } from './excel-errors';

/** The firm, or #N/A when Spring does not know it. */
export async function knownFirm(id: string, signal?: AbortSignal): Promise<FirmView> {
  const firm = await springRuntime().client.firm(id, signal);
  if (!firm) throw notAvailable(`No firm ${id} in Spring`);
  return firm;
}

/**
 * A firm's year (the latest it is observed in when `year` is undefined), or #N/A when the firm is not
 * observed that year: "F0001 has no data for 2011" (docs/indicators.md, "Observed").
 */
export async function firmYearOf(
  id: string,
  year: number | undefined,
  signal?: AbortSignal,
): Promise<FirmView['years'][string] & { year: number }> {
  const firm = await knownFirm(id, signal);
  const wanted = year ?? firm.latestYear;
  if (wanted === null) throw notAvailable(`${id} has no export or turnover data`);
  const found = firm.years[String(wanted)];
  if (!found) throw notAvailable(`${id} has no data for ${wanted}`);
  return { ...found, year: wanted };
}

/**
 * A data-backed cell's answer: its value, or the Excel error a user sees. When Excel cancels the cell
 * (the user edited or recalculated) its promise settles at once and its `signal` aborts, so a request
 * that no cell waits for any more is abandoned. A cell that answered "Sign in" is remembered by its
 * address (`@requiresAddress`), to be recalculated after the user signs in.
 */
export function dataCell<T>(
  invocation: CustomFunctions.CancelableInvocation | undefined,
  body: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  const work = excelResult(async () => {
    try {
      return await body(controller.signal);
    } catch (error) {
      if (isNotSignedIn(error) && invocation?.address) springRuntime().signInCells.add(invocation.address);
      throw error;
    }
  });
  if (!invocation) return work;
  return new Promise<T>((resolve, reject) => {
    invocation.onCanceled = () => {
      controller.abort();
      reject(notAvailable('Cancelled by Excel'));
    };
    work.then(resolve, reject);
  });
}
