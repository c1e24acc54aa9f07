/** Firm: a micro or small Lombardy firm that applied to Spring. */
import * as z from 'zod';
import { LOMBARDY_PROVINCES } from './constants';
import { describeValue } from './describe-value';
import { count, fieldError, flag, id, isYear, money, objectError, text, YEAR_MAX, YEAR_MIN } from './fields';
import { isValidPartitaIva } from './vat-number';

// ATECO 2007: a two-digit division, then optionally group, class and subcategory (e.g. 25.62.00).
const ATECO_PATTERN = /^\d{2}(\.\d{1,2}){0,2}$/;
const ELEVEN_DIGITS = /^\d{11}$/;
const YEAR_KEY = /^\d{4}$/;

/** A Partita IVA: 11 digits as text, with a valid check digit. */
export const VatNumberSchema = z
  // A number here means a spreadsheet cell lost the leading zeros: ask for text.
  .string({ error: fieldError('vatNumber', '11 digits written as text, so that leading zeros are kept') })
  .superRefine((vat, ctx) => {
    if (!ELEVEN_DIGITS.test(vat)) {
      ctx.addIssue({ code: 'custom', input: vat, message: `VAT number ${vat} must have exactly 11 digits` });
    } else if (!isValidPartitaIva(vat)) {
      ctx.addIssue({ code: 'custom', input: vat, message: `VAT number ${vat} has a wrong check digit` });
    }
  });

/** A Lombardy province code. */
export const ProvinceSchema = z.enum(LOMBARDY_PROVINCES, {
  error: fieldError('province', `a Lombardy province: ${LOMBARDY_PROVINCES.join(', ')}`),
});

/** Yearly turnover in EUR, keyed by year written as text (`{"2008": 1200000}`). */
export const TurnoverSchema = z
  .record(z.string(), money('turnover'), {
    error: fieldError('turnover', 'a table of years and amounts, e.g. {"2008": 1200000}'),
  })
  .superRefine(
    (turnover, ctx) => {
      for (const key of Object.keys(turnover)) {
        if (!YEAR_KEY.test(key) || !isYear(Number(key))) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            input: key,
            message: `turnover year ${describeValue(key)} must be a whole year from ${YEAR_MIN} to ${YEAR_MAX}`,
          });
        }
      }
    },
    // Key problems are independent of the amounts: report both at once.
    {
      when: (payload) =>
        typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value),
    },
  );

/** A firm (natural key: id). */
export const FirmSchema = z.strictObject(
  {
    id: id('id'),
    name: text('name'),
    vatNumber: VatNumberSchema,
    province: ProvinceSchema,
    sector: z
      .string({ error: fieldError('sector', 'an ATECO code such as 25.62') })
      .regex(ATECO_PATTERN, { error: fieldError('sector', 'an ATECO code such as 25.62 or 25.62.00') }),
    artisan: flag('artisan'),
    employees: count('employees'),
    turnover: TurnoverSchema,
  },
  { error: objectError('a firm') },
);

/** A firm. */
export type Firm = z.infer<typeof FirmSchema>;
