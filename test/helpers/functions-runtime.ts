import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type { SpringRuntime } from '../../addin/runtime';
import { fetchLocal, ROOT } from './local-server';

/** functions.json as the build wrote it. */
export interface FunctionsMetadata {
  functions: {
    id: string;
    name: string;
    parameters: { name: string; optional?: boolean }[];
    options?: { cancelable?: boolean };
  }[];
}

export const METADATA = JSON.parse(
  readFileSync(path.join(ROOT, 'dist/addin/functions.json'), 'utf8'),
) as FunctionsMetadata;

/** What Excel's runtime gives a custom function: `CustomFunctions.Error` with the codes Excel shows. */
class StubExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

const ERROR_CODES = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
};

/** The built functions.js loaded as Excel loads it, with a stub `CustomFunctions` recording what it registers. */
export interface LoadedFunctions {
  /** Registered functions by id. */
  registered: Map<string, (...args: unknown[]) => unknown>;
  runtime: SpringRuntime;
  /** Calls a function as Excel does (the invocation last for cancelable ones); resolves to its value or its Excel error. */
  call: (id: string, ...args: unknown[]) => Promise<unknown>;
  /** The same with the invocation Excel would pass (its cell's address; `onCanceled` set by the function). */
  callAt: (invocation: FakeInvocation, id: string, ...args: unknown[]) => Promise<unknown>;
}

/** An Excel error value a call ended in. */
export interface ExcelErrorValue {
  code: string;
  message: string;
}

/** What a test may put in place of the page's globals. */
export interface LoadOptions {
  /** A fake clock's timers and Date (e.g. @sinonjs/fake-timers), for time limits without waiting. */
  clock?: { setTimeout: unknown; clearTimeout: unknown; Date: unknown };
  /** fetch; by default the local server's, trusting its certificate. */
  fetch?: (input: URL | string, init?: RequestInit) => Promise<unknown>;
}

/** An invocation as Excel passes it to a cancelable `@requiresAddress` function. */
export interface FakeInvocation {
  address?: string;
  onCanceled?: () => void;
}

/** Loads dist/addin/functions.js into a fresh V8 context with `location.origin` = `serviceUrl`. */
export function loadFunctions(
  serviceUrl = 'https://localhost:3000',
  options: LoadOptions = {},
): LoadedFunctions {
  assertBundleIsFresh('functions.js');
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  const context = vm.createContext({
    CustomFunctions: {
      associate: (id: string, fn: (...args: unknown[]) => unknown) => registered.set(id, fn),
      Error: StubExcelError,
      ErrorCode: ERROR_CODES,
    },
    fetch:
      options.fetch ??
      ((input: URL | string, init?: RequestInit) => fetchLocal(String(input), init as never)),
    location: { origin: serviceUrl },
    URL,
    AbortController,
    setTimeout: options.clock?.setTimeout ?? setTimeout,
    clearTimeout: options.clock?.clearTimeout ?? clearTimeout,
    ...(options.clock ? { Date: options.clock.Date } : {}),
    console,
    TextEncoder,
    TextDecoder,
  });
  vm.runInContext(readFileSync(path.join(ROOT, 'dist/addin/functions.js'), 'utf8'), context, {
    filename: 'functions.js',
  });
  const runtime = (context as { springWorkbench: SpringRuntime }).springWorkbench;
  const cancelable = new Set(METADATA.functions.filter((fn) => fn.options?.cancelable).map((fn) => fn.id));
  const callAt = async (invocation: FakeInvocation, id: string, ...args: unknown[]) => {
    const fn = registered.get(id);
    if (!fn) throw new Error(`${id} is not registered`);
    const declared = METADATA.functions.find((each) => each.id === id)?.parameters.length ?? 0;
    const padded = [...args, ...Array<unknown>(Math.max(0, declared - args.length)).fill(undefined)];
    try {
      return await fn(...padded, ...(cancelable.has(id) ? [invocation] : []));
    } catch (error) {
      if (error instanceof StubExcelError)
        return { code: error.code, message: error.message ?? '' } satisfies ExcelErrorValue;
      throw error;
    }
  };
  const call = (id: string, ...args: unknown[]) => callAt({}, id, ...args);
  return { registered, runtime, call, callAt };
}

/**
 * Fails with a clear message when a built bundle is older than one of the sources it was built from
 * (a test run after editing a source without `npm run build` would test stale code). The build records
 * each bundle's sources from esbuild's metafile in dist/addin-inputs.json.
 */
export function assertBundleIsFresh(bundle: string, root = ROOT): void {
  const built = statSync(path.join(root, 'dist/addin', bundle)).mtimeMs;
  const inputs = (
    JSON.parse(readFileSync(path.join(root, 'dist/addin-inputs.json'), 'utf8')) as Record<string, string[]>
  )[bundle];
  if (!inputs) throw new Error(`dist/addin-inputs.json does not list ${bundle}: run npm run build first`);
  const newer = inputs.filter((file) => statSync(path.join(root, file)).mtimeMs > built);
  if (newer.length > 0) {
    throw new Error(
      `dist/addin/${bundle} is older than ${newer.slice(0, 3).join(', ')}${newer.length > 3 ? ` and ${newer.length - 3} more` : ''}: run npm run build first`,
    );
  }
}
