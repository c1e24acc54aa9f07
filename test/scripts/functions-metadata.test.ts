import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  FunctionsMetadataError,
  functionsMetadata,
  metadataProblems,
} from '../../scripts/functions-metadata';
import { ROOT } from '../helpers/local-server';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'spring-functions-metadata-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a custom functions source file into the test's folder; returns its path. */
function source(name: string, code: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, code);
  return file;
}

/** The error `functionsMetadata` throws for `file` (fails the test when it throws none). */
async function refusal(file: string): Promise<FunctionsMetadataError> {
  const error = await functionsMetadata(file).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(FunctionsMetadataError);
  return error as FunctionsMetadataError;
}

describe('functionsMetadata (scripts/functions-metadata.ts)', () => {
  it('refuses a two-letter id and name, naming the function and where it breaks the rule', async () => {
    const file = source(
      'cr.ts',
      `/**
 * Concentration ratio.
 * @customfunction CR
 * @param values Values.
 * @returns The ratio.
 */
export function cr(values: number[][]): number {
  return values.length;
}
`,
    );

    const error = await refusal(file);

    expect(error.message).toBe(
      `the custom functions metadata of ${file} breaks Microsoft's format:\n` +
        '  CR /functions/0/id: must NOT have fewer than 3 characters\n' +
        '  CR /functions/0/name: must NOT have fewer than 3 characters',
    );
  });

  it("refuses a parameter type the generator cannot map, with the generator's own error", async () => {
    const file = source(
      'date.ts',
      `/**
 * A day.
 * @customfunction DAYOF
 * @param when The date.
 * @returns The day.
 */
export function dayOf(when: Date): number {
  return when.getDate();
}
`,
    );

    const error = await refusal(file);

    expect(error.message).toBe(
      `custom-functions-metadata refused ${file}:\n` +
        '  Custom function does not support type "Date" as input or return parameter. (7,28)',
    );
  });

  it('refuses a parameter type the generator lets through but the format does not allow', async () => {
    // The generator writes type "number" with cellValueType "formattednumbercellvalue": neither is allowed.
    const file = source(
      'cell.ts',
      `/**
 * A formatted amount.
 * @customfunction AMOUNT
 * @param value The amount.
 * @returns The amount.
 */
export function amount(value: Excel.FormattedNumberCellValue): number {
  return value.basicValue;
}
`,
    );

    const error = await refusal(file);

    expect(error.problems).toEqual([
      'AMOUNT /functions/0/parameters/0/type: must be equal to constant (cellValueType needs type any)',
      'AMOUNT /functions/0/parameters/0/cellValueType: must be equal to one of the allowed values: ' +
        '"cellvalue", "booleancellvalue", "doublecellvalue", "entitycellvalue", "errorcellvalue", ' +
        '"linkedentitycellvalue", "localimagecellvalue", "stringcellvalue", "webimagecellvalue"',
    ]);
  });

  it('refuses a streaming function that is also volatile', async () => {
    const file = source(
      'ticks.ts',
      `/**
 * Ticks.
 * @customfunction TICKS
 * @param invocation Streaming.
 * @volatile
 */
export function ticks(invocation: CustomFunctions.StreamingInvocation<number>): void {
  invocation.setResult(1);
}
`,
    );

    expect((await refusal(file)).problems).toEqual([
      "TICKS /functions/0/options/volatile: must be equal to constant (a streaming function can't be volatile)",
    ]);
  });

  it('accepts @requiresAddress together with @cancelable', async () => {
    const file = source(
      'where.ts',
      `/**
 * The calling cell.
 * @customfunction WHERE
 * @param firmId Firm id.
 * @param invocation Cancellation and the calling cell.
 * @returns The address.
 * @cancelable
 * @requiresAddress
 */
export function where(firmId: string, invocation: CustomFunctions.CancelableInvocation): Promise<string> {
  return Promise.resolve(invocation.address ?? firmId);
}
`,
    );

    const { metadata } = await functionsMetadata(file);

    expect(metadata.functions[0]?.options).toEqual({ cancelable: true, requiresAddress: true });
  });

  it('passes the real addin/functions/functions.ts: 19 functions, CRATIO among them', async () => {
    const { json, metadata, associations } = await functionsMetadata(
      path.join(ROOT, 'addin/functions/functions.ts'),
    );
    const ids = metadata.functions.map((f) => f.id);

    expect(ids).toHaveLength(19);
    expect(ids).toContain('CRATIO');
    expect(ids).not.toContain('CR');
    expect(associations).toContainEqual({ id: 'CRATIO', functionName: 'cRatio' });
    expect(associations.map((a) => a.id)).toEqual(ids);
    expect(JSON.parse(json)).toEqual(metadata);
  });
});

