/**
 * Sends an import document in parts (docs/architecture.md, "Import"): every part is dry-run first; if
 * any part has problems, nothing is written and every problem is returned with the whole document's
 * row numbers; only when all parts are clean are they imported, in order, and their counts summed.
 * The transport is given (`send`): the CLI's is HTTPS; the task pane's is to be fetch.
 */
import type { ImportProblemItem, ImportReportResponse } from '../api/imports';
import { IMPORT_SECTIONS, type ImportSection } from '../schemas';
import { hasValidKey, KEY_FIELDS, keyOf, repeatedKeys } from './natural-keys';
import { splitImportDocument, type ImportPart, type PartDocument, type SplitOptions } from './parts';
import { sortProblems } from './problem-order';

type Counts = ImportReportResponse['counts'];
/** Every problem that kept a document (or part) from being imported; `row` as in the document sent. */
interface Rejection {
  errors: ImportProblemItem[];
  warnings: ImportProblemItem[];
}
/** What sending one document (or part) gives: the API's report, or every problem. */
export type PartOutcome = { ok: true; report: ImportReportResponse } | { ok: false; rejection: Rejection };

/**
 * The whole document's report: the parts' counts summed, `importIds` the jobs of the parts. No
 * `overwrites`: the parts' lists are left out.
 */
export interface PartsReport extends ImportReportResponse {
  importIds: string[];
}
/**
 * What sending a document in parts gives: the whole document's report, or every problem; `importedParts`
 * counts the parts written before a part was refused (the store changed after the dry runs), 0 when
 * nothing was written.
 */
export type PartsOutcome =
  { ok: true; report: PartsReport } | { ok: false; rejection: Rejection; importedParts: number };

/** Where the sending is: told before each part is sent. */
export interface PartStep {
  phase: 'dry-run' | 'import';
  /** 0-based. */
  part: number;
  parts: number;
  rows: number;
  bytes: number;
}

export interface SendPartsOptions extends SplitOptions {
  /** Only dry-run the parts. */
  dryRun: boolean;
  /**
   * A row's key, to find a record repeated in two parts, which no part's own check can see; by default
   * the section's natural key (shared/import/natural-keys.ts).
   */
  keyOf?: (section: ImportSection, row: unknown) => string | undefined;
  onStep?: (step: PartStep) => void;
}

/** Sends one part; rejects only on a transport failure (the API refusing the request). */
export type SendPart = (document: PartDocument, options: { dryRun: boolean }) => Promise<PartOutcome>;

/**
 * Dry-runs every part of `document`, then, unless a part has problems or `options.dryRun`, imports the
 * parts in order. Rows sent again as context (an earlier part's firms, say) are not counted twice:
 * their counts in a dry run come from a dry run of the context alone; in an import they are unchanged.
 * @example
 * const outcome = await sendInParts(document, (part, { dryRun }) => post(part, dryRun), { dryRun: false });
 */
export async function sendInParts(
  document: PartDocument,
  send: SendPart,
  options: SendPartsOptions,
): Promise<PartsOutcome> {
  const parts = splitImportDocument(document, options);
  const step = (phase: PartStep['phase'], part: ImportPart, at: number) =>
    options.onStep?.({ phase, part: at, parts: parts.length, rows: rowsOf(part), bytes: part.bytes });
  const errors = new Map<string, ImportProblemItem>();
  const warnings = new Map<string, ImportProblemItem>();
  const keep = (
    into: Map<string, ImportProblemItem>,
    problems: readonly ImportProblemItem[],
    part: ImportPart,
  ) => {
    for (const problem of problems) {
      const mapped = mapProblem(problem, part);
      into.set(problemKey(mapped), mapped);
    }
  };
  const dryCounts: Counts[] = [];
  for (const [at, part] of parts.entries()) {
    step('dry-run', part, at);
    const outcome = await send(part.document, { dryRun: true });
    if (!outcome.ok) {
      keep(errors, outcome.rejection.errors, part);
      keep(warnings, outcome.rejection.warnings, part);
      continue;
    }
    keep(warnings, outcome.report.warnings, part);
    let counts = outcome.report.counts;
    const context = contextDocument(part);
    if (context) {
      // The context's own counts, to take away: the same rows are counted in their own part.
      const alone = await send(context, { dryRun: true });
      if (alone.ok) counts = subtract(counts, alone.report.counts);
    }
    dryCounts.push(counts);
  }
  for (const problem of repeatsAcrossParts(parts, options.keyOf ?? naturalKeyOf)) {
    errors.set(problemKey(problem), problem);
  }
  if (errors.size > 0) {
    return {
      ok: false,
      rejection: {
        errors: sortProblems([...errors.values()]),
        warnings: sortProblems([...warnings.values()]),
      },
      importedParts: 0,
    };
  }
  const result: PartsReport = {
    importId: null,
    importIds: [],
    dryRun: options.dryRun,
    counts: {},
    warnings: sortProblems([...warnings.values()]),
  };
  if (options.dryRun) {
    for (const counts of dryCounts) result.counts = add(result.counts, counts);
    return { ok: true, report: result };
  }
  for (const [at, part] of parts.entries()) {
    step('import', part, at);
    const outcome = await send(part.document, { dryRun: false });
    if (!outcome.ok) {
      // The store changed since the dry run: what was imported stays, the rest is listed.
      const rejected = new Map<string, ImportProblemItem>();
      keep(rejected, outcome.rejection.errors, part);
      const errors = sortProblems([...rejected.values()]);
      return { ok: false, rejection: { errors, warnings: result.warnings }, importedParts: at };
    }
    if (outcome.report.importId) result.importIds.push(outcome.report.importId);
    // Context rows were imported by an earlier part: here they are unchanged.
    const counts = copyCounts(outcome.report.counts);
    for (const [section, positions] of Object.entries(part.context)) {
      const entry = counts[section];
      if (entry) entry.unchanged = Math.max(0, entry.unchanged - positions.length);
    }
    result.counts = add(result.counts, counts);
  }
  result.importId = result.importIds.at(-1) ?? null;
  return { ok: true, report: result };
}

