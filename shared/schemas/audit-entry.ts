/** AuditEntry: who changed what and when, for every budget change and every import. */
import * as z from 'zod';
import { AUDIT_ACTIONS } from './constants';
import { EditionIdSchema } from './edition';
import { enumError, fieldError, id, isoDateTime, objectError, text } from './fields';

// A snapshot is whatever JSON the writer recorded (a budget line, import counts): kept as an object.
const snapshot = (label: string) =>
  z.record(z.string(), z.unknown(), { error: fieldError(label, 'an object') }).optional();

const common = {
  id: text('id'),
  at: isoDateTime('at'),
  who: text('who'),
  before: snapshot('before'),
  after: snapshot('after'),
};

/** The audit entry of a budget line change; its target is the line. */
export const BudgetAuditEntrySchema = z.strictObject(
  {
    ...common,
    action: z.literal('budget.update'),
    target: z.strictObject(
      { edition: EditionIdSchema, lineId: id('lineId') },
      { error: objectError('target') },
    ),
  },
  { error: objectError('an audit entry') },
);

/** The audit entry of an import; its target is the import job. */
export const ImportAuditEntrySchema = z.strictObject(
  {
    ...common,
    action: z.literal('import'),
    target: z.strictObject(
      { importId: id('importId'), label: text('label').optional() },
      { error: objectError('target') },
    ),
  },
  { error: objectError('an audit entry') },
);

/** An audit entry, told apart by `action`. */
export const AuditEntrySchema = z.discriminatedUnion(
  'action',
  [BudgetAuditEntrySchema, ImportAuditEntrySchema],
  {
    // The union fails on its own only for a missing or unknown action, or for a value that is no object.
    error: (issue) =>
      issue.code === 'invalid_union'
        ? enumError('action', AUDIT_ACTIONS)({ input: actionOf(issue.input) })
        : objectError('an audit entry')(issue),
  },
);

function actionOf(input: unknown): unknown {
  return typeof input === 'object' && input !== null && 'action' in input ? input.action : undefined;
}

/** An audit entry. */
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