describe('the custom functions metadata schema (scripts/custom-functions-metadata.schema.json)', () => {
  type Metadata = {
    functions: Record<string, unknown>[];
    [property: string]: unknown;
  };
  /** A conforming functions.json of one function; each case breaks one thing in it. */
  const conforming = (): Metadata => ({
    allowCustomDataForDataTypeAny: true,
    functions: [
      {
        id: 'HHI',
        name: 'HHI',
        description: 'Herfindahl-Hirschman index of the shares.',
        options: { cancelable: true, requiresAddress: true },
        parameters: [
          { name: 'values', description: 'Values.', type: 'number', dimensionality: 'matrix' },
          { name: 'scale', type: 'number', optional: true },
        ],
        result: { type: 'number' },
      },
    ],
  });
  const fn = (metadata: Metadata) => metadata.functions[0] as Record<string, unknown>;
  const parameter = (metadata: Metadata) => (fn(metadata).parameters as Record<string, unknown>[])[0]!;

  it('accepts conforming metadata, requiresAddress and cancelable together included', () => {
    expect(metadataProblems(conforming())).toEqual([]);
  });

  it.each(['CRATIO', 'SPRING_HHI', 'ÈLITE.2', 'Città'])('accepts the name %s', (name) => {
    const metadata = conforming();
    fn(metadata).name = name;

    expect(metadataProblems(metadata)).toEqual([]);
  });

  it.each<[string, (metadata: Metadata) => void, string[]]>([
    [
      'an id of two letters',
      (m) => (fn(m).id = 'CR'),
      ['CR /functions/0/id: must NOT have fewer than 3 characters'],
    ],
    [
      'an id with an underscore',
      (m) => (fn(m).id = 'SPRING_HHI'),
      ['SPRING_HHI /functions/0/id: must match pattern "^[A-Za-z][A-Za-z0-9.]*$"'],
    ],
    [
      'an id over 64 characters',
      (m) => (fn(m).id = 'H'.repeat(65)),
      [`${'H'.repeat(65)} /functions/0/id: must NOT have more than 64 characters`],
    ],
    [
      'a name starting with a digit',
      (m) => (fn(m).name = '1HHI'),
      ['HHI /functions/0/name: must match pattern "^\\p{L}[\\p{L}0-9._]*$"'],
    ],
    [
      'a name of two letters',
      (m) => (fn(m).name = 'CR'),
      ['HHI /functions/0/name: must NOT have fewer than 3 characters'],
    ],
    [
      'a parameter of type "date"',
      (m) => (parameter(m).type = 'date'),
      [
        'HHI /functions/0/parameters/0/type: must be equal to one of the allowed values: ' +
          '"boolean", "number", "string", "any"',
      ],
    ],
    [
      'a parameter of dimensionality "cube"',
      (m) => (parameter(m).dimensionality = 'cube'),
      [
        'HHI /functions/0/parameters/0/dimensionality: must be equal to one of the allowed values: ' +
          '"scalar", "matrix"',
      ],
    ],
    [
      'a parameter without a name',
      (m) => delete parameter(m).name,
      ["HHI /functions/0/parameters/0: must have required property 'name'"],
    ],
    [
      'a result of type "object"',
      (m) => (fn(m).result = { type: 'object' }),
      [
        'HHI /functions/0/result/type: must be equal to one of the allowed values: ' +
          '"boolean", "number", "string", "any"',
      ],
    ],
    [
      'a function without result',
      (m) => delete fn(m).result,
      ["HHI /functions/0: must have required property 'result'"],
    ],
    [
      'an option the page does not document',
      (m) => (fn(m).options = { supportSync: true }),
      ['HHI /functions/0/options: must NOT have additional properties: "supportSync"'],
    ],
    [
      'a streaming function that is cancelable',
      (m) => (fn(m).options = { stream: true, cancelable: true }),
      [
        "HHI /functions/0/options/cancelable: must be equal to constant (a streaming function can't be cancelable)",
      ],
    ],
    [
      'requiresParameterAddresses with a scalar result',
      (m) => (fn(m).options = { requiresParameterAddresses: true }),
      ["HHI /functions/0/result: must have required property 'dimensionality'"],
    ],
    [
      'a help URL that is not https',
      (m) => (fn(m).helpUrl = 'http://localhost:3000/support.html'),
      ['HHI /functions/0/helpUrl: must match pattern "^https://"'],
    ],
    [
      'an unknown key at the top',
      (m) => (m.namespace = 'SPRING'),
      ['functions.json /: must NOT have additional properties: "namespace"'],
    ],
  ])('refuses %s', (_case, breakIt, problems) => {
    const metadata = conforming();
    breakIt(metadata);

    expect(metadataProblems(metadata)).toEqual(problems);
  });
});
