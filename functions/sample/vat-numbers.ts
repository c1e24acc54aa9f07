/**
 * Unique, valid Partita IVA numbers. A real one is a 7-digit serial, the 3-digit code of the province's
 * tax office and a check digit; the sample follows that layout so the numbers look right to an officer.
 */
import { partitaIvaCheckDigit, type Province } from '../../shared/schemas';
import type { Random } from './random';

// The provinces' ISTAT codes, which make up digits 8-10 of a Partita IVA issued there.
const PROVINCE_OFFICE: Readonly<Record<Province, string>> = {
  VA: '012',
  CO: '013',
  SO: '014',
  MI: '015',
  BG: '016',
  BS: '017',
  PV: '018',
  CR: '019',
  MN: '020',
  LC: '097',
  LO: '098',
  MB: '108',
};

const SERIALS = 10_000_000;
// Odd and not a multiple of 5, hence coprime with 10^7: stepping by it visits every serial once.
const STRIDE = 7_654_321;

/**
 * Hands out Partita IVA numbers whose serials never repeat (up to ten million of them), so every firm's
 * VAT number is unique whatever the scale.
 * @example
 * const vat = new VatNumbers(rng);
 * vat.next('BG'); // e.g. "04839210167"
 */
export class VatNumbers {
  private serial: number;

  constructor(rng: Random) {
    this.serial = rng.int(0, SERIALS - 1);
  }

  /** The next VAT number, registered in `province`. */
  next(province: Province): string {
    this.serial = (this.serial + STRIDE) % SERIALS;
    const first10 = String(this.serial).padStart(7, '0') + PROVINCE_OFFICE[province];
    return first10 + String(partitaIvaCheckDigit(first10));
  }
}
