/**
 * functions.js: registers every SPRING.* function under the id its metadata gives, and makes the page's
 * shared runtime (one session, one client) if the task pane has not made it yet.
 */
import { springRuntime } from '../runtime';
import * as functions from './functions';

/** Each function's id and JavaScript name, from custom-functions-metadata at build time. */
declare const SPRING_ASSOCIATIONS: { id: string; functionName: string }[];

springRuntime();
// Outside Office (preview mode, plain browser) there is no custom functions runtime to register with.
if (typeof CustomFunctions !== 'undefined') {
  for (const { id, functionName } of SPRING_ASSOCIATIONS) {
    const implementation = (functions as Record<string, unknown>)[functionName];
    if (typeof implementation !== 'function')
      throw new Error(`functions.json names ${functionName}, which functions.ts does not export`);
    CustomFunctions.associate(id, implementation as (...args: never[]) => unknown);
  }
}
