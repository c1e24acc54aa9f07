/**
 * Manufacturing sectors of the sample (ATECO 2007 classes), with the trade word a firm of that sector
 * puts in its name. Weights follow Lombardy's small-firm manufacturing: mechanics first, then furniture,
 * textiles and clothing, plastics; artisan firms lean to food, wood, clothing and jewellery.
 */
import { WeightedTable } from './random';

/** A sector: its ATECO code and the words its firms are named after. */
export interface Sector {
  ateco: string;
  trades: readonly string[];
}

// [sector, weight among SMEs, weight among artisan firms]
const SECTORS: readonly (readonly [Sector, number, number])[] = [
  [{ ateco: '25.62', trades: ['Meccanica', 'Officine Meccaniche', 'Minuteria Metallica'] }, 16, 12],
  [{ ateco: '28.41', trades: ['Macchine Utensili', 'Costruzioni Meccaniche'] }, 9, 2],
  [{ ateco: '28.29', trades: ['Impianti', 'Tecnomacchine'] }, 6, 1],
  [{ ateco: '28.14', trades: ['Valvole', 'Rubinetterie'] }, 5, 1],
  [{ ateco: '25.11', trades: ['Carpenteria Metallica', 'Strutture Metalliche'] }, 5, 6],
  [{ ateco: '25.73', trades: ['Utensileria', 'Stampi'] }, 4, 4],
  [{ ateco: '27.40', trades: ['Illuminazione', 'Luce'] }, 5, 3],
  [{ ateco: '26.51', trades: ['Strumenti di Misura', 'Elettronica'] }, 4, 1],
  [{ ateco: '22.29', trades: ['Plastica', 'Tecnopolimeri', 'Stampaggio'] }, 8, 4],
  [{ ateco: '20.30', trades: ['Vernici', 'Colorificio'] }, 3, 1],
  [{ ateco: '13.20', trades: ['Tessitura', 'Tessile'] }, 6, 4],
  [{ ateco: '14.13', trades: ['Confezioni', 'Maglificio', 'Moda'] }, 6, 9],
  [{ ateco: '15.20', trades: ['Calzaturificio', 'Calzature'] }, 2, 3],
  [{ ateco: '31.09', trades: ['Mobili', 'Arredamenti', 'Mobilificio'] }, 9, 12],
  [{ ateco: '16.23', trades: ['Falegnameria', 'Serramenti in Legno'] }, 2, 9],
  [{ ateco: '23.41', trades: ['Ceramiche', 'Ceramica Artistica'] }, 1, 4],
  [{ ateco: '32.12', trades: ['Oreficeria', 'Gioielleria'] }, 2, 7],
  [{ ateco: '32.50', trades: ['Medicali', 'Ortopedia'] }, 2, 2],
  [{ ateco: '10.52', trades: ['Gelati', 'Gelateria Artigiana'] }, 1, 4],
  [{ ateco: '10.71', trades: ['Dolciaria', 'Panificio', 'Pasticceria'] }, 2, 7],
  [{ ateco: '11.02', trades: ['Cantina', 'Vini'] }, 2, 4],
];

/** Sectors weighted for SMEs. */
export const SME_SECTORS = new WeightedTable(SECTORS.map(([sector, sme]) => [sector, sme] as const));
/** Sectors weighted for artisan firms. */
export const ARTISAN_SECTORS = new WeightedTable(
  SECTORS.map(([sector, , artisan]) => [sector, artisan] as const),
);
