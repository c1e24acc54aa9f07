/**
 * The references between import sections (docs/architecture.md, "Import"): which field of which section
 * names a row of another by its id. One table for the server's reference check
 * (functions/import/references.ts) and for the context rows of the parts (shared/import/parts.ts).
 */
import type { ImportSection } from '../schemas';

/** The sections whose rows others refer to, by `id`; they come first in IMPORT_SECTIONS. */
export const REFERRED_SECTIONS = ['editions', 'tems', 'firms'] as const;
/** One of {@link REFERRED_SECTIONS}. */
export type ReferredSection = (typeof REFERRED_SECTIONS)[number];

/** A field of a section's rows that holds the id of a row of section `to`. */
export interface Reference {
  section: ImportSection;
  field: string;
  to: ReferredSection;
}

/** Every reference, a row's references in the order its problems are listed. */
export const REFERENCES: readonly Reference[] = [
  { section: 'applications', field: 'edition', to: 'editions' },
  { section: 'applications', field: 'firmId', to: 'firms' },
  { section: 'agreements', field: 'firmId', to: 'firms' },
  { section: 'exports', field: 'firmId', to: 'firms' },
  { section: 'projects', field: 'firmId', to: 'firms' },
  { section: 'projects', field: 'temId', to: 'tems' },
  { section: 'projects', field: 'edition', to: 'editions' },
  { section: 'budget', field: 'edition', to: 'editions' },
];