/** What makes problems the same: a context row's problem, also its own part's, is listed once. */
const problemKey = (problem: ImportProblemItem) =>
  JSON.stringify([problem.entity, problem.row, problem.field, problem.message]);

/**
 * A row's natural key, the default of {@link SendPartsOptions.keyOf}; none for a row whose key fields are
 * not valid (its own part's dry run says so), as the server's duplicate check goes.
 */
const naturalKeyOf = (section: ImportSection, row: unknown) =>
  hasValidKey(section, row) ? keyOf(row, KEY_FIELDS[section]) : undefined;

/** Rows whose natural key an own row of an earlier part already has, one problem each. */
function repeatsAcrossParts(
  parts: readonly ImportPart[],
  keyOf: NonNullable<SendPartsOptions['keyOf']>,
): ImportProblemItem[] {
  return IMPORT_SECTIONS.flatMap((section) => {
    // Every part's own rows of the section, in document order; context rows are another part's own.
    const rows = parts.flatMap((part, at) => ownRows(part, section).map((own) => ({ ...own, part: at })));
    const key = ({ value }: { value: unknown }) => {
      try {
        return keyOf(section, value);
      } catch {
        // A row too broken to have a key: its own part's dry run says what is wrong with it.
        return undefined;
      }
    };
    return (
      repeatedKeys(rows, key)
        // A repeat within one part is that part's dry run's to report.
        .filter(({ item, first }) => item.part !== first.part)
        .map(({ item, first }) => ({
          entity: section,
          row: item.row,
          field: '',
          message: `same natural key as row ${first.row} (sent in another part): each record may appear once`,
          code: 'duplicate',
        }))
    );
  });
}

/** A part's own rows of `section` (its context left out), each with its row in the whole document. */
function ownRows(part: ImportPart, section: ImportSection): { row: number; value: unknown }[] {
  const context = new Set(part.context[section] ?? []);
  const values = part.document[section] ?? [];
  return (part.rows[section] ?? []).flatMap((row, position) =>
    context.has(position) ? [] : [{ row, value: values[position] }],
  );
}

function rowsOf(part: ImportPart): number {
  return Object.values(part.rows).reduce((sum, rows) => sum + rows.length, 0);
}

/** The part's context rows alone, or null when it has none. */
function contextDocument(part: ImportPart): PartDocument | null {
  const sections = Object.entries(part.context) as [ImportSection, number[]][];
  if (sections.length === 0) return null;
  const document: PartDocument = {};
  for (const [section, positions] of sections) {
    const rows = part.document[section] ?? [];
    document[section] = positions.map((at) => rows[at]);
  }
  return document;
}

/** A problem with the whole document's row number in place of the part's. */
function mapProblem(problem: ImportProblemItem, part: ImportPart): ImportProblemItem {
  if (problem.row === null) return problem;
  const rows = part.rows[problem.entity as ImportSection];
  const row = rows?.[problem.row];
  return row === undefined ? problem : { ...problem, row };
}

function add(into: Counts, counts: Counts): Counts {
  const sum = copyCounts(into);
  for (const [entity, c] of Object.entries(counts)) {
    const entry = (sum[entity] ??= { created: 0, updated: 0, unchanged: 0 });
    entry.created += c.created;
    entry.updated += c.updated;
    entry.unchanged += c.unchanged;
  }
  return sum;
}

function subtract(from: Counts, counts: Counts): Counts {
  const result = copyCounts(from);
  for (const [entity, c] of Object.entries(counts)) {
    const entry = result[entity];
    if (!entry) continue;
    entry.created = Math.max(0, entry.created - c.created);
    entry.updated = Math.max(0, entry.updated - c.updated);
    entry.unchanged = Math.max(0, entry.unchanged - c.unchanged);
  }
  return result;
}

/** A copy to change (not structuredClone: the pane runs in Safari 15.0, which lacks it). */
function copyCounts(counts: Counts): Counts {
  return Object.fromEntries(Object.entries(counts).map(([section, c]) => [section, { ...c }]));
}

/** The rows of every section together: created, updated and unchanged. */
export function countsTotal(counts: Counts): { created: number; updated: number; unchanged: number } {
  const total = { created: 0, updated: 0, unchanged: 0 };
  for (const c of Object.values(counts)) {
    total.created += c.created;
    total.updated += c.updated;
    total.unchanged += c.unchanged;
  }
  return total;
}
