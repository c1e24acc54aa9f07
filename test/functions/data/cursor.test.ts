import fc from 'fast-check';
import { decodeCursor, encodeCursor, type Listing } from '../../../functions/data/cursor';
import { InvalidCursorError } from '../../../functions/errors';

const NOT_OURS = 'cursor is not one this service handed out; start again without it';
const FOREIGN = 'cursor belongs to another listing; start again without it';

const LISTING: Listing = { pk: 'EDITION#2008', skPrefix: 'PROJECT#' };
const KEY = { pk: 'EDITION#2008', sk: 'PROJECT#P-0042' };

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** The cursor with bit `bit` of byte `index` of its decoded text flipped. */
function flipBit(cursor: string, index: number, bit: number): string {
  const bytes = Buffer.from(cursor, 'base64url');
  bytes[index] = (bytes[index] ?? 0) ^ (1 << bit);
  return bytes.toString('base64url');
}

describe('cursors', () => {
  it('give back the key they were made from', () => {
    const cursor = encodeCursor(KEY);

    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(LISTING, cursor)).toEqual(KEY);
  });

  it('round-trip any key inside the listing', () => {
    fc.assert(
      fc.property(fc.string(), (rest) => {
        const key = { pk: LISTING.pk, sk: `${LISTING.skPrefix}${rest}` };
        expect(decodeCursor(LISTING, encodeCursor(key))).toEqual(key);
      }),
    );
  });

  it('are accepted by the whole partition when the listing has no prefix', () => {
    const key = { pk: 'EDITION#2008', sk: 'BUDGET#L1' };

    expect(decodeCursor({ pk: 'EDITION#2008', skPrefix: '' }, encodeCursor(key))).toEqual(key);
  });

  // Decoded, the cursor reads {"v":1,"pk":"EDITION#2008",...}: byte 0 is `{`, byte 21 the `2` of 2008.
  const cursor = encodeCursor(KEY);
  it.each([
    ['a flipped bit that breaks the JSON', flipBit(cursor, 0, 0), NOT_OURS],
    ['a flipped bit that moves it to edition 3008', flipBit(cursor, 21, 0), FOREIGN],
    ['a truncated cursor', cursor.slice(0, -3), NOT_OURS],
    ['an empty cursor', '', NOT_OURS],
    ['padded base64', `${Buffer.from(JSON.stringify({ v: 1, ...KEY })).toString('base64')}==`, NOT_OURS],
    ['characters outside base64url', `${cursor.slice(0, 10)}+/${cursor.slice(12)}`, NOT_OURS],
    ['base64url of something not JSON', base64url('v=1;pk=EDITION#2008'), NOT_OURS],
    ['another version', base64url(JSON.stringify({ v: 2, ...KEY })), FOREIGN],
    ['no version', base64url(JSON.stringify(KEY)), FOREIGN],
    ['another partition', encodeCursor({ pk: 'EDITION#2007', sk: 'PROJECT#P-0042' }), FOREIGN],
    ['another prefix of the same partition', encodeCursor({ pk: 'EDITION#2008', sk: 'BUDGET#L1' }), FOREIGN],
    ['a sort key that is not text', base64url(JSON.stringify({ v: 1, pk: KEY.pk, sk: 7 })), FOREIGN],
    ['JSON null', base64url('null'), FOREIGN],
    ['a JSON number', base64url('42'), FOREIGN],
  ])('refuse %s', (_, tampered, message) => {
    const decode = () => decodeCursor(LISTING, tampered);

    expect(decode).toThrow(InvalidCursorError);
    expect(decode).toThrow(message);
  });

  it('never read outside their listing, whatever text they are given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.base64String(), fc.string().map(base64url)), (text) => {
        try {
          const key = decodeCursor(LISTING, text);
          expect(key.pk).toBe(LISTING.pk);
          expect(key.sk.startsWith(LISTING.skPrefix)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidCursorError);
        }
      }),
    );
  });
});
