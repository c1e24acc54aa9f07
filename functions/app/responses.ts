import * as z from 'zod';
import { ProblemSchema } from '../../shared/api/problem';

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

/** The problem responses routes declare in the OpenAPI document, by status. */
export const PROBLEMS = {
  400: problem('Bad input: every problem is listed in `errors`'),
  401: problem('Not signed in, or the token is not valid'),
  403: problem('Signed in without the role this needs'),
  404: problem('No such resource'),
  412: problem('The If-Match version is stale: `current` is the line as stored now'),
  413: problem('The request body is too large'),
  415: problem('The request body is not JSON'),
  422: problem('The request is well-formed but breaks a rule: every problem is listed in `errors`'),
  428: problem('The request needs an If-Match header'),
  503: problem('The data store is busy: retry after a moment'),
} as const;

/** The problems of a request with a JSON body, besides bad input: too large, not JSON. */
export const BODY_PROBLEMS = { 413: PROBLEMS[413], 415: PROBLEMS[415] };

/** A JSON response of the OpenAPI document. */
export const json = <T>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/**
 * API Gateway's own answer when the stage's throttling limit is reached (on AWS only, before the app
 * runs): a plain JSON message, not a problem document.
 */
export const THROTTLED = json(
  z.object({ message: z.string() }),
  'Too many requests: the API is throttled, retry after a moment',
);

/** The answers every signed-in route can give besides its own: problems, and throttling. */
export const SIGNED_IN_PROBLEMS = {
  400: PROBLEMS[400],
  401: PROBLEMS[401],
  403: PROBLEMS[403],
  429: THROTTLED,
  503: PROBLEMS[503],
};

/** The security requirement of signed-in routes. */
export const BEARER = [{ bearerAuth: [] }];
