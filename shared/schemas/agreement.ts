/** Agreement: a firm's agreement with a foreign partner, active from `year` to `endYear`. */
import * as z from 'zod';
import { AGREEMENT_KINDS } from './constants';
import { foreignCountryCode } from './country';
import { whenValid } from './cross-field';
import { enumError, id, objectError, year } from './fields';

/** An agreement (natural key: firmId, year, country, kind). */
export const AgreementSchema = z
  .strictObject(
    {
      firmId: id('firmId'),
      year: year('year'),
      endYear: year('endYear').optional(),
      country: foreignCountryCode('country'),
      kind: z.enum(AGREEMENT_KINDS, { error: enumError('kind', AGREEMENT_KINDS) }),
    },
    { error: objectError('an agreement') },
  )
  .superRefine(
    (agreement, ctx) => {
      if (agreement.endYear !== undefined && agreement.endYear < agreement.year) {
        ctx.addIssue({
          code: 'custom',
          path: ['endYear'],
          input: agreement.endYear,
          message: `endYear (${agreement.endYear}) cannot be before year (${agreement.year})`,
        });
      }
    },
    { when: whenValid('year', 'endYear') },
  );

/** An agreement with a foreign partner. */
export type Agreement = z.infer<typeof AgreementSchema>;
