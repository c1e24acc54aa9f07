/**
 * What the import CLI prints: the report of an accepted import, every problem of a rejected one, and
 * progress while it writes. Formatting returns text, so it is tested without a terminal.
 */
import { IMPORT_SECTIONS, type ImportProblem } from '../../shared/schemas';
import type { BudgetOverwrite } from '../../shared/api/imports';
import type { ImportReport, ImportRejection } from './run-import';

/** Problems (errors or warnings) listed before the rest are only counted. */
export const PRINTED_PROBLEMS = 50;

/** Says where a problem is in the file the user edits (e.g. a sheet row), when the file knows. */
export type LocateProblem = (problem: ImportProblem) => string | undefined;

const number = (value: number) => value.toLocaleString('en-US');
const plural = (count: number, one: string, many = `${one}s`) =>
  `${number(count)} ${count === 1 ? one : many}`;

/**
 * One problem as `entity row N field: message`; the parts that do not apply are left out (`entity` is
 * "document" for the document itself), and `locate`'s answer follows in brackets.
 * @example formatProblem({ entity: 'firms', row: 2, field: 'vatNumber', message: 'vatNumber is required' })
 * // 'firms row 2 vatNumber: vatNumber is required'
 */
export function formatProblem(problem: ImportProblem, locate?: LocateProblem): string {
  const where = [
    problem.entity || 'document',
    problem.row === null ? '' : `row ${problem.row}`,
    problem.field,
  ].filter((part) => part !== '');
  // The problem's own sheet and row (added by the client that converted a workbook) come first.
  const place =
    problem.sheet !== undefined && problem.sheetRow !== undefined
      ? `sheet ${problem.sheet} row ${problem.sheetRow}`
      : locate?.(problem);
  return `${where.join(' ')}: ${problem.message}${place ? ` (${place})` : ''}`;
}

/** The first {@link PRINTED_PROBLEMS} problems, one a line, then how many more there are. */
export function formatProblems(
  problems: readonly ImportProblem[],
  locate?: LocateProblem,
  limit = PRINTED_PROBLEMS,
): string[] {
  const lines = problems.slice(0, limit).map((problem) => `  ${formatProblem(problem, locate)}`);
  if (problems.length > limit) lines.push(`  ... and ${number(problems.length - limit)} more`);
  return lines;
}

/** What was imported where, and how long it took. */
export interface ReportContext {
  /** Where the document went, e.g. `https://localhost:3000`. */
  target: string;
  seconds?: number;
  locate?: LocateProblem;
}

/**
 * The report of an accepted import (or dry run): a table of created, updated and unchanged rows per
 * entity, with totals, then the warnings.
 */
export function formatReport(report: ImportReport, context: ReportContext): string {
  const took = context.seconds === undefined ? '' : ` in ${context.seconds.toFixed(1)} s`;
  const lines = [
    report.dryRun
      ? `Dry run on ${context.target}${took}: nothing was written. The import would do this:`
      : `Imported into ${context.target}${took} (import ${report.importId ?? '-'}):`,
  ];
  const entities = [
    ...IMPORT_SECTIONS.filter((section) => report.counts[section]),
    ...Object.keys(report.counts).filter((key) => !(IMPORT_SECTIONS as readonly string[]).includes(key)),
  ];
  if (entities.length === 0) {
    lines.push('  nothing: the document has no rows');
  } else {
    const total = { created: 0, updated: 0, unchanged: 0 };
    const table = [['entity', 'created', 'updated', 'unchanged']];
    for (const entity of entities) {
      const counts = report.counts[entity] ?? total;
      total.created += counts.created;
      total.updated += counts.updated;
      total.unchanged += counts.unchanged;
      table.push([entity, number(counts.created), number(counts.updated), number(counts.unchanged)]);
    }
    table.push(['total', number(total.created), number(total.updated), number(total.unchanged)]);
    lines.push(...formatTable(table));
  }
  if (report.warnings.length > 0) {
    lines.push(`${plural(report.warnings.length, 'warning')}:`);
    lines.push(...formatProblems(report.warnings, context.locate));
  }
  lines.push(...formatOverwrites(report.overwrites ?? [], context.locate));
  return `${lines.join('\n')}\n`;
}

