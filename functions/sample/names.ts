/**
 * Synthetic but plausible Italian names for people and firms. Surnames are common in Lombardy and place
 * names are local valleys and areas, so the sample reads like the programme's firms without being any
 * real one.
 */
import type { Province } from '../../shared/schemas';
import type { Random } from './random';

/** Surnames common in Lombardy. */
export const SURNAMES: readonly string[] = (
  'Rossi Colombo Ferrari Bianchi Brambilla Galli Villa Fumagalli Cattaneo Sala Riva Mauri Longhi ' +
  'Gatti Ghezzi Bonfanti Mapelli Locatelli Pozzi Crippa Rota Pesenti Zanetti Moretti Barbieri ' +
  'Lombardi Conti Ricci Marchetti Bassi Vitali Sironi Radaelli Molteni Frigerio Valsecchi ' +
  'Gervasoni Testa Carminati Bonacina Invernizzi Agostoni Belotti Cortinovis Zambelli Mazzoleni ' +
  'Pedretti Tagliabue Porro Beretta Bertoli Fontana Bosio Ravasio Perego Cereda Mariani Vismara ' +
  'Arrigoni Pagani'
).split(' ');

/** Given names, women's and men's. */
export const GIVEN_NAMES: readonly string[] = (
  'Marco Giulia Andrea Francesca Luca Chiara Paolo Elena Stefano Silvia Alessandro Laura Giovanni ' +
  'Federica Matteo Valentina Roberto Sara Davide Anna Massimo Paola Fabio Cristina Simone Elisa ' +
  'Giorgio Monica Riccardo Roberta Alberto Barbara Claudio Daniela Enrico Marta Pietro Alessia ' +
  'Mauro Ilaria'
).split(' ');

/** Consulting firms that supplied the TEMs (invented names). */
export const TEM_PROVIDERS = [
  'Export Partners Lombardia S.r.l.',
  'Mercati Esteri Consulting S.r.l.',
  'Intermarket Advisory S.r.l.',
  'Ponte Globale Consulenti Associati',
  'Studio Estero & Sviluppo S.a.s.',
  'Crossborder Management S.p.A.',
] as const;

// Local areas by province, for names such as "Tessitura Valseriana S.r.l.".
const PLACES: Readonly<Record<Province, readonly string[]>> = {
  BG: ['Orobica', 'Valseriana', 'Bergamasca', 'Brembana'],
  BS: ['Valtrompia', 'Franciacorta', 'Bresciana', 'Camuna'],
  CO: ['Lariana', 'Comasca', 'Canturina'],
  CR: ['Cremonese', 'Cremasca'],
  LC: ['Valsassina', 'Lecchese', 'Brianza Lecchese'],
  LO: ['Lodigiana', 'Adda'],
  MB: ['Brianza', 'Brianzola'],
  MI: ['Ambrosiana', 'Milanese', 'Navigli'],
  MN: ['Virgiliana', 'Mantovana'],
  PV: ['Lomellina', 'Oltrepò', 'Pavese'],
  SO: ['Valtellina', 'Valchiavenna'],
  VA: ['Varesina', 'Verbano', 'Insubrica'],
};

const SME_FORMS = ['S.r.l.', 'S.r.l.', 'S.r.l.', 'S.r.l.', 'S.p.A.', 'S.n.c.', 'S.a.s.'] as const;
const ARTISAN_FORMS = ['S.n.c.', 'S.a.s.', 'S.r.l.', 'S.n.c.'] as const;

/** A person's full name, e.g. "Giulia Bianchi". */
export function personName(rng: Random): string {
  return `${rng.pick(GIVEN_NAMES)} ${rng.pick(SURNAMES)}`;
}

/**
 * A firm's name from its trade (e.g. "Meccanica"), province and kind, in one of the forms Lombard firms
 * commonly take.
 * @example firmName(rng, 'Meccanica', 'BG', false) // "Meccanica Rossi S.r.l."
 */
export function firmName(rng: Random, trade: string, province: Province, artisan: boolean): string {
  const surname = rng.pick(SURNAMES);
  const form = rng.pick(artisan ? ARTISAN_FORMS : SME_FORMS);
  const style = rng.int(0, 4);
  if (artisan && style === 0) return `${trade} di ${rng.pick(GIVEN_NAMES)} ${surname}`;
  if (style === 1) return `${surname} ${trade} ${form}`;
  if (style === 2) return `${surname} & ${rng.pick(SURNAMES)} ${artisan ? 'S.n.c.' : form}`;
  if (style === 3) return `${trade} ${rng.pick(PLACES[province])} ${form}`;
  return `${trade} ${surname} ${form}`;
}
