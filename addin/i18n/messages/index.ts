/** Every message catalog of the add-in, by area: what the catalog tests walk through. */
import type { Catalog } from '../catalog';
import { INDICATOR_LABELS } from './indicators';
import { PANE_MESSAGES } from './pane';
import { TABLE_MESSAGES } from './tables';

export const CATALOGS: Record<string, Catalog> = {
  pane: PANE_MESSAGES,
  indicators: INDICATOR_LABELS,
  tables: TABLE_MESSAGES,
};
