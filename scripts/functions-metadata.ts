/**
 * functions.json from the JSDoc of a custom functions source file (never hand-written), checked twice:
 * custom-functions-metadata's own errors, then Microsoft's documented format
 * (scripts/custom-functions-metadata.schema.json, which names its sources). The generator lets through
 * metadata that the documentation forbids: a two-letter id such as CR is generated without a word, though
 * "Both must start with a letter and be at least three characters" ("Custom functions naming and
 * localization", https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming).
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import schema from './custom-functions-metadata.schema.json';

/** One custom function of functions.json, as far as the build needs to read it. */
export interface CustomFunctionMetadata {
  id: string;
  name: string;
  [property: string]: unknown;
}

/** The generated metadata, checked. */
export interface FunctionsMetadata {
  /** functions.json as written to dist/addin. */
  json: string;
  /** The parsed functions.json. */
  metadata: { functions: CustomFunctionMetadata[]; [property: string]: unknown };
  /** Which JavaScript function implements which id: `CustomFunctions.associate` at runtime. */
  associations: { id: string; functionName: string }[];
}

/** Metadata that the generator or the schema refuses; `problems` lists every one of them. */
export class FunctionsMetadataError extends Error {
  override readonly name = 'FunctionsMetadataError';

  constructor(
    message: string,
    readonly problems: readonly string[],
  ) {
    super(`${message}:\n  ${problems.join('\n  ')}`);
  }
}

let compiled: ValidateFunction | undefined;

/** The schema, compiled once; `verbose` keeps each failing subschema, whose `description` explains a rule. */
function validator(): ValidateFunction {
  if (!compiled) {
    // strictTypes off: the schema's if/then rules name only the keywords they test, as JSON Schema allows.
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strictTypes: false });
    addFormats(ajv);
    compiled = ajv.compile(schema);
  }
  return compiled;
}

/** Where an error is: the id of the function it is in (its index when it has no usable id), or the file. */
function owner(metadata: unknown, instancePath: string): string {
  const match = /^\/functions\/(\d+)(\/|$)/.exec(instancePath);
  if (!match) return 'functions.json';
  const functions = (metadata as { functions?: unknown[] }).functions;
  const id = (functions?.[Number(match[1])] as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' && id !== '' ? id : `functions[${match[1]}]`;
}

/** ajv's message, with what it leaves out: the allowed values, the unknown key, the rule's reason. */
function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'enum') {
    const allowed = (params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ');
    return `${error.message}: ${allowed}`;
  }
  if (error.keyword === 'additionalProperties') {
    return `${error.message}: "${String(params.additionalProperty)}"`;
  }
  const reason = (error.parentSchema as { description?: unknown } | undefined)?.description;
  if (error.keyword === 'const' && typeof reason === 'string') return `${error.message} (${reason})`;
  return error.message ?? error.keyword;
}

/**
 * Every way `metadata` breaks Microsoft's documented functions.json format, one line each:
 * `<function id> <JSON pointer>: <what is wrong>`; empty when it conforms.
 */
export function metadataProblems(metadata: unknown): string[] {
  const validate = validator();
  if (validate(metadata)) return [];
  const lines = (validate.errors ?? [])
    // An if/then rule reports the property that broke it as well; its own "must match then" adds nothing.
    .filter((error) => error.keyword !== 'if')
    .map(
      (error) => `${owner(metadata, error.instancePath)} ${error.instancePath || '/'}: ${describe(error)}`,
    );
  return [...new Set(lines)];
}

/**
 * Generates functions.json from the `@customfunction` JSDoc of `sourceFile` and checks it. Throws a
 * {@link FunctionsMetadataError} listing every error of the generator (whose CLI prints them yet exits 0),
 * or every schema violation of what it generated.
 */
export async function functionsMetadata(sourceFile: string): Promise<FunctionsMetadata> {
  const result = await generateCustomFunctionsMetadata(sourceFile, false);
  if (result.errors.length > 0) {
    throw new FunctionsMetadataError(`custom-functions-metadata refused ${sourceFile}`, result.errors);
  }
  if (result.metadataJson === '') {
    throw new FunctionsMetadataError(`no custom functions in ${sourceFile}`, [
      'tag each function with @customfunction',
    ]);
  }
  const metadata = JSON.parse(result.metadataJson) as FunctionsMetadata['metadata'];
  const problems = metadataProblems(metadata);
  if (problems.length > 0) {
    throw new FunctionsMetadataError(
      `the custom functions metadata of ${sourceFile} breaks Microsoft's format`,
      problems,
    );
  }
  return {
    json: result.metadataJson,
    metadata,
    associations: result.associate.map(({ id, functionName }) => ({ id, functionName })),
  };
}
