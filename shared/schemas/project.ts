/** Project: a firm's TEM project in one edition. Its outcome is measured, not stored. */
import * as z from 'zod';
import { PROJECT_STATUSES } from './constants';
import { foreignCountryCode } from './country';
import { whenValid } from './cross-field';
import { EditionIdSchema } from './edition';
import { count, enumError, fieldError, id, isoDate, money, objectError, share, text } from './fields';

/** A project (natural key: id). */
export const ProjectSchema = z
  .strictObject(
    {
      id: id('id'),
      edition: EditionIdSchema,
      firmId: id('firmId'),
      temId: id('temId'),
      targetMarkets: z
        .array(foreignCountryCode('targetMarkets'), {
          error: fieldError('targetMarkets', 'a list of country codes'),
        })
        .min(1, { error: 'targetMarkets must list at least one country' }),
      start: isoDate('start'),
      end: isoDate('end'),
      status: z.enum(PROJECT_STATUSES, { error: enumError('status', PROJECT_STATUSES) }),
      temDays: count('temDays'),
      eligibleCost: money('eligibleCost'),
      publicShare: share('publicShare'),
      grant: money('grant'),
      withdrawalReason: text('withdrawalReason', 1000).optional(),
    },
    { error: objectError('a project') },
  )
  .superRefine(
    (project, ctx) => {
      // ISO dates compare correctly as strings.
      if (project.end < project.start) {
        ctx.addIssue({
          code: 'custom',
          path: ['end'],
          input: project.end,
          message: `end (${project.end}) cannot be before start (${project.start})`,
        });
      }
    },
    { when: whenValid('start', 'end') },
  )
  .superRefine(
    (project, ctx) => {
      if (project.grant > project.eligibleCost) {
        ctx.addIssue({
          code: 'custom',
          path: ['grant'],
          input: project.grant,
          message: `grant (${project.grant}) cannot exceed eligibleCost (${project.eligibleCost})`,
        });
      }
    },
    { when: whenValid('grant', 'eligibleCost') },
  )
  .superRefine(
    (project, ctx) => {
      // A blank reason is already reported by the field itself.
      if (project.status === 'withdrawn' && project.withdrawalReason === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['withdrawalReason'],
          input: undefined,
          message: 'a withdrawn project needs a withdrawalReason',
        });
      }
    },
    { when: whenValid('status', 'withdrawalReason') },
  );

/** A TEM project. */
export type Project = z.infer<typeof ProjectSchema>;
