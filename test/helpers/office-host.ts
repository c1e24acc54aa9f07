/**
 * A stand-in for Excel around the add-in's page, served in place of office.js (no real Excel runs here).
 * It models what the runtime relies on, each from Microsoft's documentation:
 * - `Office.onReady` resolves with host Excel; the page is the shared runtime, loaded by the workbook's
 *   first calculation whether or not the pane is shown ("Configure your Office Add-in to use a shared
 *   runtime", https://learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime);
 * - `CustomFunctions.associate` registers the functions; `CustomFunctions.Error` carries code and message;
 * - `OfficeRuntime.storage`: an asynchronous key-value store that outlives the session
 *   (https://learn.microsoft.com/javascript/api/office-runtime/officeruntime.storage);
 * - `Excel.run` with `worksheets.getItemOrNullObject(name).getRange(address).calculate()` (ExcelApi 1.6)
 *   and `application.calculate`, recording which cells were recalculated.
 */
import type { Page } from 'playwright-core';

/** The page-side script: defines Office, CustomFunctions, OfficeRuntime and Excel. */
export const OFFICE_HOST_SCRIPT = `
(() => {
  const host = (window.__officeHost = { registered: {}, calculated: [], fullCalculations: 0 });
  const stored = JSON.parse(sessionStorage.getItem('__officeHostStorage') || window.__officeHostSeed || '{}');
  const save = () => sessionStorage.setItem('__officeHostStorage', JSON.stringify(stored));
  window.OfficeRuntime = {
    storage: {
      getItem: async (key) => (key in stored ? stored[key] : null),
      setItem: async (key, value) => { stored[key] = String(value); save(); },
      removeItem: async (key) => { delete stored[key]; save(); },
    },
  };
  host.storage = stored;
  class CustomFunctionsError { constructor(code, message) { this.code = code; this.message = message; } }
  window.CustomFunctions = {
    associate: (id, fn) => { host.registered[id] = fn; },
    Error: CustomFunctionsError,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!' },
  };
  window.Office = {
    onReady: async () => ({ host: 'Excel', platform: 'PC' }),
    context: {
      displayLanguage: document.documentElement.dataset.officeLanguage || 'en-US',
      requirements: { isSetSupported: (name) => name !== 'NestedAppAuth' },
    },
  };
  const sheet = (name) => ({
    isNullObject: false,
    getRange: (address) => ({ calculate: () => host.calculated.push(name + '!' + address) }),
  });
  window.Excel = {
    CalculationType: { full: 'Full' },
    run: async (batch) =>
      batch({
        workbook: {
          worksheets: { getItemOrNullObject: (name) => sheet(name) },
          application: { calculate: () => { host.fullCalculations++; } },
        },
        sync: async () => undefined,
      }),
  };
})();
`;

/** What the stand-in recorded. */
export interface OfficeHostState {
  calculated: string[];
  fullCalculations: number;
  storage: Record<string, string>;
}

/**
 * Serves {@link OFFICE_HOST_SCRIPT} for office.js (Microsoft's CDN), with `seed` as OfficeRuntime.storage's
 * content on the page's first load (a reload keeps what the page stored since).
 */
export async function asExcelHost(page: Page, seed: Record<string, string> = {}): Promise<void> {
  await page.addInitScript((json) => Object.assign(window, { __officeHostSeed: json }), JSON.stringify(seed));
  await page.route('https://appsforoffice.microsoft.com/**', (route) =>
    route.fulfill({ contentType: 'application/javascript', body: OFFICE_HOST_SCRIPT }),
  );
}

/** Calls a registered custom function in the page as Excel would, for a cell at `address`. */
export function callInExcel(page: Page, address: string, id: string, ...args: unknown[]): Promise<unknown> {
  return page.evaluate(
    async ([fnId, cell, fnArgs]) => {
      const host = (
        window as unknown as { __officeHost: { registered: Record<string, (...a: unknown[]) => unknown> } }
      ).__officeHost;
      const fn = host.registered[fnId as string];
      if (!fn) throw new Error(`${String(fnId)} is not registered`);
      try {
        return await fn(...(fnArgs as unknown[]), { address: cell });
      } catch (error) {
        const { code, message } = error as { code: string; message?: string };
        return { code, message: message ?? '' };
      }
    },
    [id, address, args] as const,
  );
}

/** The stand-in's record so far. */
export function officeHostState(page: Page): Promise<OfficeHostState> {
  return page.evaluate(() => {
    const { calculated, fullCalculations, storage } = (window as unknown as { __officeHost: OfficeHostState })
      .__officeHost;
    return { calculated, fullCalculations, storage };
  });
}
