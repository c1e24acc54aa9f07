import type { Role } from '../../shared/schemas';
import { fetchLocal } from './local-server';
import type { RecordedResponse } from './openapi-conformance';

/** What a test sends. `role` signs the request in with a development token of that role. */
export interface CallOptions {
  role?: Role;
  token?: string;
  body?: unknown;
  /** Sent as is, instead of JSON of `body`. */
  rawBody?: string;
  headers?: Record<string, string>;
}

/** What a test reads back. */
export interface CallResult {
  status: number;
  headers: Headers;
  body: unknown;
  contentType: string | null;
}

/** A client of the running local server that signs in per call with development tokens. */
export class ApiClient {
  private readonly tokens = new Map<Role, string>();
  /** Every response received, for the conformance check against the contract. */
  readonly responses: RecordedResponse[] = [];

  constructor(readonly baseUrl: string) {}

  /** A development token for `role`, from `POST /v1/dev/token`. */
  async token(role: Role): Promise<string> {
    const cached = this.tokens.get(role);
    if (cached) return cached;
    const response = await fetchLocal(`${this.baseUrl}/v1/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role }),
    });
    const { token } = (await response.json()) as { token: string };
    this.tokens.set(role, token);
    return token;
  }

  async call(method: string, path: string, options: CallOptions = {}): Promise<CallResult> {
    const headers: Record<string, string> = { ...options.headers };
    const token = options.token ?? (options.role ? await this.token(options.role) : undefined);
    if (token) headers.authorization = `Bearer ${token}`;
    let body: string | undefined = options.rawBody;
    if (body === undefined && options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined) headers['content-type'] ??= 'application/json';
    const response = await fetchLocal(`${this.baseUrl}${path}`, { method, headers, body });
    const text = await response.text();
    const contentType = response.headers.get('content-type');
    let parsed: unknown = text;
    if (contentType?.includes('json') && text !== '') parsed = JSON.parse(text);
    this.responses.push({ method, url: path, status: response.status, contentType, body: parsed });
    return {
      status: response.status,
      headers: response.headers as unknown as Headers,
      body: parsed,
      contentType,
    };
  }

  get(path: string, options?: CallOptions) {
    return this.call('GET', path, options);
  }

  post(path: string, body: unknown, options: CallOptions = {}) {
    return this.call('POST', path, { ...options, body });
  }

  patch(path: string, body: unknown, options: CallOptions = {}) {
    return this.call('PATCH', path, { ...options, body });
  }
}

/** Asserts the shape every error answer has, and returns it for closer checks. */
export function problemOf(
  result: CallResult,
): { type: string; title: string; status: number; detail: string; errors?: unknown[] } & Record<
  string,
  unknown
> {
  if (result.contentType !== 'application/problem+json') {
    throw new Error(
      `expected application/problem+json, got ${result.contentType} (${result.status}): ${JSON.stringify(result.body)}`,
    );
  }
  const problem = result.body as { status: number };
  if (problem.status !== result.status)
    throw new Error(`problem status ${problem.status} differs from ${result.status}`);
  return problem as ReturnType<typeof problemOf>;
}
