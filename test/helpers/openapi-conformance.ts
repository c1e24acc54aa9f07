import SwaggerParser from '@apidevtools/swagger-parser';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** One response a test received, to be checked against the contract. */
export interface RecordedResponse {
  method: string;
  url: string;
  status: number;
  contentType: string | null;
  body: unknown;
}

type Operation = { responses?: Record<string, { content?: Record<string, { schema?: object }> }> };
type Document = { paths: Record<string, Record<string, Operation>> };

/**
 * Checks responses against the service's own OpenAPI document (`GET /v1/openapi.json`), with
 * third-party tools: swagger-parser validates and dereferences the document, ajv validates each body
 * against the schema the document declares for its path, method, status and media type. With
 * `skipUnknownPaths`, answers to paths the contract does not have (a fuzzer's `/v1/editions//firms`)
 * are left to other checks.
 */
export async function conformanceChecker(
  document: unknown,
  { skipUnknownPaths = false } = {},
): Promise<(response: RecordedResponse) => string | undefined> {
  const contract = (await SwaggerParser.validate(structuredClone(document) as never)) as unknown as Document;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const compiled = new Map<object, ValidateFunction>();
  // Literal paths before templated ones: /v1/firms/batch is not /v1/firms/{id}.
  const routes = Object.entries(contract.paths)
    .sort(([a], [b]) => a.split('{').length - b.split('{').length)
    .map(([template, operations]) => ({
      pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
      operations,
    }));
  return (response) => {
    const path = new URL(response.url, 'https://x').pathname;
    // The contract itself, which swagger-parser has just validated.
    if (path === '/v1/openapi.json') return undefined;
    const route = routes.find((candidate) => candidate.pattern.test(path));
    if (!route)
      return skipUnknownPaths ? undefined : `${response.method} ${path}: no such path in the contract`;
    const operation = route.operations[response.method.toLowerCase()];
    if (!operation) return `${response.method} ${path}: no such operation in the contract`;
    const declared = operation.responses?.[String(response.status)];
    if (!declared)
      return `${response.method} ${path} answered ${response.status}, which the contract does not declare`;
    const mediaType = (response.contentType ?? '').split(';')[0]?.trim() ?? '';
    const schema = declared.content?.[mediaType]?.schema;
    if (!schema) return `${response.method} ${path} ${response.status}: no schema for ${mediaType}`;
    let validate = compiled.get(schema);
    if (!validate) compiled.set(schema, (validate = ajv.compile(schema)));
    return validate(response.body)
      ? undefined
      : `${response.method} ${path} ${response.status}: ${ajv.errorsText(validate.errors)}`;
  };
}
