/** Tem: a Temporary Export Manager, the consultant who accompanies a firm abroad. */
import * as z from 'zod';
import { countryCode } from './country';
import { fieldError, id, languageCode, objectError, text } from './fields';

/** A Temporary Export Manager (natural key: id). */
export const TemSchema = z.strictObject(
  {
    id: id('id'),
    name: text('name'),
    provider: text('provider'),
    languages: z.array(languageCode('languages'), {
      error: fieldError('languages', 'a list of language codes'),
    }),
    markets: z.array(countryCode('markets'), { error: fieldError('markets', 'a list of country codes') }),
  },
  { error: objectError('a TEM') },
);

/** A Temporary Export Manager. */
export type Tem = z.infer<typeof TemSchema>;
