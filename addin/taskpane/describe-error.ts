/**
 * What the pane says about a failure: a sentence in the user's language chosen by the error's stable code
 * (and, for the service's problems, by the problem's `type`), with the original English text kept as a
 * technical detail for whoever supports the user. See docs/architecture.md, "Messages and languages".
 */
import { isApiError, isNotSignedIn, isServiceUnreachable } from '../errors';
import type { PaneMessage } from '../i18n/messages/pane';
import type { Translate } from './translate';

/** A failure as the pane shows it. */
export interface Described {
  text: string;
  /** The original wording (the service's `detail`, office-js's message), shown folded. */
  detail?: string;
}

/** The pane's sentence for each problem `type` the service answers with (`urn:spring:problem:<code>`). */
const PROBLEM_MESSAGES: Record<string, PaneMessage> = {
  ERR_VALIDATION: 'problemValidation',
  ERR_MALFORMED_JSON: 'problemBadRequest',
  ERR_TOO_DEEP: 'problemBadRequest',
  ERR_FORBIDDEN_KEY: 'problemBadRequest',
  ERR_INVALID_CURSOR: 'problemBadRequest',
  ERR_UNAUTHORIZED: 'problemUnauthorized',
  ERR_FORBIDDEN: 'problemForbidden',
  ERR_NOT_FOUND: 'problemNotFound',
  ERR_STALE_VERSION: 'problemConflict',
  ERR_IF_MATCH_REQUIRED: 'problemPreconditionRequired',
  ERR_BUDGET_INVARIANT: 'problemBudgetInvariant',
  ERR_IMPORT_RACE: 'importRace',
  ERR_BODY_TOO_LARGE: 'problemTooLarge',
  ERR_STORE_UNAVAILABLE: 'problemBusy',
  ERR_INTERNAL: 'problemServer',
};

/** The same, by status, for a problem of another type (a proxy's answer, a newer service). */
const STATUS_MESSAGES: Record<number, PaneMessage> = {
  400: 'problemBadRequest',
  401: 'problemUnauthorized',
  403: 'problemForbidden',
  404: 'problemNotFound',
  409: 'problemConflict',
  412: 'problemConflict',
  413: 'problemTooLarge',
  422: 'problemValidation',
  428: 'problemPreconditionRequired',
  503: 'problemBusy',
};

const PROBLEM_PREFIX = 'urn:spring:problem:';

const codeOf = (error: unknown) =>
  typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The pane's sentence for a problem document the service answered with. */
function describeProblem(status: number, problem: Record<string, unknown>, t: Translate): string {
  const type = typeof problem.type === 'string' ? problem.type : '';
  const key =
    (type.startsWith(PROBLEM_PREFIX) ? PROBLEM_MESSAGES[type.slice(PROBLEM_PREFIX.length)] : undefined) ??
    STATUS_MESSAGES[status] ??
    (status >= 500 ? 'problemServer' : undefined);
  return key ? t(key) : t('problemOther', { status });
}

/** What the pane says about `error`. */
export function describeError(error: unknown, t: Translate): Described {
  const detail = messageOf(error);
  if (isNotSignedIn(error)) return { text: t('errNotSignedIn') };
  if (isServiceUnreachable(error)) return { text: t('errUnreachable'), detail };
  if (isApiError(error)) return { text: describeProblem(error.status, error.problem, t), detail };
  switch (codeOf(error)) {
    case 'ERR_MALFORMED_ANSWER':
      return { text: t('errMalformed'), detail };
    case 'ERR_NO_IMPORT_SHEETS':
      return { text: t('importNoSheets'), detail };
    case 'ERR_UNREADABLE_FILE': {
      const { fileName, cause } = error as { fileName: string; cause?: unknown };
      return { text: t('importUnreadable', { file: fileName }), detail: cause ? messageOf(cause) : detail };
    }
    case 'ERR_READER_LOAD':
      return { text: t('importReaderMissing'), detail };
    case 'ERR_MISSING_COLUMN': {
      const { table, column } = error as { table?: string; column?: string };
      return table && column ? { text: t('errMissingColumn', { table, column }), detail } : { text: detail };
    }
  }
  // office-js's errors carry a code such as "InvalidArgument" and a message in Office's language.
  if (error instanceof Error && error.name === 'RichApi.Error') return { text: t('errExcel'), detail };
  return { text: t('errUnexpected'), detail };
}
