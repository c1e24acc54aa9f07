/** Excel's A1 names of columns and cells, from 0-based indexes. */

/** Column letters of a 0-based index: 0 is A, 25 is Z, 26 is AA. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** A cell's A1 name from its 0-based row and column: (2, 4) is `E3`. */
export function cellName(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}
