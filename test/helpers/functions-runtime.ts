import { readFileSync } from 'node:fs';
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
}

/** An Excel error value a call ended in. */
export interface ExcelErrorValue {
  code: string;
  message: string;
}

/** Loads dist/addin/functions.js into a fresh V8 context with `location.origin` = `serviceUrl`. */
export function loadFunctions(serviceUrl = 'https://localhost:3000'): LoadedFunctions {
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  const context = vm.createContext({
    CustomFunctions: {
      associate: (id: string, fn: (...args: unknown[]) => unknown) => registered.set(id, fn),
      Error: StubExcelError,
      ErrorCode: ERROR_CODES,
    },
    fetch: (input: URL | string, init?: RequestInit) => fetchLocal(String(input), init as never),
    location: { origin: serviceUrl },
    URL,
    setTimeout,
    clearTimeout,
    console,
    TextEncoder,
    TextDecoder,
  });
  vm.runInContext(readFileSync(path.join(ROOT, 'dist/addin/functions.js'), 'utf8'), context, {
    filename: 'functions.js',
  });
  const runtime = (context as { springWorkbench: SpringRuntime }).springWorkbench;
  const cancelable = new Set(METADATA.functions.filter((fn) => fn.options?.cancelable).map((fn) => fn.id));
  const call = async (id: string, ...args: unknown[]) => {
    const fn = registered.get(id);
    if (!fn) throw new Error(`${id} is not registered`);
    const declared = METADATA.functions.find((each) => each.id === id)?.parameters.length ?? 0;
    const padded = [...args, ...Array<unknown>(Math.max(0, declared - args.length)).fill(undefined)];
    try {
      return await fn(...padded, ...(cancelable.has(id) ? [{}] : []));
    } catch (error) {
      if (error instanceof StubExcelError)
        return { code: error.code, message: error.message ?? '' } satisfies ExcelErrorValue;
      throw error;
    }
  };
  return { registered, runtime, call };
}