const AMOUNTS = ['allocated', 'committed', 'paid'] as const;

/**
 * The stored budget lines a dry run would change: each line's amounts now (with its version, who
 * changed it last and when) and the document's, the first {@link PRINTED_PROBLEMS} of them.
 * @example
 * // budget row 0 2008/tem-service (version 2, Anna Rossi, 2026-12-01T10:00:00.000Z):
 * //   allocated 1,500,000 -> 1,505,000; committed 1,200,000; paid 800,001 -> 800,000
 */
export function formatOverwrites(overwrites: readonly BudgetOverwrite[], locate?: LocateProblem): string[] {
  if (overwrites.length === 0) return [];
  const lines = [`${plural(overwrites.length, 'stored budget line')} would be overwritten:`];
  for (const overwrite of overwrites.slice(0, PRINTED_PROBLEMS)) {
    const { current, document } = overwrite;
    const place = locate?.({ entity: 'budget', row: overwrite.row, field: '', message: '' });
    lines.push(
      `  budget row ${overwrite.row} ${overwrite.edition}/${overwrite.lineId} (version ${current.version}, ${current.updatedBy}, ${current.updatedAt})${place ? ` (${place})` : ''}:`,
    );
    const amounts = AMOUNTS.map((field) =>
      current[field] === document[field]
        ? `${field} ${number(current[field])}`
        : `${field} ${number(current[field])} -> ${number(document[field])}`,
    );
    const others = (['source', 'action'] as const)
      .filter((field) => current[field] !== document[field])
      .map((field) => `${field} ${JSON.stringify(current[field])} -> ${JSON.stringify(document[field])}`);
    lines.push(`    ${[...amounts, ...others].join('; ')}`);
  }
  if (overwrites.length > PRINTED_PROBLEMS)
    lines.push(`  ... and ${number(overwrites.length - PRINTED_PROBLEMS)} more`);
  return lines;
}

/** A rejected import: how many problems, each of the first 50 on a line, and what to do. */
export function formatRejection(rejection: ImportRejection, locate?: LocateProblem): string {
  const { errors, warnings } = rejection;
  const lines = [`The document was not imported: ${plural(errors.length, 'problem')}; nothing was written.`];
  lines.push(...formatProblems(errors, locate));
  if (warnings.length > 0) {
    lines.push(`${plural(warnings.length, 'warning')}:`);
    lines.push(...formatProblems(warnings, locate));
  }
  lines.push('Correct these rows and run the import again.');
  return `${lines.join('\n')}\n`;
}

/** Where progress goes: a stream, told whether it is a terminal. */
export interface ProgressOutput {
  write: (text: string) => unknown;
  isTTY?: boolean;
}

/** Shows an import's progress; `end` closes the line on a terminal. */
export interface Progress {
  update: (written: number, total: number) => void;
  end: () => void;
}

/**
 * Progress of the writes: on a terminal one line updated in place, elsewhere (a log, a pipe) one line
 * per 10%, so that logs stay short.
 * @example
 * const progress = createProgress(process.stdout);
 * await runImport(store, document, { dryRun: false, who, onProgress: progress.update });
 * progress.end();
 */
export function createProgress(output: ProgressOutput): Progress {
  let shown = -1;
  let open = false;
  return {
    update(written, total) {
      if (total <= 0) return;
      const percent = Math.min(100, Math.floor((written / total) * 100));
      const step = output.isTTY ? percent : Math.floor(percent / 10) * 10;
      if (step <= shown || (!output.isTTY && step === 0)) return;
      shown = step;
      const line = `  written ${number(written)} of ${plural(total, 'item')} (${percent}%)`;
      if (output.isTTY) {
        output.write(`\r${line}`);
        open = true;
      } else {
        output.write(`${line}\n`);
      }
    },
    end() {
      if (open) output.write('\n');
      open = false;
    },
  };
}

function formatTable(rows: readonly string[][]): string[] {
  const widths = (rows[0] ?? []).map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  );
  return rows.map(
    (row) =>
      `  ${row
        .map((cell, column) =>
          // The entity name is text, left-aligned; the counts are numbers, right-aligned.
          column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
        )
        .join('  ')}`,
  );
}
