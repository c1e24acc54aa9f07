/**
 * Keeping each request to Excel, and each answer, under Excel on the web's payload limit. "Resource
 * limits and performance optimization for Office Add-ins"
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins):
 * "Excel on the web has a payload size limit for requests and responses of 5MB." and "Split the
 * operation into smaller pieces as needed. Call `context.sync()` for each sub-operation". Writes are
 * measured; reads are estimated from the columns, and halved when Excel refuses them anyway.
 */
import type { ColumnSpec } from './writer';

/**
 * Most bytes of cell data (values and number formats, as UTF-8 JSON) one request carries: 4 MiB, a
 * fifth under the 5 MB limit, leaving room for what else a request holds ("Payload size limit best
 * practices" in "Performance optimization using the Excel JavaScript API",
 * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/performance#payload-size-limit-best-practices:
 * "The number of API calls", "The number of objects, such as `Range` objects", "The length of the value
 * to set or get") and for "5MB" meaning 5,000,000 bytes rather than 5 MiB.
 */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/**
 * What each range written costs beyond its cell data: its object, the properties set. Not documented;
 * a generous guess, so that thousands of one-cell writes (a refresh's changed cells) split too.
 */
export const WRITE_OVERHEAD_BYTES = 512;

/**
 * The error codes Excel on the web fails a request or an answer with past the limit: "Error handling
 * with the application-specific JavaScript APIs"
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling)
 * lists `RequestPayloadSizeLimitExceeded` ("The request payload size has exceeded the limit.") and
 * `ResponsePayloadSizeLimitExceeded` ("The response payload size has exceeded the limit."), each noted
 * "This error only occurs in Excel on the web."
 */
export const PAYLOAD_ERROR_CODES: readonly string[] = [
  'RequestPayloadSizeLimitExceeded',
  'ResponsePayloadSizeLimitExceeded',
];

/** Whether an office-js error is Excel refusing a request or an answer for its size. */
export function isPayloadLimitError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && PAYLOAD_ERROR_CODES.includes(code);
}

/**
 * Reads `total` rows a chunk per request: `queue(start, size)` queues the loads of those rows and gives
 * back what to do with them once Excel has answered. Chunks start at `chunkRows` rows; a chunk Excel
 * refuses for its size is halved and asked again (and later chunks keep the smaller size), down to one
 * row, whose refusal reaches the caller.
 * @example
 * await readInChunks(context, rowCount, readChunkRows(columns), (start, size) => {
 *   const range = sheet.getRangeByIndexes(start, 0, size, width).load('values');
 *   return () => rows.push(...range.values);
 * });
 */
export async function readInChunks(
  context: { sync(): Promise<unknown> },
  total: number,
  chunkRows: number,
  queue: (start: number, size: number) => () => void,
): Promise<void> {
  let rows = Math.max(1, chunkRows);
  for (let start = 0; start < total;) {
    const size = Math.min(rows, total - start);
    const consume = queue(start, size);
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadLimitError(error) || size <= 1) throw error;
      rows = Math.ceil(size / 2);
      continue;
    }
    consume();
    start += size;
  }
}

const encoder = new TextEncoder();

/** UTF-8 bytes of a value's JSON, as a request carries it. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

/** JSON bytes a row adds to a 2-D array (`values`, `numberFormat`, `formulas`): its own, and a comma. */
export const gridRowBytes = (row: readonly unknown[]): number => jsonBytes(row) + 1;

/** JSON bytes of a 2-D array beyond its rows' {@link gridRowBytes}: two brackets, less one comma. */
export const GRID_BYTES = 1;

/**
 * Splits items into consecutive chunks whose sizes, added to `base` (what every chunk costs), stay
 * within `budget`; an item too big for that alone makes a chunk of its own (a row is never split). No
 * items make no chunks.
 */
export function chunkBySize<T>(
  items: readonly T[],
  sizeOf: (item: T) => number,
  budget = MAX_REQUEST_BYTES,
  base = 0,
): T[][] {
  const chunks: T[][] = [];
  let chunk: T[] = [];
  let used = base;
  for (const item of items) {
    const size = sizeOf(item);
    if (chunk.length > 0 && used + size > budget) {
      chunks.push(chunk);
      chunk = [];
      used = base;
    }
    chunk.push(item);
    used += size;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/**
 * Characters assumed for text whose schema gives no maximum (a VAT number, an ATECO sector, a list of
 * target markets, a column the user added): generous for Spring's codes and lists; a read that still
 * proves too big is halved.
 */
export const UNBOUNDED_TEXT_CHARS = 255;

/**
 * UTF-8 bytes one UTF-16 code unit (a character of `string.length`) takes at most, outside JSON escapes:
 * 3 (a surrogate pair, two units, takes 4). Control characters escaped as `\u001f` take 6; text full of
 * them is not expected, and a read it makes too big is halved.
 */
const UTF8_BYTES_PER_UNIT = 3;
/** JSON of a number at its longest (`-1.2345678901234567e+308`), a boolean or null, with its comma. */
const SCALAR_JSON_BYTES = 25;
/** JSON of a number format code as Spring sets them (`"#,##0 \"€\""`), with room for a user's own. */
const FORMAT_CODE_JSON_BYTES = 32;
/** A row's brackets and commas in each of the three grids a read loads. */
const ROW_JSON_BYTES = 12;

/**
 * Estimated JSON bytes of one cell in a read's answer: its value twice (`values`, and `formulas`, which
 * holds a plain cell's value) and its number format code. Text counts its schema's maximum length (or
 * {@link UNBOUNDED_TEXT_CHARS}) at its widest UTF-8; numbers, dates and booleans a fixed small size.
 * A column with no spec (the user's) counts as unbounded text.
 */
export function readCellBytes(spec: ColumnSpec | undefined): number {
  const value =
    spec === undefined || spec.format === 'text'
      ? (spec?.maxLength ?? UNBOUNDED_TEXT_CHARS) * UTF8_BYTES_PER_UNIT + 3
      : SCALAR_JSON_BYTES;
  return 2 * value + FORMAT_CODE_JSON_BYTES;
}

/** Estimated JSON bytes of one row of a read's answer over the given columns. */
export function readRowBytes(columns: readonly (ColumnSpec | undefined)[]): number {
  return columns.reduce((sum, spec) => sum + readCellBytes(spec), ROW_JSON_BYTES);
}

/** How many rows a read asks for at once, so that its answer stays within {@link MAX_REQUEST_BYTES}. */
export function readChunkRows(columns: readonly (ColumnSpec | undefined)[]): number {
  return Math.max(1, Math.floor(MAX_REQUEST_BYTES / readRowBytes(columns)));
}
