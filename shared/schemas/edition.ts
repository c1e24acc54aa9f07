/** Edition: one call of the Spring programme. */
import * as z from 'zod';
import { EDITION_IDS } from './constants';
import { count, enumError, objectError, text, year } from './fields';

/** An edition id, one of {@link EDITION_IDS}. */
export const EditionIdSchema = z.enum(EDITION_IDS, { error: enumError('edition', EDITION_IDS) });

/** An edition of the programme (natural key: id). */
export const EditionSchema = z.strictObject(
  {
    id: z.enum(EDITION_IDS, { error: enumError('id', EDITION_IDS) }),
    label: text('label'),
    callYear: year('callYear'),
    projectsPlanned: count('projectsPlanned'),
  },
  { error: objectError('an edition') },
);

/** An edition of the programme. */
export type Edition = z.infer<typeof EditionSchema>;
