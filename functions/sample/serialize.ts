/**
 * Writes a document as compact JSON in chunks: at scale 100 the sample is over 100 MB of JSON, and
 * building it as one string first would double the memory a command-line run needs.
 */
import type { ImportDocument } from '../../shared/schemas';

/** Rows per chunk: large enough to keep writes few, small enough to keep each chunk a few hundred KB. */
const ROWS_PER_CHUNK = 2000;

/**
 * The document's JSON, chunk by chunk; the chunks joined are exactly `JSON.stringify(document)`.
 * @param onSection - called before each section with its name and row count, for progress
 * @example
 * for (const chunk of jsonChunks(document)) stream.write(chunk);
 */
export function* jsonChunks(
  document: ImportDocument,
  onSection?: (section: string, rows: number) => void,
): Generator<string> {
  let separator = '{';
  for (const [key, value] of Object.entries(document)) {
    // JSON.stringify leaves out properties whose value is undefined: so does this.
    if (value === undefined) continue;
    const head = `${separator}${JSON.stringify(key)}:`;
    separator = ',';
    if (!Array.isArray(value)) {
      yield head + JSON.stringify(value);
      continue;
    }
    onSection?.(key, value.length);
    let chunk = `${head}[`;
    for (let i = 0; i < value.length; i++) {
      // A hole or undefined row is written as null, as JSON.stringify does in arrays.
      chunk += (i === 0 ? '' : ',') + (JSON.stringify(value[i]) ?? 'null');
      if ((i + 1) % ROWS_PER_CHUNK === 0) {
        yield chunk;
        chunk = '';
      }
    }
    yield `${chunk}]`;
  }
  yield separator === '{' ? '{}' : '}';
}
