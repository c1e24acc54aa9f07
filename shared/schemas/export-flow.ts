/** ExportFlow: what a firm sold to one foreign country in one year. */
import * as z from 'zod';
import { foreignCountryCode } from './country';
import { id, money, objectError, year } from './fields';

/** A yearly export flow (natural key: firmId, year, country). */
export const ExportFlowSchema = z.strictObject(
  {
    firmId: id('firmId'),
    year: year('year'),
    country: foreignCountryCode('country'),
    value: money('value'),
  },
  { error: objectError('an export flow') },
);

/** A yearly export flow in EUR. */
export type ExportFlow = z.infer<typeof ExportFlowSchema>;
