/**
 * Splits an import document into parts the API takes (docs/architecture.md, "Import"): each part's
 * JSON under a byte budget, the sections in reference order (IMPORT_SECTIONS: editions, tems, firms,
 * before what refers to them), the rows of a section in document order. A part also carries, as
 * context, the editions, TEMs and firms of earlier parts that its rows refer to, so that its dry run
 * finds them although nothing is written yet. Pure: the CLI and the task pane share it.
 */
import { IMPORT_SECTIONS, type ImportSection } from '../schemas';
import { IMPORT_BODY_LIMIT } from './limits';
import { REFERENCES, REFERRED_SECTIONS, type ReferredSection } from './references';

type Row = Record<string, unknown>;
/** A document as the parts see it: `label` and the sections' rows, not yet validated. */
export type PartDocument = { label?: unknown } & Partial<Record<ImportSection, unknown[]>>;

/** One part: the document sent, and where its rows come from in the whole document. */
export interface ImportPart {
  document: PartDocument;
  /** Per section, the whole document's row index of each row of the part's section. */
  rows: Partial<Record<ImportSection, number[]>>;
  /** Per section, the positions in the part's section of its context rows (rows of an earlier part, sent again). */
  context: Partial<Record<ImportSection, number[]>>;
  /** The part's JSON size in bytes. */
  bytes: number;
}

/** A part's JSON beyond its rows: braces, section names, commas. Kept generous. */
const ENVELOPE_BYTES = 4096;
const encoder = new TextEncoder();
const sizeOf = (value: unknown) => encoder.encode(JSON.stringify(value) ?? 'null').byteLength;

/** How a document is split. */
export interface SplitOptions {
  /** The most bytes a part's JSON may have; default 95% of {@link IMPORT_BODY_LIMIT}. */
  maxBytes?: number;
  /** The most rows (context included) a part may have, to keep each request short; default no limit. */
  maxRows?: number;
}

/** The default part budget: a margin under the API's limit. */
export const PART_BYTES = Math.floor(IMPORT_BODY_LIMIT * 0.95);

/**
 * Splits `document` into parts (one part when it fits). A single row larger than the budget is a part
 * of its own, which the API then refuses.
 * @example splitImportDocument(document, { maxBytes: 1_000_000 }).map((part) => part.bytes)
 */
export function splitImportDocument(document: PartDocument, options: SplitOptions = {}): ImportPart[] {
  const maxBytes = options.maxBytes ?? PART_BYTES;
  const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
  const label = document.label;
  const envelope = ENVELOPE_BYTES + (label === undefined ? 0 : sizeOf(label));
  // Where each referable id is in the document, for the context of later parts.
  const index: Partial<Record<ReferredSection, Map<string, number>>> = {};
  for (const to of REFERRED_SECTIONS) {
    const ids = new Map<string, number>();
    (document[to] ?? []).forEach((row, at) => {
      const id = (row as Row | null)?.id;
      if (typeof id === 'string' && !ids.has(id)) ids.set(id, at);
    });
    index[to] = ids;
  }
  const done: Partial<Record<ImportSection, number>> = {};
  const parts: ImportPart[] = [];
  let part = emptyPart();
  let placed = new Set<string>();
  let bytes = envelope;
  let count = 0;
  const has = (section: ImportSection, at: number) => placed.has(`${section}:${at}`);
  const put = (section: ImportSection, at: number, isContext: boolean) => {
    placed.add(`${section}:${at}`);
    const rows = (part.document[section] ??= []);
    rows.push((document[section] ?? [])[at]);
    (part.rows[section] ??= []).push(at);
    if (isContext) (part.context[section] ??= []).push(rows.length - 1);
  };
  const close = () => {
    parts.push(ordered(part));
    part = emptyPart();
    placed = new Set();
    bytes = envelope;
    count = 0;
  };
  for (const section of IMPORT_SECTIONS) {
    const rows = document[section] ?? [];
    rows.forEach((row, at) => {
      const own = sizeOf(row) + 1;
      const needs = () => contextOf(section, row as Row, index, done).filter(([to, i]) => !has(to, i));
      let extra = needs();
      let extraBytes = extra.reduce((sum, [to, i]) => sum + sizeOf((document[to] ?? [])[i]) + 1, 0);
      if (count > 0 && (bytes + own + extraBytes > maxBytes || count + 1 + extra.length > maxRows)) {
        close();
        extra = needs();
        extraBytes = extra.reduce((sum, [to, i]) => sum + sizeOf((document[to] ?? [])[i]) + 1, 0);
      }
      if (part.document.label === undefined && label !== undefined) part.document.label = label;
      for (const [to, i] of extra) put(to, i, true);
      put(section, at, false);
      bytes += own + extraBytes;
      count += 1 + extra.length;
    });
    done[section] = rows.length;
  }
  if (count > 0 || parts.length === 0) close();
  return parts;
}

function emptyPart(): ImportPart {
  return { document: {}, rows: {}, context: {}, bytes: 0 };
}

/** The rows of earlier parts (sections already passed) that `row` refers to, as [section, index]. */
function contextOf(
  section: ImportSection,
  row: Row,
  index: Partial<Record<ReferredSection, Map<string, number>>>,
  done: Partial<Record<ImportSection, number>>,
): [ImportSection, number][] {
  const found: [ImportSection, number][] = [];
  if (typeof row !== 'object' || row === null) return found;
  for (const reference of REFERENCES) {
    if (reference.section !== section) continue;
    const id = row[reference.field];
    const at = typeof id === 'string' ? index[reference.to]?.get(id) : undefined;
    // Only rows of sections already placed: a row of the same part's own section travels anyway.
    if (at !== undefined && done[reference.to] !== undefined) found.push([reference.to, at]);
  }
  return found;
}

/**
 * The part's sections in reference order (context rows may have been added after later sections), and
 * its size: the one time a part is serialised.
 */
function ordered(part: ImportPart): ImportPart {
  const document: PartDocument = {};
  if (part.document.label !== undefined) document.label = part.document.label;
  for (const section of IMPORT_SECTIONS) {
    const rows = part.document[section];
    if (rows) document[section] = rows;
  }
  return { ...part, document, bytes: sizeOf(document) };
}
