/** The Partita IVA (Italian VAT number) check: 11 digits, the last one a Luhn-style check digit. */

const PARTITA_IVA = /^\d{11}$/;

/**
 * Computes the check digit of the first ten digits of a Partita IVA.
 * @param first10 exactly ten ASCII digits
 * @example partitaIvaCheckDigit('0123456789') // 7
 */
export function partitaIvaCheckDigit(first10: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i += 1) {
    const digit = first10.charCodeAt(i) - 48;
    // Positions are counted from 1: odd positions (index 0, 2, ...) count as they are, even ones doubled.
    if (i % 2 === 0) {
      sum += digit;
    } else {
      const doubled = digit * 2;
      sum += doubled > 9 ? doubled - 9 : doubled;
    }
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * Tells whether a string is a well-formed Partita IVA: exactly 11 digits and a valid check digit.
 * @example isValidPartitaIva('01234567897') // true
 */
export function isValidPartitaIva(value: string): boolean {
  if (!PARTITA_IVA.test(value)) return false;
  return partitaIvaCheckDigit(value.slice(0, 10)) === Number(value[10]);
}
