/**
 * What the data-backed functions read from the client, with the #N/A a user sees when it is not there.
 */
import type { FirmView } from '../../shared/api/firms';
import { springRuntime } from '../runtime';
import { excelResult, notAvailable } from './excel-errors';

/** The firm, or #N/A when Spring does not know it. */
export async function knownFirm(id: string): Promise<FirmView> {
  const firm = await springRuntime().client.firm(id);
  if (!firm) throw notAvailable(`No firm ${id} in Spring`);
  return firm;
}

/** A firm's year (the latest with data when `year` is undefined), or #N/A when there is no data for it. */
export async function firmYearOf(
  id: string,
  year: number | undefined,
): Promise<FirmView['years'][string] & { year: number }> {
  const firm = await knownFirm(id);
  const wanted = year ?? firm.latestYear;
  if (wanted === null) throw notAvailable(`${id} has no export or turnover data`);
  const found = firm.years[String(wanted)];
  if (!found) {
    const years = Object.keys(firm.years);
    throw notAvailable(
      `${id} has no data for ${wanted} (data from ${years[0]} to ${years[years.length - 1]})`,
    );
  }
  return { ...found, year: wanted };
}

/**
 * Settles a cell's promise as soon as Excel cancels it (the user edited or recalculated): the request
 * it joined keeps serving the other cells, but nothing waits on this one any more.
 */
export function cancelable<T>(
  invocation: CustomFunctions.CancelableInvocation | undefined,
  work: Promise<T>,
): Promise<T> {
  if (!invocation) return work;
  return new Promise<T>((resolve, reject) => {
    invocation.onCanceled = () => reject(notAvailable('Cancelled by Excel'));
    work.then(resolve, reject);
  });
}

/** A data-backed cell's answer: its value, or the Excel error a user sees; settled at once if Excel cancels. */
export function dataCell<T>(
  invocation: CustomFunctions.CancelableInvocation | undefined,
  body: () => Promise<T>,
): Promise<T> {
  return cancelable(invocation, excelResult(body));
}
