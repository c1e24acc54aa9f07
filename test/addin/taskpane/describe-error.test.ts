import {
  ApiError,
  MalformedAnswerError,
  NotSignedInError,
  ServiceUnreachableError,
} from '../../../addin/errors';
import { translator } from '../../../addin/taskpane/translate';
import { describeError } from '../../../addin/taskpane/describe-error';
import { MissingColumnError } from '../../../addin/workbook/refresh-plan';

const it_ = translator('it');
const problem = (status: number, code: string, detail: string) =>
  new ApiError(status, { type: `urn:spring:problem:${code}`, title: 'x', status, detail });

describe('describeError', () => {
  it.each([
    [problem(422, 'ERR_BUDGET_INVARIANT', 'The line would break 0 <= paid'), 'problemBudgetInvariant'],
    [problem(403, 'ERR_FORBIDDEN', 'This needs the admin role; you have officer'), 'problemForbidden'],
    [problem(412, 'ERR_STALE_VERSION', 'stale'), 'problemConflict'],
    [problem(503, 'ERR_STORE_UNAVAILABLE', 'The store is busy'), 'problemBusy'],
    [problem(500, 'ERR_INTERNAL', 'boom'), 'problemServer'],
  ] as const)(
    'says a problem of the service in the pane’s language, its own text kept as the detail',
    (error, key) => {
      expect(describeError(error, it_)).toEqual({ text: it_(key), detail: error.message });
    },
  );

  it('goes by the status for a problem type it does not know, and names any other status', () => {
    expect(describeError(problem(404, 'ERR_NEWER', 'gone'), it_).text).toBe(it_('problemNotFound'));
    expect(describeError(new ApiError(418, { detail: 'teapot' }), it_).text).toBe(
      'Il servizio ha rifiutato la richiesta (stato 418).',
    );
    expect(describeError(new ApiError(502, {}), it_).text).toBe(it_('problemServer'));
  });

  it('says an unreachable or busy service as such, and never claims it answered', () => {
    const described = describeError(new ServiceUnreachableError('503 (busy)'), it_);
    expect(described.text).toBe(
      'Il servizio Spring non ha risposto, o ha continuato a rispondere di essere occupato. Non è stato modificato nulla: riprovare tra qualche minuto.',
    );
    expect(described.detail).toBe('Spring service unreachable: 503 (busy)');
  });

  it('names the table and the column a refresh misses', () => {
    expect(describeError(new MissingColumnError('Spring_Budget_2008', 'Paid (Pagato)'), it_).text).toBe(
      'La tabella Spring_Budget_2008 non ha la colonna «Paid (Pagato)»: è stata rinominata o eliminata. Inserire di nuovo la tabella per aggiornarla.',
    );
  });

  it('says a sign-in is needed, a malformed answer, an Excel refusal, and anything else, each its own way', () => {
    const excel = Object.assign(new Error('The argument is invalid'), {
      name: 'RichApi.Error',
      code: 'InvalidArgument',
    });
    expect(describeError(new NotSignedInError(), it_)).toEqual({ text: it_('errNotSignedIn') });
    expect(describeError(new MalformedAnswerError('editions', 'items: expected array'), it_).text).toBe(
      it_('errMalformed'),
    );
    expect(describeError(excel, it_)).toEqual({ text: it_('errExcel'), detail: 'The argument is invalid' });
    expect(describeError(new TypeError('x is undefined'), it_)).toEqual({
      text: it_('errUnexpected'),
      detail: 'x is undefined',
    });
  });
});
