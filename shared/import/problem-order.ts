/**
 * The order an import lists its problems in (docs/architecture.md, "Import"): by section in
 * IMPORT_SECTIONS order, the document's own problems (entity "") first, then by row, a problem of no row
 * first. The server's answer and the parts' driver (shared/import/send-parts.ts) list them alike.
 */
import { IMPORT_SECTIONS } from '../schemas';

/** Where a problem is: its section and its row in that section. */
interface Placed {
  entity: string;
  row: number | null;
}

const sectionOrder = (problem: Placed) => (IMPORT_SECTIONS as readonly string[]).indexOf(problem.entity);

/**
 * `problems` in the import's order, as a new list; the problems of one row keep the order they came in.
 * @example const errors = sortProblems([...rowErrors, ...referenceErrors]);
 */
export function sortProblems<P extends Placed>(problems: readonly P[]): P[] {
  // Array#sort is stable (ES2019), so ties keep the order the checks found them in.
  return [...problems].sort((a, b) => sectionOrder(a) - sectionOrder(b) || (a.row ?? -1) - (b.row ?? -1));
}
