/** Application: a firm's application to an edition; rejected applicants form the control group. */
import * as z from 'zod';
import { APPLICATION_STATUSES } from './constants';
import { EditionIdSchema } from './edition';
import { enumError, id, objectError, score } from './fields';

/** An application (natural key: edition, firmId). */
export const ApplicationSchema = z.strictObject(
  {
    edition: EditionIdSchema,
    firmId: id('firmId'),
    status: z.enum(APPLICATION_STATUSES, { error: enumError('status', APPLICATION_STATUSES) }),
    score: score('score'),
  },
  { error: objectError('an application') },
);

/** An application. */
export type Application = z.infer<typeof ApplicationSchema>;
